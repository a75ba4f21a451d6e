/**
 * The same typed rate or shares mean the same thing on the command line, in the custom functions and in the
 * pane (which reads a rate from the Plan sheet and shares from its own fields): the same curve, the same
 * refusal, the same warning.
 */
import fc from 'fast-check';
import { defaultPlan, planFromTables, planToTables } from '../../src/core/plan';
import type { CellValue, Plan } from '../../src/core/types';
import { allocateShaped, goalCurveRows } from '../../src/functions/formulas';
import { allocationView, initialInput } from '../../src/taskpane/services/allocation';
import { goalView } from '../../src/taskpane/services/goals';
import { cli } from '../cli/runCli';

const BASE = 12928;
const FROM = 2012;
const TO = 2017;

type Outcome = { curve: number[] } | { refused: string };

async function viaCli(rate: string): Promise<Outcome> {
  const run = await cli(
    'kurve',
    '--grunnlag',
    String(BASE),
    '--fra',
    String(FROM),
    '--til',
    String(TO),
    '--vekst',
    rate,
    '--json',
  );
  if (run.code !== 0) return { refused: run.stderr };
  return { curve: (JSON.parse(run.stdout).curve as { value: number }[]).map((p) => p.value) };
}

function viaFunction(rate: CellValue): Outcome {
  try {
    return { curve: goalCurveRows(BASE, rate, FROM, TO).map(([, value]) => value) };
  } catch (error) {
    return { refused: (error as Error).message };
  }
}

/** The pane: the rate typed into the Plan sheet's goal table, read back, drawn by the Målkurver panel. */
function viaPane(rate: CellValue): Outcome {
  const tables = Object.fromEntries(planToTables(defaultPlan).map((t) => [t.name, [t.headers, ...t.rows]]));
  const [headers, first, ...rest] = tables.Maal as CellValue[][];
  const row = [...first];
  const set = (header: string, value: CellValue) => (row[headers.indexOf(header)] = value);
  set('Id', 'test');
  set('Indikator', 'Testkurve');
  set('Basis', BASE);
  set('Basisår', FROM);
  set('Vekst per år', rate);
  set('Til år', TO);
  tables.Maal = [headers, row, ...rest];
  const { plan, findings } = planFromTables(tables);
  const goal = plan.goals.find((g) => g.name === 'Testkurve');
  if (!goal) return { refused: findings.map((f) => f.message).join(' ') };
  return { curve: goalView(goal, 'yearly', {}, { year: 2012, month: 1, day: 1 }).gaps.map((g) => g.target) };
}

const POPULATION = [12928, 12993, 13058, 13123, 13189, 13255];

describe('a typed rate gives the same curve everywhere', () => {
  it.each(['0,5 %', '0.5%', '0,5 prosent', '0,005', '0.005'])(
    '%s is 0,5 %% a year in the CLI, the functions and the pane',
    async (typed) => {
      expect(await viaCli(typed)).toEqual({ curve: POPULATION });
      expect(viaFunction(typed)).toEqual({ curve: POPULATION });
      expect(viaPane(typed)).toEqual({ curve: POPULATION });
    },
  );

  it('Excel’s own 0,5 % (the number 0,005) gives the same curve in the functions and the pane', () => {
    expect(viaFunction(0.005)).toEqual({ curve: POPULATION });
    expect(viaPane(0.005)).toEqual({ curve: POPULATION });
  });

  it.each(['0,5', '1', '0.5'])('a bare %s is refused everywhere, showing both readings', async (typed) => {
    const percent = typed.replace('.', ',');
    const both = new RegExp(`${percent}\\s%.*${Number(typed.replace(',', '.')) * 100}\\s%`);
    const outcomes = [await viaCli(typed), viaFunction(typed)];
    for (const outcome of outcomes) {
      expect(outcome).toHaveProperty('refused');
      expect((outcome as { refused: string }).refused).toMatch(/mente du/);
      expect((outcome as { refused: string }).refused).toMatch(both);
    }
    expect(viaPane(typed)).toHaveProperty('refused');
    expect(viaFunction(1)).toHaveProperty('refused');
  });

  it('property: whatever is typed, the three either agree on the curve or all refuse it', async () => {
    const typedRate = fc.oneof(
      fc.integer({ min: -99, max: 300 }).map((tenths) => `${String(tenths / 10).replace('.', ',')} %`),
      fc.integer({ min: -99, max: 300 }).map((tenths) => `${tenths / 10}%`),
      fc.integer({ min: -150, max: 150 }).map((thousandths) => String(thousandths / 1000).replace('.', ',')),
      fc.integer({ min: -150, max: 150 }).map((thousandths) => String(thousandths / 1000)),
      fc.constantFrom('1', '2', '0,5', 'mye', '%', '1,2,3'),
    );
    await fc.assert(
      fc.asyncProperty(typedRate, async (typed) => {
        const outcomes = [await viaCli(typed), viaFunction(typed), viaPane(typed)];
        const curves = outcomes.filter((o): o is { curve: number[] } => 'curve' in o);
        expect([0, 3]).toContain(curves.length);
        for (const curve of curves) expect(curve).toEqual(curves[0]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('shares that do not add up to 100 % are split in proportion, with a warning everywhere', () => {
  const plan: Plan = defaultPlan;

  it('60/30: the CLI warns in text and JSON, and refuses with --streng', async () => {
    const text = await cli('fordel', '6300000', '60', '30');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      /^Advarsel: Andelene summerer til 90\s%, ikke 100\s% — fordelt som 66,7 \/ 33,3\s% av beløpet\.$/m,
    );
    const json = await cli('fordel', '6300000', '60', '30', '--json');
    expect(JSON.parse(json.stdout)).toEqual({
      allocation: [4_200_000, 2_100_000],
      sharesSum: 90,
      warnings: [
        {
          code: 'shares-not-100',
          sum: 90,
          message:
            'Andelene summerer til 90\u00a0%, ikke 100\u00a0% — fordelt som 66,7 / 33,3\u00a0% av beløpet.',
        },
      ],
    });
    const strict = await cli('fordel', '6300000', '60', '30', '--streng');
    expect(strict.code).toBe(2);
    expect(strict.stderr).toMatch(/Andelene summerer til 90\s%/);
    const english = await cli('allocate', '6300000', '60', '30', '--lang', 'en');
    expect(english.stdout).toMatch(
      /^Warning: The shares add up to 90\s%, not 100\s% — split as 66.7 \/ 33.3\s% of the amount\.$/m,
    );
  });

  it('60/30: the function spills the warning below the amounts', () => {
    expect(allocateShaped(6300000, [[60], [30]])).toEqual([
      [4_200_000],
      [2_100_000],
      ['Andelene summerer til 90\u00a0%, ikke 100\u00a0% — fordelt som 66,7 / 33,3\u00a0% av beløpet.'],
    ]);
    expect(allocateShaped(6300000, [[60, 30]], undefined, undefined, 'en')).toEqual([
      [
        4_200_000,
        2_100_000,
        'The shares add up to 90\u00a0%, not 100\u00a0% — split as 66.7 / 33.3\u00a0% of the amount.',
      ],
    ]);
  });

  it('60/30: the pane’s allocation says so', () => {
    const view = allocationView(plan, { ...initialInput(plan), shares: ['60', '30'] });
    expect(view.problems).toEqual([]);
    expect(view.sharesSum).toBe(90);
    expect(view.sharesOff).toEqual({ sum: 90, usedPercents: [(60 / 90) * 100, (30 / 90) * 100] });
  });

  it('70 % is a share everywhere, and 70/30 gives no warning', async () => {
    expect(JSON.parse((await cli('fordel', '6300000', '70 %', '30 %', '--json')).stdout)).toMatchObject({
      allocation: [4_410_000, 1_890_000],
      warnings: [],
    });
    expect(allocateShaped(6300000, [['70 %'], ['30 %']])).toEqual([[4_410_000], [1_890_000]]);
    expect(allocateShaped(6300000, [[0.7], [0.3]])).toEqual([[4_410_000], [1_890_000]]);
    const view = allocationView(plan, { ...initialInput(plan), shares: ['70 %', '30 %'], unit: 1 });
    expect(view.problems).toEqual([]);
    expect(view.sharesOff).toBeUndefined();
    expect(view.areas.map((a) => a.frame)).toEqual([4_410_000, 1_890_000]);
  });
});
