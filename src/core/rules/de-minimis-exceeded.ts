import { formatKroner } from '../money';
import { normalize } from '../text';
import type { Finding, ProjectRow } from '../types';
import { chronological, kr, rowFinding, usedAmount } from './helpers';
import type { Rule } from './types';

/** De minimis counts support over three consecutive fiscal years. */
const WINDOW_YEARS = 3;

/** One applicant: by organisation number when there is one, else by name. */
function applicantKey(row: ProjectRow): string | undefined {
  const digits = (row.orgNo ?? '').replace(/\D/g, '');
  if (digits) return `org:${digits}`;
  const name = normalize(row.applicant ?? '');
  return name ? `name:${name}` : undefined;
}

export const rule: Rule = {
  id: 'de-minimis-exceeded',
  severity: 'warning',
  description: {
    nb: 'En søker har fått mer enn grensen for bagatellmessig støtte over tre år.',
    en: 'An applicant has received more than the de minimis ceiling over three years.',
  },
  check({ table, plan }) {
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
      const who = row.applicant ?? row.orgNo ?? '';
      const euro = formatKroner(plan.limits.deMinimisEur);
      findings.push(
        rowFinding(
          rule,
          table,
          row,
          'granted',
          `«${who}» har fått ${kr(total)} i ${from}–${row.year}, mer enn grensen for bagatellmessig støtte (${euro} euro ≈ ${kr(ceiling)} over tre år) — sjekk søkerens erklæring om annen støtte før utbetaling.`,
          `«${who}» has received ${kr(total)} in ${from}–${row.year}, more than the de minimis ceiling (EUR ${euro} ≈ ${kr(ceiling)} over three years) — check the applicant’s declaration of other aid before paying out.`,
        ),
      );
    }
    return findings;
  },
};
