/**
 * ExcelJS cell values → CellValue, the form the Office port reads: dates as serial numbers, rich text as
 * plain text, formulas (also shared and array formulas) as their cached result, hyperlinks as their text,
 * errors as { error }. Empty strings read as empty, as Excel's '' does.
 */
import type { CellValue } from '../core/types';

const DAY_MS = 86_400_000;
/** 1904 date system: serial 0 is 1904-01-01, 1462 days after the 1900 system's. */
const DATE1904_OFFSET = 1462;

export function dateToSerial(date: Date, date1904 = false): number {
  const serial = date.getTime() / DAY_MS + 25_569;
  return date1904 ? serial - DATE1904_OFFSET : serial;
}

type Rich = { richText: { text: string }[] };

function isRich(value: object): value is Rich {
  return Array.isArray((value as Rich).richText);
}

export function fromExcelJs(value: unknown, date1904 = false): CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { error: '#NUM!' };
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dateToSerial(value, date1904);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (typeof v.error === 'string') return { error: v.error };
    if (isRich(v)) return v.richText.map((run) => run.text).join('') || null;
    if ('hyperlink' in v && 'text' in v) return fromExcelJs(v.text, date1904);
    if ('formula' in v || 'sharedFormula' in v) return fromExcelJs(v.result, date1904);
  }
  return String(value);
}

/** A cell's number format as Excel names it ('General' when none is set). */
export function formatOf(numFmt: unknown): string {
  return typeof numFmt === 'string' && numFmt !== '' ? numFmt : 'General';
}
