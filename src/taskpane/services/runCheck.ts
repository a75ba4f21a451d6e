/** The check as the panel runs it: the app's runCheck, with "no project table" as an answer, not a failure. */
import { runCheck as runAppCheck, type CheckResult } from '../../app/check';
import { isOmstillingError } from '../../core/errors';
import type { IsoDate } from '../../core/types';
import type { WorkbookPort } from '../../port/workbookPort';

export type PanelCheck = { checked: true; result: CheckResult } | { checked: false };

/** The check of the project table, with each undertaking's de minimis room on `today`. */
export async function checkWorkbook(port: WorkbookPort, range?: string, today?: IsoDate): Promise<PanelCheck> {
  try {
    return {
      checked: true,
      result: await runAppCheck(port, { projectsRange: range, stateAidAsOf: today }),
    };
  } catch (error) {
    if (isOmstillingError(error) && error.code === 'no-project-table') return { checked: false };
    throw error;
  }
}
