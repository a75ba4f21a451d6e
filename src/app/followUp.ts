/** The follow-up of money and results from the workbook's project table and plan. */
import { followUp, type FollowUp } from '../core/followUp';
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

export async function followUpOf(port: WorkbookPort): Promise<FollowUpResult> {
  const loaded = await loadWorkbook(port);
  if (!loaded.table) throw appErrors.noProjectTable();
  return { followUp: followUp(loaded.table.rows, loaded.plan), plan: loaded.planSource, planUsed: loaded.plan };
}
