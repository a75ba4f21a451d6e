import { formatKroner } from '../../money';
import { applicantKey, kr, usedAmount } from '../../rules/helpers';
import type { Finding } from '../../types';
import { defineAssessmentRule } from './types';

/** De minimis counts support over three consecutive fiscal years. */
const WINDOW_YEARS = 3;

export const rule = defineAssessmentRule({
  id: 'applicant-de-minimis',
  severity: 'warning',
  description: {
    nb: 'Søkerens bevilgninger de siste tre årene og denne søknaden er til sammen over grensen for bagatellmessig støtte.',
    en: 'The applicant’s grants over the last three years plus this application exceed the de minimis ceiling.',
  },
  messages: {
    overCeiling: {
      nb: '«{who}» har fått {before} i {from}–{year}; med denne søknaden ({applied}) blir det {total}, mer enn grensen for bagatellmessig støtte ({euro} euro ≈ {ceiling} over tre år) — sjekk søkerens erklæring om annen offentlig støtte før styret vedtar.',
      en: '«{who}» has received {before} in {from}–{year}; with this application ({applied}) it comes to {total}, more than the de minimis ceiling (EUR {euro} ≈ {ceiling} over three years) — check the applicant’s declaration of other public aid before the board decides.',
    },
  },
  find({ applications, projects, plan }, report) {
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
      findings.push(
        report.tableRow(applications, application, application.cells.applied, 'overCeiling', {
          who: application.applicant ?? application.orgNo ?? '',
          before: kr(before),
          from,
          year,
          applied: kr(applied),
          total: kr(total),
          euro: formatKroner(plan.limits.deMinimisEur),
          ceiling: kr(ceiling),
        }),
      );
    }
    return findings;
  },
});
