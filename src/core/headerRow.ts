/**
 * Where a user's table starts: the header row is normally the first row with content, but people put a
 * title (and a subtitle, a blank row) above the headers. Then the row a few rows down that names the
 * columns is the header row, and the rows above it are not data. Shared by the project and application
 * tables; each says which fields a row's cells name.
 */
import { isBlank } from './cells';
import type { CellValue } from './types';

/** How far below the first row with content the headers are looked for. */
export const HEADER_SEARCH_ROWS = 10;

function hasContent(row: CellValue[] | undefined): boolean {
  return Array.isArray(row) && row.some((cell) => !isBlank(cell));
}

/**
 * Index into `values` of the header row; -1 when there is no content. The first row with content, unless
 * it does not name every required field and a row within HEADER_SEARCH_ROWS below does — or, failing
 * that, a row there names clearly more fields than the first (at least three).
 */
export function headerRowIndex<K>(
  values: readonly (CellValue[] | undefined)[],
  fieldsOf: (row: CellValue[]) => Set<K>,
  required: readonly K[],
): number {
  const first = values.findIndex(hasContent);
  if (first < 0) return -1;
  const complete = (fields: Set<K>) => required.every((field) => fields.has(field));
  const firstFields = fieldsOf(values[first] as CellValue[]);
  if (complete(firstFields)) return first;
  let best = { index: first, count: firstFields.size };
  const last = Math.min(values.length, first + 1 + HEADER_SEARCH_ROWS);
  for (let r = first + 1; r < last; r++) {
    const row = values[r];
    if (!Array.isArray(row)) continue;
    const fields = fieldsOf(row);
    if (complete(fields)) return r;
    if (fields.size > best.count) best = { index: r, count: fields.size };
  }
  return best.count >= 3 ? best.index : first;
}
