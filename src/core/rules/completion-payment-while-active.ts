import type { Finding } from '../types';
import { kr } from './helpers';
import { defineRule } from './types';

export const rule = defineRule({
  id: 'completion-payment-while-active',
  name: { nb: 'Sluttutbetaling på aktivt prosjekt', en: 'Completion payment on an active project' },
  severity: 'warning',
  description: {
    nb: 'Sluttutbetaling er ført på et prosjekt som fortsatt står som Aktiv.',
    en: 'A completion payment is recorded on a project still marked active.',
  },
  messages: {
    paidWhileActive: {
      nb: '{paid} er utbetalt ved avslutning, men prosjektet står som Aktiv — sett status til Avsluttet om prosjektet er ferdig, ellers sjekk utbetalingen.',
      en: '{paid} is paid at completion, but the project is marked active — set the status to Avsluttet (closed) if it is finished, otherwise check the payment.',
    },
  },
  find({ table }, report) {
    // With a payments table the payment rules check the payment rows and point at them instead.
    if (table.payments) return [];
    // Without a Status column every project reads as active, and there is no status to correct.
    if (table.mapping.status === undefined) return [];
    const findings: Finding[] = [];
    for (const row of table.rows) {
      const paid = row.paidAtCompletion ?? 0;
      if (row.status !== 'active' || paid <= 0) continue;
      findings.push(report.row(table, row, 'status', 'paidWhileActive', { paid: kr(paid) }));
    }
    return findings;
  },
});
