import { inBoth } from '../../messages';
import { formatPercent } from '../../money';
import { kr } from '../../rules/helpers';
import type { Finding } from '../../types';
import { applicationLabel } from '../applications';
import { defineAssessmentRule } from './types';

const percent = (share: number) => inBoth((lang) => formatPercent(share, 1, lang));

export const rule = defineAssessmentRule({
  id: 'support-share-exceeded',
  name: { nb: 'For høy støtteandel', en: 'Support share too high' },
  severity: 'warning',
  description: {
    nb: 'Søkt beløp er en større andel av prosjektets totalbudsjett enn planen tillater.',
    en: 'The amount applied for is a larger share of the project’s total budget than the plan allows.',
  },
  messages: {
    overShare: {
      nb: '{application} søker {applied} av et totalbudsjett på {budget} ({share}), mer enn planens grense på {limit} — be om mer egen- eller annen finansiering, eller sett ned beløpet.',
      en: '{application} applies for {applied} of a total budget of {budget} ({share}), more than the plan’s limit of {limit} — ask for more own or other funding, or lower the amount.',
    },
  },
  headline: {
    nb: 'Søker {share} av prosjektets budsjett; planen tillater høyst {limit}.',
    en: 'Applies for {share} of the project’s budget; the plan allows at most {limit}.',
  },
  find({ applications, plan }, report) {
    const findings: Finding[] = [];
    const limit = plan.limits.supportShareMax;
    for (const application of applications.rows) {
      const { applied, totalBudget } = application;
      if (applied === undefined || totalBudget === undefined || totalBudget <= 0 || applied <= 0) continue;
      const share = applied / totalBudget;
      if (share <= limit) continue;
      findings.push(
        report.tableRow(applications, application, application.cells.applied, 'overShare', {
          application: applicationLabel(application),
          applied: kr(applied),
          budget: kr(totalBudget),
          share: percent(share),
          limit: percent(limit),
        }),
      );
    }
    return findings;
  },
});
