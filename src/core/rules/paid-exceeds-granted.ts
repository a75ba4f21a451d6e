import type { Finding } from '../types';
import { kr } from './helpers';
import { defineRule } from './types';

export const rule = defineRule({
  id: 'paid-exceeds-granted',
  name: { nb: 'Utbetalt mer enn bevilget', en: 'Paid more than granted' },
  severity: 'error',
  description: {
    nb: 'Utbetalt ved godkjenning og ved avslutning er til sammen mer enn bevilget.',
    en: 'Paid at approval and at completion add up to more than the grant.',
  },
  messages: {
    overpaid: {
      nb: 'Utbetalt {paid} ({atApproval} ved godkjenning + {atCompletion} ved avslutning) er {over} mer enn bevilget {granted} — sjekk utbetalingene eller bevilgningen.',
      en: 'Paid {paid} ({atApproval} at approval + {atCompletion} at completion) is {over} more than the {granted} granted — check the payments or the grant.',
    },
  },
  find({ table }, report) {
    // With a payments table the payment rules check the payment rows and point at them instead.
    if (table.payments) return [];
    const findings: Finding[] = [];
    for (const row of table.rows) {
      if (row.granted === undefined) continue;
      const atApproval = row.paidAtApproval ?? 0;
      const atCompletion = row.paidAtCompletion ?? 0;
      // Negative amounts are invalid-number's to report; compared here they would only add noise.
      if (row.granted < 0 || atApproval < 0 || atCompletion < 0) continue;
      const paid = atApproval + atCompletion;
      if (paid <= row.granted) continue;
      findings.push(
        report.row(table, row, atCompletion > 0 ? 'paidAtCompletion' : 'paidAtApproval', 'overpaid', {
          paid: kr(paid),
          atApproval: kr(atApproval),
          atCompletion: kr(atCompletion),
          over: kr(paid - row.granted),
          granted: kr(row.granted),
        }),
      );
    }
    return findings;
  },
});
