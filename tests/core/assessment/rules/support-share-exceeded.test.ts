import { rule } from '../../../../src/core/assessment/rules/support-share-exceeded';
import { defaultPlan } from '../../../../src/core/plan';
import { assessmentRuleTester } from './assessmentRuleTester';

assessmentRuleTester(rule, {
  valid: [
    { name: 'exactly 75 % of the budget', applications: [{ applied: 150_000, totalBudget: 200_000 }] },
    { name: 'no total budget to compare with', applications: [{ applied: 150_000, totalBudget: null }] },
    {
      name: 'a plan with a higher limit',
      plan: { ...defaultPlan, limits: { ...defaultPlan.limits, supportShareMax: 0.9 } },
      applications: [{ applied: 300_000, totalBudget: 350_000 }],
    },
  ],
  invalid: [
    {
      name: 'the sample’s 300 000 of 350 000',
      applications: [{ applied: 300_000, totalBudget: 350_000 }],
      errors: [
        {
          cell: 'H2',
          message:
            /S-01 søker 300\s000 kr av et totalbudsjett på 350\s000 kr \(85,7\s%\), mer enn planens grense på 75,0\s%/,
          messageEn: /\(85\.7\s%\), more than the plan’s limit of 75\.0\s%/,
          headline: /^Søker 85,7\s% av prosjektets budsjett; planen tillater høyst 75,0\s%\.$/,
        },
      ],
    },
    {
      name: 'amounts typed as text, more than the whole budget',
      applications: [{}, { applied: '250 000 kr', totalBudget: '200 000' }],
      errors: [{ cell: 'H3', message: /125,0\s%/ }],
    },
  ],
});
