/**
 * Where FRAME, REMAINING and SUMMARY get the plan: an injectable async provider. The default is the
 * built-in plan; in Excel the entry wires the workbook's Plan tables through a short cache, so a sheet full
 * of RAMME formulas recalculating at once shares one read of the Plan sheet.
 */
import { defaultPlan, planFromTables } from '../core/plan';
import type { CellValue, Plan } from '../core/types';
import { NotAvailableError } from './runtime';

export type PlanProvider = () => Promise<Plan>;

/**
 * Reads the workbook's Plan tables by name, rows incl. the header row; null (or `{}`) when it has none —
 * the shape of `WorkbookPort.readPlanTables` (src/port/workbookPort.ts).
 */
export type PlanTablesReader = () => Promise<Record<string, CellValue[][]> | null>;

let provider: PlanProvider = async () => defaultPlan;

export function setPlanProvider(next: PlanProvider): void {
  provider = next;
}

/** The plan the functions use now. */
export function currentPlan(): Promise<Plan> {
  return provider();
}

/** How long a read of the Plan sheet is reused: long enough for one recalculation, short enough to see edits. */
export const PLAN_CACHE_MS = 3000;

/**
 * A provider over the workbook's Plan tables (the default plan fills whatever is missing). Calls while a
 * read is in flight share it; a finished read is reused for `ttlMs`. A failed read is not cached and
 * reaches the cell as #N/A with the reason, never as the default plan in disguise.
 */
export function workbookPlanProvider(
  readPlanTables: PlanTablesReader,
  ttlMs = PLAN_CACHE_MS,
  now: () => number = Date.now,
): PlanProvider {
  let cached: { plan: Promise<Plan>; readAt?: number } | undefined;
  const read = async (entry: { readAt?: number }): Promise<Plan> => {
    try {
      const plan = planFromTables((await readPlanTables()) ?? {}).plan;
      entry.readAt = now();
      return plan;
    } catch (error) {
      if (cached === entry) cached = undefined;
      const detail = error instanceof Error ? error.message : String(error);
      throw new NotAvailableError(
        `Kunne ikke lese planen på arket Plan: ${detail}`,
        `Could not read the plan on the Plan sheet: ${detail}`,
      );
    }
  };
  return () => {
    if (cached && (cached.readAt === undefined || now() - cached.readAt < ttlMs)) return cached.plan;
    const entry: { plan: Promise<Plan>; readAt?: number } = { plan: Promise.resolve(defaultPlan) };
    cached = entry;
    entry.plan = read(entry);
    return entry.plan;
  };
}
