/** The check as the panel runs it: over the pane's snapshot, with "no project table" as an answer, not a failure. */
import { checkLoaded, type CheckResult } from '../../app/check';
import type { LoadedWorkbook } from '../../app/load';
import type { IsoDate } from '../../core/types';

export type PanelCheck = { checked: true; result: CheckResult } | { checked: false };

/** The check of the project table the snapshot holds, with each undertaking's de minimis room on `today`. */
export function checkSnapshot(loaded: LoadedWorkbook, today?: IsoDate): PanelCheck {
  if (!loaded.table) return { checked: false };
  return { checked: true, result: checkLoaded(loaded, { stateAidAsOf: today }) };
}
