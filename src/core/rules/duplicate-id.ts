import { normalize } from '../text';
import type { Finding, ProjectRow } from '../types';
import { isBlank, rowFinding, shown } from './helpers';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'duplicate-id',
  severity: 'error',
  description: {
    nb: 'Hvert prosjekt skal ha sitt eget prosjektnummer.',
    en: 'Every project needs a project number of its own.',
  },
  check({ table }) {
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
      findings.push(
        rowFinding(
          rule,
          table,
          row,
          'id',
          `Prosjektnummer «${shown(raw)}» står også på rad ${earlier.row} — gi prosjektet et eget nummer, eller slett raden om den er en kopi (ellers telles pengene to ganger).`,
          `Project number «${shown(raw, 'en')}» is also on row ${earlier.row} — give the project a number of its own, or delete the row if it is a copy (otherwise the money counts twice).`,
        ),
      );
    }
    return findings;
  },
};
