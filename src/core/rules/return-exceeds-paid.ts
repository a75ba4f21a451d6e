import { projectKey } from '../payments';
import type { Finding } from '../types';
import { kr } from './helpers';
import { atPayment, paymentsWithProjects, projectLabel } from './paymentHelpers';
import { defineRule } from './types';

export const rule = defineRule({
  id: 'return-exceeds-paid',
  name: { nb: 'Tilbakebetalt mer enn utbetalt', en: 'Returned more than paid' },
  severity: 'error',
  description: {
    nb: 'Et prosjekt har fått tilbakebetalt mer enn det er utbetalt.',
    en: 'More has been returned on a project than was paid to it.',
  },
  messages: {
    tooMuch: {
      nb: 'Med denne tilbakebetalingen er {returned} ført tilbake på prosjekt {project}, men bare {paid} er utbetalt — sjekk beløpet eller prosjektnummeret.',
      en: 'With this return {returned} has come back on project {project}, but only {paid} was paid — check the amount or the project number.',
    },
  },
  find({ table }, report) {
    const read = paymentsWithProjects(table);
    if (!read) return [];
    const paidTo = new Map<string, number>();
    for (const { payment } of read.rows) {
      if (payment.projectId === undefined || payment.amount === undefined || payment.amount < 0) continue;
      if (payment.type !== 'part' && payment.type !== 'final') continue;
      const key = projectKey(payment.projectId);
      paidTo.set(key, (paidTo.get(key) ?? 0) + payment.amount);
    }
    const findings: Finding[] = [];
    const returned = new Map<string, number>();
    const reported = new Set<string>();
    for (const { payment, project } of read.rows) {
      if (payment.type !== 'return' || payment.projectId === undefined || payment.amount === undefined)
        continue;
      if (payment.amount < 0) continue;
      const key = projectKey(payment.projectId);
      const total = (returned.get(key) ?? 0) + payment.amount;
      returned.set(key, total);
      const paid = paidTo.get(key) ?? 0;
      if (total <= paid || reported.has(key)) continue;
      reported.add(key);
      findings.push(
        atPayment(report, read.payments, payment, 'amount', 'tooMuch', {
          returned: kr(total),
          project: projectLabel(payment, project),
          paid: kr(paid),
        }),
      );
    }
    return findings;
  },
});
