import type { Finding } from '../types';
import { NUMBER_FIELDS, fieldLabels } from './helpers';
import { NUMBER_MESSAGES, numberProblem } from './numberProblems';
import { defineRule } from './types';

export const rule = defineRule({
  id: 'invalid-number',
  name: { nb: 'Ugyldig tall', en: 'Invalid number' },
  severity: 'error',
  description: {
    nb: 'Beløp, årstall og antall må være tall Omstilling kan lese, ikke negative, og innenfor rimelige grenser (beløp opp til 5 milliarder kr, antall hele tall opp til 10 000).',
    en: 'Amounts, years and counts must be numbers Omstilling can read, not negative, and plausible (amounts up to 5 billion kr, counts whole and up to 10 000).',
  },
  note: {
    nb: 'Et urimelig tall (1E+308, 2,5 nye bedrifter) telles ikke med i noen sum.',
    en: 'An implausible value (1E+308, 2.5 new companies) is left out of every sum.',
  },
  messages: NUMBER_MESSAGES,
  find({ table }, report) {
    const findings: Finding[] = [];
    for (const row of table.rows) {
      for (const { field, kind } of NUMBER_FIELDS) {
        // The table reader has already read the cell (a year may be a date); what it refused is left undefined.
        const problem = numberProblem(
          kind,
          row.raw[field],
          row[field] as number | undefined,
          fieldLabels(field),
        );
        if (problem) findings.push(report.row(table, row, field, problem.id, problem.data));
      }
    }
    return findings;
  },
});
