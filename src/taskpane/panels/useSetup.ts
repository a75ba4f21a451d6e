/**
 * Oppsett's state and actions: the column mapping as the user edits it (started from the one read, and again
 * when the workbook is read anew), what it lacks, which fields needed a decision, and what the buttons do
 * (make the Plan sheet or an empty project table, take the selection as the table, place or remove the
 * pick-lists, save the mapping).
 */
import { useEffect, useMemo, useState } from 'react';
import { defaultPlan, planToTables } from '../../core/plan';
import type { ColumnMapping } from '../../core/types';
import { paneText, type MessageKey } from '../../i18n';
import { parseAddress } from '../../port/addresses';
import type { ValidationResult } from '../../port/validation';
import { fieldsNeedingDecision, mappingProblems } from '../services/setup';
import { useTask } from '../useTask';
import { useSameContent } from '../useSameContent';
import { useWorkbook } from '../workbook';

/** Why a column got no pick-list, in the pane's words. */
const LEFT_BECAUSE: Record<ValidationResult['skipped'][number]['reason'], MessageKey> = {
  'user-validation': 'pickListUserValidation',
  'no-table': 'pickListNoTable',
  'no-column': 'pickListNoColumn',
  'no-list': 'pickListNoList',
};

/** The columns left without a pick-list, each with why, in both languages (shown as the notice's warnings). */
function leftAlone(result: ValidationResult) {
  const say = (lang: 'nb' | 'en', left: ValidationResult['skipped'][number]) =>
    paneText(lang, 'pickListLeft', {
      column: left.column,
      table: left.table,
      reason: paneText(lang, LEFT_BECAUSE[left.reason]),
    });
  return result.skipped.map((left) => ({ message: say('nb', left), messageEn: say('en', left) }));
}

export function useSetup() {
  const workbook = useWorkbook();
  const { snapshot, port } = workbook;
  const task = useTask();
  const [draft, setDraft] = useState<ColumnMapping>({});
  // Read again after every edit in the workbook: the draft starts over only when the mapping read changed.
  const mapping = useSameContent(snapshot?.mapping);

  useEffect(() => {
    if (mapping) setDraft(mapping);
  }, [mapping]);

  const problems = useMemo(() => mappingProblems(draft), [draft]);
  // What needed a decision when the table was read: it stays in view while the user edits.
  const decide = useMemo(
    () => (snapshot ? fieldsNeedingDecision(snapshot.mapping, snapshot.headers) : []),
    [snapshot],
  );
  const createPlan = () =>
    task.run(async () => {
      await port.createPlanSheet(planToTables(defaultPlan));
      await workbook.reload();
      return { key: 'createPlanSheetDone' };
    });
  const createTable = () =>
    task.run(async () => {
      await port.createProjectTable();
      await workbook.reload();
      return { key: 'createProjectTableDone' };
    });
  const takeSelection = () =>
    task.run(async () => {
      const address = await port.getSelectedAddress();
      if (!address || !parseAddress(address)) return { key: 'noSelection' };
      workbook.setRange(address);
    });
  const placePickLists = () =>
    task.run(async () => {
      // Loaded on the click: the criteria reader stays out of the first download (Oppsett is the first tab).
      const { addPickLists } = await import(/* webpackChunkName: "pick-lists" */ '../../app/pickLists');
      const result = await addPickLists(port);
      const warnings = leftAlone(result);
      const columns = result.added.map((added) => `${added.table}: ${added.column}`).join(', ');
      return result.added.length > 0
        ? { key: 'pickListsAdded', vars: { count: result.added.length, columns }, warnings }
        : { key: 'pickListsNoneAdded', warnings };
    });
  const removePickLists = () =>
    task.run(async () => ({ key: 'pickListsRemoved', vars: { count: await port.removeValidation() } }));
  const saveMapping = () =>
    task.run(async () => {
      await port.saveMapping({ mapping: draft, headers: snapshot?.headers });
      await workbook.reload();
      return { key: 'mappingSaved' };
    });

  return {
    snapshot,
    task,
    draft,
    setDraft,
    problems,
    decide,
    createPlan,
    createTable,
    takeSelection,
    placePickLists,
    removePickLists,
    saveMapping,
  };
}
