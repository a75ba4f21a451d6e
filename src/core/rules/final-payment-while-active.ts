import { fieldCell } from '../projects';
import type { Finding } from '../types';
import { kr } from './helpers';
import { atPayment, paymentsWithProjects, projectLabel } from './paymentHelpers';
import { defineRule } from './types';

export const rule = defineRule({
  id: 'final-payment-while-active',
  name: { nb: 'Sluttutbetaling på aktivt prosjekt', en: 'Final payment on an active project' },
  severity: 'warning',
  description: {
    nb: 'Det er ført en sluttutbetaling på et prosjekt som fortsatt står som Aktiv.',
    en: 'A final payment is entered on a project still marked active.',
  },
  messages: {
    active: {
      nb: 'Sluttutbetalingen på {amount} gjelder prosjekt {project}, som fortsatt står som Aktiv ({statusCell}) — sett status Avsluttet om prosjektet er ferdig, ellers er dette en delutbetaling.',
      en: 'The final payment of {amount} is for project {project}, still marked active ({statusCell}) — set the status to Avsluttet (closed) if it is finished, otherwise this is a part payment.',
    },
  },
  find({ table }, report) {
    // Without a Status column every project reads as active, and there is no status to correct.
    if (table.mapping.status === undefined) return [];
    const read = paymentsWithProjects(table);
    if (!read) return [];
    const findings: Finding[] = [];
    for (const { payment, project } of read.rows) {
      if (payment.type !== 'final' || project?.status !== 'active') continue;
      findings.push(
        atPayment(report, read.payments, payment, 'type', 'active', {
          amount: kr(payment.amount ?? 0),
          project: projectLabel(payment, project),
          statusCell: `${table.sheet}!${fieldCell(table, project, 'status') ?? ''}`,
        }),
      );
    }
    return findings;
  },
});
