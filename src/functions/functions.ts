/**
 * The OMSTILLING.* custom functions (entry of the functions bundle on the shared runtime). Ids are English
 * and never change; nb-NO names and descriptions live in functions-nb.json. The JSDoc below is what
 * custom-functions-metadata turns into functions.json, and its webpack plugin appends the
 * CustomFunctions.associate call for each function to this file: do not associate by hand.
 *
 * Parameters are `unknown` (type "any" in the metadata) so text where a number belongs reaches the
 * function and gets a message instead of Excel's bare #VALUE!.
 */
import { createOfficePort } from '../excel/officePort';
import type { Plan } from '../core/types';
import type { WorkbookPort } from '../port/workbookPort';
import { allocateShaped, frameOf, gapFor, goalCurveRows, goalFor, remainingOf, summaryOf } from './formulas';
import { isOmitted, plainArgs } from './args';
import { currentPlan, setPlanProvider, workbookPlanProvider, type PlanTablesReader } from './planSource';
import { planFromRange } from './planRange';
import { currentLanguage, excelCall, excelCallAsync, setDisplayLanguageGetter } from './runtime';

/**
 * The goal curve year by year: base grows by rate each year from fromYear to toYear.
 * @customfunction GOALCURVE
 * @param base The value in the base year, e.g. population 12928.
 * @param rate Growth per year as a fraction: 0.005 is 0.5 %.
 * @param fromYear The base year (the first row).
 * @param toYear The last year.
 * @param rounding "yearly" (default: round each year, the plan's method), "final" or "none".
 * @returns Two columns: year and target.
 */
export function goalCurve(
  base: unknown,
  rate: unknown,
  fromYear: unknown,
  toYear: unknown,
  rounding?: unknown,
): number[][] {
  return excelCall(() => goalCurveRows(...plainArgs(base, rate, fromYear, toYear, rounding)));
}

/**
 * The goal for one year: base grown by rate each year since baseYear.
 * @customfunction GOAL
 * @param base The value in the base year, e.g. 6232 jobs.
 * @param rate Growth per year as a fraction: 0.01 is 1 %.
 * @param baseYear The year of the base value.
 * @param year The year to give the goal for.
 * @param rounding "yearly" (default), "final" or "none".
 * @returns The target for that year.
 */
export function goal(
  base: unknown,
  rate: unknown,
  baseYear: unknown,
  year: unknown,
  rounding?: unknown,
): number {
  return excelCall(() => goalFor(...plainArgs(base, rate, baseYear, year, rounding)));
}

/**
 * How far an actual figure is from the goal: actual − target (negative = behind).
 * @customfunction GAP
 * @param actual The actual figure for the year.
 * @param base The value in the base year.
 * @param rate Growth per year as a fraction.
 * @param baseYear The year of the base value.
 * @param year The year of the actual figure.
 * @param rounding "yearly" (default), "final" or "none".
 * @returns actual − target.
 */
export function gap(
  actual: unknown,
  base: unknown,
  rate: unknown,
  baseYear: unknown,
  year: unknown,
  rounding?: unknown,
): number {
  return excelCall(() => gapFor(...plainArgs(actual, base, rate, baseYear, year, rounding)));
}

/**
 * Splits an amount by weights into whole kroner (or whole units) that add up exactly to the total.
 * @customfunction ALLOCATE
 * @param total The amount to split, in whole kroner.
 * @param weights The weights: a row or a column, e.g. {70;30} or shares in percent.
 * @param unit Round each part to a multiple of this (e.g. 100000); default 1 krone.
 * @param holds Fixed amounts in the shape of weights; empty cells are split by weight.
 * @returns The parts, in the shape of weights; one more cell with a warning when the shares are not 100 %.
 */
export function allocate(
  total: unknown,
  weights: unknown[][],
  unit?: unknown,
  holds?: unknown[][],
): unknown[][] {
  return excelCall(() => allocateShaped(total, weights, unit, holds, currentLanguage()));
}

/**
 * The plan these functions use: the range passed as their last argument (Excel then recalculates the formula
 * when the plan changes, and nothing is read with Excel.run), else the workbook's Plan tables.
 */
function planOf(range: unknown): Promise<Plan> {
  return isOmitted(range) ? currentPlan() : Promise.resolve(planFromRange(range as unknown[][]));
}

/**
 * The plan's frame for a focus area (or the programme administration), for the period or one year.
 * @customfunction FRAME
 * @param area The focus area, e.g. "Nyskaping i næringslivet".
 * @param year A year of the plan period; empty for the whole period.
 * @param plan The Plan sheet's tables, e.g. Plan!A1:F80, so Excel recalculates when the plan changes; empty to read the Plan sheet.
 * @returns The frame in kroner.
 */
export async function frame(area: unknown, year?: unknown, plan?: unknown[][]): Promise<number> {
  const args = plainArgs(area, year);
  const [range] = plainArgs(plan);
  return excelCallAsync(async () => frameOf(await planOf(range), ...args));
}

/**
 * The frame minus what is granted in that area (for the period, or for one year).
 * @customfunction REMAINING
 * @param area The focus area.
 * @param areas The project table's area column.
 * @param amounts The project table's granted-amount column.
 * @param years The project table's year column (needed with year; limits the sum to the plan period).
 * @param year A year of the plan period; empty for the whole period.
 * @param plan The Plan sheet's tables, e.g. Plan!A1:F80, so Excel recalculates when the plan changes; empty to read the Plan sheet.
 * @returns The remaining frame in kroner (negative when exceeded).
 */
export async function remaining(
  area: unknown,
  areas: unknown[][],
  amounts: unknown[][],
  years?: unknown[][],
  year?: unknown,
  plan?: unknown[][],
): Promise<number> {
  const args = plainArgs(area, areas, amounts, years, year);
  const [range] = plainArgs(plan);
  return excelCallAsync(async () => remainingOf(await planOf(range), ...args));
}

/**
 * The plan's summary table per year: counts and amounts granted and active, per category and focus area.
 * @customfunction SUMMARY
 * @param years The project table's year column.
 * @param categories The category column (Forstudie, Forprosjekt, Hovedprosjekt).
 * @param areas The focus area column.
 * @param amounts The granted-amount column.
 * @param statuses The status column (Aktiv, Avsluttet, Trukket; empty = Aktiv).
 * @param plan The Plan sheet's tables, e.g. Plan!A1:F80, so Excel recalculates when the plan changes; empty to read the Plan sheet.
 * @returns One table per year, stacked.
 */
export async function summary(
  years: unknown[][],
  categories: unknown[][],
  areas: unknown[][],
  amounts: unknown[][],
  statuses: unknown[][],
  plan?: unknown[][],
): Promise<unknown[][]> {
  const args = plainArgs(years, categories, areas, amounts, statuses);
  const [range] = plainArgs(plan);
  return excelCallAsync(async () => {
    const table = summaryOf(await planOf(range), ...args, currentLanguage());
    return table.map((row) => row.map((cell) => (cell === null || typeof cell === 'object' ? '' : cell)));
  });
}

/**
 * Inside Excel: messages in Excel's display language, and the plan read from the workbook's Plan tables
 * (through a short cache). Outside Excel (tests, preview) the defaults stay: bokmål and the default plan.
 */
export function connectToExcel(
  readPlanTables: PlanTablesReader,
  displayLanguage: () => string | undefined,
): void {
  setDisplayLanguageGetter(displayLanguage);
  setPlanProvider(workbookPlanProvider(readPlanTables));
}

// In Excel's shared runtime office.js defines Office before this bundle runs. Messages follow Excel's display
// language (read on each call), and the plan comes from the workbook's Plan tables through the Office port;
// the port is made once Office is ready, since it asks Office which requirement sets Excel supports.
if (typeof Office !== 'undefined') {
  const ready = Office.onReady();
  let port: WorkbookPort | undefined;
  connectToExcel(
    async () => {
      await ready;
      port ??= createOfficePort();
      return port.readPlanTables();
    },
    () => Office.context?.displayLanguage,
  );
}
