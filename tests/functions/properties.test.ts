/** Properties a user relies on whatever numbers they type. */
import fc from 'fast-check';
import { installCustomFunctions } from './customFunctionsStandIn';
import { allocate, gap, goal, goalCurve } from '../../src/functions/functions';

installCustomFunctions();

const weightsArb = fc
  .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 })
  .filter((weights) => weights.some((w) => w > 0));

describe('ALLOCATE', () => {
  it('always sums exactly to the total, in the shape of the weights, in multiples of the unit but for one part', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        weightsArb,
        fc.constantFrom(undefined, 1, 1000, 100_000),
        fc.boolean(),
        (total, weights, unit, asRow) => {
          const range = asRow ? [weights] : weights.map((w) => [w]);
          const result = allocate(total, range, unit);
          // Weights that are not 100 % spill one more cell: the warning, text (SUMMER skips it).
          const across = asRow && weights.length > 1;
          const amounts = (
            across ? [result[0].slice(0, weights.length)] : result.slice(0, weights.length)
          ) as number[][];
          expect(amounts.map((row) => row.length)).toEqual(range.map((row) => row.length));
          const warning = across ? result[0].slice(weights.length) : result.slice(weights.length).flat();
          const percent = weights.reduce((sum, w) => sum + w, 0);
          expect(warning).toEqual(
            percent === 100 || percent === 1 ? [] : [expect.stringMatching(/^Andelene summerer til/)],
          );
          const parts = amounts.flat();
          expect(parts.reduce((sum, n) => sum + n, 0)).toBe(total);
          expect(parts.every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
          expect(parts.filter((n) => n % (unit ?? 1) !== 0).length).toBeLessThanOrEqual(1);
          weights.forEach((w, i) => w === 0 && expect(parts[i]).toBe(0));
        },
      ),
    );
  });

  it('gives the same parts for a total typed as text with spaces', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), weightsArb, (total, weights) => {
        const typed = new Intl.NumberFormat('nb-NO').format(total);
        expect(allocate(typed, [weights])).toEqual(allocate(total, [weights]));
      }),
    );
  });
});

describe('GOALCURVE, GOAL and GAP agree', () => {
  it('one row per year; each row is GOAL for that year; GAP of the target is 0', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: -500, max: 500 }).map((permille) => permille / 10000),
        fc.integer({ min: 1990, max: 2030 }),
        fc.integer({ min: 0, max: 30 }),
        fc.constantFrom('årlig', 'slutt', 'ingen'),
        (base, rate, fromYear, span, rounding) => {
          const curve = goalCurve(base, rate, fromYear, fromYear + span, rounding);
          expect(curve.map(([year]) => year)).toEqual(
            Array.from({ length: span + 1 }, (_, i) => fromYear + i),
          );
          for (const [year, target] of curve) {
            expect(goal(base, rate, fromYear, year, rounding)).toBe(target);
            expect(gap(target, base, rate, fromYear, year, rounding)).toBe(0);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
