/**
 * Where FRAME, REMAINING and SUMMARY get the plan: an injectable async provider. The default is the
 * built-in plan; in Excel the entry wires the workbook's Plan tables through a short cache, so a sheet full
 * of RAMME formulas recalculating at once shares one read of the Plan sheet.
 */
import { defaultPlan, planFromTables } from '../core/plan';
import type { CellValue, Plan } from '../core/types';
import { isOmstillingError } from '../core/errors';
import { bilingual, defineMessages } from '../core/messages';
import { notAvailable } from './runtime';

const MESSAGES = defineMessages({
  unreadable: {
    nb: 'Kunne ikke lese planen på arket Plan: {detail}',
    en: 'Could not read the plan on the Plan sheet: {detail}',
  },
});

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
      // Our own errors say why in both languages; anything else (Excel's raw text) is shown as it is.
      const raw = error instanceof Error ? error.message : String(error);
      const detail = isOmstillingError(error) ? { nb: error.message, en: error.messageEn } : raw;
      throw notAvailable(bilingual(MESSAGES, 'unreadable', { detail }));
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
