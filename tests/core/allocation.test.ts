import { allocate, frameFor, frames } from '../../src/core/allocation';
import { OmstillingError } from '../../src/core/errors';
import { defaultPlan } from '../../src/core/plan';
import type { Plan } from '../../src/core/types';

describe('the seed plan’s frames', () => {
  test('9 000 000 with administration held at 2 700 000, the rest 70/30 in whole 100 000s', () => {
    expect(allocate(9_000_000, [0, 70, 30], { unit: 100_000, holds: [2_700_000] })).toEqual([
      2_700_000, 4_400_000, 1_900_000,
    ]);
  });

  test('project money 6 300 000 split 70/30 in 100 000s gives the plan’s 4,4 and 1,9 mill.', () => {
    expect(allocate(6_300_000, [70, 30], { unit: 100_000 })).toEqual([4_400_000, 1_900_000]);
  });

  test('in whole kroner the same split is exact', () => {
    expect(allocate(6_300_000, [70, 30])).toEqual([4_410_000, 1_890_000]);
    expect(allocate(6_300_000, [0.7, 0.3])).toEqual([4_410_000, 1_890_000]);
  });
});

describe('remainder policy', () => {
  test('the krone left over goes to the largest remainder', () => {
    expect(allocate(100, [1, 2])).toEqual([33, 67]);
  });

  test('ties go to the larger weight, then the earlier position', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(5, [1, 3, 1, 3])).toEqual([1, 2, 0, 2]); // remainders 0,625/1,875: the 3s win
    expect(allocate(2, [1, 1, 1])).toEqual([1, 1, 0]);
  });

  test('what cannot be a whole unit still goes out so the sum is exact', () => {
    expect(allocate(250, [1, 1], { unit: 100 })).toEqual([150, 100]);
    // exact 864 196,9 and 370 370,1: the 30 % has the larger remainder, so it gets the first 100 000
    expect(allocate(1_234_567, [70, 30], { unit: 100_000 })).toEqual([834_567, 400_000]);
  });

  test('a negative total is the mirror image', () => {
    expect(allocate(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(allocate(-9_000_000, [0, 70, 30], { unit: 100_000, holds: [-2_700_000] })).toEqual([
      -2_700_000, -4_400_000, -1_900_000,
    ]);
  });

  test('zero weights get nothing, and nothing to split gives zeros', () => {
    expect(allocate(1000, [0, 1, 0])).toEqual([0, 1000, 0]);
    expect(allocate(0, [1, 2])).toEqual([0, 0]);
  });

  test('all positions held is fine when the holds add up', () => {
    expect(allocate(300, [1, 1], { holds: [100, 200] })).toEqual([100, 200]);
  });
});

describe('bad input is refused with a reason', () => {
  test.each<[string, () => unknown, 'value' | 'num']>([
    ['non-integer total', () => allocate(100.5, [1, 1]), 'num'],
    ['NaN total', () => allocate(Number.NaN, [1, 1]), 'value'],
    ['negative weight', () => allocate(100, [1, -1]), 'num'],
    ['all-zero weights', () => allocate(100, [0, 0]), 'num'],
    ['no weights', () => allocate(100, []), 'value'],
    ['holds exceed the total', () => allocate(100, [1, 1], { holds: [60, 50] }), 'num'],
    [
      'holds do not add up when every position is held',
      () => allocate(300, [1, 1], { holds: [100, 100] }),
      'num',
    ],
    ['a hold with øre', () => allocate(100, [1, 1], { holds: [10.5] }), 'num'],
    ['unit 0', () => allocate(100, [1, 1], { unit: 0 }), 'num'],
    ['negative unit', () => allocate(100, [1, 1], { unit: -100 }), 'num'],
  ])('%s', (_label, run, kind) => {
    expect(run).toThrow(OmstillingError);
    expect(run).toThrow(expect.objectContaining({ domain: 'input', details: { kind } }));
  });
});

describe('frames per area and year', () => {
  test('each frame is split over 2013–2015 in proportion to the financing, summing exactly both ways', () => {
    const cells = frames(defaultPlan);
    expect(cells).toHaveLength(9);
    const byArea = (area: string) => cells.filter((c) => c.area === area).map((c) => c.frame);
    expect(byArea('Nyskaping i næringslivet')).toEqual([1_466_667, 1_466_667, 1_466_666]);
    expect(byArea('Attraktivitet for næringslivet')).toEqual([633_333, 633_333, 633_334]);
    expect(byArea('Programadministrasjon inkl. kommunikasjon')).toEqual([900_000, 900_000, 900_000]);
    for (const year of [2013, 2014, 2015]) {
      const sum = cells.filter((c) => c.year === year).reduce((total, c) => total + c.frame, 0);
      expect(sum).toBe(3_000_000);
    }
  });

  test('uneven financing moves the frames with it', () => {
    const plan: Plan = {
      ...defaultPlan,
      financing: [
        { ...defaultPlan.financing[0], perYear: { 2013: 3_500_000, 2014: 2_500_000, 2015: 1_500_000 } },
        defaultPlan.financing[1],
      ],
    };
    const cells = frames(plan);
    const years = [2013, 2014, 2015];
    const financing = [4_000_000, 3_000_000, 2_000_000];
    years.forEach((year, i) => {
      expect(cells.filter((c) => c.year === year).reduce((t, c) => t + c.frame, 0)).toBe(financing[i]);
    });
    expect(frameFor(plan, 'Programadministrasjon inkl. kommunikasjon', 2013)).toBe(1_200_000);
  });

  test('frameFor takes names and aliases, with or without a year', () => {
    expect(frameFor(defaultPlan, 'Nyskaping i næringslivet')).toBe(4_400_000);
    expect(frameFor(defaultPlan, 'velferdsinnovasjon')).toBe(4_400_000);
    expect(frameFor(defaultPlan, 'Attraktivitet', 2015)).toBe(633_334);
    expect(frameFor(defaultPlan, 'Programadministrasjon inkl. kommunikasjon', 2014)).toBe(900_000);
    expect(frameFor(defaultPlan, 'Nyskaping', 2016)).toBe(0);
  });

  test('an unknown area is #VALUE! that names it', () => {
    expect(() => frameFor(defaultPlan, 'Sentrum')).toThrow(/«Sentrum» er ikke et innsatsområde/);
    expect(() => frameFor(defaultPlan, 'Sentrum')).toThrow(
      expect.objectContaining({ details: { kind: 'value' } }),
    );
  });
});
