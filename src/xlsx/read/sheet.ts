/**
 * One worksheet as the reader keeps it: only the cells that hold a value or a formula, in sorted parallel
 * arrays (a stray cell at XFD1048576 costs one entry, not a grid), plus what the sheet says about itself —
 * protection, the active cell, merged ranges as rectangles. Dense grids are built only over the rectangle a
 * read needs, and bounded (`gridCells`).
 */
import { a1, MAX_ROW } from '../../core/cells';
import type { CellRect, CellValue, Grid } from '../../core/types';
import { parseRect, sheetAddress, type Rect } from '../../port/addresses';
import { portErrors } from '../../port/errors';
import { shiftFormula } from './formulas';
import { limitReached, type ReadLimits } from './limits';
import type { CellStyles } from './styles';
import { Kind, kindOf, rowIsRelative, type RowRecords } from './records';
import { parseRows, RowsReader } from './rows';
import { inRunsElseWhole, ROWS, splitChunk, SplitFailed } from './runs';
import { attribute, xmlWriter } from './xml';
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

/**
 * A sheet's cells are kept in columns of chunks of 65 536: growing never copies what is there, so a big read
 * leaves no outgrown copies behind for the collector (an array doubled to a million entries leaves one of half
 * a million, megabytes at the peak of a 50 000-row read). The first chunk starts small, for small sheets.
 */
const CHUNK_BITS = 16;
const CHUNK = 1 << CHUNK_BITS;
const IN_CHUNK = CHUNK - 1;
const FIRST_CHUNK = 1024;

/** Ints, 4 bytes a cell instead of a boxed array slot. */
class IntColumn {
  private readonly chunks: Int32Array[] = [];

  get(at: number): number {
    return this.chunks[at >>> CHUNK_BITS][at & IN_CHUNK];
  }

  push(at: number, value: number): void {
    const c = at >>> CHUNK_BITS;
    let chunk = this.chunks[c];
    const i = at & IN_CHUNK;
    if (!chunk || i >= chunk.length) {
      const grown = new Int32Array(c > 0 ? CHUNK : Math.max(FIRST_CHUNK, Math.min(CHUNK, 2 * i)));
      if (chunk) grown.set(chunk);
      chunk = this.chunks[c] = grown;
    }
    chunk[i] = value;
  }
}

/** Cell values, in the same chunks. */
class ValueColumn {
  private readonly chunks: CellValue[][] = [];

  get(at: number): CellValue {
    return this.chunks[at >>> CHUNK_BITS][at & IN_CHUNK];
  }

  push(value: CellValue): void {
    const last = this.chunks[this.chunks.length - 1];
    if (last && last.length < CHUNK) last.push(value);
    else this.chunks.push([value]);
  }

  *[Symbol.iterator](): Generator<CellValue> {
    for (const chunk of this.chunks) yield* chunk;
  }
}

export class SheetCells {
  private readonly rowOf = new IntColumn();
  private readonly columnOf = new IntColumn();
  private readonly styleOf = new IntColumn();
  private values = new ValueColumn();
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
      const lastRow = this.rowOf.get(i - 1);
      if (row < lastRow || (row === lastRow && column <= this.columnOf.get(i - 1))) this.sorted = false;
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
    const key = (i: number) => this.rowOf.get(i) * 16_385 + this.columnOf.get(i);
    order.sort((a, b) => key(a) - key(b) || a - b);
    const kept = order.filter((i, n) => n + 1 === order.length || key(order[n + 1]) !== key(i));
    const rows = new IntColumn();
    const columns = new IntColumn();
    const styles = new IntColumn();
    const values = new ValueColumn();
    const formulas = new Map<number, string>();
    kept.forEach((i, n) => {
      rows.push(n, this.rowOf.get(i));
      columns.push(n, this.columnOf.get(i));
      styles.push(n, this.styleOf.get(i));
      values.push(this.values.get(i));
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
      if (this.rowOf.get(mid) < row) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Calls `visit` for each kept cell inside `rect`, in row-major order. */
  private each(rect: Rect, visit: (i: number, row: number, column: number) => void): void {
    for (let i = this.firstAtOrBelow(rect.top); i < this.count; i++) {
      const row = this.rowOf.get(i);
      if (row > rect.bottom) break;
      const column = this.columnOf.get(i);
      if (column >= rect.left && column <= rect.right) visit(i, row, column);
    }
  }

  value(row: number, column: number): CellValue {
    let found: CellValue = null;
    this.each({ top: row, left: column, bottom: row, right: column }, (i) => (found = this.values.get(i)));
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
    const formats = options.formats ? new RowFormats(height, width) : undefined;
    let formulas: (string | undefined)[][] | undefined;
    this.each(r, (i, row, column) => {
      values[row - r.top][column - r.left] = this.values.get(i);
      formats?.set(row - r.top, column - r.left, styles.format(this.styleOf.get(i)));
      const formula = this.formulas.get(i);
      if (formula !== undefined) {
        formulas ??= Array.from({ length: height }, () =>
          new Array<string | undefined>(width).fill(undefined),
        );
        formulas[row - r.top][column - r.left] = formula;
      }
    });
    const grid: Grid = { sheet: this.name, top: r.top, left: r.left, values };
    if (formats) grid.numberFormats = formats.rows();
    if (formulas) grid.formulas = formulas;
    const merges = this.merges.filter((m) => overlaps(m, r));
    if (merges.length > 0) {
      grid.merges = merges.map((m): CellRect => ({ ...m }));
      blankMerged(values, r, merges, limits, this.name);
    }
    return grid;
  }
}

const GENERAL = 'General';

/**
 * A grid's number formats, row by row in order. A row with the same formats as the row above shares its
 * array, and a row of only General shares one: a table's rows mostly are alike, and 50 000 rows of 15 formats
 * each would be some 7 MB (the grid is read-only to everything that reads it).
 */
class RowFormats {
  private readonly general: string[];
  private readonly formats: string[][];
  private open: string[] | null = null;
  private openAt = -1;

  constructor(height: number, width: number) {
    this.general = new Array<string>(width).fill(GENERAL);
    this.formats = new Array<string[]>(height).fill(this.general);
  }

  /** Sets a cell's format; rows come in order. */
  set(row: number, column: number, format: string): void {
    if (row !== this.openAt) {
      if (format === GENERAL) return;
      this.settle();
      this.open = [...this.general];
      this.openAt = row;
    }
    (this.open as string[])[column] = format;
  }

  rows(): string[][] {
    this.settle();
    return this.formats;
  }

  private settle(): void {
    const open = this.open;
    if (!open) return;
    const above = this.openAt > 0 ? this.formats[this.openAt - 1] : this.general;
    this.formats[this.openAt] = sameFormats(open, above)
      ? above
      : sameFormats(open, this.general)
        ? this.general
        : open;
    this.open = null;
  }
}

function sameFormats(a: string[], b: string[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
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

/**
 * Puts rows' records into the sheet in document order: shared strings, the date system and shared formulas
 * give each cell its value here, and the `cells` limit counts them.
 */
class CellPutter {
  /** The row the records before counted to: where a run's relative rows count on from. */
  private lastRow = 0;
  private readonly masters = new Map<string, { formula: string; row: number; column: number }>();

  constructor(
    private readonly context: SheetContext,
    private readonly sheet: SheetCells,
    private readonly strings: readonly string[],
    private readonly part: string,
  ) {}

  put(records: RowRecords): void {
    const { ints, numbers, texts, formulas } = records;
    const { limits, budget, date1904 } = this.context;
    const base = this.lastRow;
    if (base + records.relativeRows > MAX_ROW) throw portErrors.damaged(this.part);
    let text = 0;
    let nextFormula = 0;
    for (let i = 0; i < records.count; i++) {
      let row = ints[i * 4];
      const column = ints[i * 4 + 1];
      if (rowIsRelative(records, i)) {
        row += base;
        if (row > MAX_ROW) throw portErrors.damaged(this.part);
      }
      let value: CellValue = null;
      switch (kindOf(records, i)) {
        case Kind.NUMBER: {
          // A date is its serial in the workbook's own date system, as Office.js gives it (Grid.date1904 says which).
          const number = numbers[i];
          value = Number.isFinite(number) ? number : { error: '#NUM!' };
          break;
        }
        case Kind.SHARED: {
          const index = numbers[i];
          if (!(Number.isInteger(index) && index >= 0 && index < this.strings.length))
            throw portErrors.damaged(this.part);
          value = this.strings[index] || null;
          break;
        }
        case Kind.TEXT:
          value = texts[text++];
          break;
        case Kind.BOOL:
          value = numbers[i] === 1;
          break;
        case Kind.ERROR:
          value = { error: texts[text++] };
          break;
        case Kind.DATE:
          value = isoSerial(texts[text++], date1904);
          break;
      }
      let formula: string | undefined;
      if (formulas[nextFormula]?.at === i) {
        const f = formulas[nextFormula++];
        formula = f.text;
        if (f.shared !== undefined) {
          if (f.master) this.masters.set(f.shared, { formula, row, column });
          else {
            const master = this.masters.get(f.shared);
            formula = master && shiftFormula(master.formula, row - master.row, column - master.column);
          }
        }
        if (formula === '') formula = undefined;
      }
      if (value === null && formula === undefined) continue;
      if (++budget.cells > limits.cells) throw limitReached(limits, 'cells', this.sheet.name);
      this.sheet.add(row, column, value, ints[i * 4 + 2], formula);
    }
    this.lastRow = records.lastRowRelative ? base + records.lastRow : records.lastRow;
  }
}

/**
 * Reads a worksheet part. With `cells: false` only what the sheet says about itself is kept (protection,
 * merges, validations, the active cell): what a write needs to know before ExcelJS loads the file.
 *
 * Runs of whole rows are cut from the inflated chunks (runs.ts) and parsed apart from the rest of the sheet
 * (by `parseRows`, mostly its byte scanner), then put in order; should a run turn out not to be whole rows,
 * the sheet is read again in one piece.
 */
export async function readSheet(
  context: SheetContext,
  name: string,
  part: string,
  cells = true,
): Promise<SheetCells> {
  // A sheet only described skips its rows whole: nothing is cut.
  if (!cells) return readSheetOnce(context, name, part, false, false);
  const counted = context.budget.cells;
  return inRunsElseWhole((inRuns) => {
    // Read again in one piece, the sheet's cells count once.
    context.budget.cells = counted;
    return readSheetOnce(context, name, part, true, inRuns);
  });
}

async function readSheetOnce(
  context: SheetContext,
  name: string,
  part: string,
  cells: boolean,
  inRuns: boolean,
): Promise<SheetCells> {
  const { limits } = context;
  const sheet = new SheetCells(name);
  // The shared strings are needed only to put cells: the sheet's first runs are parsed while they are read,
  // and the records wait for them.
  let putter: CellPutter | undefined;
  const stringsRead = cells
    ? context.strings().then((strings) => {
        putter = new CellPutter(context, sheet, strings, part);
      })
    : Promise.resolve();
  // A failure is the read's, when it is awaited below.
  stringsRead.catch(() => undefined);
  const rows = new RowsReader(() => portErrors.damaged(part));
  let inSheetData = false;
  let selectionSeen = false;
  let cutting = false;

  const writer = xmlWriter(part, {
    open(tag, attributes) {
      if (inSheetData) return rows.open(tag, attributes);
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
      if (inSheetData) rows.text(text);
    },
    close(tag) {
      if (!inSheetData) return;
      if (tag === 'sheetData') inSheetData = false;
      else rows.close(tag);
    },
    markup() {
      if (cutting) throw new SplitFailed();
    },
  });

  /** Records in document order not put yet (they wait for the shared strings); a sheet only described keeps none. */
  const pending: RowRecords[] = [];
  const queue = (records: RowRecords) => {
    if (cells) pending.push(records);
  };
  const putReady = () => {
    if (putter) for (const records of pending.splice(0)) putter.put(records);
  };

  const write = (bytes: Uint8Array) => writer.write(bytes);
  const run = (bytes: Uint8Array) => {
    cutting = true;
    // The records read before the run come first.
    queue(rows.take());
    queue(parseRows(bytes));
  };
  await context.zip.stream(part, (chunk, final) => {
    if (final) {
      writer.end();
      queue(rows.take());
      return;
    }
    if (inRuns) splitChunk(chunk, ROWS, () => inSheetData, write, run);
    else writer.write(chunk);
    queue(rows.take());
    putReady();
  });
  await stringsRead;
  putReady();
  sheet.finish();
  return sheet;
}
