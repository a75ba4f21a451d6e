import { formatKroner } from '../../money';
import { usedAmount } from '../../rules/helpers';
import type { Finding } from '../../types';
import { applicantKey, applicationFinding, kr } from './helpers';
import type { AssessmentRule } from './types';

/** De minimis counts support over three consecutive fiscal years. */
const WINDOW_YEARS = 3;

export const rule: AssessmentRule = {
  id: 'applicant-de-minimis',
  severity: 'warning',
  description: {
    nb: 'Søkerens bevilgninger de siste tre årene og denne søknaden er til sammen over grensen for bagatellmessig støtte.',
    en: 'The applicant’s grants over the last three years plus this application exceed the de minimis ceiling.',
  },
  check({ applications, projects, plan }) {
    const findings: Finding[] = [];
    const ceiling = Math.round(plan.limits.deMinimisEur * plan.limits.eurToNok);
    for (const application of applications.rows) {
      const key = applicantKey(application);
      const { year, applied } = application;
      if (!key || year === undefined || applied === undefined || applied <= 0) continue;
      const from = year - (WINDOW_YEARS - 1);
      const earlier = (projects?.rows ?? []).filter(
        (row) => applicantKey(row) === key && row.year !== undefined && row.year >= from && row.year <= year,
      );
      const before = earlier.reduce((sum, row) => sum + usedAmount(row), 0);
      const total = before + applied;
      if (total <= ceiling) continue;
      const who = application.applicant ?? application.orgNo ?? '';
      const euro = formatKroner(plan.limits.deMinimisEur);
      findings.push(
        applicationFinding(
          rule,
          applications,
          application,
          application.cells.applied,
          `«${who}» har fått ${kr(before)} i ${from}–${year}; med denne søknaden (${kr(applied)}) blir det ${kr(total)}, mer enn grensen for bagatellmessig støtte (${euro} euro ≈ ${kr(ceiling)} over tre år) — sjekk søkerens erklæring om annen offentlig støtte før styret vedtar.`,
          `«${who}» has received ${kr(before)} in ${from}–${year}; with this application (${kr(applied)}) it comes to ${kr(total)}, more than the de minimis ceiling (EUR ${euro} ≈ ${kr(ceiling)} over three years) — check the applicant’s declaration of other public aid before the board decides.`,
        ),
      );
    }
    return findings;
  },
};
