import { areaNamesForYear, matchArea } from '../plan';
import type { Finding } from '../types';
import { isBlank, rowFinding, shown } from './helpers';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'unknown-area',
  severity: 'error',
  description: {
    nb: 'Innsatsområdet må være et av planens områder (eller et område fra forrige periode for rader fra den).',
    en: 'The focus area must be one of the plan’s areas (or an area of the previous period, for its rows).',
  },
  check({ table, plan }) {
    const findings: Finding[] = [];
    for (const row of table.rows) {
      const raw = row.raw.area;
      if (row.area !== undefined || isBlank(raw) || raw === undefined) continue;
      const typed = shown(raw);
      const { suggestion } = matchArea(plan, typed, row.year);
      const names = areaNamesForYear(plan, row.year)
        .map((name) => `«${name}»`)
        .join(', ');
      const when = row.year !== undefined ? ` for ${row.year}` : '';
      findings.push(
        suggestion
          ? rowFinding(
              rule,
              table,
              row,
              'area',
              `«${typed}» er ikke et innsatsområde i planen — mente du «${suggestion}»?`,
              `«${shown(raw, 'en')}» is not a focus area of the plan — did you mean «${suggestion}»?`,
            )
          : rowFinding(
              rule,
              table,
              row,
              'area',
              `«${typed}» er ikke et innsatsområde i planen${when} — bruk ett av disse: ${names}.`,
              `«${shown(raw, 'en')}» is not a focus area of the plan${when} — use one of: ${names}.`,
            ),
      );
    }
    return findings;
  },
};
