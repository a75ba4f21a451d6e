/** The follow-up of money and results from the workbook's project table and plan. */
import { followUp, type FollowUp } from '../core/followUp';
import type { Day } from '../core/today';
import type { Plan } from '../core/types';
import type { WorkbookPort } from '../port/workbookPort';
import { appErrors } from './errors';
import { loadWorkbook, type PlanSource } from './load';

export interface FollowUpResult {
  followUp: FollowUp;
  plan: PlanSource;
  /** The plan the figures were measured against (targets, frames, period). */
  planUsed: Plan;
}

/** The follow-up, its result targets judged on `today` (a year not over yet is in progress, not missed). */
export async function followUpOf(port: WorkbookPort, today: Day): Promise<FollowUpResult> {
  const loaded = await loadWorkbook(port);
  if (!loaded.table) throw appErrors.noProjectTable();
  return {
    followUp: followUp(loaded.table.rows, loaded.plan, today),
    plan: loaded.planSource,
    planUsed: loaded.plan,
  };
}
