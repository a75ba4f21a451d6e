import type { Finding } from '../types';
import { kr, rowFinding } from './helpers';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'completion-payment-while-active',
  severity: 'warning',
  description: {
    nb: 'Sluttutbetaling er ført på et prosjekt som fortsatt står som Aktiv.',
    en: 'A completion payment is recorded on a project still marked active.',
  },
  check({ table }) {
    // Without a Status column every project reads as active, and there is no status to correct.
    if (table.mapping.status === undefined) return [];
    const findings: Finding[] = [];
    for (const row of table.rows) {
      const paid = row.paidAtCompletion ?? 0;
      if (row.status !== 'active' || paid <= 0) continue;
      findings.push(
        rowFinding(
          rule,
          table,
          row,
          'status',
          `${kr(paid)} er utbetalt ved avslutning, men prosjektet står som Aktiv — sett status til Avsluttet om prosjektet er ferdig, ellers sjekk utbetalingen.`,
          `${kr(paid)} is paid at completion, but the project is marked active — set the status to Avsluttet (closed) if it is finished, otherwise check the payment.`,
        ),
      );
    }
    return findings;
  },
};
