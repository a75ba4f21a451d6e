/**
 * What the cells of a run of rows are kept as between parsing and putting (runs wait there for the shared
 * strings): columns of typed arrays, four ints and a double a cell rather than an object each. Both row
 * readers fill them (rows.ts through saxes, and rowsScanner.ts on the bytes), through one `RecordsBuilder`.
 */
import { unescapeXstring } from './xml';

/** What a cell's value is in its record: `numbers[i]` for NUMBER, SHARED and BOOL, `texts` for the rest. */
export enum Kind {
  NUMBER = 1,
  /** An index into the shared strings. */
  SHARED = 2,
  TEXT = 3,
  BOOL = 4,
  ERROR = 5,
  /** An ISO 8601 date (`t="d"`), made a serial by the workbook's date system. */
  DATE = 6,
  /** No value: the cell is kept for its formula. */
  EMPTY = 7,
}
/** Set on a record's kind when its row counts on from a row before the run (a `<row>` without `r`). */
export const ROW_RELATIVE = 16;
const KIND = 15;

export interface Formula {
  /** The record it belongs to. */
  at: number;
  text: string;
  /** A shared formula's `si`, and whether this cell is its master (has `ref`). */
  shared?: string;
  master?: boolean;
}

/** Cells of a run of rows; `count` records, four ints each: row, column, style, kind (| ROW_RELATIVE). */
export interface RowRecords {
  count: number;
  ints: Int32Array;
  numbers: Float64Array;
  /** The texts of TEXT, ERROR and DATE records, in order. */
  texts: string[];
  formulas: Formula[];
  /** The run's last row number (0: none), relative when `lastRowRelative`: empty rows count for what follows. */
  lastRow: number;
  lastRowRelative: boolean;
  /**
   * The highest row number counted while the run's place was not known (rows without `r` before any row or
   * cell that has one; 0: none): past the sheet's last row once placed, the sheet is damaged.
   */
  relativeRows: number;
}

/** The kind of record `i` (without the ROW_RELATIVE flag), and whether its row is relative. */
export const kindOf = (records: RowRecords, i: number): Kind => (records.ints[i * 4 + 3] & KIND) as Kind;
export const rowIsRelative = (records: RowRecords, i: number): boolean =>
  (records.ints[i * 4 + 3] & ROW_RELATIVE) !== 0;

const INITIAL = 1024;

/** A cell's `t`, as the records are made from it: an unknown `t` is read as a number, as `n` is. */
export enum ValueType {
  NUMBER,
  SHARED,
  STR,
  INLINE,
  BOOL,
  ERROR,
  DATE,
}

export function valueTypeOf(t: string | undefined): ValueType {
  switch (t) {
    case 's':
      return ValueType.SHARED;
    case 'str':
      return ValueType.STR;
    case 'inlineStr':
      return ValueType.INLINE;
    case 'b':
      return ValueType.BOOL;
    case 'e':
      return ValueType.ERROR;
    case 'd':
      return ValueType.DATE;
    default:
      return ValueType.NUMBER;
  }
}

/** Collects a run's records; `take` hands them over and starts the next run's. */
export class RecordsBuilder {
  private ints = new Int32Array(INITIAL * 4);
  private numbers = new Float64Array(INITIAL);
  private texts: string[] = [];
  private formulas: Formula[] = [];
  private count = 0;

  /**
   * Adds a record: `kind` with ROW_RELATIVE when `relative`, `number` its value (0 when it has none), `text`
   * the value of a TEXT, ERROR or DATE record, and its formula as `cell` says. A record of no value and no
   * formula is left out.
   */
  record(
    row: number,
    column: number,
    style: number,
    relative: boolean,
    kind: Kind,
    number: number,
    text: string | undefined,
    formula: string | undefined,
    shared: string | undefined,
    master: boolean | undefined,
  ): void {
    const hasFormula = formula !== undefined && (formula !== '' || shared !== undefined);
    if (kind === Kind.EMPTY && !hasFormula) return;
    const i = this.count++;
    if (i >= this.numbers.length) this.grow();
    const at = i * 4;
    this.ints[at] = row;
    this.ints[at + 1] = column;
    this.ints[at + 2] = style;
    this.ints[at + 3] = relative ? kind | ROW_RELATIVE : kind;
    this.numbers[i] = number;
    if (text !== undefined) this.texts.push(text);
    if (hasFormula) this.formulas.push({ at: i, text: formula, shared, master });
  }

  /**
   * Adds a cell's record from its text: `text` is the value of `<v>` (of `<is>` for an inline string), with
   * XML's entities undone. A cell with neither a value nor a formula leaves no record. `formula`: the text of
   * its `<f>` if it has one, with a shared formula's `si` and whether it is the master.
   */
  cell(
    row: number,
    column: number,
    style: number,
    relative: boolean,
    type: ValueType,
    text: string,
    formula?: string,
    shared?: string,
    master?: boolean,
  ): void {
    let kind = Kind.EMPTY;
    let number = 0;
    let value: string | undefined;
    if (text !== '') {
      switch (type) {
        case ValueType.SHARED:
          kind = Kind.SHARED;
          number = Number(text);
          break;
        case ValueType.STR:
        case ValueType.INLINE:
          value = unescapeXstring(text);
          if (value !== '') kind = Kind.TEXT;
          else value = undefined;
          break;
        case ValueType.BOOL:
          kind = Kind.BOOL;
          number = text === '1' || text === 'true' ? 1 : 0;
          break;
        case ValueType.ERROR:
        case ValueType.DATE:
          kind = type === ValueType.ERROR ? Kind.ERROR : Kind.DATE;
          value = text;
          break;
        default:
          kind = Kind.NUMBER;
          number = Number(text);
      }
    }
    this.record(row, column, style, relative, kind, number, value, formula, shared, master);
  }

  private grow(): void {
    const ints = new Int32Array(this.ints.length * 2);
    ints.set(this.ints);
    const numbers = new Float64Array(this.numbers.length * 2);
    numbers.set(this.numbers);
    this.ints = ints;
    this.numbers = numbers;
  }

  /** The records so far, and where the run's rows ended (see RowRecords). */
  take(lastRow: number, lastRowRelative: boolean, relativeRows: number): RowRecords {
    const records: RowRecords = {
      count: this.count,
      ints: this.ints.slice(0, this.count * 4),
      numbers: this.numbers.slice(0, this.count),
      texts: this.texts,
      formulas: this.formulas,
      lastRow,
      lastRowRelative,
      relativeRows,
    };
    this.count = 0;
    this.texts = [];
    this.formulas = [];
    return records;
  }
}
