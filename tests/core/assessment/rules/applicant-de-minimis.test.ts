import { rule } from '../../../../src/core/assessment/rules/applicant-de-minimis';
import { planWithRates } from '../../stateAidPlan';
import { assessmentRuleTester } from './assessmentRuleTester';

// Test rates: 8 NOK/EUR up to 2020 (EUR 200 000 = 1 600 000 kr), 10 from 2021 (EUR 300 000 = 3 000 000 kr).
const SENSOR = { applicant: 'Toten Sensor AS', orgNo: '922 059 179' };
const plan = planWithRates;

assessmentRuleTester(rule, {
  valid: [
    { name: 'up to the ceiling', plan, projects: [{ ...SENSOR, year: 2012, granted: 800_000 }], applications: [{ ...SENSOR, applied: 800_000 }] },
    { name: 'grants before the three-year window', plan, projects: [{ ...SENSOR, year: 2010, granted: 1_400_000 }], applications: [{ ...SENSOR, applied: 700_000 }] },
    {
      name: 'a withdrawn grant that was never paid does not count',
      plan,
      projects: [{ ...SENSOR, year: 2012, granted: 1_000_000, status: 'Trukket', paidAtApproval: 0 }],
      applications: [{ ...SENSOR, applied: 700_000 }],
    },
    {
      name: 'another applicant',
      plan,
      projects: [{ applicant: 'Toten Trebygg AS', orgNo: '927 593 408', year: 2012, granted: 1_400_000 }],
      applications: [{ ...SENSOR, applied: 700_000 }],
    },
    {
      name: 'the municipality applying is not an undertaking',
      plan,
      projects: [{ applicant: 'Vestre Toten kommune', year: 2012, granted: 1_400_000 }],
      applications: [{ applicant: 'Vestre Toten kommune', applied: 700_000 }],
    },
    {
      name: 'in 2024 the 300 000 ceiling of 2023/2831 applies',
      plan,
      projects: [{ ...SENSOR, year: 2023, granted: 2_000_000 }],
      applications: [{ ...SENSOR, year: 2024, grantDate: '01.03.2024', applied: 1_000_000 }],
    },
    {
      name: 'an application under the block exemption is not counted',
      plan,
      projects: [{ ...SENSOR, year: 2012, granted: 1_400_000 }],
      applications: [{ ...SENSOR, applied: 700_000, aidBasis: 'gruppeunntak' }],
    },
  ],
  invalid: [
    {
      name: 'earlier grants plus this one, org.nr written another way; the year is used without a date',
      plan,
      projects: [
        { ...SENSOR, year: 2011, granted: 400_000 },
        { ...SENSOR, year: 2012, granted: 400_000 },
      ],
      applications: [{}, { applicant: 'Toten Sensor', orgNo: '922059179', applied: 850_000 }],
      errors: [
        {
          cell: 'H3',
          message:
            /«Toten Sensor» har fått 800\s000 kr i bagatellmessig støtte i regnskapsårene 2011–2013 etter forordning \(EF\) nr\. 1998\/2006; med denne søknaden \(850\s000 kr\) blir det 1\s650\s000 kr ≈ 206\s250 euro med kurs 8 \(2011\), kurs 8 \(2012\), kurs 8 \(2013\), over taket på 200\s000 euro; søknaden har ingen tilsagnsdato, så året 2013 er brukt/,
          messageEn: /above the ceiling of EUR 200\s000/,
        },
      ],
    },
    {
      name: 'by name when there is no org.nr, and a first-time applicant asking for too much',
      plan,
      projects: [{ applicant: 'Lakk og Finish Toten AS', year: 2013, granted: 900_000 }],
      applications: [
        { applicant: 'lakk og finish toten as', applied: 800_000 },
        { applicant: 'Ny Bedrift AS', applied: 1_700_000 },
      ],
      errors: [
        { cell: 'H2', message: 'regnskapsårene 2011–2013' },
        { cell: 'H3', message: /har fått 0 kr/ },
      ],
    },
    {
      name: 'a company linked by Konsern, and the applicant’s declared other aid',
      plan,
      projects: [{ applicant: 'Raufoss Lettmetall AS', orgNo: '936 284 108', year: 2023, grantDate: '01.06.2023', granted: 2_000_000 }],
      applications: [
        {
          applicant: 'Raufoss Verktøy AS',
          orgNo: '934 671 821',
          group: '936 284 108',
          year: 2024,
          grantDate: '01.03.2024',
          otherDeMinimis: 600_000,
          applied: 500_000,
        },
      ],
      errors: [
        {
          cell: 'H2',
          message: /3 år fra 02\.03\.2021 til 01\.03\.2024 etter forordning \(EU\) 2023\/2831.*310\s000 euro.*medregnet 600\s000 kr .*ett foretak med «Raufoss Lettmetall AS»/,
        },
      ],
    },
  ],
});
