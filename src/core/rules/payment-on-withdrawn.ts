import type { Finding } from '../types';
import { kr } from './helpers';
import { atPayment, dateText, paymentsWithProjects, projectLabel } from './paymentHelpers';
import { defineRule } from './types';

export const rule = defineRule({
  id: 'payment-on-withdrawn',
  name: { nb: 'Utbetaling til trukket prosjekt', en: 'Payment to a withdrawn project' },
  severity: 'error',
  description: {
    nb: 'Det er ført en utbetaling på et prosjekt som står som Trukket.',
    en: 'A payment is entered on a project marked withdrawn (Trukket).',
  },
  messages: {
    withdrawn: {
      nb: 'Prosjekt {project} står som Trukket, men har en utbetaling på {amount}{date} — sjekk statusen, eller før pengene tilbake som Tilbakebetaling.',
      en: 'Project {project} is marked withdrawn (Trukket) but has a payment of {amount}{date} — check the status, or record the money back as a return (Tilbakebetaling).',
    },
  },
  find({ table }, report) {
    const read = paymentsWithProjects(table);
    if (!read) return [];
    const findings: Finding[] = [];
    for (const { payment, project } of read.rows) {
      if (project?.status !== 'withdrawn' || payment.type === 'return' || payment.type === undefined)
        continue;
      const date = dateText(payment);
      findings.push(
        atPayment(report, read.payments, payment, 'amount', 'withdrawn', {
          project: projectLabel(payment, project),
          amount: kr(payment.amount ?? 0),
          date: date ? ` (${date})` : '',
        }),
      );
    }
    return findings;
  },
});
