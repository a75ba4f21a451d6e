/** `statsstøtte`: the de minimis room per single undertaking and the grants to report, from a workbook. */
import { stateAidReport, type StateAidReport } from '../core/stateAidReport';
import type { IsoDate } from '../core/types';
import type { WorkbookPort } from '../port/workbookPort';
import { appErrors } from './errors';
import { loadWorkbook, type PlanSource } from './load';

export interface StateAidResult {
  report: StateAidReport;
  plan: PlanSource;
}

export async function stateAidOf(port: WorkbookPort, asOf: IsoDate): Promise<StateAidResult> {
  const loaded = await loadWorkbook(port);
  if (!loaded.table) throw appErrors.noProjectTable();
  return { report: stateAidReport(loaded.plan, loaded.table, asOf), plan: loaded.planSource };
}
