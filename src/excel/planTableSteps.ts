/**
 * writePlanTable over Office.js, after the workbook map: one sync reads the table (its cells, the rows it
 * would grow into, the sheet's other tables) or where to add it; the write steps then go in the port's one
 * write sync. Changing a table's row count needs Table.resize (ExcelApi 1.13): rows.add and row deletes
 * would shift the user's cells below the table.
 */
import { columnLetters } from '../core/cells';
import type { PlanTable } from '../core/plan';
import { parseAddress, rectAddress, type Rect } from '../port/addresses';
import { portErrors } from '../port/errors';
import { GENERAL_FORMAT, type OwnedSheetLayout } from '../port/layout';
import { PLAN_SHEET } from '../port/names';
import {
  addedPlanTableLayout,
  PLAN_TABLE_ACTIONS,
  planTableReplacement,
  type PlanTableReplacement,
} from '../port/planTable';
import type { Requirements } from './env';
import type { ErrorScope } from './errors';
import { cells, layoutSteps } from './ownedSteps';
import { fromOffice } from './values';
import { findSheet, findTable, sameName, type WorkbookMap } from './workbookMap';
import type { WriteStep } from './writeSteps';

type Context = Excel.RequestContext;

export interface PlanTableWrite {
  sheet: string;
  rect: Rect;
  action: string;
  steps: WriteStep[];
  /** Takes a Plan sheet made by this write away again (a later batch failed). */
  undo?: (context: Context) => void;
}

function rectOf(address: string): Rect {
  const rect = parseAddress(address)?.rect;
  if (!rect) throw new Error(`Excel gave an address the port cannot read: ${address}`);
  return rect;
}

function replacementSteps(sheet: string, table: string, change: PlanTableReplacement): WriteStep[] {
  const steps: WriteStep[] = [];
  if (change.resized) {
    const address = rectAddress(change.rect);
    steps.push({
      kind: 'call',
      bytes: 200,
      run: (c) =>
        c.workbook.tables.getItem(table).resize(c.workbook.worksheets.getItem(sheet).getRange(address)),
    });
  }
  const { cleared, body } = change;
  if (cleared) {
    const blank = Array.from({ length: cleared.bottom - cleared.top + 1 }, () =>
      Array.from({ length: cleared.right - cleared.left + 1 }, () => null),
    );
    const formats = blank.map((row) => row.map(() => GENERAL_FORMAT));
    steps.push(cells(sheet, cleared.top, cleared.left, blank, formats));
  }
  steps.push(cells(sheet, body.top, body.left, body.values, body.formats));
  return steps;
}

/** Reads what it needs (one sync, none for a new Plan sheet) and returns the steps to write. */
export async function planTableWrite(
  context: Context,
  scope: ErrorScope,
  map: WorkbookMap,
  requirements: Requirements,
  table: PlanTable,
  newSheet: OwnedSheetLayout,
): Promise<PlanTableWrite> {
  const sheet = findSheet(map, PLAN_SHEET);
  if (!sheet) {
    return {
      sheet: PLAN_SHEET,
      rect: newSheet.tables[0].rect,
      action: PLAN_TABLE_ACTIONS.added,
      steps: [
        { kind: 'call', bytes: 100, run: (c) => c.workbook.worksheets.add(PLAN_SHEET) },
        ...layoutSteps(newSheet, requirements),
      ],
      undo: (c) => c.workbook.worksheets.getItem(PLAN_SHEET).delete(),
    };
  }
  scope.sheet = sheet.name;
  const existing = findTable(map, table.name);
  const others = map.tables
    .filter((t) => sameName(t.sheet, sheet.name) && !sameName(t.name, table.name))
    .map((t) => context.workbook.tables.getItem(t.name).getRange().load('address'));
  if (!existing) {
    const worksheet = context.workbook.worksheets.getItem(sheet.name);
    const used = worksheet.getUsedRangeOrNullObject(true);
    used.load('address');
    // The columns' widths now, so the added table only widens them.
    const widths = table.headers.map((_, i) =>
      worksheet.getRange(`${columnLetters(i + 1)}:${columnLetters(i + 1)}`).format.load('columnWidth'),
    );
    await context.sync();
    const bottoms = [...others.map((r) => rectOf(r.address).bottom), 0];
    if (!used.isNullObject) bottoms.push(rectOf(used.address).bottom);
    const layout = addedPlanTableLayout(sheet.name, table, Math.max(...bottoms));
    return {
      sheet: sheet.name,
      rect: layout.tables[0].rect,
      action: PLAN_TABLE_ACTIONS.added,
      steps: layoutSteps(
        layout,
        requirements,
        widths.map((w) => w.columnWidth),
      ),
    };
  }
  scope.table = existing.name;
  const target = context.workbook.tables.getItem(existing.name);
  const whole = target.getRange().load('address,values,numberFormat');
  const reach = target.getHeaderRowRange().getResizedRange(Math.max(1, table.rows.length), 0);
  reach.load('address,formulas');
  await context.sync();
  const reachRect = rectOf(reach.address);
  const change = planTableReplacement(table, {
    sheet: sheet.name,
    rect: rectOf(whole.address),
    values: whole.values.map((row) => row.map(fromOffice)),
    formats: whole.numberFormat,
    filled: (row, column) => {
      const formula: unknown = reach.formulas[row - reachRect.top]?.[column - reachRect.left];
      return formula !== '' && formula !== null && formula !== undefined;
    },
    others: others.map((r) => rectOf(r.address)),
  });
  if (change.resized && !requirements.resizeTable) {
    throw portErrors.unsupported(
      'endring av antall rader i en tabell',
      'changing the number of rows of a table',
      'ExcelApi 1.13',
    );
  }
  return {
    sheet: sheet.name,
    rect: change.rect,
    action: PLAN_TABLE_ACTIONS.replaced,
    steps: replacementSteps(sheet.name, existing.name, change),
  };
}
