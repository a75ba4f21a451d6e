import fc from 'fast-check';
import { simulateFunding } from '../../../src/core/assessment';

describe('simulateFunding', () => {
  it('funds down the ranking while the frame carries it, then partly, then nothing', () => {
    const steps = simulateFunding(
      [
        { key: 'A', applied: 600_000 },
        { key: 'B', applied: 300_000 },
        { key: 'A', applied: 500_000 },
        { key: 'A', applied: 100_000 },
        { key: 'B', applied: 200_000 },
      ],
      new Map([
        ['A', 1_000_000],
        ['B', 450_000],
      ]),
    );
    expect(
      steps.map(({ key, before, funded, after, decision }) => [key, before, funded, after, decision]),
    ).toEqual([
      ['A', 1_000_000, 600_000, 400_000, 'funded'],
      ['B', 450_000, 300_000, 150_000, 'funded'],
      ['A', 400_000, 400_000, 0, 'partly'],
      ['A', 0, 0, 0, 'outside'],
      ['B', 150_000, 150_000, 0, 'partly'],
    ]);
  });

  it('funds an application that uses the frame to the last krone', () => {
    const [step] = simulateFunding([{ key: 'A', applied: 633_333 }], new Map([['A', 633_333]]));
    expect(step).toMatchObject({ funded: 633_333, after: 0, decision: 'funded' });
  });

  it('leaves an overdrawn frame as it is, so the overdraft shows', () => {
    const [step] = simulateFunding([{ key: 'A', applied: 100_000 }], new Map([['A', -50_000]]));
    expect(step).toMatchObject({ before: -50_000, funded: 0, after: -50_000, decision: 'outside' });
  });

  it('treats an area with no frame as nothing left', () => {
    const [step] = simulateFunding([{ key: 'X', applied: 1 }], new Map());
    expect(step).toMatchObject({ before: 0, funded: 0, decision: 'outside' });
  });

  it('never funds more than the remaining frame; the remaining frame never grows (property)', () => {
    const keys = ['A', 'B', 'C'];
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...keys), fc.integer({ min: -1_000_000, max: 10_000_000 })),
        fc.array(
          fc.record({ key: fc.constantFrom(...keys), applied: fc.integer({ min: 0, max: 5_000_000 }) }),
          {
            maxLength: 40,
          },
        ),
        (start, entries) => {
          const steps = simulateFunding(entries, new Map(Object.entries(start)));
          const last = new Map(Object.entries(start));
          const funded = new Map<string, number>();
          steps.forEach((step, i) => {
            expect(step.key).toBe(entries[i].key);
            expect(step.before).toBe(last.get(step.key) ?? 0);
            expect(step.funded).toBeGreaterThanOrEqual(0);
            expect(step.funded).toBeLessThanOrEqual(Math.max(0, step.before));
            expect(step.funded).toBeLessThanOrEqual(step.applied);
            expect(step.after).toBe(step.before - step.funded);
            expect(step.after).toBeLessThanOrEqual(step.before);
            expect(Number.isSafeInteger(step.after)).toBe(true);
            const decision = step.funded === step.applied ? 'funded' : step.funded > 0 ? 'partly' : 'outside';
            expect(step.decision).toBe(decision);
            last.set(step.key, step.after);
            funded.set(step.key, (funded.get(step.key) ?? 0) + step.funded);
          });
          for (const [key, total] of funded) expect(total).toBeLessThanOrEqual(Math.max(0, start[key] ?? 0));
        },
      ),
    );
  });
});
