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
          `Prosjektet${name} er bevilget 0 kr, men telles med i «Antall bevilget» — skriv inn beløpet, eller sett status Trukket om det ikke ble noe av.`,
          `Project${name} is granted 0 kr but is counted under «Antall bevilget» — enter the amount, or set the status to Trukket (withdrawn) if it came to nothing.`,
        ),
      );
    }
    return findings;
  },
};
