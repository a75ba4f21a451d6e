import { formatPercent } from '../../money';
import type { Finding } from '../../types';
import { applicationLabel } from '../applications';
import { applicationFinding, kr } from './helpers';
import type { AssessmentRule } from './types';

const percentEn = (share: number) => `${(share * 100).toFixed(1)} %`;

export const rule: AssessmentRule = {
  id: 'support-share-exceeded',
  severity: 'warning',
  description: {
    nb: 'Søkt beløp er en større andel av prosjektets totalbudsjett enn planen tillater.',
    en: 'The amount applied for is a larger share of the project’s total budget than the plan allows.',
  },
  check({ applications, plan }) {
    const findings: Finding[] = [];
    const limit = plan.limits.supportShareMax;
    for (const application of applications.rows) {
      const { applied, totalBudget } = application;
      if (applied === undefined || totalBudget === undefined || totalBudget <= 0 || applied <= 0) continue;
      const share = applied / totalBudget;
      if (share <= limit) continue;
      findings.push(
        applicationFinding(
          rule,
          applications,
          application,
          application.cells.applied,
          `${applicationLabel(application)} søker ${kr(applied)} av et totalbudsjett på ${kr(totalBudget)} (${formatPercent(share)}), mer enn planens grense på ${formatPercent(limit)} — be om mer egen- eller annen finansiering, eller sett ned beløpet.`,
          `${applicationLabel(application, 'en')} applies for ${kr(applied)} of a total budget of ${kr(totalBudget)} (${percentEn(share)}), more than the plan’s limit of ${percentEn(limit)} — ask for more own or other funding, or lower the amount.`,
        ),
      );
    }
    return findings;
  },
};
