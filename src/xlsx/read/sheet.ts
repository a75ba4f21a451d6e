/**
 * One worksheet as the reader keeps it: only the cells that hold a value or a formula, in sorted parallel
 * arrays (a stray cell at XFD1048576 costs one entry, not a grid), plus what the sheet says about itself —
 * protection, the active cell, merged ranges as rectangles. Dense grids are built only over the rectangle a
 * read needs, and bounded (`gridCells`).
 */
import { a1 } from '../../core/cells';
import type { CellRect, CellValue, Grid } from '../../core/types';
import { parseRect, sheetAddress, type Rect } from '../../port/addresses';
import { portErrors } from '../../port/errors';
import { shiftFormula } from './formulas';
import { limitReached, type ReadLimits } from './limits';
import type { CellStyles } from './styles';
import { attribute, readPart, unescapeXstring } from './xml';
import type { ZipArchive } from './zip';

/** What parsing a sheet needs from the workbook. */
export interface SheetContext {
  zip: ZipArchive;
  limits: ReadLimits;
  /** The shared-string table, read on first use. */
  strings(): Promise<readonly string[]>;
  /** Cells kept so far across all sheets read: the `cells` limit is for the whole read. */
  budget: { cells: number };
  /** The workbook counts dates from 1904 (`<workbookPr date1904="1">`): for `t="d"` cells. */
  date1904: boolean;
}

/** 1904 date system: serial 0 is 1904-01-01, 1462 days after the 1900 system's. */
const DATE1904_OFFSET = 1462;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * When a used range is too large for one grid, the main block is read: content cut off from it by more than
 * this many empty rows or columns is left out, if it is no more than STRAY_CELLS cells (a stray note or a cell
 * typed at XFD1048576); more than that is refused rather than dropped.
 */
const ROW_GAP = 1_000;
const COLUMN_GAP = 100;
const STRAY_CELLS = 100;

const area = (r: Rect) => (r.bottom - r.top + 1) * (r.right - r.left + 1);
const overlaps = (a: Rect, b: Rect) =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** A growable Int32Array: 4 bytes a cell instead of a boxed array slot. */
class IntColumn {
  data = new Int32Array(1024);
  push(at: number, value: number): void {
    if (at >= this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[at] = value;
  }
}

export class SheetCells {
  private readonly rowOf = new IntColumn();
  private readonly columnOf = new IntColumn();
  private readonly styleOf = new IntColumn();
  private values: CellValue[] = [];
  /** Formula text (without '=') by cell index. */
  private formulas = new Map<number, string>();
  count = 0;
  private sorted = true;
  isProtected = false;
  activeCell?: string;
  readonly merges: Rect[] = [];
  /** Cells under merged ranges and data validations: what ExcelJS would create one by one on load. */
  expandedCells = 0;
  bounds: Rect | null = null;

  constructor(readonly name: string) {}

  add(row: number, column: number, value: CellValue, style: number, formula: string | undefined): void {
    const i = this.count;
    if (i > 0) {
      const lastRow = this.rowOf.data[i - 1];
      if (row < lastRow || (row === lastRow && column <= this.columnOf.data[i - 1])) this.sorted = false;
    }
    this.rowOf.push(i, row);
    this.columnOf.push(i, column);
    this.styleOf.push(i, style);
    this.values.push(value);
    if (formula !== undefined) this.formulas.set(i, formula);
    this.count++;
    const b = this.bounds;
    if (!b) this.bounds = { top: row, left: column, bottom: row, right: column };
    else {
      if (row < b.top) b.top = row;
      if (row > b.bottom) b.bottom = row;
      if (column < b.left) b.left = column;
      if (column > b.right) b.right = column;
    }
  }

  /** Cells in row-major order; a cell written twice keeps its last value, as Excel reads it. */
  finish(): void {
    if (this.sorted) return;
    const order = Array.from({ length: this.count }, (_, i) => i);
    const key = (i: number) => this.rowOf.data[i] * 16_385 + this.columnOf.data[i];
    order.sort((a, b) => key(a) - key(b) || a - b);
    const kept = order.filter((i, n) => n + 1 === order.length || key(order[n + 1]) !== key(i));
    const rows = new IntColumn();
    const columns = new IntColumn();
    const styles = new IntColumn();
    const values: CellValue[] = [];
    const formulas = new Map<number, string>();
    kept.forEach((i, n) => {
      rows.push(n, this.rowOf.data[i]);
      columns.push(n, this.columnOf.data[i]);
      styles.push(n, this.styleOf.data[i]);
      values.push(this.values[i]);
      const formula = this.formulas.get(i);
      if (formula !== undefined) formulas.set(n, formula);
    });
    Object.assign(this, {
      rowOf: rows,
      columnOf: columns,
      styleOf: styles,
      values,
      formulas,
      count: kept.length,
    });
    this.sorted = true;
  }

  /** Index of the first cell on `row` or below. */
  private firstAtOrBelow(row: number): number {
    let low = 0;
    let high = this.count;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.rowOf.data[mid] < row) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Calls `visit` for each kept cell inside `rect`, in row-major order. */
  private each(rect: Rect, visit: (i: number, row: number, column: number) => void): void {
    for (let i = this.firstAtOrBelow(rect.top); i < this.count; i++) {
      const row = this.rowOf.data[i];
      if (row > rect.bottom) break;
      const column = this.columnOf.data[i];
      if (column >= rect.left && column <= rect.right) visit(i, row, column);
    }
  }

  value(row: number, column: number): CellValue {
    let found: CellValue = null;
    this.each({ top: row, left: column, bottom: row, right: column }, (i) => (found = this.values[i]));
    return found;
  }

  /** Every text a cell holds (for the sum checks' look for a total label). */
  *texts(): Generator<string> {
    for (const value of this.values) if (typeof value === 'string') yield value;
  }

  *formulaTexts(): Generator<string> {
    yield* this.formulas.values();
  }

  /** The bounding box of the cells with content inside `rect`. */
  private contentWithin(rect: Rect): Rect | null {
    let box: Rect | null = null;
    this.each(rect, (_, row, column) => {
      if (!box) box = { top: row, left: column, bottom: row, right: column };
      else {
        box.bottom = row;
        box.left = Math.min(box.left, column);
        box.right = Math.max(box.right, column);
      }
    });
    return box;
  }

  /**
   * The block of content inside `rect` holding the most cells, split off at gaps of more than ROW_GAP empty rows
   * or COLUMN_GAP empty columns; with how many cells it leaves out.
   */
  private mainBlock(rect: Rect): { rect: Rect; leftOut: number } | null {
    const rowCounts = new Map<number, number>();
    let total = 0;
    this.each(rect, (_, row) => {
      rowCounts.set(row, (rowCounts.get(row) ?? 0) + 1);
      total++;
    });
    const rows = largestRun([...rowCounts.entries()], ROW_GAP);
    if (!rows) return null;
    const columnCounts = new Map<number, number>();
    this.each({ ...rect, top: rows.from, bottom: rows.to }, (_, __, column) =>
      columnCounts.set(column, (columnCounts.get(column) ?? 0) + 1),
    );
    const columns = largestRun(
      [...columnCounts.entries()].sort((a, b) => a[0] - b[0]),
      COLUMN_GAP,
    );
    if (!columns) return null;
    return {
      rect: { top: rows.from, bottom: rows.to, left: columns.from, right: columns.to },
      leftOut: total - columns.cells,
    };
  }

  /**
   * `rect`, or — when it holds more than `gridCells` cells — the part of it that has content: first cut to
   * its last row and column with content, then to its main block. `anchored` keeps the rect's top-left (a
   * table's header row, the first column of a range the user chose).
   */
  private bounded(rect: Rect, limits: ReadLimits, anchored: boolean): Rect {
    if (area(rect) <= limits.gridCells) return rect;
    const content = this.contentWithin(rect);
    if (!content) return { top: rect.top, left: rect.left, bottom: rect.top, right: rect.left };
    const anchor = (r: Rect): Rect => (anchored ? { ...r, top: rect.top, left: rect.left } : r);
    let cut = anchor(content);
    if (area(cut) > limits.gridCells) {
      const block = this.mainBlock(rect);
      if (block && block.leftOut <= STRAY_CELLS) cut = anchor(block.rect);
    }
    if (area(cut) > limits.gridCells)
      throw limitReached(limits, 'gridCells', sheetAddress(this.name, rectText(cut)));
    return cut;
  }

  /** The used range (cells with content), bounded as `bounded` says; null on an empty sheet. */
  usedRect(limits: ReadLimits): Rect | null {
    return this.bounds && this.bounded(this.bounds, limits, false);
  }

  /**
   * The cells of `rect` (bounded) as a grid: values as Excel shows them (a merged range's value in its
   * top-left cell only), number formats when asked, formulas and merges when there are any.
   */
  grid(
    rect: Rect,
    styles: CellStyles,
    limits: ReadLimits,
    options: { formats: boolean; anchored: boolean },
  ): Grid {
    const r = this.bounded(rect, limits, options.anchored);
    const height = r.bottom - r.top + 1;
    const width = r.right - r.left + 1;
    const values: CellValue[][] = Array.from({ length: height }, () =>
      new Array<CellValue>(width).fill(null),
    );
    const formats = options.formats
      ? Array.from({ length: height }, () => new Array<string>(width).fill('General'))
      : undefined;
    let formulas: (string | undefined)[][] | undefined;
    this.each(r, (i, row, column) => {
      values[row - r.top][column - r.left] = this.values[i];
      if (formats) formats[row - r.top][column - r.left] = styles.format(this.styleOf.data[i]);
      const formula = this.formulas.get(i);
      if (formula !== undefined) {
        formulas ??= Array.from({ length: height }, () =>
          new Array<string | undefined>(width).fill(undefined),
        );
        formulas[row - r.top][column - r.left] = formula;
      }
    });
    const grid: Grid = { sheet: this.name, top: r.top, left: r.left, values };
    if (formats) grid.numberFormats = formats;
    if (formulas) grid.formulas = formulas;
    const merges = this.merges.filter((m) => overlaps(m, r));
    if (merges.length > 0) {
      grid.merges = merges.map((m): CellRect => ({ ...m }));
      blankMerged(values, r, merges, limits, this.name);
    }
    return grid;
  }
}

const rectText = (r: Rect) =>
  area(r) === 1 ? a1(r.top, r.left) : `${a1(r.top, r.left)}:${a1(r.bottom, r.right)}`;

/** The run of keys (sorted) with the most weight, where a run breaks at a gap of more than `gap`. */
function largestRun(
  counts: [number, number][],
  gap: number,
): { from: number; to: number; cells: number } | null {
  let best: { from: number; to: number; cells: number } | null = null;
  let run: { from: number; to: number; cells: number } | null = null;
  for (const [key, n] of counts) {
    if (run && key - run.to - 1 <= gap) {
      run.to = key;
      run.cells += n;
    } else run = { from: key, to: key, cells: n };
    if (!best || run.cells > best.cells) best = { ...run };
  }
  return best;
}

/** Excel shows a merged range's value in its top-left cell only: the other cells of the grid read empty. */
function blankMerged(
  values: CellValue[][],
  r: Rect,
  merges: Rect[],
  limits: ReadLimits,
  sheet: string,
): void {
  let work = 0;
  for (const m of merges) {
    const top = Math.max(m.top, r.top);
    const bottom = Math.min(m.bottom, r.bottom);
    const left = Math.max(m.left, r.left);
    const right = Math.min(m.right, r.right);
    work += (bottom - top + 1) * (right - left + 1);
    // Excel's merges never overlap; a file whose do could make this loop the grid many times over.
    if (work > 2 * limits.gridCells) throw limitReached(limits, 'merges', sheet);
    for (let row = top; row <= bottom; row++) {
      for (let column = left; column <= right; column++) {
        if (row !== m.top || column !== m.left) values[row - r.top][column - r.left] = null;
      }
    }
  }
}

/** An ISO 8601 date (a `t="d"` cell) as the serial the workbook's date system gives it. */
function isoSerial(text: string, date1904: boolean): CellValue {
  const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) || !/T/.test(text) ? text : `${text}Z`);
  if (Number.isNaN(ms)) return { error: '#VALUE!' };
  const serial = (ms - EXCEL_EPOCH_MS) / 86_400_000;
  return date1904 ? serial - DATE1904_OFFSET : serial;
}

/** The cells of a `<c>` element being read. */
interface CellState {
  row: number;
  column: number;
  type: string;
  style: number;
  value: string;
  inline: string;
  formula?: string;
  shared?: { index: string; master: boolean };
}

/**
 * Reads a worksheet part. With `cells: false` only what the sheet says about itself is kept (protection,
 * merges, validations, the active cell): what a write needs to know before ExcelJS loads the file.
 */
export async function readSheet(
  context: SheetContext,
  name: string,
  part: string,
  cells = true,
): Promise<SheetCells> {
  const { limits } = context;
  const sheet = new SheetCells(name);
  const sharedMasters = new Map<string, { formula: string; row: number; column: number }>();
  let row = 0;
  let column = 0;
  let cell: CellState | null = null;
  /** Which text we are inside: the cell's value, its inline string (not its phonetic runs), its formula. */
  let reading: 'v' | 'is' | 'f' | null = null;
  let phonetic = false;
  let inSheetData = false;
  let selectionSeen = false;
  const strings = cells ? await context.strings() : [];

  const finishCell = (c: CellState) => {
    let value: CellValue = null;
    const text = c.value;
    switch (c.type) {
      case 's': {
        if (text === '') break;
        const index = Number(text);
        if (!(index >= 0 && index < strings.length)) throw portErrors.damaged(part);
        value = strings[index];
        break;
      }
      case 'str':
        value = unescapeXstring(text);
        break;
      case 'inlineStr':
        value = unescapeXstring(c.inline);
        break;
      case 'b':
        value = text === '' ? null : text === '1' || text === 'true';
        break;
      case 'e':
        value = text === '' ? null : { error: text };
        break;
      case 'd':
        value = text === '' ? null : isoSerial(text, context.date1904);
        break;
      default: {
        if (text === '') break;
        const number = Number(text);
        // A date is its serial in the workbook's own date system, as Office.js gives it (Grid.date1904 says which).
        value = Number.isFinite(number) ? number : { error: '#NUM!' };
      }
    }
    if (value === '') value = null;
    let formula = c.formula;
    if (c.shared) {
      if (c.shared.master && formula !== undefined)
        sharedMasters.set(c.shared.index, { formula, row: c.row, column: c.column });
      else {
        const master = sharedMasters.get(c.shared.index);
        formula = master && shiftFormula(master.formula, c.row - master.row, c.column - master.column);
      }
    }
    if (formula === '') formula = undefined;
    if (value === null && formula === undefined) return;
    if (++context.budget.cells > limits.cells) throw limitReached(limits, 'cells', name);
    sheet.add(c.row, c.column, value, c.style, formula);
  };

  await readPart(context.zip, part, {
    open(tag, attributes) {
      if (inSheetData) {
        if (tag === 'c') {
          const ref = attributes.r;
          const at = ref ? parseCellRef(ref) : undefined;
          if (ref && !at) throw portErrors.damaged(part);
          column = at ? at.column : column + 1;
          if (at) row = at.row;
          if (!cells) return;
          cell = {
            row,
            column,
            type: attributes.t ?? 'n',
            style: Number(attributes.s ?? 0) || 0,
            value: '',
            inline: '',
          };
        } else if (tag === 'row') {
          const r = attributes.r;
          row = r ? Number(r) : row + 1;
          if (!(row >= 1 && row <= 1_048_576)) throw portErrors.damaged(part);
          column = 0;
        } else if (cell) {
          if (tag === 'v') reading = 'v';
          else if (tag === 'f') {
            reading = 'f';
            cell.formula = '';
            if (attributes.t === 'shared' && attributes.si !== undefined)
              cell.shared = { index: attributes.si, master: attributes.ref !== undefined };
          } else if (tag === 'is') reading = 'is';
          else if (tag === 'rPh') phonetic = true;
        }
        return;
      }
      switch (tag) {
        case 'sheetData':
          inSheetData = true;
          break;
        case 'sheetProtection': {
          const locked = attributes.sheet;
          sheet.isProtected = locked === '1' || locked === 'true';
          break;
        }
        case 'selection':
          if (!selectionSeen && attributes.activeCell) {
            sheet.activeCell = attributes.activeCell;
            selectionSeen = true;
          }
          break;
        case 'mergeCell': {
          const rect = parseRect(attributes.ref ?? '');
          if (!rect) break;
          if (sheet.merges.length >= limits.merges) throw limitReached(limits, 'merges', name);
          sheet.merges.push(rect);
          sheet.expandedCells += area(rect);
          break;
        }
        case 'dataValidation':
          for (const range of (attribute(attributes, 'sqref') ?? '').split(/\s+/)) {
            const rect = parseRect(range);
            if (rect) sheet.expandedCells += area(rect);
          }
          break;
      }
    },
    text(text) {
      if (!cell || reading === null || phonetic) return;
      if (reading === 'v') cell.value += text;
      else if (reading === 'f') cell.formula += text;
      else cell.inline += text;
    },
    close(tag) {
      if (!inSheetData) return;
      if (tag === 'sheetData') inSheetData = false;
      else if (tag === 'c' && cell) {
        finishCell(cell);
        cell = null;
      } else if (tag === 'rPh') phonetic = false;
      else if (tag === 'v' || tag === 'f' || tag === 'is') reading = null;
    },
  });
  sheet.finish();
  return sheet;
}

/** "B12" → { row: 12, column: 2 } (a cell's `r`; no `$`, upper case, as the file holds it). */
function parseCellRef(ref: string): { row: number; column: number } | undefined {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + code - 64;
    else if (code >= 97 && code <= 122) column = column * 26 + code - 96;
    else break;
  }
  if (i === 0 || i > 3 || column > 16_384 || i === ref.length) return undefined;
  // The digits read as they come: no substring per cell (a sheet has hundreds of thousands of them).
  let row = 0;
  for (; i < ref.length; i++) {
    const digit = ref.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    row = row * 10 + digit;
  }
  if (row < 1 || row > 1_048_576) return undefined;
  return { row, column };
}
