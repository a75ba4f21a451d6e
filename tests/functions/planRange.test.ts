/**
 * RAMME, RESTRAMME and OPPSUMMERING with the Plan sheet as their last argument: Excel then knows the formula
 * depends on the plan and recalculates it when the plan changes, and the function needs no Excel.run.
 */
import { errorOf, installCustomFunctions } from './customFunctionsStandIn';
import { frame, remaining, summary } from '../../src/functions/functions';
import { setPlanProvider } from '../../src/functions/planSource';
import { setDisplayLanguageGetter } from '../../src/functions/runtime';
import { defaultPlan, planToTables } from '../../src/core/plan';
import { sampleProjectsGrid } from '../../src/core/sample';
import type { Plan } from '../../src/core/types';
import { layoutOwnedSheet } from '../../src/port/layout';
import { planSheetSpec } from '../../src/port/planTable';

installCustomFunctions();

/** A provider that counts how often the workbook would have been read. */
let reads = 0;
beforeEach(() => {
  reads = 0;
  setDisplayLanguageGetter(() => 'nb-NO');
  setPlanProvider(async () => {
    reads += 1;
    return defaultPlan;
  });
});
afterAll(() => setPlanProvider(async () => defaultPlan));

/** The Plan sheet as createPlanSheet lays it out, as Excel passes a range: rows of cells, '' when empty. */
function planSheet(plan: Plan = defaultPlan, width = 9): unknown[][] {
  const layout = layoutOwnedSheet(planSheetSpec(planToTables(plan)));
  const blocks = [...layout.titles, ...layout.tables.map((t) => t.block)];
  const height = Math.max(...blocks.map((b) => b.top + b.values.length - 1)) + 3;
  const grid: unknown[][] = Array.from({ length: height }, () => Array.from({ length: width }, () => ''));
  for (const block of blocks)
    block.values.forEach((row, i) =>
      row.forEach((value, j) => (grid[block.top - 1 + i][block.left - 1 + j] = value ?? '')),
    );
  return grid;
}

/** The default plan with the 70/30 split moved to 60/40 and the period 2014–2016. */
function replanned(): Plan {
  const plan: Plan = structuredClone(defaultPlan);
  plan.areas[0] = { ...plan.areas[0], sharePercent: 60, frame: 3800000 };
  plan.areas[1] = { ...plan.areas[1], sharePercent: 40, frame: 2500000 };
  return plan;
}

describe('the plan as an argument', () => {
  it('RAMME reads the plan from the range and not from the workbook', async () => {
    await expect(frame('Nyskaping i næringslivet', null, planSheet(replanned()))).resolves.toBe(3800000);
    await expect(frame('Attraktivitet for næringslivet', '', planSheet(replanned()))).resolves.toBe(2500000);
    expect(reads).toBe(0);
  });

  it('RESTRAMME and OPPSUMMERING take it as their last argument too', async () => {
    const areas = [['Nyskaping i næringslivet'], ['Attraktivitet']];
    const amounts = [[1000000], [500000]];
    await expect(
      remaining('Nyskaping i næringslivet', areas, amounts, undefined, undefined, planSheet(replanned())),
    ).resolves.toBe(2800000);
    const [header, ...rows] = sampleProjectsGrid().values;
    const column = (name: string) => [[name], ...rows.map((row) => [row[header.indexOf(name)] ?? ''])];
    const table = await summary(
      column('År'),
      column('Kategori'),
      column('Innsatsområde'),
      column('Bevilget'),
      column('Status'),
      planSheet(),
    );
    expect(table.length).toBeGreaterThan(10);
    expect(reads).toBe(0);
  });

  it('without it the plan is read from the workbook, as before', async () => {
    await expect(frame('Nyskaping i næringslivet')).resolves.toBe(4400000);
    await expect(remaining('Attraktivitet', [['Attraktivitet']], [[100000]])).resolves.toBe(1800000);
    expect(reads).toBe(2);
  });

  it('tells the Felt/Verdi tables apart by their fields: a new period decides which years belong', async () => {
    const plan = replanned();
    plan.period = { from: 2014, to: 2016 };
    const range = planSheet(plan);
    await expect(frame('Nyskaping i næringslivet', 2016, range)).resolves.toEqual(expect.any(Number));
    const error = await errorOf(() => frame('Nyskaping i næringslivet', 2013, range));
    expect(error.message).toContain('2013 er utenfor planperioden 2014–2016');
  });

  it('finds the tables wherever the range starts, and in any order of rows around them', async () => {
    const range = planSheet(replanned()).map((row) => ['', ...row]);
    await expect(frame('Nyskaping i næringslivet', null, [['Notat'], ...range])).resolves.toBe(3800000);
  });

  it('a range without the plan tables is #VALUE! saying what to give', async () => {
    const error = await errorOf(() =>
      frame('Nyskaping i næringslivet', null, [
        ['Prosjekt', 'Beløp'],
        ['A', 1],
      ]),
    );
    expect(error.code).toBe('#VALUE!');
    expect(error.message).toContain('«plan»');
    expect(error.message).toContain('Plan!');
    expect(reads).toBe(0);
  });
});
