import { projectKey } from '../payments';
import type { Finding } from '../types';
import { atPayment, paymentsWithProjects, projectLabel } from './paymentHelpers';
import { defineRule } from './types';

export const rule = defineRule({
  id: 'second-final-payment',
  name: { nb: 'To sluttutbetalinger', en: 'Two final payments' },
  severity: 'error',
  description: {
    nb: 'Et prosjekt har mer enn én sluttutbetaling.',
    en: 'A project has more than one final payment.',
  },
  messages: {
    second: {
      nb: 'Prosjekt {project} har allerede en sluttutbetaling (rad {first}) — en ny utbetaling er en delutbetaling, ellers er en av dem ført to ganger.',
      en: 'Project {project} already has a final payment (row {first}) — a further payment is a part payment, or one of them is entered twice.',
    },
  },
  find({ table }, report) {
    const read = paymentsWithProjects(table);
    if (!read) return [];
    const findings: Finding[] = [];
    const firstFinal = new Map<string, number>();
    for (const { payment, project } of read.rows) {
      if (payment.type !== 'final' || payment.projectId === undefined) continue;
      const key = projectKey(payment.projectId);
      const first = firstFinal.get(key);
      if (first === undefined) {
        firstFinal.set(key, payment.row);
        continue;
      }
      findings.push(
        atPayment(report, read.payments, payment, 'type', 'second', {
          project: projectLabel(payment, project),
          first,
        }),
      );
    }
    return findings;
  },
});
