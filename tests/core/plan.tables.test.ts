import fc from 'fast-check';
import { defaultPlan, planFromTables, planToTables, type PlanTable } from '../../src/core/plan';
import type { CellValue, Plan } from '../../src/core/types';

const toRecord = (tables: PlanTable[]): Record<string, CellValue[][]> =>
  Object.fromEntries(tables.map((table) => [table.name, [table.headers, ...table.rows]]));

const defaultTables = () => toRecord(planToTables(defaultPlan));

describe('planToTables', () => {
  test('lays the plan out in the named tables', () => {
    expect(planToTables(defaultPlan).map((t) => t.name)).toEqual([
      'Periode',
      'Finansiering',
      'Ekstramidler',
      'Omrader',
      'Administrasjon',
      'Maal',
      'Resultatmaal',
      'Grenser',
      'Stotteregler',
      'Valutakurser',
      'Offentlige_sokere',
    ]);
  });

  test('financing reads like the seed’s table, one column per year', () => {
    const financing = planToTables(defaultPlan).find((t) => t.name === 'Finansiering');
    expect(financing?.headers).toEqual(['Kilde', 'Type', '2013', '2014', '2015', 'Id']);
    expect(financing?.rows[0]).toEqual(['Tilskudd OFK', 'Tilskudd', 2_500_000, 2_500_000, 2_500_000, 'ofk']);
  });

  test('every table has a title and rows as wide as its headers', () => {
    for (const table of planToTables(defaultPlan)) {
      expect(table.title).not.toBe('');
      for (const row of table.rows) expect(row).toHaveLength(table.headers.length);
    }
  });
});

describe('planFromTables', () => {
  test('round-trips the default plan without findings', () => {
    const { plan, findings } = planFromTables(defaultTables());
    expect(plan).toEqual(defaultPlan);
    expect(findings).toEqual([]);
  });

  test('a workbook without plan tables gets the default plan, and is told so per table', () => {
    const { plan, findings } = planFromTables({});
    expect(plan).toEqual(defaultPlan);
    expect(findings).toHaveLength(8);
    expect(findings[0]).toEqual({
      table: 'Periode',
      row: 0,
      message: 'Tabellen «Periode» finnes ikke; standardplanens verdier brukes.',
      messageEn: 'The table "Periode" is missing; the default plan\'s values are used.',
    });
  });

  test('one missing table falls back alone; the rest is read', () => {
    const tables = defaultTables();
    delete tables.Grenser;
    tables.Administrasjon[1] = ['Administrasjon og kommunikasjon', '2,5 mill'];
    const { plan, findings } = planFromTables(tables);
    expect(plan.limits).toEqual(defaultPlan.limits);
    expect(plan.administration).toEqual({ name: 'Administrasjon og kommunikasjon', frame: 2_500_000 });
    expect(findings.map((f) => f.table)).toEqual(['Grenser']);
  });

  test('reads what a user types: "70 %", "4,4 mill", "0,5 %", "Slutt"', () => {
    const tables = defaultTables();
    tables.Omrader[1] = ['Nyskaping i næringslivet', '70 %', '4,4 mill', 'Nyskaping; Velferdsinnovasjon'];
    tables.Maal[2] = ['Folketall', '12 928', '2012', '0,5 %', 2017, 'Slutt', 'Population', 'population'];
    const { plan, findings } = planFromTables(tables);
    expect(findings).toEqual([]);
    expect(plan.areas[0]).toEqual({
      name: 'Nyskaping i næringslivet',
      sharePercent: 70,
      frame: 4_400_000,
      aliases: ['Nyskaping', 'Velferdsinnovasjon'],
    });
    expect(plan.goals[1]).toMatchObject({ base: 12928, baseYear: 2012, rate: 0.005, rounding: 'final' });
  });

  test('an unreadable cell leaves its row out and names the cell', () => {
    const tables = defaultTables();
    tables.Finansiering[2] = [
      'Egenandel Vestre Toten',
      'Egenandel',
      500_000,
      { error: '#REF!' },
      500_000,
      'egenandel',
    ];
    const { plan, findings } = planFromTables(tables);
    expect(plan.financing.map((s) => s.id)).toEqual(['ofk']);
    expect(findings).toEqual([
      {
        table: 'Finansiering',
        row: 2,
        message:
          'Rad 2 i tabellen «Finansiering»: «#REF!» i kolonnen «2014» kan ikke leses; raden er ikke brukt.',
        messageEn:
          'Row 2 of the table "Finansiering": "#REF!" in the column "2014" cannot be read; the row was left out.',
      },
    ]);
  });

  test('an empty required cell is named too', () => {
    const tables = defaultTables();
    tables.Omrader[2] = ['Attraktivitet for næringslivet', 30, null, ''];
    const { findings } = planFromTables(tables);
    expect(findings[0].message).toBe(
      'Rad 2 i tabellen «Omrader»: Kolonnen «Ramme» er tom; raden er ikke brukt.',
    );
  });

  test('a table with no readable rows falls back', () => {
    const tables = defaultTables();
    tables.Omrader = [tables.Omrader[0], ['Nyskaping', 'abc', 1, '']];
    const { plan, findings } = planFromTables(tables);
    expect(plan.areas).toEqual(defaultPlan.areas);
    expect(findings.map((f) => [f.table, f.row])).toEqual([
      ['Omrader', 1],
      ['Omrader', 0],
    ]);
    expect(findings[1].message).toMatch(/ingen rader som kan leses; standardplanens verdier brukes/);
  });

  test('a missing column is named and the table falls back', () => {
    const tables = defaultTables();
    tables.Omrader = tables.Omrader.map((row) => row.slice(0, 2));
    const { plan, findings } = planFromTables(tables);
    expect(plan.areas).toEqual(defaultPlan.areas);
    expect(findings[0].message).toBe(
      'Tabellen «Omrader» mangler kolonnen «Ramme»; standardplanens verdier brukes.',
    );
  });

  test('label tables: a bad value keeps the default, an unknown label is ignored, a missing one is said', () => {
    const tables = defaultTables();
    tables.Grenser = [
      ['Felt', 'Verdi'],
      ['Egenandel minst (andel av tilskudd)', '25 %'],
      ['Største støtteandel av budsjettet', 'tre kvart'],
      ['Valuta', 'NOK'],
    ];
    const { plan, findings } = planFromTables(tables);
    expect(plan.limits).toEqual({ ...defaultPlan.limits, coFundingMinShare: 0.25 });
    expect(findings.map((f) => f.row)).toEqual([2, 3]);
    expect(findings[0].message).toBe(
      '«Største støtteandel av budsjettet» i tabellen «Grenser» kunne ikke leses; standardverdien 0.75 brukes.',
    );
  });

  test('the de minimis rows earlier versions wrote in «Grenser» point to their new tables', () => {
    const tables = defaultTables();
    tables.Grenser = [
      ...tables.Grenser,
      ['De minimis-tak (EUR over tre år)', 200_000],
      ['Eurokurs (NOK per EUR)', 7.5],
    ];
    const { plan, findings } = planFromTables(tables);
    expect(plan.stateAid).toEqual(defaultPlan.stateAid);
    expect(findings.map((f) => f.message)).toEqual([
      '«De minimis-tak (EUR over tre år)» i tabellen «Grenser» brukes ikke lenger. Taket for bagatellstøtte står nå i tabellen «Støtteregler» (ett tak per forordning og dato); raden kan slettes.',
      '«Eurokurs (NOK per EUR)» i tabellen «Grenser» brukes ikke lenger. Eurokursen står nå i tabellen «Valutakurser» (én kurs per år eller dato); raden kan slettes.',
    ]);
  });

  test('a workbook made before the state-aid tables keeps their defaults and says nothing', () => {
    const tables = defaultTables();
    delete tables.Stotteregler;
    delete tables.Valutakurser;
    delete tables.Offentlige_sokere;
    const { plan, findings } = planFromTables(tables);
    expect([plan.stateAid, findings]).toEqual([defaultPlan.stateAid, []]);
  });

  test('state-aid tables as a user types them: dates, a year or a date per rate, windows in English', () => {
    const tables = defaultTables();
    tables.Stotteregler = [
      tables.Stotteregler[0],
      ['01.01.2014', 'Forordning (EU) nr. 1407/2013', '200 000', 'Regnskapsår', 3, ''],
      ['2025-07-01', 'Forordning (EU) 2023/2831', 300_000, 'rolling years', '3', 'EØS-komiteen'],
      [45000, 'Ny', 1, 'ukentlig', 3, ''],
    ];
    tables.Valutakurser = [tables.Valutakurser[0], [2013, '7,8067', 'Norges Bank'], ['15.03.2024', 11.5, ''], ['i fjor', 8, '']];
    tables.Offentlige_sokere = [tables.Offentlige_sokere[0], ['Innlandet fylkeskommune'], [null], ['964 950 113']];
    const { plan, findings } = planFromTables(tables);
    expect(plan.stateAid.regulations.map((r) => [r.from, r.ceilingEur, r.window, r.years])).toEqual([
      ['2014-01-01', 200_000, 'fiscalYears', 3],
      ['2025-07-01', 300_000, 'rollingYears', 3],
    ]);
    expect(plan.stateAid.rates).toEqual([
      { year: 2013, nokPerEur: 7.8067, source: 'Norges Bank' },
      { year: 2024, date: '2024-03-15', nokPerEur: 11.5, source: '' },
    ]);
    expect(plan.stateAid.publicApplicants).toEqual(['Innlandet fylkeskommune', '964 950 113']);
    expect(findings.map((f) => [f.table, f.row])).toEqual([
      ['Stotteregler', 3],
      ['Valutakurser', 3],
    ]);
    expect(findings[0].message).toMatch(/«ukentlig» i kolonnen «Vindu» kan ikke leses/);
  });

  test('empty goal and extra tables mean none', () => {
    const tables = defaultTables();
    tables.Maal = [tables.Maal[0]];
    tables.Ekstramidler = [tables.Ekstramidler[0]];
    const { plan, findings } = planFromTables(tables);
    expect([plan.goals, plan.extraFunding, findings]).toEqual([[], [], []]);
  });
});

describe('round-trip of any plan', () => {
  const text = fc
    .string({ minLength: 1, maxLength: 30 })
    .map((s) => s.replace(/[;\s]+/g, ' ').trim())
    .filter((s) => s.length > 0 && !/^[\d\s.,%()+-]+$/.test(s));
  const amount = fc.integer({ min: 0, max: 1e12 });
  const year = fc.integer({ min: 1990, max: 2060 });
  const isoDate = fc
    .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2060, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const plan: fc.Arbitrary<Plan> = fc.record({
    name: text,
    municipality: text,
    // A period runs forwards (a backward or 100-year one is refused, with a finding: see below).
    period: fc.tuple(year, fc.integer({ min: 0, max: 50 })).map(([from, years]) => ({ from, to: from + years })),
    financing: fc.array(
      fc.record({
        id: text,
        name: text,
        kind: fc.constantFrom('countyGrant' as const, 'coFunding' as const, 'other' as const),
        perYear: fc.dictionary(year.map(String), amount, { maxKeys: 4 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    extraFunding: fc.array(
      fc.record({
        year,
        amount,
        sources: fc.array(text, { maxLength: 3 }),
        purpose: text,
        approximate: fc.boolean(),
      }),
      { maxLength: 2 },
    ),
    areas: fc
      .array(
        fc.record({
          name: text,
          sharePercent: fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
          frame: amount,
          aliases: fc.array(text, { maxLength: 3 }),
        }),
        { minLength: 1, maxLength: 4 },
      )
      // Shares adding up to 1 or less are read as Excel's percent fractions (0,7 = 70 %); a plan's add up to 100.
      .filter((areas) => areas.reduce((sum, area) => sum + area.sharePercent, 0) > 1),
    administration: fc.record({ name: text, frame: amount }),
    legacy: fc.record({ from: year, to: year, areas: fc.array(text, { maxLength: 5 }) }),
    goals: fc.array(
      fc.record({
        id: text,
        name: text,
        nameEn: text,
        base: fc.integer({ min: 0, max: 1e7 }),
        baseYear: year,
        rate: fc.integer({ min: -999, max: 999 }).map((n) => n / 1000),
        toYear: year,
        rounding: fc.constantFrom('yearly' as const, 'final' as const, 'none' as const),
      }),
      { maxLength: 3 },
    ),
    targets: fc.record({
      jobsPerYear: fc.nat(1000),
      newCompaniesInPeriod: fc.nat(100),
      attractivenessMeasuresPerYear: fc.nat(100),
      attractivenessArea: text,
    }),
    limits: fc.record({
      coFundingMinShare: fc.integer({ min: 0, max: 99 }).map((n) => n / 100),
      supportShareMax: fc.integer({ min: 0, max: 99 }).map((n) => n / 100),
    }),
    stateAid: fc.record({
      regulations: fc
        .uniqueArray(
          fc.record({
            from: isoDate,
            name: text,
            ceilingEur: amount,
            window: fc.constantFrom('fiscalYears' as const, 'rollingYears' as const),
            years: fc.integer({ min: 1, max: 10 }),
            source: fc.oneof(fc.constant(''), text),
          }),
          { selector: (r) => r.from, minLength: 1, maxLength: 4 },
        )
        .map((rs) => [...rs].sort((a, b) => (a.from < b.from ? -1 : 1))),
      rates: fc.array(
        fc.oneof(
          fc.record({ year, nokPerEur: fc.integer({ min: 1, max: 2_000_000 }).map((n) => n / 10_000), source: text }),
          isoDate.map((date) => ({ year: Number(date.slice(0, 4)), date, nokPerEur: 11.5, source: '' })),
        ),
        { maxLength: 4 },
      ),
      publicApplicants: fc.array(text, { maxLength: 3 }),
    }),
  });

  test('planFromTables(planToTables(p)) equals p with no findings', () => {
    fc.assert(
      fc.property(plan, (p) => {
        const { plan: back, findings } = planFromTables(toRecord(planToTables(p)));
        expect(findings).toEqual([]);
        expect(back).toEqual(p);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a period the plan cannot mean', () => {
  test.each([
    [1, 100_000_000],
    [2015, 2013],
    [2013, 2070],
  ])('%i–%i is not used: the default period, and a finding naming it', (from, to) => {
    const tables = toRecord(planToTables({ ...defaultPlan, period: { from, to } }));
    const { plan, findings } = planFromTables(tables);
    expect(plan.period).toEqual(defaultPlan.period);
    expect(findings.filter((f) => f.table === 'Periode').map((f) => f.message)).toEqual([
      expect.stringContaining(`Perioden ${from}–${to} i tabellen «Periode» kan ikke brukes`),
    ]);
  });
});
