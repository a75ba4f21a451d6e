import { rule } from '../../../../src/core/assessment/rules/applicant-de-minimis';
import { assessmentRuleTester } from './assessmentRuleTester';

// Default plan: EUR 200 000 × 7,5 = 1 500 000 kr over three years.
const SENSOR = { applicant: 'Toten Sensor AS', orgNo: '922 059 179' };

assessmentRuleTester(rule, {
  valid: [
    {
      name: 'up to the ceiling',
      projects: [{ ...SENSOR, year: 2012, granted: 800_000 }],
      applications: [{ ...SENSOR, applied: 700_000 }],
    },
    {
      name: 'grants before the three-year window',
      projects: [{ ...SENSOR, year: 2010, granted: 1_400_000 }],
      applications: [{ ...SENSOR, applied: 700_000 }],
    },
    {
      name: 'a withdrawn grant that was never paid does not count',
      projects: [{ ...SENSOR, year: 2012, granted: 1_000_000, status: 'Trukket', paidAtApproval: 0 }],
      applications: [{ ...SENSOR, applied: 700_000 }],
    },
    {
      name: 'another applicant',
      projects: [{ applicant: 'Toten Trebygg AS', orgNo: '927 593 408', year: 2012, granted: 1_400_000 }],
      applications: [{ ...SENSOR, applied: 700_000 }],
    },
  ],
  invalid: [
    {
      name: 'earlier grants plus this one, org.nr written another way',
      projects: [
        { ...SENSOR, year: 2011, granted: 400_000 },
        { ...SENSOR, year: 2012, granted: 400_000 },
      ],
      applications: [{}, { applicant: 'Toten Sensor', orgNo: '922059179', applied: 750_000 }],
      errors: [
        {
          cell: 'H3',
          message:
            /«Toten Sensor» har fått 800\s000 kr i 2011–2013; med denne søknaden \(750\s000 kr\) blir det 1\s550\s000 kr, mer enn grensen for bagatellmessig støtte \(200\s000 euro ≈ 1\s500\s000 kr over tre år\)/,
          messageEn: 'de minimis ceiling',
        },
      ],
    },
    {
      name: 'by name when there is no org.nr, and a first-time applicant asking for too much',
      projects: [{ applicant: 'Lakk og Finish Toten AS', year: 2013, granted: 900_000 }],
      applications: [
        { applicant: 'lakk og finish toten as', applied: 700_000 },
        { applicant: 'Ny Bedrift AS', applied: 1_600_000 },
      ],
      errors: [
        { cell: 'H2', message: '2011–2013' },
        { cell: 'H3', message: /har fått 0 kr/ },
      ],
    },
  ],
});
