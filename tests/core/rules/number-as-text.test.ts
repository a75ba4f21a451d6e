import { rule } from '../../../src/core/rules/number-as-text';
import { ruleTester } from './ruleTester';

ruleTester(rule, {
  valid: [
    {
      name: 'numbers stored as numbers',
      rows: [{ granted: 1_410_000, newJobs: 3, leveragedFunding: 2_500_000 }],
    },
    { name: 'a year typed as text skews no sum', rows: [{ year: '2013' }] },
    { name: 'text that is no number is another rule’s', rows: [{ granted: 'ca. 100 000' }] },
  ],
  invalid: [
    {
      name: 'the seed’s way of writing amounts',
      rows: [{ granted: '1 410 000' }],
      errors: [
        {
          cell: 'H2',
          message:
            '«1 410 000» i «Bevilget» er lagret som tekst, og SUMMER hopper over den — gjør cellen om til tall.',
          messageEn: 'SUM skips it',
        },
      ],
    },
    {
      name: 'payments and counts as text',
      rows: [{ paidAtApproval: 'kr 70 000,-', newJobs: '3' }],
      errors: [
        { cell: 'I2', message: '«kr 70 000,-»' },
        { cell: 'L2', message: '«3» i «Nye arbeidsplasser»' },
      ],
    },
  ],
});
