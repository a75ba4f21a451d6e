import { projectKey } from '../payments';
import type { Finding } from '../types';
import { kr } from './helpers';
import { atPayment, paymentsWithProjects, projectLabel } from './paymentHelpers';
import { defineRule } from './types';

export const rule = defineRule({
  id: 'payment-above-granted',
  name: { nb: 'Utbetalt mer enn bevilget', en: 'Paid more than granted' },
  severity: 'error',
  description: {
    nb: 'Utbetalingene til et prosjekt (minus tilbakebetalinger) er til sammen mer enn bevilget.',
    en: 'The payments to a project (less returns) add up to more than the grant.',
  },
  messages: {
    overpaid: {
      nb: 'Med denne utbetalingen er prosjekt {project} utbetalt {paid} netto, {over} mer enn bevilget {granted} — sjekk beløpet eller bevilgningen.',
      en: 'With this payment project {project} has been paid {paid} net, {over} more than the {granted} granted — check the amount or the grant.',
    },
  },
  find({ table }, report) {
    const read = paymentsWithProjects(table);
    if (!read) return [];
    const findings: Finding[] = [];
    const running = new Map<string, number>();
    const reported = new Set<string>();
    // In table order: the payment that takes the total over the grant is the one to look at.
    for (const { payment, project } of read.rows) {
      if (!project || project.granted === undefined || project.granted < 0) continue;
      if (payment.amount === undefined || payment.amount < 0 || payment.type === undefined) continue;
      const key = projectKey(payment.projectId as string);
      const sign = payment.type === 'return' ? -1 : 1;
      const paid = (running.get(key) ?? 0) + sign * payment.amount;
      running.set(key, paid);
      if (paid <= project.granted || reported.has(key)) continue;
      reported.add(key);
      findings.push(
        atPayment(report, read.payments, payment, 'amount', 'overpaid', {
          project: projectLabel(payment, project),
          paid: kr(paid),
          over: kr(paid - project.granted),
          granted: kr(project.granted),
        }),
      );
    }
    return findings;
  },
});
