import fc from 'fast-check';
import { allocate, frames } from '../../src/core/allocation';
import { defaultPlan } from '../../src/core/plan';
import type { Plan } from '../../src/core/types';

const sum = (xs: number[]) => xs.reduce((total, x) => total + x, 0);

/** A total, integer weights (so the exact share can be checked in BigInt), a unit and some holds. */
const allocationCase = fc
  .record({
    total: fc.oneof(
      fc.integer({ min: 0, max: 20_000_000 }),
      fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
    ),
    weights: fc.array(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 1e9 })), {
      minLength: 1,
      maxLength: 12,
    }),
    unit: fc.oneof(
      fc.constant(1),
      fc.constantFrom(10, 1000, 100_000),
      fc.integer({ min: 1, max: 5_000_000 }),
    ),
    holdMask: fc.array(fc.boolean(), { maxLength: 12 }),
    holdCuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 12, maxLength: 12 }),
  })
  .map(({ total, weights, unit, holdMask, holdCuts }) => {
    // Holds take random slices of at most the total, never every position.
    let left = total;
    const holds = weights.map((_, i) => {
      if (!holdMask[i] || i === weights.length - 1) return null;
      const hold = Math.floor(left * holdCuts[i] * 0.5);
      left -= hold;
      return hold;
    });
    return { total, weights, unit, holds };
  })
  .filter(({ weights, holds }) => weights.some((w, i) => w > 0 && holds[i] === null));

describe('allocate', () => {
  test('always sums exactly to the total and keeps the holds', () => {
    fc.assert(
      fc.property(allocationCase, ({ total, weights, unit, holds }) => {
        const parts = allocate(total, weights, { unit, holds });
        expect(parts).toHaveLength(weights.length);
        expect(sum(parts)).toBe(total);
        holds.forEach((hold, i) => hold !== null && expect(parts[i]).toBe(hold));
      }),
      { numRuns: 1000 },
    );
  });

  /**
   * The documented bound: a part that is not held lies in [floor to unit of its exact share, that + unit],
   * so it is strictly less than one unit from its exact share of what is left after the holds.
   */
  test('each part is within one unit of its exact share of what the holds leave', () => {
    fc.assert(
      fc.property(allocationCase, ({ total, weights, unit, holds }) => {
        const parts = allocate(total, weights, { unit, holds });
        const free = weights.map((_, i) => i).filter((i) => holds[i] === null);
        const rest = BigInt(total - sum(holds.map((h) => h ?? 0)));
        const weightSum = BigInt(sum(free.map((i) => weights[i])));
        for (const i of free) {
          const exactTimesW = rest * BigInt(weights[i]); // exact share × weightSum
          const partTimesW = BigInt(parts[i]) * weightSum;
          const distance = partTimesW > exactTimesW ? partTimesW - exactTimesW : exactTimesW - partTimesW;
          expect(distance < BigInt(unit) * weightSum).toBe(true);
          const floorToUnit = (exactTimesW / (weightSum * BigInt(unit))) * BigInt(unit);
          expect(BigInt(parts[i]) >= floorToUnit).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('parts are non-negative for a non-negative total and weights', () => {
    fc.assert(
      fc.property(allocationCase, ({ total, weights, unit, holds }) => {
        expect(allocate(total, weights, { unit, holds }).every((part) => part >= 0)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test('is deterministic, and a negative total mirrors the positive one', () => {
    fc.assert(
      fc.property(allocationCase, ({ total, weights, unit, holds }) => {
        const once = allocate(total, weights, { unit, holds });
        expect(allocate(total, [...weights], { unit, holds: [...holds] })).toEqual(once);
        const mirrored = allocate(-total, weights, {
          unit,
          holds: holds.map((h) => (h === null ? null : -h)),
        });
        expect(mirrored.map((x) => (x === 0 ? 0 : -x))).toEqual(once);
      }),
      { numRuns: 500 },
    );
  });

  test('decimal weights such as 0.7 / 0.3 give the same parts as 70 / 30', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 8 }),
        (total, perMille) => {
          fc.pre(perMille.some((w) => w > 0));
          const decimals = perMille.map((w) => w / 1000);
          expect(allocate(total, decimals)).toEqual(allocate(total, perMille));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('frames', () => {
  /** A coherent plan: random financing per year, random frames adding up to it. */
  const planCase = fc
    .record({
      from: fc.integer({ min: 2000, max: 2030 }),
      perYear: fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 8 }),
      cuts: fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 2, maxLength: 7 }),
    })
    .filter(({ perYear }) => sum(perYear) > 0)
    .map(({ from, perYear, cuts }): Plan => {
      const total = sum(perYear);
      const parts = allocate(total, cuts);
      return {
        ...defaultPlan,
        period: { from, to: from + perYear.length - 1 },
        financing: [
          {
            id: 'x',
            name: 'Tilskudd',
            kind: 'countyGrant',
            perYear: Object.fromEntries(perYear.map((amount, i) => [from + i, amount])),
          },
        ],
        areas: parts
          .slice(1)
          .map((frame, i) => ({ name: `Område ${i + 1}`, sharePercent: 0, frame, aliases: [] })),
        administration: { name: 'Administrasjon', frame: parts[0] },
      };
    });

  test('rows sum to the frames, columns to the financing, each cell its exact share rounded down or up', () => {
    fc.assert(
      fc.property(planCase, (plan) => {
        const cells = frames(plan);
        const rows = [...plan.areas, plan.administration];
        const total = sum(rows.map((r) => r.frame));
        for (const row of rows) {
          const mine = cells.filter((c) => c.area === row.name);
          expect(sum(mine.map((c) => c.frame))).toBe(row.frame);
          for (const cell of mine) {
            const exact = (row.frame * plan.financing[0].perYear[cell.year]) / total;
            expect(Math.abs(cell.frame - exact)).toBeLessThan(1 + 1e-6);
          }
        }
        for (const [year, amount] of Object.entries(plan.financing[0].perYear)) {
          expect(sum(cells.filter((c) => c.year === Number(year)).map((c) => c.frame))).toBe(amount);
        }
      }),
      { numRuns: 500 },
    );
  });
});
