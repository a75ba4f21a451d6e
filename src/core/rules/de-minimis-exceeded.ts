import { formatKroner } from '../money';
import type { Finding, ProjectRow } from '../types';
import { applicantKey, chronological, kr, usedAmount } from './helpers';
import { defineRule } from './types';

/** De minimis counts support over three consecutive fiscal years. */
const WINDOW_YEARS = 3;

export const rule = defineRule({
  id: 'de-minimis-exceeded',
  severity: 'warning',
  description: {
    nb: 'En søker har fått mer enn grensen for bagatellmessig støtte over tre år.',
    en: 'An applicant has received more than the de minimis ceiling over three years.',
  },
  messages: {
    overCeiling: {
      nb: '«{who}» har fått {total} i {from}–{to}, mer enn grensen for bagatellmessig støtte ({euro} euro ≈ {ceiling} over tre år) — sjekk søkerens erklæring om annen støtte før utbetaling.',
      en: '«{who}» has received {total} in {from}–{to}, more than the de minimis ceiling (EUR {euro} ≈ {ceiling} over three years) — check the applicant’s declaration of other aid before paying out.',
    },
  },
  find({ table, plan }, report) {
    const ceiling = Math.round(plan.limits.deMinimisEur * plan.limits.eurToNok);
    const findings: Finding[] = [];
    const seen = new Map<string, ProjectRow[]>();
    const flagged = new Set<string>();
    for (const row of chronological(table.rows)) {
      const key = applicantKey(row);
      if (!key || row.year === undefined || flagged.has(key)) continue;
      const earlier = seen.get(key) ?? [];
      earlier.push(row);
      seen.set(key, earlier);
      // Rows come in year order, so the window ending in this row's year holds every earlier row that counts.
      const from = row.year - (WINDOW_YEARS - 1);
      const total = earlier.filter((r) => (r.year ?? 0) >= from).reduce((sum, r) => sum + usedAmount(r), 0);
      if (total <= ceiling) continue;
      flagged.add(key);
      findings.push(
        report.row(table, row, 'granted', 'overCeiling', {
          who: row.applicant ?? row.orgNo ?? '',
          total: kr(total),
          from,
          to: row.year,
          euro: formatKroner(plan.limits.deMinimisEur),
          ceiling: kr(ceiling),
        }),
      );
    }
    return findings;
  },
});
