import { rule } from '../../../src/core/rules/de-minimis-exceeded';
import { ruleTester } from './ruleTester';

// Default plan: EUR 200 000 × 7,5 = 1 500 000 kr over three years.
const SENSOR = { applicant: 'Toten Sensor AS', orgNo: '922 059 179' };

ruleTester(rule, {
  valid: [
    {
      name: 'up to the ceiling',
      rows: [
        { ...SENSOR, year: 2012, granted: 700_000 },
        { ...SENSOR, year: 2014, granted: 800_000 },
      ],
    },
    {
      name: 'grants more than three years apart',
      rows: [
        { ...SENSOR, year: 2011, granted: 1_000_000 },
        { ...SENSOR, year: 2014, granted: 1_000_000 },
      ],
    },
    {
      name: 'different applicants',
      rows: [
        { applicant: 'A AS', orgNo: '911 111 111', granted: 1_000_000 },
        { applicant: 'A AS', orgNo: '922 222 222', granted: 1_000_000 },
      ],
    },
    { name: 'rows without applicant', rows: [{ granted: 1_000_000 }, { granted: 1_000_000 }] },
  ],
  invalid: [
    {
      name: 'three years in a row, org.nr written two ways',
      rows: [
        { ...SENSOR, year: 2013, granted: 800_000 },
        { ...SENSOR, year: 2011, granted: 500_000 },
        { applicant: 'Toten Sensor', orgNo: '922059179', year: 2013, granted: 300_000 },
      ],
      errors: [
        {
          cell: 'H4',
          message:
            /«Toten Sensor» har fått 1\s600\s000 kr i 2011–2013, mer enn grensen for bagatellmessig støtte \(200\s000 euro ≈ 1\s500\s000 kr over tre år\)/,
          messageEn: /de minimis ceiling/,
        },
      ],
    },
    {
      name: 'by name when there is no org.nr',
      rows: [
        { applicant: 'Lakk og Finish Toten AS', year: 2014, granted: 900_000 },
        { applicant: 'lakk og finish toten as', year: 2015, granted: 900_000 },
      ],
      errors: [{ cell: 'H3', message: '2013–2015' }],
    },
  ],
});
