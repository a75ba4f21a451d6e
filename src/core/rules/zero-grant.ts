import type { Finding } from '../types';
import { rowFinding } from './helpers';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'zero-grant',
  severity: 'warning',
  description: {
    nb: 'Et prosjekt er bevilget 0 kr, men teller likevel som bevilget i oversiktene.',
    en: 'A project is granted 0 kr, yet counts as granted in the summaries.',
  },
  check({ table }) {
    const findings: Finding[] = [];
    for (const row of table.rows) {
      if (row.granted !== 0 || row.status === 'withdrawn') continue;
      const name = row.name ? ` «${row.name}»` : '';
      findings.push(
        rowFinding(
          rule,
          table,
          row,
          'granted',
          `Prosjektet${name} er bevilget 0 kr, men telles som et bevilget prosjekt i oversiktene — sjekk beløpet; ble det ikke noe av prosjektet, sett status Trukket.`,
          `Project${name} is granted 0 kr, yet counts as a granted project in the summaries — check the amount; if the project came to nothing, set the status to Trukket (withdrawn).`,
        ),
      );
    }
    return findings;
  },
};
