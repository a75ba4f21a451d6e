import type { Finding } from '../types';
import { atPayment, dateText, paymentsWithProjects, projectLabel } from './paymentHelpers';
import { yearOfDate } from '../dates';
import { defineRule } from './types';

export const rule = defineRule({
  id: 'payment-before-grant-year',
  name: { nb: 'Utbetalt før bevilgningsåret', en: 'Paid before the grant year' },
  severity: 'error',
  description: {
    nb: 'En utbetaling er datert før året prosjektet ble bevilget.',
    en: 'A payment is dated before the year the project was granted.',
  },
  messages: {
    early: {
      nb: 'Utbetalingen er datert {date}, men prosjekt {project} ble bevilget i {year} — sjekk datoen eller prosjektnummeret.',
      en: 'The payment is dated {date}, but project {project} was granted in {year} — check the date or the project number.',
    },
  },
  find({ table }, report) {
    const read = paymentsWithProjects(table);
    if (!read) return [];
    const findings: Finding[] = [];
    for (const { payment, project } of read.rows) {
      if (!payment.date || project?.year === undefined || yearOfDate(payment.date) >= project.year) continue;
      findings.push(
        atPayment(report, read.payments, payment, 'date', 'early', {
          date: dateText(payment),
          project: projectLabel(payment, project),
          year: project.year,
        }),
      );
    }
    return findings;
  },
});
