import { rule } from '../../../src/core/rules/period-frame-exceeded';
import { ruleTester } from './ruleTester';

// Project money 2013–2015: 9 000 000 financing − 2 700 000 administration = 6 300 000.
ruleTester(rule, {
  valid: [
    {
      name: 'exactly the project money',
      rows: [
        { year: 2013, granted: 4_400_000 },
        { year: 2014, area: 'Attraktivitet for næringslivet', granted: 1_900_000 },
      ],
    },
    {
      name: 'rows of the previous period',
      rows: [
        { year: 2012, granted: 5_240_000 },
        { year: 2013, granted: 2_000_000 },
      ],
    },
  ],
  invalid: [
    {
      name: 'the grant that goes past the project money',
      rows: [
        { year: 2015, granted: 1_400_000 },
        { year: 2013, granted: 3_000_000 },
        { year: 2014, area: 'Attraktivitet for næringslivet', granted: 2_000_000 },
      ],
      errors: [
        {
          cell: 'H2',
          message:
            /Prosjektmidlene for 2013–2015 er 6\s300\s000 kr\. .*6\s400\s000 kr.* 100\s000 kr mer enn planen har/,
          messageEn: /100\s000 kr more than the plan has/,
        },
      ],
    },
    {
      name: 'a row with an unknown area still uses money',
      rows: [
        { year: 2013, granted: 6_300_000 },
        { year: 2014, area: 'Sentrum', granted: 1 },
      ],
      errors: [{ cell: 'H3' }],
    },
  ],
});
