/**
 * Kontroll's state: the check over the project table, kept current as the user edits (it checks the pane's
 * snapshot), the findings grouped and counted, and what the buttons do (go to a cell, mark, clear marks, write
 * the sheet).
 */
import { useCallback } from 'react';
import { isoDay } from '../../core/today';
import type { Finding, IsoDate, Severity } from '../../core/types';
import { useLanguage } from '../i18n';
import { findingsSheet, groupFindings, marksOf } from '../services/check';
import { checkSnapshot } from '../services/check';
import type { Snapshot } from '../services/snapshot';
import { useToday } from '../today';
import { useTask, writtenNotice } from '../useTask';
import { useSnapshotWith, useWorkbook } from '../workbook';

export function useCheck() {
  const { lang } = useLanguage();
  // The pane's snapshot is read once after each edit (WorkbookProvider, with the other sheets): the check runs
  // over it rather than reading the workbook again.
  const { port, reload: check } = useWorkbook();
  const task = useTask();
  const today = isoDay(useToday()) as IsoDate;
  const derive = useCallback((snapshot: Snapshot) => checkSnapshot(snapshot, today), [today]);
  const { value: result, waiting: checking, failure } = useSnapshotWith('sheets', derive);

  const findings = result?.checked ? result.result.findings : [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;

  const select = (f: Finding) =>
    task.run(async () => {
      await port.selectCell(f.sheet, f.cell);
    });
  const mark = () =>
    task.run(async () => {
      const done = await port.markCells(marksOf(findings));
      return { key: 'marked', vars: { count: done.marked }, warnings: done.warnings };
    });
  const clear = () =>
    task.run(async () => {
      const done = await port.clearMarks();
      return { key: 'cleared', vars: { count: done.removed }, warnings: done.warnings };
    });
  const write = () =>
    task.run(async () => {
      const written = await port.writeOwnedSheet(findingsSheet(findings, lang));
      return writtenNotice(written);
    });

  return {
    task,
    result,
    checking,
    failure,
    findings,
    stateAid: result?.checked ? result.result.stateAid : undefined,
    groups: groupFindings(findings),
    counts,
    canMark: port.capabilities.marks,
    check,
    select,
    mark,
    clear,
    write,
  };
}
