/**
 * Writing one table of the `Plan` sheet the same way in every port: replace the Excel table of that name in
 * place (same header, new rows; resized, clearing only rows it used to cover), or add it below what is on
 * the sheet in createPlanSheet's layout, or make the Plan sheet for it. Pure: the ports read, this decides.
 */
import type { PlanTable } from '../core/plan';
import { normalize } from '../core/text';
import type { CellValue } from '../core/types';
import { overlaps, rectAddress, rectRows, type Rect } from './addresses';
import { portErrors } from './errors';
import { GENERAL_FORMAT, layoutOwnedSheet, TEXT_FORMAT, type OwnedSheetLayout } from './layout';
import { PLAN_SHEET } from './names';
import type { OwnedSheetSpec } from './workbookPort';

/**
 * Text on the Plan wraps at 30 characters: its many tables share the same columns, so each column is as wide
 * as the widest text any of them holds there; at the usual 50 the sheet printed one page wide at under half
 * size, too small to read.
 */
const PLAN_WRAP_AT = 30;

/** The Plan sheet as createPlanSheet lays it out. The sheet belongs to the user afterwards (not owned). */
export function planSheetSpec(tables: PlanTable[]): OwnedSheetSpec {
  return {
    name: PLAN_SHEET,
    wrapAt: PLAN_WRAP_AT,
    title: 'Plan for omstillingsprogrammet',
    subtitle: 'Endre tallene i tabellene; tillegget leser dem herfra.',
    tables: tables.map((t) => ({
      name: t.name,
      title: t.title,
      headers: t.headers,
      rows: t.rows,
      columns: t.columns,
    })),
  };
}

/** What the log says writePlanTable did. */
export const PLAN_TABLE_ACTIONS = { replaced: 'Erstattet plantabell', added: 'La til plantabell' };

/**
 * `table` added to an existing Plan sheet: its title one empty row below `lastRow` (the last row with a
 * value or a table; 0 on an empty sheet), the table right under it, from column A.
 */
export function addedPlanTableLayout(sheet: string, table: PlanTable, lastRow: number): OwnedSheetLayout {
  const spec = { name: sheet, wrapAt: PLAN_WRAP_AT, tables: [{ ...table, headers: [...table.headers] }] };
  return { ...layoutOwnedSheet(spec, lastRow > 0 ? lastRow + 2 : 1), addition: true };
}

/** The table as it is in the workbook, read by the port. */
export interface PlanTableNow {
  sheet: string;
  /** The table's range, header row included, and its cells and number formats. */
  rect: Rect;
  values: CellValue[][];
  formats: string[][];
  /** Whether a cell (sheet row and column) outside the table holds a value or a formula. */
  filled(row: number, column: number): boolean;
  /** Ranges of the other tables on the sheet. */
  others: Rect[];
}

export interface PlanTableReplacement {
  /** The table's new range, header row included. */
  rect: Rect;
  resized: boolean;
  /** The data rows, written at (top, left) with a number format per cell. */
  body: { top: number; left: number; values: CellValue[][]; formats: string[][] };
  /** Rows the table no longer covers, to empty: never more than the table used to cover. */
  cleared?: Rect;
}

const headerText = (cell: CellValue | undefined): string =>
  cell === null || cell === undefined ? '' : typeof cell === 'object' ? cell.error : String(cell);

/**
 * The same headers (case and spaces aside, in the table's own order), new rows. Growing takes the rows under the table only when
 * they are empty; shrinking empties the rows it leaves. Text is written as Text; other cells keep their
 * number format (the user's own), new rows take the last row's, and a Text format left over is reset.
 */
export function planTableReplacement(table: PlanTable, now: PlanTableNow): PlanTableReplacement {
  const found = (now.values[0] ?? []).map(headerText);
  // The user's table may have our columns in another order (an older layout, or moved by hand): each
  // column is written under its own header.
  const source = found.map((h) => table.headers.findIndex((ours) => normalize(ours) === normalize(h)));
  const same =
    found.length === table.headers.length &&
    source.every((i) => i >= 0) &&
    new Set(source).size === source.length;
  if (!same) throw portErrors.planTableHeaders(table.name, now.sheet, found, table.headers);
  const oldRows = rectRows(now.rect) - 1;
  // Excel keeps at least one data row in a table; an empty plan table keeps one empty row.
  const values =
    table.rows.length > 0
      ? table.rows.map((r) => source.map((i) => r[i] ?? null))
      : [table.headers.map(() => null)];
  const rect = { ...now.rect, bottom: now.rect.top + values.length };
  if (rect.bottom > now.rect.bottom) {
    const grown = { ...now.rect, top: now.rect.bottom + 1, bottom: rect.bottom };
    let blocked = now.others.some((other) => overlaps(other, grown));
    for (let row = grown.top; row <= grown.bottom && !blocked; row++)
      for (let column = grown.left; column <= grown.right && !blocked; column++)
        blocked = now.filled(row, column);
    if (blocked) throw portErrors.tableBlocked(table.name, now.sheet, rectRows(grown), rectAddress(grown));
  }
  const plain = (format: string | undefined) => (format && format !== TEXT_FORMAT ? format : GENERAL_FORMAT);
  const last = now.formats[oldRows] ?? [];
  const formats = values.map((row, r) =>
    row.map((value, c) =>
      typeof value === 'string' ? TEXT_FORMAT : plain(r < oldRows ? now.formats[r + 1]?.[c] : last[c]),
    ),
  );
  return {
    rect,
    resized: rect.bottom !== now.rect.bottom,
    body: { top: rect.top + 1, left: rect.left, values, formats },
    cleared: rect.bottom < now.rect.bottom ? { ...now.rect, top: rect.bottom + 1 } : undefined,
  };
}
