import { parseAmount, parseNumber } from '../money';
import type { Finding } from '../types';
import { NUMBER_FIELDS, fieldLabels, typed } from './helpers';
import { defineRule } from './types';

export const rule = defineRule({
  id: 'number-as-text',
  name: { nb: 'Tall lagret som tekst', en: 'Number stored as text' },
  severity: 'warning',
  description: {
    nb: 'Et beløp eller antall er lagret som tekst: Omstilling leser det, men Excels SUMMER hopper over det.',
    en: 'An amount or count is stored as text: Omstilling reads it, but Excel’s SUM skips it.',
  },
  messages: {
    storedAsText: {
      nb: '«{value}» i «{field}» er lagret som tekst, og SUMMER hopper over den — gjør cellen om til tall.',
      en: '"{value}" in {field} is stored as text, and SUM skips it — convert the cell to a number.',
    },
  },
  find({ table }, report) {
    const findings: Finding[] = [];
    for (const row of table.rows) {
      for (const { field, kind } of NUMBER_FIELDS) {
        const raw = row.raw[field];
        // A year typed as text does not skew any sum; amounts and counts do.
        if (kind === 'year' || typeof raw !== 'string') continue;
        const parsed = kind === 'amount' ? parseAmount(raw) : parseNumber(raw);
        if (parsed.kind !== 'number' || !parsed.fromText) continue;
        findings.push(
          report.row(table, row, field, 'storedAsText', { value: typed(raw), field: fieldLabels(field) }),
        );
      }
    }
    return findings;
  },
});
