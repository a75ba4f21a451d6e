/** A1 ranges with sheet names: how both ports address cells and how findings name them. */
import { a1, MAX_COLUMN, parseA1, splitSheetAddress } from '../core/cells';

export interface Rect {
  /** 1-based rows and columns, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel quotes a sheet name in a reference unless it is a plain word (letters, digits, underscore, period). */
export function quoteSheet(sheet: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function rectAddress(rect: Rect): string {
  const start = a1(rect.top, rect.left);
  const end = a1(rect.bottom, rect.right);
  return start === end ? start : `${start}:${end}`;
}

export function sheetAddress(sheet: string, rect: Rect | string): string {
  return `${quoteSheet(sheet)}!${typeof rect === 'string' ? rect : rectAddress(rect)}`;
}

/** "B3:F20", "$B$3", "B3" → rect; undefined for whole columns/rows or anything else. */
export function parseRect(range: string): Rect | undefined {
  const [first, second, extra] = range.split(':');
  if (extra !== undefined) return undefined;
  const start = parseA1(first ?? '');
  const end = second === undefined ? start : parseA1(second);
  if (!start || !end) return undefined;
  if (start.column > MAX_COLUMN || end.column > MAX_COLUMN || start.row < 1 || end.row < 1) return undefined;
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

/** "'Ark 1'!B3:F20" → { sheet: 'Ark 1', rect }; sheet undefined when the address has none. */
export function parseAddress(address: string): { sheet?: string; rect: Rect } | undefined {
  const { sheet, range } = splitSheetAddress(address.trim());
  const rect = parseRect(range);
  return rect ? { sheet, rect } : undefined;
}

export function rectRows(rect: Rect): number {
  return rect.bottom - rect.top + 1;
}

export function rectColumns(rect: Rect): number {
  return rect.right - rect.left + 1;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.top >= outer.top &&
    inner.bottom <= outer.bottom &&
    inner.left >= outer.left &&
    inner.right <= outer.right
  );
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
