import { rule } from '../../../../src/core/assessment/rules/category-amount-unusual';
import { assessmentRuleTester } from './assessmentRuleTester';

// Three forstudier of 100 000, 150 000 and 200 000: median 150 000, so 50 000–450 000 is usual.
const PRESTUDIES = [{ granted: 100_000 }, { granted: 150_000 }, { granted: 200_000 }];

assessmentRuleTester(rule, {
  valid: [
    {
      name: 'within three times the median',
      projects: PRESTUDIES,
      applications: [{ applied: 450_000 }, { applied: 50_000 }],
    },
    { name: 'no project table', applications: [{ applied: 5_000_000 }] },
    {
      name: 'too few earlier grants to say (0 kr and withdrawn ones do not count)',
      projects: [{ granted: 100_000 }, { granted: 0 }, { granted: 150_000, status: 'Trukket' }],
      applications: [{ applied: 5_000_000 }],
    },
    {
      name: 'another category’s grants say nothing about this one',
      projects: PRESTUDIES,
      applications: [{ category: 'Hovedprosjekt', applied: 2_000_000 }],
    },
  ],
  invalid: [
    {
      name: 'far above and far below',
      projects: PRESTUDIES,
      applications: [{ applied: 500_000 }, { applied: 40_000 }],
      errors: [
        {
          cell: 'H2',
          message:
            /S-01 søker 500\s000 kr til en forstudie, langt over det forstudier har fått før \(100\s000 kr–200\s000 kr, median 150\s000 kr, 3 prosjekter\)/,
          messageEn: 'far above what prestudies got before',
        },
        { cell: 'H3', message: 'langt under', messageEn: 'far below' },
      ],
    },
  ],
});
