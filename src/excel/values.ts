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

export function fromOffice(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string') return ERROR_TEXTS.has(value) ? { error: value } : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
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
