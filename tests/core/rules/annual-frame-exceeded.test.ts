import { rule } from '../../../src/core/rules/annual-frame-exceeded';
import { ruleTester } from './ruleTester';

// The default plan splits Attraktivitet's 1 900 000 as 633 333 / 633 333 / 633 334 over 2013–2015.
const ATTRAKTIVITET = 'Attraktivitet for næringslivet';

ruleTester(rule, {
  valid: [
    {
      name: 'within each year’s share',
      rows: [
        { area: ATTRAKTIVITET, year: 2013, granted: 633_333 },
        { area: ATTRAKTIVITET, year: 2015, granted: 633_334 },
      ],
    },
    {
      name: 'the other area’s money does not count',
      rows: [
        { area: ATTRAKTIVITET, year: 2013, granted: 600_000 },
        { area: 'Nyskaping i næringslivet', year: 2013, granted: 1_000_000 },
      ],
    },
  ],
  invalid: [
    {
      name: 'two grants in 2013 go past the year’s share',
      rows: [
        { area: ATTRAKTIVITET, year: 2013, granted: 400_000 },
        { area: ATTRAKTIVITET, year: 2014, granted: 400_000 },
        { area: ATTRAKTIVITET, year: 2013, granted: 300_000 },
      ],
      errors: [
        {
          cell: 'H4',
          message:
            /«Attraktivitet for næringslivet» har 633\s333 kr av rammen i 2013\. .*700\s000 kr i 2013.* 66\s667 kr over årets ramme/,
          messageEn: /66\s667 kr over the year’s frame/,
        },
      ],
    },
  ],
});
