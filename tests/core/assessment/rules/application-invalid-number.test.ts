import { rule } from '../../../../src/core/assessment/rules/application-invalid-number';
import { assessmentRuleTester } from './assessmentRuleTester';

assessmentRuleTester(rule, {
  valid: [
    {
      name: 'amounts and counts as people type them',
      applications: [
        {
          applied: '250 000 kr',
          totalBudget: '1,2 mill',
          otherFunding: 0,
          expectedNewJobs: 2,
          expectedSecuredJobs: '3',
        },
        { otherFunding: null, expectedNewJobs: '' },
      ],
    },
  ],
  invalid: [
    {
      name: 'an amount of 1E+308, a budget of −5, «NaN» other funding',
      applications: [{ applied: 1e308, totalBudget: -5, otherFunding: 'NaN' }],
      errors: [
        {
          cell: 'H2',
          message: /^«1E\+308» i «Søkt beløp» er urimelig stort \(mer enn 5\s000\s000\s000 kr\)/,
          messageEn: /^"1E\+308" in Amount applied is implausibly large/,
        },
        {
          cell: 'I2',
          message: '«−5» i «Totalbudsjett» er negativt',
          messageEn: '"-5" in Total budget is negative',
        },
        {
          cell: 'J2',
          message: '«NaN» i «Annen finansiering» er ikke et tall Omstilling kan lese',
          messageEn: '"NaN" in Other funding is not a number Omstilling can read',
        },
      ],
    },
    {
      name: 'expected jobs: 2,5 and 1E+308; a year that is no year',
      applications: [{ expectedNewJobs: 2.5, expectedSecuredJobs: 1e308, year: 'neste år' }],
      errors: [
        { cell: 'G2', message: '«neste år» i «År» er ikke et årstall' },
        { cell: 'K2', message: 'ikke et helt tall', messageEn: 'not a whole number' },
        { cell: 'L2', message: 'urimelig stort' },
      ],
    },
  ],
});
