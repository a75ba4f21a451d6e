/** Office values → CellValue: '' is empty, error texts are errors (Range.values gives "#REF!" as a string). */
import type { CellValue, Grid } from '../core/types';
import { parseAddress } from '../port/addresses';

const ERROR_TEXTS = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
]);

/**
 * A data type's JSON object (entity, formatted number, … — ExcelApi 1.16) as the plain value Range.values gives
 * for its cell: its `basicValue`, an error for `basicType` "Error" (an entity's is "#VALUE!"). Custom functions
 * receive such objects for `any` parameters when data types are on
 * (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts). Arrays are unwrapped cell
 * by cell; anything else is returned as it is.
 */
export function basicValueOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(basicValueOf);
  if (value === null || typeof value !== 'object' || !('basicValue' in value)) return value;
  const { basicValue, basicType } = value as { basicValue: unknown; basicType?: unknown };
  return basicType === 'Error' && typeof basicValue === 'string'
    ? { error: basicValue }
    : basicValueOf(basicValue);
}

export function fromOffice(raw: unknown): CellValue {
  const value = basicValueOf(raw);
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string') return ERROR_TEXTS.has(value) ? { error: value } : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const error = (value as { error?: unknown }).error;
  if (typeof error === 'string') return { error };
  return String(value);
}

/** What to write for a CellValue: '' clears (null would leave the cell as it was). */
export function toOffice(value: CellValue | undefined): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return value.error;
  return value;
}

export function gridFrom(address: string, values: unknown[][], formats?: string[][], date1904 = false): Grid {
  const parsed = parseAddress(address);
  if (!parsed) throw new Error(`Excel gave an address the port cannot read: ${address}`);
  const grid: Grid = {
    sheet: parsed.sheet ?? '',
    top: parsed.rect.top,
    left: parsed.rect.left,
    values: values.map((row) => row.map(fromOffice)),
  };
  if (formats) grid.numberFormats = formats.map((row) => row.map((f) => String(f)));
  if (date1904) grid.date1904 = true;
  return grid;
}
