/**
 * A run of rows read straight from its bytes, for rows written the way Excel and ExcelJS write them:
 * `<row r="2" …><c r="A2" s="1" t="s"><v>7</v></c>…</row>`, with `<f>` formulas and `<is><t>` inline strings.
 * saxes reads a 50 000-row sheet's rows in about 0.9 s of CPU; this reads them in a fraction of that, mostly
 * without making a string (a number or a shared string's index is read from its digits).
 *
 * It reads only what it knows, and gives up on anything else — a namespace prefix, a comment, an entity other
 * than XML's five, a character that needs XML's line-end rules, rich text, an element it does not expect, an
 * attribute twice — by answering undefined: the run is then read by saxes (rows.ts), which also says whether
 * it is XML at all. Where it answers, the records are those saxes would give (tests/xlsx/rowsScanner.test.ts
 * holds it to that, run by run).
 */
import { MAX_COLUMN, MAX_ROW } from '../../core/cells';
import { Kind, RecordsBuilder, ValueType, type RowRecords } from './records';
import { unescapeEntities, XML_ENTITIES } from './xml';

/** The records of `run`, or undefined when it holds anything the scanner does not read. */
export function scanRows(run: Uint8Array): RowRecords | undefined {
  try {
    return new RowsScanner(run).scan();
  } catch (error) {
    if (error === UNKNOWN) return undefined;
    throw error;
  }
}

/** Thrown (no stack: it is not an error) on anything the scanner leaves to saxes. */
const UNKNOWN = Symbol('not for the scanner');

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const AMPERSAND = 0x26;
const MINUS = 0x2d;
const DOT = 0x2e;
/** The lead byte of U+F000–U+FFFF, among them U+FFFE and U+FFFF, which XML cannot hold. */
const LEAD_EF = 0xef;

const bytesOf = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const ROW = bytesOf('row');
const C = bytesOf('c');
const V = bytesOf('v');
const F = bytesOf('f');
const IS = bytesOf('is');
const T = bytesOf('t');
const R = bytesOf('r');
const S = bytesOf('s');
const SI = bytesOf('si');
const REF = bytesOf('ref');
const SHARED = bytesOf('shared');

/** The `t` values that are not numbers, as bytes (an unknown one reads as a number, as `n` does). */
const VALUE_TYPES: [Uint8Array, ValueType][] = [
  [bytesOf('s'), ValueType.SHARED],
  [bytesOf('str'), ValueType.STR],
  [bytesOf('inlineStr'), ValueType.INLINE],
  [bytesOf('b'), ValueType.BOOL],
  [bytesOf('e'), ValueType.ERROR],
  [bytesOf('d'), ValueType.DATE],
];

/** XML's five entities as bytes: any other `&` is left to saxes. */
const ENTITY_BYTES = Object.keys(XML_ENTITIES).map(bytesOf);

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x09 || b === 0x0d;
const isNameStart = (b: number) =>
  (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || b === 0x5f || b === 0x3a;
const isNameByte = (b: number) => isNameStart(b) || (b >= 0x30 && b <= 0x39) || b === MINUS || b === DOT;

/** Exact powers of ten: a decimal of at most 15 digits divided by one is the double Number() gives. */
const POWERS = Array.from({ length: 16 }, (_, k) => 10 ** k);
const MAX_DIGITS = 15;

const decoder = new TextDecoder('utf-8');

/** What a text between tags holds besides plain ASCII (found while looking for its end). */
const HAS_ENTITY = 1;
const NOT_ASCII = 2;

/** A span of the run's bytes: a text or an attribute's value. */
interface Span {
  from: number;
  to: number;
  /** HAS_ENTITY | NOT_ASCII */
  holds: number;
}

const MAX_ATTRIBUTES = 16;

class RowsScanner {
  private at = 0;
  private readonly records = new RecordsBuilder();
  private row = 0;
  /** No row number seen yet in this run (as RowsReader keeps it). */
  private relative = true;
  private relativeRows = 0;
  private column = 0;
  /** The last attribute read: its name, and its value. */
  private nameFrom = 0;
  private nameTo = 0;
  private readonly attribute: Span = { from: 0, to: 0, holds: 0 };
  /** The cell reference just read. */
  private refColumn = 0;
  private refRow = 0;
  /** The current cell's texts: its `<v>`, its `<is>`, its `<f>` (from -1: none). */
  private readonly value: Span = { from: -1, to: -1, holds: 0 };
  private readonly inline: Span = { from: -1, to: -1, holds: 0 };
  private readonly formulaText: Span = { from: -1, to: -1, holds: 0 };
  /** The names of the attributes read in the current start tag: each may come once. */
  private readonly names = new Int32Array(MAX_ATTRIBUTES * 2);
  private attributes = 0;
  /** The start tag just read ended with `/>`. */
  private empty = false;

  constructor(private readonly bytes: Uint8Array) {}

  scan(): RowRecords {
    const { bytes } = this;
    for (;;) {
      this.skipSpace();
      if (this.at === bytes.length) break;
      this.readRow();
    }
    return this.records.take(this.row, this.relative, this.relativeRows);
  }

  /** `<row …>` with its cells, `</row>`: the row's number as RowsReader counts it. */
  private readRow(): void {
    this.open(ROW);
    let r = -1;
    while (this.nextAttribute()) if (this.nameIs(R)) r = this.digits();
    if (r >= 0) {
      this.row = r;
      this.relative = false;
    } else this.row++;
    if (this.relative) this.relativeRows = this.row;
    else if (!(this.row >= 1 && this.row <= MAX_ROW)) throw UNKNOWN;
    this.column = 0;
    if (this.empty) return;
    for (;;) {
      this.skipSpace();
      if (this.bytes[this.at] !== LT) throw UNKNOWN;
      if (this.bytes[this.at + 1] === SLASH) return this.close(ROW);
      this.readCell();
    }
  }

  /** `<c …>` with its value and formula, `</c>`, as one record (or none). */
  private readCell(): void {
    const { bytes, value, inline } = this;
    this.open(C);
    let hasRef = false;
    let style = 0;
    let type = ValueType.NUMBER;
    while (this.nextAttribute()) {
      // An empty `r` is none (RowsReader reads `r` only when it is there and not empty).
      if (this.nameIs(R)) hasRef = this.attribute.to > this.attribute.from && this.cellRef();
      else if (this.nameIs(S)) style = Math.max(this.digits(), 0);
      else if (this.nameIs(T)) type = this.valueType();
    }
    if (hasRef) {
      this.column = this.refColumn;
      this.row = this.refRow;
      this.relative = false;
    } else this.column++;

    value.from = value.to = inline.from = inline.to = -1;
    let formula: string | undefined;
    let shared: string | undefined;
    let master: boolean | undefined;
    // `empty` is the last start tag's: the children's own tags come next.
    for (let open = !this.empty; open;) {
      this.skipSpace();
      if (bytes[this.at] !== LT) throw UNKNOWN;
      const child = bytes[this.at + 1];
      if (child === SLASH) {
        this.close(C);
        open = false;
      } else if (child === V[0] && value.from < 0) {
        this.open(V);
        if (this.nextAttribute()) throw UNKNOWN;
        this.textOf(V, value);
      } else if (child === F[0] && formula === undefined) {
        this.open(F);
        let sharedType = false;
        while (this.nextAttribute()) {
          if (this.nameIs(T)) sharedType = this.attributeIs(SHARED);
          else if (this.nameIs(SI)) shared = this.string(this.attribute);
          else if (this.nameIs(REF)) master = true;
        }
        if (!sharedType || shared === undefined) {
          shared = undefined;
          master = undefined;
        } else master ??= false;
        this.textOf(F, this.formulaText);
        formula = this.formulaText.from < 0 ? '' : this.string(this.formulaText);
      } else if (child === IS[0] && inline.from < 0) {
        this.open(IS);
        if (this.nextAttribute()) throw UNKNOWN;
        // Only `<is><t>…</t></is>`: saxes would keep white space around the `<t>` and the text of rich runs.
        inline.from = inline.to = this.at;
        inline.holds = 0;
        if (!this.empty) {
          this.open(T);
          while (this.nextAttribute());
          this.textOf(T, inline);
          this.close(IS);
        }
      } else throw UNKNOWN;
    }
    this.record(type === ValueType.INLINE ? inline : value, type, style, formula, shared, master);
  }

  private record(
    text: Span,
    type: ValueType,
    style: number,
    formula: string | undefined,
    shared: string | undefined,
    master: boolean | undefined,
  ): void {
    const { row, column, relative, records } = this;
    const hasText = text.to > text.from;
    if (hasText && text.holds === 0 && (type === ValueType.NUMBER || type === ValueType.SHARED)) {
      const number = this.number(text);
      if (number !== undefined) {
        const kind = type === ValueType.SHARED ? Kind.SHARED : Kind.NUMBER;
        return records.record(row, column, style, relative, kind, number, undefined, formula, shared, master);
      }
    }
    const string = hasText ? this.string(text) : '';
    records.cell(row, column, style, relative, type, string, formula, shared, master);
  }

  /**
   * The text of the element just opened, up to its end tag (`name`), into `span` (from -1 when the element
   * was empty, `<v/>`). Characters that need XML's rules — a control character, a carriage return (its
   * line-end rule), `>` (`]]>` is not allowed), U+FFFE/U+FFFF — are saxes's to read.
   */
  private textOf(name: Uint8Array, span: Span): void {
    span.from = span.to = -1;
    if (this.empty) return;
    const { bytes } = this;
    const from = this.at;
    let holds = 0;
    let at = from;
    for (; at < bytes.length; at++) {
      const b = bytes[at];
      if (b === LT) break;
      if (b >= 0x80) {
        if (b === LEAD_EF) throw UNKNOWN;
        holds |= NOT_ASCII;
      } else if (b === AMPERSAND) {
        // Checked here, not when the text is made a string: a text the record does not use is XML too.
        at = this.entityEnd(at);
        holds |= HAS_ENTITY;
      } else if ((b < 0x20 && b !== 0x0a && b !== 0x09) || b === GT) throw UNKNOWN;
    }
    this.at = at;
    this.close(name);
    span.from = from;
    span.to = at;
    span.holds = holds;
  }

  /** The last byte (`;`) of one of XML's five entities at `at`; any other `&` is saxes's to read. */
  private entityEnd(at: number): number {
    for (const entity of ENTITY_BYTES)
      if (this.spanIs(at, at + entity.length, entity)) return at + entity.length - 1;
    throw UNKNOWN;
  }

  /** A span of text (`textOf`) as a string, XML's five entities undone. */
  private string(span: Span): string {
    const text = decoder.decode(this.bytes.subarray(span.from, span.to));
    if ((span.holds & HAS_ENTITY) === 0) return text;
    return unescapeEntities(text);
  }

  /**
   * A plain decimal (`-` and at most 15 digits, a `.` among them) as Number() reads it, without making a
   * string; undefined for anything else (an exponent, white space), which Number() then reads.
   */
  private number(span: Span): number | undefined {
    const { bytes } = this;
    let at = span.from;
    const negative = bytes[at] === MINUS;
    if (negative) at++;
    let mantissa = 0;
    let digits = 0;
    let decimals = -1;
    for (; at < span.to; at++) {
      const b = bytes[at];
      if (b >= 0x30 && b <= 0x39) {
        mantissa = mantissa * 10 + (b - 0x30);
        digits++;
        if (decimals >= 0) decimals++;
      } else if (b === DOT && decimals < 0) decimals = 0;
      else return undefined;
    }
    if (digits === 0 || digits > MAX_DIGITS || decimals === 0) return undefined;
    const value = decimals > 0 ? mantissa / POWERS[decimals] : mantissa;
    return negative ? -value : value;
  }

  /** The attribute's value as a whole number of at most 9 digits; -1 when it is empty. */
  private digits(): number {
    const { bytes } = this;
    const { from, to } = this.attribute;
    if (to === from) return -1;
    if (to - from > 9) throw UNKNOWN;
    let number = 0;
    for (let at = from; at < to; at++) {
      const digit = bytes[at] - 0x30;
      if (digit < 0 || digit > 9) throw UNKNOWN;
      number = number * 10 + digit;
    }
    return number;
  }

  /** The attribute's value as a cell reference ("B12"): refColumn and refRow, as RowsReader's parseCellRef reads it. */
  private cellRef(): true {
    const { bytes } = this;
    const { from, to } = this.attribute;
    let column = 0;
    let at = from;
    for (; at < to; at++) {
      const b = bytes[at];
      if (b >= 0x41 && b <= 0x5a) column = column * 26 + b - 0x40;
      else if (b >= 0x61 && b <= 0x7a) column = column * 26 + b - 0x60;
      else break;
    }
    if (at === from || at - from > 3 || column > MAX_COLUMN || at === to) throw UNKNOWN;
    let row = 0;
    for (; at < to; at++) {
      const digit = bytes[at] - 0x30;
      if (digit < 0 || digit > 9) throw UNKNOWN;
      row = row * 10 + digit;
    }
    if (row < 1 || row > MAX_ROW) throw UNKNOWN;
    this.refColumn = column;
    this.refRow = row;
    return true;
  }

  private valueType(): ValueType {
    for (const [name, type] of VALUE_TYPES) if (this.attributeIs(name)) return type;
    return ValueType.NUMBER;
  }

  private attributeIs(expected: Uint8Array): boolean {
    return this.spanIs(this.attribute.from, this.attribute.to, expected);
  }

  private nameIs(expected: Uint8Array): boolean {
    return this.spanIs(this.nameFrom, this.nameTo, expected);
  }

  private spanIs(from: number, to: number, expected: Uint8Array): boolean {
    if (to - from !== expected.length) return false;
    for (let k = 0; k < expected.length; k++) if (this.bytes[from + k] !== expected[k]) return false;
    return true;
  }

  private sameBytes(from: number, to: number, otherFrom: number, otherTo: number): boolean {
    if (to - from !== otherTo - otherFrom) return false;
    for (let k = 0; k < to - from; k++) if (this.bytes[from + k] !== this.bytes[otherFrom + k]) return false;
    return true;
  }

  /** `<name` (no prefix), up to its attributes. */
  private open(name: Uint8Array): void {
    const { bytes } = this;
    if (bytes[this.at] !== LT) throw UNKNOWN;
    const from = this.at + 1;
    if (!this.spanIs(from, from + name.length, name)) throw UNKNOWN;
    this.at = from + name.length;
    this.attributes = 0;
    this.empty = false;
  }

  /** `</name>`, exactly. */
  private close(name: Uint8Array): void {
    const { bytes } = this;
    const at = this.at;
    if (bytes[at] !== LT || bytes[at + 1] !== SLASH || !this.spanIs(at + 2, at + 2 + name.length, name))
      throw UNKNOWN;
    if (bytes[at + 2 + name.length] !== GT) throw UNKNOWN;
    this.at = at + 3 + name.length;
  }

  /**
   * The start tag's next attribute (its name and value are kept); false at the tag's end, `>` or `/>` (then
   * `empty`). An attribute needs white space before it; a value must not hold `<`, an entity or a character
   * XML's rules would change.
   */
  private nextAttribute(): boolean {
    const { bytes } = this;
    let at = this.at;
    const spaced = isSpace(bytes[at]);
    while (isSpace(bytes[at])) at++;
    const b = bytes[at];
    if (b === GT || b === SLASH) {
      this.empty = b === SLASH;
      if (this.empty && bytes[at + 1] !== GT) throw UNKNOWN;
      this.at = at + (this.empty ? 2 : 1);
      return false;
    }
    if (!spaced || !isNameStart(b)) throw UNKNOWN;
    const nameFrom = at;
    while (isNameByte(bytes[at])) at++;
    const nameTo = at;
    while (isSpace(bytes[at])) at++;
    if (bytes[at] !== EQUALS) throw UNKNOWN;
    at++;
    while (isSpace(bytes[at])) at++;
    const quote = bytes[at];
    if (quote !== QUOTE && quote !== APOSTROPHE) throw UNKNOWN;
    const from = ++at;
    let holds = 0;
    for (; ; at++) {
      const v = bytes[at];
      if (v === quote) break;
      if (at >= bytes.length || v === LT || v === AMPERSAND || v < 0x20 || v === LEAD_EF) throw UNKNOWN;
      if (v >= 0x80) holds = NOT_ASCII;
    }
    this.attribute.from = from;
    this.attribute.to = at;
    this.attribute.holds = holds;
    this.at = at + 1;
    this.remember(nameFrom, nameTo);
    return true;
  }

  /** Keeps the attribute's name; one the tag had already is saxes's to refuse. */
  private remember(from: number, to: number): void {
    const { names } = this;
    const n = this.attributes;
    if (n === MAX_ATTRIBUTES) throw UNKNOWN;
    for (let k = 0; k < n; k++) if (this.sameBytes(names[2 * k], names[2 * k + 1], from, to)) throw UNKNOWN;
    names[2 * n] = from;
    names[2 * n + 1] = to;
    this.attributes = n + 1;
    this.nameFrom = from;
    this.nameTo = to;
  }

  private skipSpace(): void {
    const { bytes } = this;
    let at = this.at;
    while (isSpace(bytes[at])) at++;
    this.at = at;
  }
}
