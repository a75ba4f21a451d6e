import { isBlank } from '../cells';
import { areaNamesForYear, matchArea } from '../plan';
import type { Finding } from '../types';
import { quotedList, shown, typed } from './helpers';
import { defineRule } from './types';

export const rule = defineRule({
  id: 'unknown-area',
  name: { nb: 'Ukjent innsatsområde', en: 'Unknown focus area' },
  severity: 'error',
  description: {
    nb: 'Innsatsområdet må være et av planens områder (eller et område fra forrige periode for rader fra den).',
    en: 'The focus area must be one of the plan’s areas (or an area of the previous period, for its rows).',
  },
  messages: {
    nearMiss: {
      nb: '«{value}» er ikke et innsatsområde i planen — mente du «{suggestion}»?',
      en: '"{value}" is not a focus area of the plan — did you mean "{suggestion}"?',
    },
    unknown: {
      nb: '«{value}» er ikke et innsatsområde i planen{when} — bruk ett av disse: {names}.',
      en: '"{value}" is not a focus area of the plan{when} — use one of: {names}.',
    },
  },
  find({ table, plan }, report) {
    const findings: Finding[] = [];
    for (const row of table.rows) {
      const raw = row.raw.area;
      if (row.area !== undefined || isBlank(raw) || raw === undefined) continue;
      const { suggestion } = matchArea(plan, shown(raw), row.year);
      findings.push(
        suggestion
          ? report.row(table, row, 'area', 'nearMiss', { value: typed(raw), suggestion })
          : report.row(table, row, 'area', 'unknown', {
              value: typed(raw),
              when: row.year !== undefined ? ` for ${row.year}` : '',
              names: quotedList(areaNamesForYear(plan, row.year)),
            }),
      );
    }
    return findings;
  },
});
