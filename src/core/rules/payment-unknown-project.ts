import type { Finding } from '../types';
import { atPayment, paymentsWithProjects } from './paymentHelpers';
import { kr } from './helpers';
import { defineRule } from './types';

export const rule = defineRule({
  id: 'payment-unknown-project',
  name: { nb: 'Utbetaling til ukjent prosjekt', en: 'Payment to an unknown project' },
  severity: 'error',
  description: {
    nb: 'En utbetaling i Utbetalinger gjelder et prosjektnummer som ikke finnes i prosjekttabellen.',
    en: 'A payment in Utbetalinger is for a project number the project table does not have.',
  },
  messages: {
    unknownProject: {
      nb: 'Utbetalingen på {amount} gjelder prosjektnummer {id}, som ikke finnes i prosjekttabellen — rett prosjektnummeret, ellers telles pengene ikke med i oppfølgingen.',
      en: 'The payment of {amount} is for project number {id}, which the project table does not have — correct the number, or the money is left out of the follow-up.',
    },
  },
  find({ table }, report) {
    const read = paymentsWithProjects(table);
    if (!read) return [];
    const findings: Finding[] = [];
    for (const { payment, project } of read.rows) {
      if (project || payment.projectId === undefined) continue;
      findings.push(
        atPayment(report, read.payments, payment, 'projectId', 'unknownProject', {
          id: { nb: `«${payment.projectId}»`, en: `"${payment.projectId}"` },
          amount: kr(payment.amount ?? 0),
        }),
      );
    }
    return findings;
  },
});
