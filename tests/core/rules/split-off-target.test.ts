import { rule } from '../../../src/core/rules/split-off-target';
import { ruleTester } from './ruleTester';

const NYSKAPING = 'Nyskaping i næringslivet';
const ATTRAKTIVITET = 'Attraktivitet for næringslivet';

ruleTester(rule, {
  valid: [
    {
      name: 'the plan’s 70/30',
      rows: [
        { area: NYSKAPING, granted: 700_000 },
        { area: ATTRAKTIVITET, granted: 300_000 },
      ],
    },
    {
      name: '78/22 is within 10 points',
      rows: [
        { area: NYSKAPING, granted: 780_000 },
        { area: ATTRAKTIVITET, granted: 220_000 },
      ],
    },
    { name: 'nothing granted in the period yet', rows: [{ year: 2012, granted: 5_240_000 }] },
  ],
  invalid: [
    {
      name: '90/10',
      rows: [
        { area: NYSKAPING, granted: 900_000 },
        { area: ATTRAKTIVITET, year: 2014, granted: 100_000 },
        { area: ATTRAKTIVITET, year: 2012, granted: 5_000_000 },
      ],
      errors: [
        {
          cell: 'E1',
          message:
            /«Nyskaping i næringslivet» 90,0\s%, «Attraktivitet for næringslivet» 10,0\s%\. Planen sier 70\s% \/ 30\s%/,
          messageEn: 'more than 10 points off',
        },
      ],
    },
  ],
});
