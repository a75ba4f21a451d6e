/**
 * The rows of a worksheet's `<sheetData>` as compact records (records.ts): what each `<c>` holds, before the
 * workbook's shared strings, date system and shared formulas give it its value (sheet.ts does that, in
 * document order). A run of whole rows (`parseRows`) is read by the byte scanner where it can; saxes, through
 * one `RowsReader`, reads what it leaves, and a sheet read in one piece.
 */
import { MAX_COLUMN, MAX_ROW } from '../../core/cells';
import { RecordsBuilder, valueTypeOf, ValueType, type RowRecords } from './records';
import { scanRows } from './rowsScanner';
import { parseRunAsXml, SplitFailed, type RunReader } from './runs';

/** The record being built for the current `<c>`. */
interface Cell {
  type: ValueType;
  value: string;
  inline: string;
  formula?: string;
  shared?: string;
  master?: boolean;
}

/**
 * SAX handlers for what is inside `<sheetData>`: `<row>`, `<c>` and their children. Cells with neither a value
 * nor a formula leave no record (but count for the next cell without `r`).
 */
export class RowsReader implements RunReader {
  private readonly records = new RecordsBuilder();
  private row = 0;
  /** No `<row r=…>` seen yet in this run: row numbers count on from the run before. */
  private relative = true;
  private relativeRows = 0;
  private column = 0;
  private style = 0;
  private cell: Cell | null = null;
  /** Which text we are inside: the cell's value, its inline string (not its phonetic runs), its formula. */
  private reading: 'v' | 'is' | 'f' | null = null;
  private phonetic = false;

  /** `damaged`: what to throw for a cell reference or row number that is not one. */
  constructor(private readonly damaged: () => Error) {}

  open(tag: string, attributes: Record<string, string>): void {
    if (tag === 'c') {
      const ref = attributes.r;
      if (ref) {
        const at = parseCellRef(ref);
        if (!at) throw this.damaged();
        this.column = at.column;
        this.row = at.row;
        this.relative = false;
      } else this.column++;
      this.style = Number(attributes.s ?? 0) || 0;
      this.cell = { type: valueTypeOf(attributes.t), value: '', inline: '' };
    } else if (tag === 'row') {
      const r = attributes.r;
      if (r) {
        this.row = Number(r);
        this.relative = false;
      } else this.row++;
      // A relative row is checked once its run's place is known (sheet.ts).
      if (this.relative) this.relativeRows = this.row;
      else if (!(this.row >= 1 && this.row <= MAX_ROW)) throw this.damaged();
      this.column = 0;
    } else if (this.cell) {
      if (tag === 'v') this.reading = 'v';
      else if (tag === 'f') {
        this.reading = 'f';
        this.cell.formula = '';
        if (attributes.t === 'shared' && attributes.si !== undefined) {
          this.cell.shared = attributes.si;
          this.cell.master = attributes.ref !== undefined;
        }
      } else if (tag === 'is') this.reading = 'is';
      else if (tag === 'rPh') this.phonetic = true;
    }
  }

  text(text: string): void {
    const cell = this.cell;
    if (!cell || this.reading === null || this.phonetic) return;
    if (this.reading === 'v') cell.value += text;
    else if (this.reading === 'f') cell.formula += text;
    else cell.inline += text;
  }

  close(tag: string): void {
    if (tag === 'c') {
      if (this.cell) this.record(this.cell);
      this.cell = null;
    } else if (tag === 'rPh') this.phonetic = false;
    else if (tag === 'v' || tag === 'f' || tag === 'is') this.reading = null;
  }

  private record(cell: Cell): void {
    const { type } = cell;
    this.records.cell(
      this.row,
      this.column,
      this.style,
      this.relative,
      type,
      type === ValueType.INLINE ? cell.inline : cell.value,
      cell.formula,
      cell.shared,
      cell.master,
    );
  }

  /** The records so far; the reader starts a new run, whose rows count on from this one's. */
  take(): RowRecords {
    const records = this.records.take(this.row, this.relative, this.relativeRows);
    this.relativeRows = 0;
    this.row = 0;
    this.relative = true;
    return records;
  }
}

/**
 * Parses a run of whole `<row>` elements; one that is not is SplitFailed (`parseRunAsXml`).
 *
 * Rows as Excel and ExcelJS write them are read by the scanner (rowsScanner.ts), straight from the bytes;
 * anything it does not know, saxes reads, and says whether it is XML.
 */
export function parseRows(run: Uint8Array): RowRecords {
  return scanRows(run) ?? parseRowsAsXml(run);
}

/** A run of rows read by saxes (what the scanner leaves, and what the tests hold the scanner to). */
export function parseRowsAsXml(run: Uint8Array): RowRecords {
  const rows = new RowsReader(() => new SplitFailed());
  parseRunAsXml(run, 'row', rows);
  return rows.take();
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
  if (i === 0 || i > 3 || column > MAX_COLUMN || i === ref.length) return undefined;
  // The digits read as they come: no substring per cell (a sheet has hundreds of thousands of them).
  let row = 0;
  for (; i < ref.length; i++) {
    const digit = ref.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return undefined;
    row = row * 10 + digit;
  }
  if (row < 1 || row > MAX_ROW) return undefined;
  return { row, column };
}
