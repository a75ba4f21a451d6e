import type { Finding } from '../types';
import { kr, rowFinding } from './helpers';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'paid-exceeds-granted',
  severity: 'error',
  description: {
    nb: 'Utbetalt ved godkjenning og ved avslutning er til sammen mer enn bevilget.',
    en: 'Paid at approval and at completion add up to more than the grant.',
  },
  check({ table }) {
    const findings: Finding[] = [];
    for (const row of table.rows) {
      if (row.granted === undefined) continue;
      const atApproval = row.paidAtApproval ?? 0;
      const atCompletion = row.paidAtCompletion ?? 0;
      // Negative amounts are invalid-number's to report; compared here they would only add noise.
      if (row.granted < 0 || atApproval < 0 || atCompletion < 0) continue;
      const paid = atApproval + atCompletion;
      if (paid <= row.granted) continue;
      const over = paid - row.granted;
      findings.push(
        rowFinding(
          rule,
          table,
          row,
          atCompletion > 0 ? 'paidAtCompletion' : 'paidAtApproval',
          `Utbetalt ${kr(paid)} (${kr(atApproval)} ved godkjenning + ${kr(atCompletion)} ved avslutning) er ${kr(over)} mer enn bevilget ${kr(row.granted)} — sjekk utbetalingene eller bevilgningen.`,
          `Paid ${kr(paid)} (${kr(atApproval)} at approval + ${kr(atCompletion)} at completion) is ${kr(over)} more than the ${kr(row.granted)} granted — check the payments or the grant.`,
        ),
      );
    }
    return findings;
  },
};
