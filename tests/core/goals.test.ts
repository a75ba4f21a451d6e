import fc from 'fast-check';
import { OmstillingError, type InputError } from '../../src/core/errors';
import {
  goalVerdict,
  goalYearStatus,
  goalCurve,
  goalGaps,
  goalValue,
  parseRounding,
} from '../../src/core/goals';
import { defaultPlan } from '../../src/core/plan';
import type { Rounding } from '../../src/core/types';

const values = (curve: { value: number }[]) => curve.map((point) => point.value);

describe('the seed plan’s goal tables', () => {
  test('employment with workplace in the municipality: 6232 in 2011, +1 % a year', () => {
    expect(goalCurve(6232, 0.01, 2011, 2016)).toEqual([
      { year: 2011, value: 6232 },
      { year: 2012, value: 6294 },
      { year: 2013, value: 6357 },
      { year: 2014, value: 6421 },
      { year: 2015, value: 6485 },
      { year: 2016, value: 6550 },
    ]);
  });

  test('population 12928 at 1.1.2012, +0,5 % a year, rounded each year as the plan does', () => {
    expect(values(goalCurve(12928, 0.005, 2012, 2017, 'yearly'))).toEqual([
      12928, 12993, 13058, 13123, 13189, 13255,
    ]);
  });

  test('exact compounding rounded once gives 13254 in 2017, one below the plan’s table', () => {
    expect(goalValue(12928, 0.005, 2012, 2017, 'final')).toBe(13254);
    expect(goalValue(12928, 0.005, 2012, 2017)).toBe(13255);
  });

  test('unrounded keeps the decimals', () => {
    expect(goalCurve(12928, 0.005, 2012, 2013, 'none')[1].value).toBeCloseTo(12992.64, 9);
  });

  test('the default plan’s goals reproduce the tables', () => {
    const [employment, population] = defaultPlan.goals;
    expect(
      goalValue(
        employment.base,
        employment.rate,
        employment.baseYear,
        employment.toYear,
        employment.rounding,
      ),
    ).toBe(6550);
    expect(
      goalValue(
        population.base,
        population.rate,
        population.baseYear,
        population.toYear,
        population.rounding,
      ),
    ).toBe(13255);
  });
});

describe('rounding is half-up on the exact value', () => {
  // 100 × 1,005 = 100,5 exactly, but in doubles 1.005 is slightly below, so a float multiply gives 100.4999….
  test('a true half is rounded up even where binary floating point lands just below it', () => {
    expect(100 * (1 + 0.005)).toBeLessThan(100.5);
    expect(goalValue(100, 0.005, 2020, 2021, 'yearly')).toBe(101);
    expect(goalValue(100, 0.005, 2020, 2021, 'final')).toBe(101);
    expect(goalValue(1900, 0.055, 2020, 2021)).toBe(2005); // 2004,5
  });

  test('a value just below a half is rounded down', () => {
    expect(goalValue(999, 0.0005, 2020, 2021)).toBe(999); // 999.4995
  });

  test('a shrinking goal rounds half away from zero like Excel ROUND', () => {
    expect(goalValue(10, -0.05, 2020, 2021)).toBe(10); // 9.5 → 10
  });
});

describe('bad input says what is wrong', () => {
  test.each<[string, () => unknown, 'value' | 'num']>([
    ['rate of −100 %', () => goalCurve(100, -1, 2020, 2025), 'num'],
    ['last year before the base year', () => goalCurve(100, 0.01, 2020, 2019), 'num'],
    ['more than 200 years', () => goalCurve(100, 0.01, 2000, 2201), 'num'],
    ['a year with decimals', () => goalCurve(100, 0.01, 2020.5, 2025), 'num'],
    ['NaN base', () => goalCurve(Number.NaN, 0.01, 2020, 2025), 'value'],
    ['infinite rate', () => goalCurve(100, Infinity, 2020, 2025), 'value'],
  ])('%s', (_label, run, kind) => {
    expect(run).toThrow(OmstillingError);
    try {
      run();
    } catch (error) {
      expect((error as InputError).domain).toBe('input');
      expect((error as InputError).details.kind).toBe(kind);
      expect((error as InputError).message).not.toBe('');
      expect((error as InputError).messageEn).not.toBe('');
    }
  });

  test('a curve that outgrows doubles is #NUM!, not Infinity', () => {
    expect(() => goalCurve(1e300, 9, 2000, 2200, 'final')).toThrow(
      expect.objectContaining({ details: { kind: 'num' } }),
    );
    expect(() => goalCurve(1e300, 9, 2000, 2200, 'none')).toThrow(
      expect.objectContaining({ details: { kind: 'num' } }),
    );
  });

  test('200 years is still fine', () => {
    expect(goalCurve(100, 0.01, 2000, 2200)).toHaveLength(201);
  });
});

describe('parseRounding', () => {
  test.each<[string | undefined, Rounding]>([
    [undefined, 'yearly'],
    ['', 'yearly'],
    ['Årlig', 'yearly'],
    ['yearly', 'yearly'],
    [' ingen ', 'none'],
    ['none', 'none'],
    ['Slutt', 'final'],
    ['final', 'final'],
  ])('%j → %s', (text, expected) => {
    expect(parseRounding(text)).toBe(expected);
  });

  test('anything else is #VALUE! and names the choices', () => {
    expect(() => parseRounding('månedlig')).toThrow(/årlig.*slutt.*ingen/);
    expect(() => parseRounding('månedlig')).toThrow(expect.objectContaining({ details: { kind: 'value' } }));
  });
});

describe('gaps between goal and actual', () => {
  // Actual employment with workplace in the municipality (seed, SSB table): 6232 in 2011. Later years invented.
  const curve = goalCurve(6232, 0.01, 2011, 2016);
  const gaps = goalGaps(curve, { 2011: 6232, 2012: 6280, 2013: 6400, 2014: undefined });

  test('each year gets target, actual, gap and gap as a fraction of the target', () => {
    expect(gaps[1]).toEqual({ year: 2012, target: 6294, actual: 6280, gap: -14, gapPercent: -14 / 6294 });
    expect(gaps[3]).toEqual({ year: 2014, target: 6421 });
  });

  const after = { year: 2020, month: 1, day: 1 };

  test('first year met and first year missed; the base year is never "reached"', () => {
    expect(goalVerdict(gaps, 2011, after)).toEqual({
      firstMet: 2013,
      firstMissed: 2012,
      latest: { year: 2013, target: 6357, actual: 6400, gap: 43, status: 'met' },
    });
    expect(goalVerdict(goalGaps(curve, {}), 2011, after)).toEqual({});
    expect(goalVerdict(goalGaps(curve, { 2011: 6232 }), 2011, after)).toEqual({});
    expect(goalVerdict(goalGaps(curve, { 2016: 7000 }), 2011, after).firstMissed).toBeUndefined();
  });

  test('a year not over is in progress, a later one not yet: neither is met or missed', () => {
    const june2013 = { year: 2013, month: 6, day: 1 };
    expect(gaps.map((gap) => goalYearStatus(gap, 2011, june2013))).toEqual([
      'base',
      'missed',
      'in-progress',
      'no-figure',
      'no-figure',
      'no-figure',
    ]);
    expect(goalVerdict(gaps, 2011, june2013)).toEqual({
      firstMissed: 2012,
      latest: { year: 2013, target: 6357, actual: 6400, gap: 43, status: 'in-progress' },
    });
    const early = goalGaps(curve, { 2014: 6000 });
    expect(goalVerdict(early, 2011, june2013).latest?.status).toBe('not-yet');
  });

  test('a zero target has no percent gap', () => {
    expect(goalGaps([{ year: 2020, value: 0 }], { 2020: 5 })).toEqual([
      { year: 2020, target: 0, actual: 5, gap: 5 },
    ]);
  });
});

describe('goal curves never go down when the rate is positive', () => {
  const rates = fc.oneof(
    fc.double({ min: 0, max: 0.5, noNaN: true }),
    fc.integer({ min: 0, max: 1000 }).map((n) => n / 10000),
  );
  test.each<Rounding>(['yearly', 'final', 'none'])('rounding %s', (rounding) => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.double({ min: 0, max: 1e7, noNaN: true })),
        rates,
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 0, max: 60 }),
        (base, rate, fromYear, years) => {
          const curve = values(goalCurve(base, rate, fromYear, fromYear + years, rounding));
          expect(curve).toHaveLength(years + 1);
          for (let i = 1; i < curve.length; i++) expect(curve[i]).toBeGreaterThanOrEqual(curve[i - 1]);
        },
      ),
      { numRuns: 400 },
    );
  });

  test('yearly and final rounding stay within one of the exact curve’s rounding per year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 30 }),
        (base, perMille, years) => {
          const rate = perMille / 10000;
          const yearly = goalValue(base, rate, 2000, 2000 + years, 'yearly');
          const final = goalValue(base, rate, 2000, 2000 + years, 'final');
          const exact = goalValue(base, rate, 2000, 2000 + years, 'none');
          expect(Math.abs(final - exact)).toBeLessThanOrEqual(0.5 + 1e-6 * exact);
          // Each yearly rounding moves the value by at most ½, and growth carries earlier moves along.
          expect(Math.abs(yearly - exact)).toBeLessThanOrEqual(
            0.5 * years * (1 + rate) ** years + 0.5 + 1e-6 * exact,
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
