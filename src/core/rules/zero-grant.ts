import type { Finding } from '../types';
import { quotedName } from './helpers';
import { defineRule } from './types';

export const rule = defineRule({
  id: 'zero-grant',
  name: { nb: 'Bevilget 0 kr', en: 'Granted 0 kr' },
  severity: 'warning',
  description: {
    nb: 'Et prosjekt er bevilget 0 kr, men teller likevel som bevilget i oversiktene.',
    en: 'A project is granted 0 kr, yet counts as granted in the summaries.',
  },
  messages: {
    zeroGrant: {
      nb: 'Prosjektet{name} er bevilget 0 kr, men telles som et bevilget prosjekt i oversiktene — sjekk beløpet; ble det ikke noe av prosjektet, sett status Trukket.',
      en: 'Project{name} is granted 0 kr, yet counts as a granted project in the summaries — check the amount; if the project came to nothing, set the status to Trukket (withdrawn).',
    },
  },
  find({ table }, report) {
    const findings: Finding[] = [];
    for (const row of table.rows) {
      if (row.granted !== 0 || row.status === 'withdrawn') continue;
      findings.push(report.row(table, row, 'granted', 'zeroGrant', { name: quotedName(row.name) }));
    }
    return findings;
  },
});
