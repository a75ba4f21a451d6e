/**
 * Runs of whole rows cut from a sheet's inflated chunks, so the byte scanner (rowsScanner.ts) can read them
 * apart from the rest of the sheet, which saxes reads. A cut lands after a `</row>`, which outside a comment,
 * CDATA or processing instruction can only end a row (`<` is escaped in text and attribute values); should
 * any of those turn up once cutting began, the sheet is read again in one piece (SplitFailed).
 */

/**
 * Reading a sheet in runs did not work out — a run was not whole rows after all (a comment, a CDATA section or
 * odd markup in `<sheetData>`): the sheet is read again in one piece.
 */
export class SplitFailed extends Error {}

const bytesOf = (text: string) => Array.from(text, (c) => c.charCodeAt(0));
const GT = 62;
const COLON = 58;
const CLOSE = bytesOf('</');
const ROW_END = bytesOf('row>');
const SHEET_DATA_END = bytesOf('sheetData>');

/**
 * The whole rows in a chunk of `<sheetData>`: from just after its first `</row>` (the doc parser finishes the
 * row it is in) to just after its last. None when there are not two, or when `sheetData>` follows the last
 * (the end of the sheet's rows: what comes after is the doc parser's).
 */
export function rowsIn(chunk: Uint8Array): { from: number; to: number } | undefined {
  const from = rowEnd(chunk, true);
  const to = rowEnd(chunk, false);
  if (from < 0 || to <= from) return undefined;
  return hasBytes(chunk, to, SHEET_DATA_END) ? undefined : { from, to };
}

/** Just after the first (or last) `</row>` or `</prefix:row>` in `bytes`, or -1. */
function rowEnd(bytes: Uint8Array, first: boolean): number {
  let at = first ? bytes.indexOf(GT) : bytes.lastIndexOf(GT);
  while (at >= 0) {
    if (endsWithRowClose(bytes, at)) return at + 1;
    at = first ? bytes.indexOf(GT, at + 1) : at === 0 ? -1 : bytes.lastIndexOf(GT, at - 1);
  }
  return -1;
}

/** Whether `>` at `at` ends `</row>` or `</p:row>`. */
function endsWithRowClose(bytes: Uint8Array, at: number): boolean {
  let i = at - ROW_END.length + 1;
  if (i < CLOSE.length) return false;
  for (let k = 0; k < ROW_END.length; k++) if (bytes[i + k] !== ROW_END[k]) return false;
  if (bytes[i - 1] === COLON) {
    i--;
    while (i > 0 && isPrefixByte(bytes[i - 1])) i--;
  }
  return bytes[i - 1] === CLOSE[1] && bytes[i - 2] === CLOSE[0];
}

const isPrefixByte = (b: number) =>
  (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57) || b === 95 || b === 45 || b === 46;

function hasBytes(bytes: Uint8Array, from: number, pattern: number[]): boolean {
  for (let at = bytes.indexOf(pattern[0], from); at >= 0; at = bytes.indexOf(pattern[0], at + 1)) {
    let k = 1;
    while (k < pattern.length && bytes[at + k] === pattern[k]) k++;
    if (k === pattern.length) return true;
  }
  return false;
}
