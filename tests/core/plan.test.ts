import {
  areaNamesForYear,
  checkPlan,
  defaultPlan,
  financingPerYear,
  matchArea,
  projectMoney,
  totalFinancing,
} from '../../src/core/plan';
import type { Plan } from '../../src/core/types';

const codes = (plan: Plan) => checkPlan(plan).map((problem) => problem.code);

describe('the default plan holds the seed’s figures', () => {
  test('3 000 000 a year, 9 000 000 in all, 6 300 000 for projects', () => {
    expect(financingPerYear(defaultPlan)).toEqual({ 2013: 3_000_000, 2014: 3_000_000, 2015: 3_000_000 });
    expect(totalFinancing(defaultPlan)).toBe(9_000_000);
    expect(projectMoney(defaultPlan)).toBe(6_300_000);
  });

  test('tilskudd OFK 2,5 mill. and egenandel 0,5 mill. a year; 700 000 extra in 2013 outside the frames', () => {
    const [grant, coFunding] = defaultPlan.financing;
    expect([grant.name, grant.kind, grant.perYear[2014]]).toEqual(['Tilskudd OFK', 'countyGrant', 2_500_000]);
    expect([coFunding.name, coFunding.kind, coFunding.perYear[2015]]).toEqual([
      'Egenandel Vestre Toten',
      'coFunding',
      500_000,
    ]);
    expect(defaultPlan.extraFunding).toEqual([
      {
        year: 2013,
        amount: 700_000,
        sources: ['Innovasjon Norge', 'Gjøvikregionen'],
        purpose: 'SMB-utvikling',
        approximate: true,
      },
    ]);
  });

  test('two areas 70/30 with frames 4,4 and 1,9 mill.; administration 2,7 mill.', () => {
    expect(defaultPlan.areas.map((a) => [a.name, a.sharePercent, a.frame])).toEqual([
      ['Nyskaping i næringslivet', 70, 4_400_000],
      ['Attraktivitet for næringslivet', 30, 1_900_000],
    ]);
    expect(defaultPlan.administration).toEqual({
      name: 'Programadministrasjon inkl. kommunikasjon',
      frame: 2_700_000,
    });
  });

  test('targets, goals and limits', () => {
    expect(defaultPlan.targets).toEqual({
      jobsPerYear: 50,
      newCompaniesInPeriod: 6,
      attractivenessMeasuresPerYear: 3,
      attractivenessArea: 'Attraktivitet for næringslivet',
    });
    expect(defaultPlan.goals.map((g) => [g.id, g.base, g.baseYear, g.rate, g.toYear, g.rounding])).toEqual([
      ['employment', 6232, 2011, 0.01, 2016, 'yearly'],
      ['population', 12928, 2012, 0.005, 2017, 'yearly'],
    ]);
    expect(defaultPlan.limits).toEqual({ coFundingMinShare: 0.2, supportShareMax: 0.75 });
    expect(
      defaultPlan.stateAid.regulations.map((r) => [r.from, r.name, r.ceilingEur, r.window, r.years]),
    ).toEqual([
      ['2007-01-01', 'Forordning (EF) nr. 1998/2006', 200_000, 'fiscalYears', 3],
      ['2014-01-01', 'Forordning (EU) nr. 1407/2013', 200_000, 'fiscalYears', 3],
      ['2024-01-01', 'Forordning (EU) 2023/2831', 300_000, 'rollingYears', 3],
    ]);
    // Only rates with a source we could cite; every regulation and rate names its source.
    expect(defaultPlan.stateAid.rates.map((r) => [r.year, r.nokPerEur])).toEqual([
      [2017, 9.33],
      [2018, 9.6],
      [2019, 9.85],
    ]);
    expect([...defaultPlan.stateAid.regulations, ...defaultPlan.stateAid.rates].every((r) => r.source)).toBe(true);
  });

  test('is coherent', () => {
    expect(checkPlan(defaultPlan)).toEqual([]);
  });
});

describe('checkPlan finds an incoherent plan and says why', () => {
  const withAreas = (shares: [number, number], frames: [number, number]): Plan => ({
    ...defaultPlan,
    areas: defaultPlan.areas.map((area, i) => ({ ...area, sharePercent: shares[i], frame: frames[i] })),
  });

  test('shares 70/40', () => {
    const problems = checkPlan(withAreas([70, 40], [4_400_000, 1_900_000]));
    expect(problems.map((p) => p.code)).toEqual(['share-sum']);
    expect(problems[0].message).toBe(
      'Andelene for innsatsområdene (70 + 40) summerer til 110 %, ikke 100 %.',
    );
    expect(problems[0].messageEn).toMatch(/add up to 110 %, not 100 %/);
  });

  test('frames that do not add up to the financing', () => {
    const problems = checkPlan(withAreas([70, 30], [4_400_000, 1_950_000]));
    expect(problems.map((p) => p.code)).toEqual(['frames-sum']);
    expect(problems[0].message).toBe(
      'Rammene for innsatsområdene og administrasjonen summerer til 9\u00a0050\u00a0000 kr, men finansieringen er 9\u00a0000\u00a0000 kr.',
    );
  });

  test('a frame more than 100 000 off its share of the project money', () => {
    const problems = checkPlan(withAreas([70, 30], [4_200_000, 2_100_000]));
    expect(problems.map((p) => p.code)).toEqual(['frame-share', 'frame-share']);
    expect(problems[0].message).toMatch(
      /«Nyskaping i næringslivet» \(4\u00a0200\u00a0000 kr\) avviker fra 70 %/,
    );
  });

  test('a backwards period', () => {
    expect(codes({ ...defaultPlan, period: { from: 2015, to: 2013 } })).toEqual(['period-order']);
  });

  test('a year of the period without financing', () => {
    const plan: Plan = { ...defaultPlan, period: { from: 2013, to: 2016 } };
    expect(codes(plan)).toContain('year-unfinanced');
    expect(checkPlan(plan).find((p) => p.code === 'year-unfinanced')?.message).toBe(
      'År 2016 i perioden har ingen finansiering.',
    );
  });

  test('egenandel below 20 % of tilskudd', () => {
    const plan: Plan = {
      ...defaultPlan,
      financing: [
        defaultPlan.financing[0],
        { ...defaultPlan.financing[1], perYear: { 2013: 499_999, 2014: 500_000, 2015: 500_000 } },
        { id: 'annet', name: 'Annet', kind: 'other', perYear: { 2013: 1 } },
      ],
    };
    expect(codes(plan)).toEqual(['cofunding-below-share']);
  });

  test('financing outside the period is not counted and is named', () => {
    const plan: Plan = {
      ...defaultPlan,
      financing: [
        ...defaultPlan.financing,
        { id: 'x', name: 'Ekstra', kind: 'other', perYear: { 2016: 100 } },
      ],
    };
    expect(totalFinancing(plan)).toBe(9_000_000);
    expect(codes(plan)).toEqual(['financing-outside-period']);
  });

  test('an alias used by two areas, an unknown target area, an impossible goal', () => {
    const plan: Plan = {
      ...defaultPlan,
      areas: [defaultPlan.areas[0], { ...defaultPlan.areas[1], aliases: ['Nyskaping'] }],
      targets: { ...defaultPlan.targets, attractivenessArea: 'Sentrum' },
      goals: [{ ...defaultPlan.goals[0], rate: -1 }],
    };
    expect(codes(plan)).toEqual(['duplicate-area', 'unknown-target-area', 'goal-invalid']);
  });
});

describe('matchArea', () => {
  test.each<[string, number | undefined, string]>([
    ['Nyskaping i næringslivet', undefined, 'Nyskaping i næringslivet'],
    ['  nyskaping I NÆRINGSLIVET. ', 2014, 'Nyskaping i næringslivet'],
    ['Nyskaping', 2013, 'Nyskaping i næringslivet'],
    ['Velferdsinnovasjon', 2014, 'Nyskaping i næringslivet'],
    ['Nyskaping i næringslivet, inkl. velferdsinnovasjon', 2015, 'Nyskaping i næringslivet'],
    ['Attraktivitet', 2013, 'Attraktivitet for næringslivet'],
    ['Velferdsinnovasjon', 2011, 'Velferdsinnovasjon'],
    ['Sentrum', 2012, 'Sentrum'],
    ['Fritid', 2011, 'Fritid'],
    ['Andre', 2010, 'Andre'],
  ])('%j in %s → %s', (raw, year, area) => {
    expect(matchArea(defaultPlan, raw, year)).toEqual({ area });
  });

  test('legacy areas are only valid for legacy years', () => {
    expect(matchArea(defaultPlan, 'Sentrum', 2013)).toEqual({});
    expect(matchArea(defaultPlan, 'Fritid')).toEqual({});
  });

  test('a near miss gets a suggestion, never a guess', () => {
    expect(matchArea(defaultPlan, 'Atraktivitet', 2014)).toEqual({
      suggestion: 'Attraktivitet for næringslivet',
    });
    expect(matchArea(defaultPlan, 'Nyskapning i næringslivet')).toEqual({
      suggestion: 'Nyskaping i næringslivet',
    });
    expect(matchArea(defaultPlan, 'Fritd', 2012)).toEqual({ suggestion: 'Fritid' });
    expect(matchArea(defaultPlan, 'Landbruk', 2014)).toEqual({});
    expect(matchArea(defaultPlan, '')).toEqual({});
  });
});

describe('areaNamesForYear', () => {
  test('the current areas for the plan period or no year', () => {
    expect(areaNamesForYear(defaultPlan, 2014)).toEqual([
      'Nyskaping i næringslivet',
      'Attraktivitet for næringslivet',
    ]);
    expect(areaNamesForYear(defaultPlan)).toEqual([
      'Nyskaping i næringslivet',
      'Attraktivitet for næringslivet',
    ]);
  });

  test('legacy areas first in a legacy year, then current ones matchArea also accepts', () => {
    expect(areaNamesForYear(defaultPlan, 2011)).toEqual([
      'Nyskaping i næringslivet',
      'Velferdsinnovasjon',
      'Sentrum',
      'Fritid',
      'Andre',
      'Attraktivitet for næringslivet',
    ]);
  });
});
