/**
 * The workbook state behind the fake Excel: sheets, cells, tables, names, conditional formats, charts.
 * Written independently of the port code so it can disagree with it. Excel semantics modelled here:
 * typed-input coercion of written strings (unless the cell is Text, '@'), protected sheets and workbook
 * structure, table growth that pushes cells below down, names that follow renames and turn #REF! on delete.
 */
import type { CellValue } from '../../../src/core/types';
import { FakeRichApiError, fail } from './errors';

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A data type in a cell (ExcelApi 1.16: entity, formatted number, …): Range.values gives its `basicValue`
 * ("Represents the value that would be returned by Range.values for a cell with this value", e.g.
 * Excel.EntityCellValue — "#VALUE!" for an entity).
 */
export interface DataTypeValue {
  type: string;
  basicValue: string | number | boolean;
  basicType?: string;
  text?: string;
  numberFormat?: string;
}

export interface Cell {
  value: CellValue;
  dataType?: DataTypeValue;
  formula?: string;
  format?: string;
  bold?: boolean;
  fill?: string;
  fontColor?: string;
  wrap?: boolean;
  verticalAlignment?: string;
}

/** A data validation on a block of cells (Range.dataValidation, ExcelApi 1.8), as Office.js states it. */
export interface ValidationModel {
  rect: Rect;
  rule: {
    list?: { inCellDropDown?: boolean; source: string };
    decimal?: { formula1: number | string; formula2?: number | string; operator: string };
  };
  errorAlert?: { showAlert?: boolean; style?: string; title?: string; message?: string };
}

/** Worksheet.pageLayout as the port sets it (ExcelApi 1.9). */
export interface PageLayoutModel {
  paperSize?: string;
  orientation?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printTitleRows?: string;
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  rows: Map<number, Map<number, Cell>>;
  columnWidths: Map<number, number>;
  /** Rows frozen at the top (Worksheet.freezePanes, ExcelApi 1.7); 0 = none. */
  frozenRows: number;
  pageLayout: PageLayoutModel;
  validations: ValidationModel[];
  conditionalFormats: ConditionalFormatModel[];
  charts: ChartModel[];
}

export interface TableModel {
  id: string;
  name: string;
  sheetId: string;
  /** Header row, data rows and — when `showTotals` — the total row, which is the last row. */
  rect: Rect;
  style: string;
  /** Excel's Total Row (Table.showTotals, ExcelApi 1.3): not data; rows are added above it. */
  showTotals: boolean;
  /** The user's filter hides rows (AutoFilter.isDataFiltered, ExcelApi 1.9). */
  filtered: boolean;
  /**
   * Calculated columns by column offset: the formula every data row holds. A row added to the table gets it
   * (what Excel does when a table grows); writing a value into such a cell replaces the formula.
   */
  calculated: Record<number, string>;
}

export interface NameModel {
  name: string;
  /** null once the sheet it referred to was deleted (#REF!). */
  sheetId: string | null;
  cell: string;
  comment: string;
}

/**
 * A conditional format. It has no stable id: Excel's `ConditionalFormat.id` is its position in the
 * collection (see rangeProxies.ts), so the model only keeps the order (`priority`, 0 = top).
 */
export interface ConditionalFormatModel {
  type: string;
  areas: Rect[];
  formula?: string;
  fill?: string;
  fontColor?: string;
  priority: number;
  stopIfTrue: boolean;
  /**
   * Excel cannot read this rule back: loading any of its properties or calling its methods fails with
   * ItemNotFound — after Ctrl+Z of a delete (office-js #6396), or with two cellValue rules on one range
   * (office-js #6827, #5222).
   */
  unreadable?: boolean;
}

export interface ChartModel {
  id: string;
  name: string;
  type: string;
  source: Rect;
  seriesBy: string;
  title: string;
  anchor?: { from: string; to?: string };
}

const ERROR_TEXTS = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
];

export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

/** "A1", "A1:C3", "$A$1", "A:C", "3:5" → rect; undefined when Excel would not take it. */
export function parseRange(text: string): Rect | undefined {
  const parts = text.replace(/\$/g, '').trim().split(':');
  if (parts.length > 2) return undefined;
  const cell = /^([A-Za-z]{1,3})(\d+)$/;
  const col = /^([A-Za-z]{1,3})$/;
  const row = /^(\d+)$/;
  const [a, b = a] = parts;
  let rect: Rect | undefined;
  if (cell.test(a) && cell.test(b)) {
    const [, ca, ra] = cell.exec(a) as RegExpExecArray;
    const [, cb, rb] = cell.exec(b) as RegExpExecArray;
    rect = { top: +ra, left: columnNumber(ca), bottom: +rb, right: columnNumber(cb) };
  } else if (col.test(a) && col.test(b)) {
    rect = { top: 1, left: columnNumber(a), bottom: MAX_ROW, right: columnNumber(b) };
  } else if (row.test(a) && row.test(b)) {
    rect = { top: +a, left: 1, bottom: +b, right: MAX_COLUMN };
  }
  if (!rect) return undefined;
  const norm = {
    top: Math.min(rect.top, rect.bottom),
    bottom: Math.max(rect.top, rect.bottom),
    left: Math.min(rect.left, rect.right),
    right: Math.max(rect.left, rect.right),
  };
  if (norm.top < 1 || norm.left < 1 || norm.bottom > MAX_ROW || norm.right > MAX_COLUMN) return undefined;
  return norm;
}

export function rectText(rect: Rect): string {
  const a = `${columnLetters(rect.left)}${rect.top}`;
  const b = `${columnLetters(rect.right)}${rect.bottom}`;
  return a === b ? a : `${a}:${b}`;
}

/** How Excel writes a sheet name in an address: quoted unless it is one plain word. */
export function excelSheetRef(name: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

let nextId = 1;
const newId = (prefix: string) => `${prefix}{${String(nextId++).padStart(8, '0')}}`;

/** What Excel does with a string typed (or written through values) into a cell that is not Text. */
export function coerceTyped(text: string): { value: CellValue; formula?: string; format?: string } {
  if (text.startsWith('=') && text.length > 1) {
    const link = /^=HYPERLINK\("((?:[^"]|"")*)",\s*"((?:[^"]|"")*)"\)$/i.exec(text);
    return { value: link ? link[2].replace(/""/g, '"') : null, formula: text };
  }
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text.trim())) return { value: Number(text.trim()) };
  const pct = /^([+-]?\d+(\.\d+)?)%$/.exec(text.trim());
  if (pct) return { value: Number(pct[1]) / 100, format: '0%' };
  const date = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(text.trim());
  if (date && +date[2] >= 1 && +date[2] <= 12) {
    const serial = Date.UTC(+date[1], +date[2] - 1, date[3] ? +date[3] : 1) / 86_400_000 + 25_569;
    return { value: serial, format: date[3] ? 'm/d/yyyy' : 'mmm-yy' };
  }
  if (/^(true|false)$/i.test(text.trim())) return { value: text.trim().toLowerCase() === 'true' };
  if (ERROR_TEXTS.includes(text.trim())) return { value: { error: text.trim() } };
  return { value: text };
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  names: NameModel[] = [];
  structureProtected = false;
  /**
   * An API without undo support ran, so Excel on the web cleared the user's undo stack: setting a name's
   * comment is one ("NamedItem.comment | No" on the web, learn.microsoft.com/office/dev/add-ins/excel/
   * excel-add-ins-undo-capabilities).
   */
  undoCleared = false;
  /** Called for every range whose cells change (what Worksheet.onChanged reports). */
  onDataChanged?: (sheet: SheetModel, rect: Rect) => void;
  /** Excel for Mac's old default: serial 0 is 1904-01-01, so every date serial is 1462 less. */
  date1904 = false;
  activeSheetId: string | null = null;
  /** The selection; `more` holds the other areas of a multi-area (Ctrl+click) selection. */
  selection: { sheetId: string; rect: Rect; more?: Rect[] } | null = null;

  // ---------- lookups (Excel matches names case-insensitively) ----------
  findSheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }
  sheet(name: string): SheetModel {
    const sheet = this.findSheet(name);
    if (!sheet) throw fail.itemNotFound(`Worksheet '${name}'`);
    return sheet;
  }
  findTable(name: string): TableModel | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }
  findName(name: string): NameModel | undefined {
    return this.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  }

  // ---------- structure ----------
  addSheet(name: string): SheetModel {
    if (this.structureProtected) throw fail.accessDenied('Workbook structure is protected');
    if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name))
      throw fail.invalidArgument(`sheet name '${name}'`);
    if (this.findSheet(name)) throw fail.itemAlreadyExists(`Worksheet '${name}'`);
    const sheet: SheetModel = {
      id: newId('ws'),
      name,
      visibility: 'Visible',
      protected: false,
      rows: new Map(),
      columnWidths: new Map(),
      frozenRows: 0,
      pageLayout: {},
      validations: [],
      conditionalFormats: [],
      charts: [],
    };
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  deleteSheet(sheet: SheetModel): void {
    if (this.structureProtected) throw fail.accessDenied('Workbook structure is protected');
    if (this.sheets.filter((s) => s.visibility === 'Visible' && s !== sheet).length === 0) {
      throw new FakeRichApiError('InvalidOperation', 'Cannot delete the last visible sheet.');
    }
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.tables = this.tables.filter((t) => t.sheetId !== sheet.id);
    for (const name of this.names) if (name.sheetId === sheet.id) name.sheetId = null;
    if (this.activeSheetId === sheet.id)
      this.activeSheetId = this.sheets.find((s) => s.visibility === 'Visible')?.id ?? null;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    if (this.structureProtected) throw fail.accessDenied('Workbook structure is protected');
    const other = this.findSheet(name);
    if (other && other !== sheet) throw fail.itemAlreadyExists(`Worksheet '${name}'`);
    sheet.name = name;
  }

  setVisibility(sheet: SheetModel, visibility: SheetModel['visibility']): void {
    if (this.structureProtected) throw fail.accessDenied('Workbook structure is protected');
    if (
      visibility !== 'Visible' &&
      this.sheets.filter((s) => s.visibility === 'Visible' && s !== sheet).length === 0
    ) {
      throw fail.invalidArgument('cannot hide the last visible sheet');
    }
    sheet.visibility = visibility;
  }

  guardWrite(sheet: SheetModel, what: string): void {
    if (sheet.protected) throw fail.accessDenied(`${what} on protected sheet '${sheet.name}'`);
  }

  // ---------- cells ----------
  cell(sheet: SheetModel, row: number, column: number): Cell | undefined {
    return sheet.rows.get(row)?.get(column);
  }

  private ensureCell(sheet: SheetModel, row: number, column: number): Cell {
    let cells = sheet.rows.get(row);
    if (!cells) {
      cells = new Map();
      sheet.rows.set(row, cells);
    }
    let cell = cells.get(column);
    if (!cell) {
      cell = { value: null };
      cells.set(column, cell);
    }
    return cell;
  }

  /** Values as Range.values returns them: errors as their text, empty as ''. */
  /**
   * What a cell shows: its value, or for `=SUM(A1:B2)` the sum of the numbers in that range now (the one
   * formula the port writes besides HYPERLINK; Excel recalculates, so the fake evaluates on read).
   */
  shown(sheet: SheetModel, row: number, column: number, depth = 0): CellValue {
    const cell = this.cell(sheet, row, column);
    const sum = /^=SUM\(([A-Z]+\d+:[A-Z]+\d+)\)$/i.exec(cell?.formula ?? '');
    if (!sum || depth > 20) return cell?.value ?? null;
    const range = parseRange(sum[1]) as Rect;
    let total = 0;
    for (let r = range.top; r <= range.bottom; r++)
      for (let c = range.left; c <= range.right; c++) {
        const value = this.shown(sheet, r, c, depth + 1);
        if (typeof value === 'number') total += value;
      }
    return total;
  }

  readValues(sheet: SheetModel, rect: Rect): (string | number | boolean)[][] {
    const out: (string | number | boolean)[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: (string | number | boolean)[] = [];
      for (let c = rect.left; c <= rect.right; c++) {
        const dataType = this.cell(sheet, r, c)?.dataType;
        const value = this.shown(sheet, r, c);
        if (dataType) row.push(dataType.basicValue);
        else row.push(value === null ? '' : typeof value === 'object' ? value.error : value);
      }
      out.push(row);
    }
    return out;
  }

  readFormats(sheet: SheetModel, rect: Rect): string[][] {
    const out: string[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const cells = sheet.rows.get(r);
      const row: string[] = [];
      for (let c = rect.left; c <= rect.right; c++) row.push(cells?.get(c)?.format ?? 'General');
      out.push(row);
    }
    return out;
  }

  readFormulas(sheet: SheetModel, rect: Rect): (string | number | boolean)[][] {
    const values = this.readValues(sheet, rect);
    return values.map((row, i) =>
      row.map((value, j) => this.cell(sheet, rect.top + i, rect.left + j)?.formula ?? value),
    );
  }

  /** Range.values = …: typed-input semantics; null leaves a cell as it is; '' clears it. */
  writeValues(sheet: SheetModel, rect: Rect, values: unknown): void {
    this.guardWrite(sheet, 'Range.values');
    const rows = rect.bottom - rect.top + 1;
    const columns = rect.right - rect.left + 1;
    if (
      !Array.isArray(values) ||
      values.length !== rows ||
      values.some((r) => !Array.isArray(r) || r.length !== columns)
    ) {
      throw fail.invalidArgument(
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${columns}).`,
      );
    }
    this.onDataChanged?.(sheet, rect);
    (values as unknown[][]).forEach((row, i) =>
      row.forEach((value, j) => {
        if (value === null || value === undefined) return;
        const cell = this.ensureCell(sheet, rect.top + i, rect.left + j);
        delete cell.formula;
        delete cell.dataType;
        if (value === '') {
          cell.value = null;
        } else if (typeof value === 'string') {
          if (cell.format === '@') {
            cell.value = value;
          } else {
            const typed = coerceTyped(value);
            cell.value = typed.value;
            if (typed.formula) cell.formula = typed.formula;
            if (typed.format && (cell.format ?? 'General') === 'General') cell.format = typed.format;
          }
        } else if (typeof value === 'number' || typeof value === 'boolean') {
          cell.value = value;
        } else {
          throw fail.invalidArgument(`unsupported value ${JSON.stringify(value)}`);
        }
      }),
    );
  }

  writeFormats(sheet: SheetModel, rect: Rect, formats: unknown): void {
    this.guardWrite(sheet, 'Range.numberFormat');
    const rows = rect.bottom - rect.top + 1;
    const columns = rect.right - rect.left + 1;
    if (
      !Array.isArray(formats) ||
      formats.length !== rows ||
      formats.some((r) => !Array.isArray(r) || r.length !== columns)
    ) {
      throw fail.invalidArgument(`numberFormat must be ${rows}×${columns}`);
    }
    (formats as unknown[][]).forEach((row, i) =>
      row.forEach((format, j) => {
        if (format === null || format === undefined) return;
        if (typeof format !== 'string') throw fail.invalidArgument('numberFormat must hold strings');
        this.ensureCell(sheet, rect.top + i, rect.left + j).format = format;
      }),
    );
  }

  setCellStyle(
    sheet: SheetModel,
    rect: Rect,
    style: Partial<Pick<Cell, 'bold' | 'fill' | 'fontColor' | 'wrap' | 'verticalAlignment'>>,
  ): void {
    this.guardWrite(sheet, 'Range.format');
    for (let r = rect.top; r <= Math.min(rect.bottom, this.lastRow(sheet) + 1); r++) {
      for (let c = rect.left; c <= Math.min(rect.right, this.lastColumn(sheet) + 1); c++) {
        Object.assign(this.ensureCell(sheet, r, c), style);
      }
    }
  }

  /** Range.clear: 'Contents' empties values and formulas, 'Formats' drops number format and style, 'All' both. */
  clear(sheet: SheetModel, rect: Rect, applyTo: 'All' | 'Contents' | 'Formats' = 'All'): void {
    this.guardWrite(sheet, 'Range.clear');
    if (applyTo !== 'Formats') this.onDataChanged?.(sheet, rect);
    for (const [r, cells] of sheet.rows) {
      if (r < rect.top || r > rect.bottom) continue;
      for (const [c, cell] of [...cells]) {
        if (c < rect.left || c > rect.right) continue;
        if (applyTo === 'All') {
          cells.delete(c);
        } else if (applyTo === 'Contents') {
          cell.value = null;
          delete cell.formula;
        } else {
          delete cell.format;
          delete cell.bold;
          delete cell.fill;
          delete cell.fontColor;
          delete cell.wrap;
          delete cell.verticalAlignment;
        }
      }
    }
  }

  lastRow(sheet: SheetModel): number {
    return Math.max(0, ...sheet.rows.keys());
  }
  lastColumn(sheet: SheetModel): number {
    let last = 0;
    for (const cells of sheet.rows.values()) for (const c of cells.keys()) last = Math.max(last, c);
    return last;
  }

  /** Worksheet.getUsedRange(valuesOnly): the box around cells with values (and, unless valuesOnly, formats). */
  usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | null {
    let rect: Rect | null = null;
    for (const [r, cells] of sheet.rows) {
      for (const [c, cell] of cells) {
        const used =
          cell.value !== null ||
          cell.formula !== undefined ||
          (!valuesOnly && (cell.format || cell.bold || cell.fill || cell.fontColor || cell.wrap));
        if (!used) continue;
        rect = rect
          ? {
              top: Math.min(rect.top, r),
              left: Math.min(rect.left, c),
              bottom: Math.max(rect.bottom, r),
              right: Math.max(rect.right, c),
            }
          : { top: r, left: c, bottom: r, right: c };
      }
    }
    return rect;
  }

  // ---------- tables ----------
  addTable(sheet: SheetModel, rect: Rect, hasHeaders: boolean): TableModel {
    this.guardWrite(sheet, 'TableCollection.add');
    if (!hasHeaders) throw fail.invalidArgument('the fake only models tables with headers');
    for (const table of this.tables) {
      if (table.sheetId === sheet.id && intersects(table.rect, rect))
        throw fail.invalidArgument('A table cannot overlap another table.');
    }
    const full = rect.bottom === rect.top ? { ...rect, bottom: rect.top + 1 } : rect;
    const headers = this.readValues(sheet, { ...full, bottom: full.top })[0];
    const seen = new Set<string>();
    headers.forEach((header, i) => {
      let text = String(header).trim() || `Column${i + 1}`;
      for (let n = 2; seen.has(text.toLowerCase()); n++) text = `${String(header).trim() || 'Column'}${n}`;
      seen.add(text.toLowerCase());
      const cell = this.ensureCell(sheet, full.top, full.left + i);
      cell.value = text;
      delete cell.formula;
    });
    let n = 1;
    while (this.findTable(`Table${n}`)) n++;
    const table: TableModel = {
      id: newId('tb'),
      name: `Table${n}`,
      sheetId: sheet.id,
      rect: full,
      style: 'TableStyleMedium2',
      showTotals: false,
      filtered: false,
      calculated: {},
    };
    this.tables.push(table);
    return table;
  }

  renameTable(table: TableModel, name: string): void {
    if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name))
      throw fail.invalidArgument(`table name '${name}'`);
    const other = this.findTable(name);
    if ((other && other !== table) || this.findName(name)) throw fail.itemAlreadyExists(`Table '${name}'`);
    table.name = name;
  }

  /**
   * Table.resize (ExcelApi 1.13): the header stays in its row and the new range must overlap the old one and
   * no other table. Cells keep their contents: newly covered ones join the table, left-out ones stay as cells.
   */
  resizeTable(table: TableModel, rect: Rect): void {
    const sheet = this.sheetById(table.sheetId) as SheetModel;
    this.guardWrite(sheet, 'Table.resize');
    if (rect.top !== table.rect.top || rect.bottom <= rect.top || !intersects(rect, table.rect))
      throw fail.invalidArgument('The new range must overlap the table and keep its header row.');
    for (const other of this.tables) {
      if (other !== table && other.sheetId === sheet.id && intersects(other.rect, rect))
        throw fail.invalidArgument('A table cannot overlap another table.');
    }
    for (let c = rect.left; c <= rect.right; c++) {
      const header = this.cell(sheet, rect.top, c);
      if (header?.value === null || header?.value === undefined)
        this.ensureCell(sheet, rect.top, c).value = `Column${c - rect.left + 1}`;
    }
    table.rect = { ...rect };
  }

  /** The data rows: without the header and without the total row. */
  bodyRect(table: TableModel): Rect {
    return { ...table.rect, top: table.rect.top + 1, bottom: table.rect.bottom - (table.showTotals ? 1 : 0) };
  }

  /**
   * TableRowCollection.add at the end of the data: the table grows; cells under its last data row in its
   * columns — the total row first — move down. New rows take the last data row's formats and the calculated
   * columns' formulas; then `values` is written (null leaves a cell as it is, '' clears it).
   */
  appendTableRows(table: TableModel, values: unknown): void {
    const sheet = this.sheetById(table.sheetId) as SheetModel;
    this.guardWrite(sheet, 'TableRowCollection.add');
    const width = table.rect.right - table.rect.left + 1;
    if (
      !Array.isArray(values) ||
      values.length === 0 ||
      values.some((r) => !Array.isArray(r) || r.length !== width)
    ) {
      throw fail.invalidArgument(`rows must be n×${width}`);
    }
    const count = values.length;
    const body = this.bodyRect(table);
    const start = body.bottom + 1;
    const lastFormats = this.readFormats(sheet, { ...body, top: body.bottom });
    for (let r = this.lastRow(sheet); r >= start; r--) {
      for (let c = table.rect.left; c <= table.rect.right; c++) {
        const cell = sheet.rows.get(r)?.get(c);
        sheet.rows.get(r)?.delete(c);
        if (cell) {
          const target = sheet.rows.get(r + count) ?? new Map<number, Cell>();
          sheet.rows.set(r + count, target);
          target.set(c, cell);
        }
      }
    }
    const rect = { top: start, left: table.rect.left, bottom: start + count - 1, right: table.rect.right };
    this.writeFormats(
      sheet,
      rect,
      Array.from({ length: count }, () => lastFormats[0]),
    );
    for (const [offset, formula] of Object.entries(table.calculated))
      for (let r = rect.top; r <= rect.bottom; r++)
        Object.assign(this.ensureCell(sheet, r, rect.left + Number(offset)), { value: null, formula });
    table.rect = { ...table.rect, bottom: table.rect.bottom + count };
    this.writeValues(sheet, rect, values);
  }

  deleteTable(table: TableModel): void {
    const sheet = this.sheetById(table.sheetId) as SheetModel;
    this.guardWrite(sheet, 'Table.delete');
    this.clear(sheet, table.rect);
    this.tables = this.tables.filter((t) => t !== table);
  }

  // ---------- names ----------
  addName(name: string, sheet: SheetModel, cell: string, comment: string): NameModel {
    if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name)) throw fail.invalidArgument(`name '${name}'`);
    if (this.findName(name) || this.findTable(name)) throw fail.itemAlreadyExists(`Name '${name}'`);
    const model: NameModel = { name, sheetId: sheet.id, cell, comment };
    if (comment) this.undoCleared = true;
    this.names.push(model);
    return model;
  }

  nameValue(name: NameModel): { type: string; value: string } {
    const sheet = name.sheetId ? this.sheetById(name.sheetId) : undefined;
    if (!sheet) return { type: 'Error', value: '#REF!' };
    return { type: 'Range', value: `${excelSheetRef(sheet.name)}!${name.cell}` };
  }

  // ---------- conditional formats ----------
  conditionalFormatsOn(sheet: SheetModel, rects: Rect[]): ConditionalFormatModel[] {
    return sheet.conditionalFormats
      .filter((cf) => cf.areas.some((a) => rects.some((r) => intersects(a, r))))
      .sort((a, b) => a.priority - b.priority);
  }

  addConditionalFormat(sheet: SheetModel, areas: Rect[], type: string): ConditionalFormatModel {
    this.guardWrite(sheet, 'ConditionalFormatCollection.add');
    // "Adds a new conditional format to the collection at the first/top priority" (ConditionalFormatCollection.add).
    for (const cf of sheet.conditionalFormats) cf.priority += 1;
    const cf: ConditionalFormatModel = { type, areas, priority: 0, stopIfTrue: false };
    sheet.conditionalFormats.push(cf);
    return cf;
  }

  deleteConditionalFormat(sheet: SheetModel, cf: ConditionalFormatModel): void {
    this.guardWrite(sheet, 'ConditionalFormat.delete');
    sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c !== cf);
  }

  // ---------- charts ----------
  addChart(sheet: SheetModel, type: string, source: Rect, seriesBy: string): ChartModel {
    this.guardWrite(sheet, 'ChartCollection.add');
    const chart: ChartModel = {
      id: newId('ch'),
      name: `Chart ${sheet.charts.length + 1}`,
      type,
      source,
      seriesBy,
      title: '',
    };
    sheet.charts.push(chart);
    return chart;
  }
}
