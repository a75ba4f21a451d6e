/**
 * An ExcelJS workbook seen the way the port needs it: sheets and tables by name (case-insensitive, as
 * Excel), owned sheets from their owner names, used ranges and cells as CellValue grids, and the few
 * writes ExcelJS has no single call for (owned sheets, growing a table, the active tab).
 */
import type ExcelJS from 'exceljs';
import { a1, splitSheetAddress } from '../core/cells';
import type { CellValue, Grid } from '../core/types';
import { parseRect, quoteSheet, rectAddress, type Rect } from '../port/addresses';
import { portErrors } from '../port/errors';
import { TEXT_FORMAT } from '../port/layout';
import { isOwnerName, ownerNameFor } from '../port/names';
import { VALIDATION_TITLE, validationMessage, type PlacedValidation } from '../port/validation';
import { formatOf, fromExcelJs } from './cellValues';

/**
 * A new ExcelJS workbook, ExcelJS required only now: a file opened for reading (the command line's checks)
 * never loads it, which saves a second of start-up. Synchronous, because the port's constructor makes one.
 */
export function newExcelWorkbook(): ExcelJS.Workbook {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on the first write, not at import
  const { Workbook } = require('exceljs') as typeof ExcelJS;
  return new Workbook();
}

// ExcelJS's own shifting of a formula's relative references (what it uses for shared formulas).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { slideFormula } = require('exceljs/lib/utils/shared-formula') as {
  slideFormula: (formula: string, fromCell: string, toCell: string) => string;
};

/** What ExcelJS keeps of a table (its typings leave most of it out). */
export interface TableModel {
  name: string;
  displayName?: string;
  ref?: string;
  tableRef?: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: { name: string }[];
  rows?: unknown[][];
  style?: ExcelJS.TableStyleProperties | null;
}
type SheetTables = Record<string, { table: TableModel }>;
export type CfRule = { type: string; formulae?: string[]; priority?: number; style?: unknown };
export type ConditionalFormatting = { ref: string; rules: CfRule[] };

export const same = (a: string, b: string) => a.toLocaleLowerCase('nb') === b.toLocaleLowerCase('nb');

function tablesOf(sheet: ExcelJS.Worksheet): SheetTables {
  return (sheet as unknown as { tables: SheetTables }).tables;
}

/**
 * Tables as ExcelJS can write them again. A table saved without a table style (LibreOffice Calc writes no
 * <tableStyleInfo>) loads with no style, and ExcelJS's writer then throws on it: such a table gets the
 * empty style — no theme, no stripes — which is what it showed.
 */
export function writableTables(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets)
    for (const { table } of Object.values(tablesOf(sheet))) table.style ??= { showRowStripes: false };
}

export function tableRect(model: TableModel): Rect {
  const rect = parseRect(model.tableRef ?? model.ref ?? 'A1');
  if (!rect) throw portErrors.excel('TableRef');
  return rect;
}

/** The header and data rows: the table without its total row, which is not data. */
export function dataRect(model: TableModel): Rect {
  const rect = tableRect(model);
  return model.totalsRow ? { ...rect, bottom: rect.bottom - 1 } : rect;
}

/**
 * Sets part of one cell's style. Cells ExcelJS loads from a file share one style object per style id, so
 * `cell.numFmt = …` would change every cell with that style; the cell gets its own copy first.
 */
export function setStyle(cell: ExcelJS.Cell, style: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...style };
}

/**
 * A formula with its cached result, so readers that do not recalculate show the right figure. ExcelJS's
 * `cell.value = { formula, result }` drops a result of 0 (it copies only truthy fields); the cell model keeps
 * it, and the file gets <v>0</v>. (ExcelJS readers: `cell.result` has it, `cell.value.result` does not.)
 */
export function setFormula(cell: ExcelJS.Cell, formula: string, result: number): void {
  cell.value = { formula, result };
  if (result === 0) cell.model = { ...cell.model, result: 0 } as ExcelJS.CellModel;
}

/** What ExcelJS keeps of a data validation (its typings leave the model out). */
export interface ExcelJsValidation {
  type: string;
  allowBlank?: boolean;
  showErrorMessage?: boolean;
  errorStyle?: string;
  errorTitle?: string;
  error?: string;
  operator?: string;
  formulae?: (string | number)[];
}

/** A sheet's data validations, one entry per cell address (as ExcelJS reads them from a file). */
export function dataValidations(sheet: ExcelJS.Worksheet): Record<string, ExcelJsValidation | undefined> {
  return (sheet as unknown as { dataValidations: { model: Record<string, ExcelJsValidation | undefined> } })
    .dataValidations.model;
}

/** Each cell address of an A1 range ("E2:E29", "E2"). */
export function forEachCell(range: string, visit: (address: string) => void): void {
  const rect = parseRect(range);
  if (!rect) return;
  for (let row = rect.top; row <= rect.bottom; row++)
    for (let column = rect.left; column <= rect.right; column++) visit(a1(row, column));
}

/** Our validation as ExcelJS writes it: the error alert names the column and what it takes. */
export function toExcelJsValidation(placed: PlacedValidation, column: string): ExcelJsValidation {
  return {
    type: placed.type,
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: VALIDATION_TITLE,
    error: validationMessage(placed, column),
    ...(placed.type === 'decimal' ? { operator: 'between' } : {}),
    formulae: placed.formula2 === undefined ? [placed.formula1] : [placed.formula1, placed.formula2],
  };
}

export function fromExcelJsValidation(
  validation: ExcelJsValidation,
): Omit<PlacedValidation, 'sheet' | 'address'> {
  const [formula1, formula2] = (validation.formulae ?? []).map(String);
  return {
    type: validation.type === 'decimal' ? 'decimal' : 'list',
    formula1:
      validation.type === 'list' || validation.type === 'decimal'
        ? (formula1 ?? '')
        : `${validation.type}:${formula1 ?? ''}`,
    ...(formula2 !== undefined ? { formula2 } : {}),
  };
}

export class XlsxBook {
  constructor(readonly workbook: ExcelJS.Workbook) {}

  get date1904(): boolean {
    return Boolean((this.workbook.properties as { date1904?: boolean }).date1904);
  }

  sheet(name: string): ExcelJS.Worksheet | undefined {
    return this.workbook.worksheets.find((s) => same(s.name, name));
  }

  table(name: string): { sheet: ExcelJS.Worksheet; model: TableModel } | undefined {
    for (const sheet of this.workbook.worksheets) {
      for (const { table } of Object.values(tablesOf(sheet)))
        if (same(table.name, name)) return { sheet, model: table };
    }
    return undefined;
  }

  tablesOn(sheet: ExcelJS.Worksheet): TableModel[] {
    return Object.values(tablesOf(sheet)).map(({ table }) => table);
  }

  /** No value and no formula (a formula's cached '' still counts as filled, as Excel's formulas do). */
  isEmpty(sheet: ExcelJS.Worksheet, row: number, column: number): boolean {
    const value = sheet.findCell(row, column)?.value as unknown;
    return value === null || value === undefined || value === '';
  }

  isProtected(sheet: ExcelJS.Worksheet): boolean {
    return Boolean((sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet);
  }

  namesModel(): { name: string; ranges: string[] }[] {
    return (this.workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  }

  ownedSheets(): string[] {
    const owned: string[] = [];
    for (const { name, ranges } of this.namesModel()) {
      if (!isOwnerName(name)) continue;
      const { sheet } = splitSheetAddress(ranges[0] ?? '');
      const found = sheet ? this.sheet(sheet) : undefined;
      if (found) owned.push(found.name);
    }
    return owned;
  }

  isOwned(name: string): boolean {
    return this.ownedSheets().some((s) => same(s, name));
  }

  activeSheet(): ExcelJS.Worksheet {
    const index = this.workbook.views?.[0]?.activeTab ?? 0;
    const sheets = this.workbook.worksheets;
    return sheets[index] ?? sheets[0];
  }

  usedRect(sheet: ExcelJS.Worksheet): Rect | null {
    let rect: Rect | null = null;
    sheet.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const value = cell.value as unknown;
        const used = value !== null && value !== undefined && value !== '';
        if (!used) return;
        rect = rect
          ? {
              top: Math.min(rect.top, r),
              left: Math.min(rect.left, c),
              bottom: Math.max(rect.bottom, r),
              right: Math.max(rect.right, c),
            }
          : { top: r, left: c, bottom: r, right: c };
      });
    });
    return rect;
  }

  gridOf(sheet: ExcelJS.Worksheet, rect: Rect | null, formats: boolean): Grid {
    if (!rect) return { sheet: sheet.name, top: 1, left: 1, values: [], numberFormats: [] };
    const values: CellValue[][] = [];
    const numberFormats: string[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row = sheet.findRow(r);
      const rowValues: CellValue[] = [];
      const rowFormats: string[] = [];
      for (let c = rect.left; c <= rect.right; c++) {
        const cell = row?.findCell(c);
        rowValues.push(fromExcelJs(cell?.value, this.date1904));
        rowFormats.push(formatOf(cell?.numFmt));
      }
      values.push(rowValues);
      numberFormats.push(rowFormats);
    }
    const grid: Grid = { sheet: sheet.name, top: rect.top, left: rect.left, values };
    if (formats) grid.numberFormats = numberFormats;
    if (this.date1904) grid.date1904 = true;
    return grid;
  }

  setCells(
    sheet: ExcelJS.Worksheet,
    top: number,
    left: number,
    values: CellValue[][],
    formats?: (string | null)[][],
  ): void {
    values.forEach((row, i) =>
      row.forEach((value, j) => {
        const cell = sheet.getCell(top + i, left + j);
        const format = formats?.[i]?.[j];
        if (format) setStyle(cell, { numFmt: format });
        cell.value =
          value === null
            ? null
            : typeof value === 'object'
              ? ({ error: value.error } as ExcelJS.CellErrorValue)
              : value;
      }),
    );
  }

  addOwnedSheet(name: string, hidden = false): ExcelJS.Worksheet {
    const sheet = this.workbook.addWorksheet(name, hidden ? { state: 'hidden' } : undefined);
    const taken = new Set(this.namesModel().map((n) => n.name.toLowerCase()));
    let owner = ownerNameFor(name);
    for (let n = 2; taken.has(owner.toLowerCase()); n++) owner = `${ownerNameFor(name)}_${n}`;
    this.workbook.definedNames.add(`${quoteSheet(name)}!$A$1`, owner);
    return sheet;
  }

  /** A fresh sheet in the old one's place: the owner name refers to it by name, so it stays ours. */
  recreate(sheet: ExcelJS.Worksheet): ExcelJS.Worksheet {
    const { name, orderNo, state } = sheet as unknown as {
      name: string;
      orderNo: number;
      state: ExcelJS.WorksheetState;
    };
    this.workbook.removeWorksheet(sheet.id);
    const fresh = this.workbook.addWorksheet(name, { state });
    (fresh as unknown as { orderNo: number }).orderNo = orderNo;
    return fresh;
  }

  /** The user's filter hides rows of the table: a file keeps the rows a filter hides as hidden rows. */
  isFiltered(sheet: ExcelJS.Worksheet, model: TableModel): boolean {
    const body = dataRect(model);
    for (let r = body.top + 1; r <= body.bottom; r++) if (sheet.findRow(r)?.hidden) return true;
    return false;
  }

  /**
   * Rows added after the table's last data row, as Excel's rows.add does: above the total row (which moves
   * down), the last data row's formats, and a calculated column's formula where a row has nothing (`null`) to
   * write. ExcelJS does not keep a column's calculatedColumnFormula, so a calculated column is one whose every
   * data row holds the same formula, relative to its row.
   */
  growTable(sheet: ExcelJS.Worksheet, model: TableModel, rows: CellValue[][], textSafe: boolean): Rect {
    const rect = tableRect(model);
    const data = dataRect(model);
    const top = data.bottom + 1;
    const below = { top, left: rect.left, bottom: top + rows.length - 1, right: rect.right };
    const occupied =
      model.totalsRow || this.gridOf(sheet, below, false).values.some((row) => row.some((v) => v !== null));
    if (occupied) sheet.spliceRows(top, 0, ...rows.map(() => []));
    // New table rows take the formats of the row above, as Excel's rows.add does; text stays text.
    const above = rows[0].map((_, j) => formatOf(sheet.findCell(data.bottom, rect.left + j)?.numFmt));
    const formats = rows.map((row) =>
      row.map((v, j) => (textSafe && typeof v === 'string' ? TEXT_FORMAT : above[j])),
    );
    this.setCells(sheet, top, rect.left, rows, formats);
    rows[0].forEach((_, j) => {
      const formula = this.calculatedFormula(sheet, { ...data, top: data.top + 1 }, rect.left + j);
      if (!formula) return;
      rows.forEach((row, i) => {
        if (row[j] !== null) return;
        const cell = sheet.getCell(top + i, rect.left + j);
        cell.value = {
          formula: slideFormula(formula.text, formula.from, cell.address),
        } as ExcelJS.CellFormulaValue;
      });
    });
    const grown = { ...rect, bottom: rect.bottom + rows.length };
    model.tableRef = rectAddress(grown);
    model.autoFilterRef = rectAddress(model.totalsRow ? { ...grown, bottom: grown.bottom - 1 } : grown);
    if (model.rows) model.rows.push(...rows);
    return below;
  }

  /** The formula of a calculated column: the same in every data row of `column`, relative to its row. */
  private calculatedFormula(
    sheet: ExcelJS.Worksheet,
    body: Rect,
    column: number,
  ): { text: string; from: string } | undefined {
    if (body.bottom < body.top) return undefined;
    const last = sheet.findCell(body.bottom, column);
    const text = last?.formula;
    if (!last || !text) return undefined;
    for (let r = body.top; r < body.bottom; r++) {
      const cell = sheet.findCell(r, column);
      if (!cell?.formula || slideFormula(cell.formula, cell.address, last.address) !== text) return undefined;
    }
    return { text, from: last.address };
  }

  /** Moves a table's range (same top-left); the table's own copy of its rows follows when it has one. */
  setTableRange(model: TableModel, rect: Rect, rows?: CellValue[][]): void {
    model.tableRef = rectAddress(rect);
    model.autoFilterRef = rectAddress(rect);
    if (model.rows && rows) model.rows = rows.map((row) => [...row]);
  }

  formattings(sheet: ExcelJS.Worksheet): ConditionalFormatting[] {
    return (sheet as unknown as { conditionalFormattings: ConditionalFormatting[] }).conditionalFormattings;
  }

  activate(sheet: ExcelJS.Worksheet): void {
    const index = this.workbook.worksheets.indexOf(sheet);
    const view = this.workbook.views?.[0] ?? {
      x: 0,
      y: 0,
      width: 10000,
      height: 20000,
      firstSheet: 0,
      visibility: 'visible',
    };
    this.workbook.views = [{ ...view, activeTab: index }];
  }
}
