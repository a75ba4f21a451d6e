/** Cells: A1 addresses (the language findings speak to the user) and what counts as an empty cell. */
import type { CellValue } from './types';

/**
 * Empty as the table readers and the rules see it: nothing, or only white space (nbsp too). A lone "." or
 * ":" is something typed, and is read (and reported) as such. One definition, so a rule never calls a cell
 * filled that the reader skipped, or the other way round.
 */
export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A worksheet's last row and column (XFD1048576), in every Excel since 2007. */
export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;

/** 1 → "A", 27 → "AA". */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** (7, 8) → "H7"; row and column are 1-based. */
export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** "H7" or "$H$7" → { row: 7, column: 8 }; undefined for anything else. */
export function parseA1(address: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) return undefined;
  const column = [...match[1]!.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(match[2]), column };
}

/** "Ark 1!A1:K16" → { sheet: "Ark 1", range: "A1:K16" } (quotes around the sheet name are removed). */
export function splitSheetAddress(address: string): { sheet?: string; range: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { range: address };
  const sheet = address
    .slice(0, bang)
    .replace(/^'(.*)'$/, '$1')
    .replace(/''/g, "'");
  return { sheet, range: address.slice(bang + 1) };
}
