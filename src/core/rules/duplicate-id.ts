import { isBlank } from '../cells';
import { normalize } from '../text';
import type { Finding, ProjectRow } from '../types';
import { shown, typed } from './helpers';
import { defineRule } from './types';

export const rule = defineRule({
  id: 'duplicate-id',
  name: { nb: 'Prosjektnummer brukt to ganger', en: 'Duplicate project number' },
  severity: 'error',
  description: {
    nb: 'Hvert prosjekt skal ha sitt eget prosjektnummer.',
    en: 'Every project needs a project number of its own.',
  },
  messages: {
    duplicate: {
      nb: 'Prosjektnummer «{id}» står også på rad {earlier} — gi prosjektet et eget nummer, eller slett raden om den er en kopi (ellers telles pengene to ganger).',
      en: 'Project number "{id}" is also on row {earlier} — give the project a number of its own, or delete the row if it is a copy (otherwise the money counts twice).',
    },
  },
  find({ table }, report) {
    const findings: Finding[] = [];
    const first = new Map<string, ProjectRow>();
    for (const row of table.rows) {
      const raw = row.raw.id;
      if (isBlank(raw) || raw === undefined) continue;
      const key = normalize(shown(raw, 'en'));
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, row);
        continue;
      }
      findings.push(report.row(table, row, 'id', 'duplicate', { id: typed(raw), earlier: earlier.row }));
    }
    return findings;
  },
});
