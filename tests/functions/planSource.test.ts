/** FRAME/REMAINING read the workbook's Plan tables through a short cache, and say so when they cannot. */
import { errorOf, installCustomFunctions } from './customFunctionsStandIn';
import { connectToExcel, frame, remaining } from '../../src/functions/functions';
import {
  setPlanProvider,
  workbookPlanProvider,
  currentPlan,
  PLAN_CACHE_MS,
  type PlanTablesReader,
} from '../../src/functions/planSource';
import { setDisplayLanguageGetter } from '../../src/functions/runtime';
import { portErrors } from '../../src/port/errors';
import { defaultPlan, planToTables } from '../../src/core/plan';
import type { CellValue, Plan } from '../../src/core/types';

installCustomFunctions();

afterEach(() => {
  setDisplayLanguageGetter(() => 'nb-NO');
  setPlanProvider(async () => defaultPlan);
});

/** The Plan sheet's tables as the workbook reader returns them: by name, header row first. */
function tablesOf(plan: Plan): Record<string, CellValue[][]> {
  return Object.fromEntries(planToTables(plan).map((t) => [t.name, [t.headers, ...t.rows]]));
}

/** The default plan with the 70/30 split moved to 60/40. */
function replannedTables(): Record<string, CellValue[][]> {
  const plan: Plan = structuredClone(defaultPlan);
  plan.areas[0] = { ...plan.areas[0], sharePercent: 60, frame: 3800000 };
  plan.areas[1] = { ...plan.areas[1], sharePercent: 40, frame: 2500000 };
  return tablesOf(plan);
}

/** A reader that counts its calls and can be told to fail. */
function countingReader(tables: Record<string, CellValue[][]>) {
  const reader = Object.assign(
    async () => {
      reader.calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (reader.failWith) throw new Error(reader.failWith);
      return tables;
    },
    { calls: 0, failWith: undefined as string | undefined },
  );
  return reader;
}

describe('the plan the functions use', () => {
  it('is the default plan until Excel is connected', async () => {
    await expect(frame('Nyskaping i næringslivet')).resolves.toBe(4400000);
  });

  it("is the workbook's plan once connected: RAMME follows the Plan sheet", async () => {
    connectToExcel(countingReader(replannedTables()), () => 'nb-NO');
    await expect(frame('Nyskaping i næringslivet')).resolves.toBe(3800000);
    await expect(remaining('Attraktivitet', [['Attraktivitet']], [[500000]])).resolves.toBe(2000000);
  });

  it('falls back to the default plan where the workbook has no Plan tables', async () => {
    connectToExcel(countingReader({}), () => 'nb-NO');
    await expect(frame('Attraktivitet for næringslivet')).resolves.toBe(1900000);
    connectToExcel(
      async () => null,
      () => 'nb-NO',
    );
    await expect(frame('Attraktivitet for næringslivet')).resolves.toBe(1900000);
  });

  it('takes the display language from Excel when connected', async () => {
    connectToExcel(countingReader({}), () => 'en-US');
    expect((await errorOf(() => frame('Nowhere'))).message).toMatch(/^Unknown focus area "Nowhere"/);
  });
});

describe('the cache of the Plan sheet', () => {
  it('reads the Plan sheet once for a sheet full of RAMME formulas recalculating together', async () => {
    const reader = countingReader(tablesOf(defaultPlan));
    connectToExcel(reader, () => 'nb-NO');
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => frame(i % 2 ? 'Nyskaping' : 'Attraktivitet')),
    );
    expect(results.slice(0, 2)).toEqual([1900000, 4400000]);
    expect(reader.calls).toBe(1);
  });

  it('reuses a read for a short while, then reads again to see edits', async () => {
    let clock = 0;
    const reader = countingReader(tablesOf(defaultPlan));
    const provider = workbookPlanProvider(reader, PLAN_CACHE_MS, () => clock);
    await provider();
    clock += PLAN_CACHE_MS - 1;
    await provider();
    expect(reader.calls).toBe(1);
    clock += 1;
    await provider();
    expect(reader.calls).toBe(2);
  });

  it('does not keep a failed read: #N/A saying why, and the next call tries again', async () => {
    const reader = countingReader(tablesOf(defaultPlan));
    reader.failWith = 'The workbook is in cell-edit mode';
    connectToExcel(reader, () => 'nb-NO');
    const shown = await errorOf(() => frame('Nyskaping i næringslivet'));
    expect(shown).toEqual({
      code: '#N/A',
      message: 'Kunne ikke lese planen på arket Plan: The workbook is in cell-edit mode',
    });
    reader.failWith = undefined;
    await expect(frame('Nyskaping i næringslivet')).resolves.toBe(4400000);
    expect(reader.calls).toBe(2);
  });

  it('says why in the language Excel is in: an English Excel gets the port’s English reason', async () => {
    const reader = countingReader(tablesOf(defaultPlan));
    const protectedSheet = portErrors.sheetProtected('Plan');
    const failing: PlanTablesReader = async () => {
      throw protectedSheet;
    };
    connectToExcel(failing, () => 'en-US');
    const shown = await errorOf(() => frame('Nyskaping i næringslivet'));
    expect(shown).toEqual({
      code: '#N/A',
      message: `Could not read the plan on the Plan sheet: ${protectedSheet.messageEn}`,
    });
    expect(shown.message).not.toContain('beskyttet');
    expect(reader.calls).toBe(0);
  });

  it('does not hand out the default plan while a read is failing', async () => {
    const reader = countingReader({});
    reader.failWith = 'AccessDenied';
    setPlanProvider(workbookPlanProvider(reader));
    await expect(currentPlan()).rejects.toThrow(/AccessDenied/);
  });
});
