import { defaultPlan } from '../../../src/core/plan';
import { FIELD_ORDER, STATE_AID_FIELDS } from '../../../src/core/projects';
import { rule } from '../../../src/core/rules/de-minimis-exceeded';
import { planWith, planWithRates, TEST_RATES } from '../stateAidPlan';
import { findingsOf, ruleTester } from './ruleTester';

// Test rates: 8 NOK/EUR up to 2020 (EUR 200 000 = 1 600 000 kr), 10 from 2021 (EUR 300 000 = 3 000 000 kr).

/**
 * Columns A–O as always, then P Tilsagnsdato, Q Annen bagatellstøtte (kr), R Konsern, S Støttegrunnlag.
 */
const columns = [...FIELD_ORDER, ...STATE_AID_FIELDS];
const SENSOR = { applicant: 'Toten Sensor AS', orgNo: '922 059 179' };
const base = { plan: planWithRates, columns };

ruleTester(rule, {
  valid: [
    { ...base, name: 'up to the ceiling exactly (EUR 200 000 at 8)', rows: [{ ...SENSOR, year: 2012, granted: 700_000 }, { ...SENSOR, year: 2014, granted: 900_000 }] },
    {
      ...base,
      name: 'fiscal years: a grant on 31.12.2012 is outside the window of a 2015 grant (2013–2015)',
      rows: [
        { ...SENSOR, year: 2012, grantDate: '31.12.2012', granted: 800_000 },
        { ...SENSOR, year: 2015, grantDate: '15.06.2015', granted: 900_000 },
      ],
    },
    {
      ...base,
      name: 'rolling years: a grant on 15.03.2021 is outside the three years up to 15.03.2024',
      rows: [
        { ...SENSOR, year: 2021, grantDate: '15.03.2021', granted: 2_000_000 },
        { ...SENSOR, year: 2024, grantDate: '15.03.2024', granted: 1_500_000 },
      ],
    },
    {
      ...base,
      name: 'different applicants',
      rows: [
        { applicant: 'A AS', orgNo: '911 111 111', granted: 1_000_000 },
        { applicant: 'A AS', orgNo: '922 222 222', granted: 1_000_000 },
      ],
    },
    { ...base, name: 'rows without applicant', rows: [{ granted: 1_000_000 }, { granted: 1_000_000 }] },
    {
      ...base,
      name: 'the municipality itself (the plan names it «Vestre Toten») is not an undertaking',
      rows: [
        { applicant: 'Vestre Toten kommune', orgNo: '967 301 450', year: 2013, granted: 1_000_000 },
        { applicant: 'Vestre Toten kommune', orgNo: '967 301 450', year: 2014, granted: 1_000_000 },
      ],
    },
    {
      ...base,
      name: 'an org.nr on the Plan’s list «Offentlige søkere» is not an undertaking',
      plan: planWith({ publicApplicants: ['964 950 113'] }),
      rows: [
        { applicant: 'Innlandet fylkeskommune', orgNo: '964950113', year: 2013, granted: 1_000_000 },
        { applicant: 'Innlandet fylkeskommune', orgNo: '964950113', year: 2014, granted: 1_000_000 },
      ],
    },
    {
      ...base,
      name: 'only de minimis counts: a grant under the block exemption is left out',
      rows: [
        { ...SENSOR, year: 2013, granted: 1_000_000, aidBasis: 'Gruppeunntak' },
        { ...SENSOR, year: 2014, granted: 1_000_000, aidBasis: 'bagatellstøtte' },
      ],
    },
  ],
  invalid: [
    {
      ...base,
      name: 'three years in a row, org.nr written two ways; the year is used when there is no grant date',
      rows: [
        { ...SENSOR, year: 2013, granted: 800_000 },
        { ...SENSOR, year: 2011, granted: 500_000 },
        { applicant: 'Toten Sensor', orgNo: '922059179', year: 2013, granted: 400_000 },
      ],
      errors: [
        {
          cell: 'H4',
          message:
            /«Toten Sensor» har fått 1\s700\s000 kr i bagatellmessig støtte i regnskapsårene 2011–2013 etter forordning \(EF\) nr\. 1998\/2006: ≈ 212\s500 euro med kurs 8 \(2011\), kurs 8 \(2013\), over taket på 200\s000 euro.*tilsagnsdato mangler, så året 2013 er brukt/,
          messageEn: /under Regulation \(EC\) No 1998\/2006.*the grant date is missing, so the year 2013 is used/,
        },
      ],
    },
    {
      ...base,
      name: 'fiscal years: a grant on 01.01.2013 is inside the window of a 2015 grant',
      rows: [
        { ...SENSOR, year: 2013, grantDate: '01.01.2013', granted: 800_000 },
        { ...SENSOR, year: 2015, grantDate: '15.06.2015', granted: 900_000 },
      ],
      errors: [{ cell: 'H3', message: 'regnskapsårene 2013–2015 etter forordning (EU) nr. 1407/2013' }],
    },
    {
      ...base,
      name: 'rolling years: a grant on 16.03.2021 is inside the three years up to 15.03.2024',
      rows: [
        { ...SENSOR, year: 2021, grantDate: '16.03.2021', granted: 2_000_000 },
        { ...SENSOR, year: 2024, grantDate: '15.03.2024', granted: 1_500_000 },
      ],
      errors: [
        {
          cell: 'H3',
          message: /3 år fra 16\.03\.2021 til 15\.03\.2024 etter forordning \(EU\) 2023\/2831: ≈ 350\s000 euro .* over taket på 300\s000 euro/,
          messageEn: 'the 3 years from 16.03.2021 to 15.03.2024 under Regulation (EU) 2023/2831',
        },
      ],
    },
    {
      ...base,
      name: 'one applicant, 2013 judged under 1998/2006 (200 000) and 2024 under 2023/2831 (300 000)',
      rows: [
        { ...SENSOR, year: 2013, grantDate: '10.02.2013', granted: 1_000_000 },
        { ...SENSOR, year: 2013, grantDate: '10.09.2013', granted: 700_000 },
        { ...SENSOR, year: 2024, grantDate: '01.02.2024', granted: 2_000_000 },
        { ...SENSOR, year: 2024, grantDate: '01.06.2024', granted: 900_000 },
        { ...SENSOR, year: 2025, grantDate: '01.02.2025', granted: 200_000 },
      ],
      errors: [
        { cell: 'H3', message: /forordning \(EF\) nr\. 1998\/2006: ≈ 212\s500 euro.*taket på 200\s000 euro/ },
        { cell: 'H6', message: /forordning \(EU\) 2023\/2831: ≈ 310\s000 euro.*taket på 300\s000 euro/ },
      ],
    },
    {
      ...base,
      name: 'linked companies in one group (Konsern) are one single undertaking',
      rows: [
        { applicant: 'Raufoss Lettmetall AS', orgNo: '936 284 108', group: 'Raufoss Holding', year: 2013, granted: 900_000 },
        { applicant: 'Raufoss Verktøy AS', orgNo: '934 671 821', group: 'raufoss holding', year: 2014, granted: 900_000 },
      ],
      errors: [{ cell: 'H3', message: 'regnet som ett foretak med «Raufoss Lettmetall AS»' }],
    },
    {
      ...base,
      name: 'a group key that is an org.nr links the parent company’s own grants',
      rows: [
        { applicant: 'Raufoss Lettmetall AS', orgNo: '936 284 108', year: 2013, granted: 900_000 },
        { applicant: 'Raufoss Verktøy AS', orgNo: '934 671 821', group: '936284108', year: 2014, granted: 900_000 },
      ],
      errors: [{ cell: 'H3', message: 'ett foretak med «Raufoss Lettmetall AS»' }],
    },
    {
      ...base,
      name: 'other givers’ aid the applicant declared counts too',
      rows: [
        { ...SENSOR, year: 2013, granted: 600_000 },
        { ...SENSOR, year: 2014, granted: 600_000, otherDeMinimis: '500 000' },
      ],
      errors: [{ cell: 'H3', message: /av dette er 500\s000 kr bagatellstøtte fra andre støttegivere/ }],
    },
    {
      ...base,
      name: 'by name when there is no org.nr',
      rows: [
        { applicant: 'Lakk og Finish Toten AS', year: 2014, granted: 900_000 },
        { applicant: 'lakk og finish toten as', year: 2015, granted: 900_000 },
      ],
      errors: [{ cell: 'H3', message: 'regnskapsårene 2013–2015' }],
    },
    {
      ...base,
      name: 'the default plan’s 2013–2015 grants are judged under the 200 000 rules',
      rows: [
        { ...SENSOR, year: 2013, granted: 600_000 },
        { ...SENSOR, year: 2014, granted: 600_000 },
        { ...SENSOR, year: 2015, granted: 600_000 },
      ],
      errors: [{ cell: 'H4', message: /forordning \(EU\) nr\. 1407\/2013: ≈ 225\s000 euro .*taket på 200\s000 euro/ }],
    },
    {
      ...base,
      name: 'a year without a rate uses the nearest year’s and says so',
      plan: planWith({ rates: TEST_RATES.filter((r) => r.year !== 2014) }),
      rows: [
        { ...SENSOR, year: 2013, granted: 900_000 },
        { ...SENSOR, year: 2014, granted: 900_000 },
      ],
      errors: [{ cell: 'H3', message: 'kurs 8 (2013 — «Valutakurser» har ingen kurs for 2014)' }],
    },
  ],
});

describe('de-minimis-exceeded without any rate', () => {
  it('cannot convert, so it says nothing (exchange-rate-missing asks for the rates)', () => {
    const plan = { ...defaultPlan, stateAid: { ...defaultPlan.stateAid, rates: [] } };
    const rows = [
      { ...SENSOR, year: 2013, granted: 2_000_000 },
      { ...SENSOR, year: 2014, granted: 2_000_000 },
    ];
    expect(findingsOf(rule, { name: 'none', plan, rows, columns })).toEqual([]);
  });
});
