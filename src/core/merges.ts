/**
 * Merged cells as Excel shows them: the value in the top-left cell only, the other cells of the merge empty
 * (SUMIF, filters and pivot tables see them empty too). A merge is kept as a rectangle and never expanded
 * cell by cell, so one merge over a whole sheet costs no more than one over two cells.
 */
import { a1, isBlank } from './cells';
import type { CellRect, CellValue } from './types';

/** True when (row, column) lies inside `merge` but is not its top-left cell. */
export function isMergeFollower(merge: CellRect, row: number, column: number): boolean {
  return (
    row >= merge.top &&
    row <= merge.bottom &&
    column >= merge.left &&
    column <= merge.right &&
    (row !== merge.top || column !== merge.left)
  );
}

/**
 * The merges covering each row, for a reader that walks rows top to bottom: `at(row)` answers "which merge
 * holds this cell" for that row's cells. Rows must be asked for in ascending order. Sorting once and keeping
 * only the merges that cover the current row makes a pass over n rows cost O(n + merges · log merges).
 */
export function mergeSweep(merges: readonly CellRect[] | undefined): {
  at(row: number): (column: number) => CellRect | undefined;
} {
  const byTop = [...(merges ?? [])]
    .filter((m) => m.bottom >= m.top && m.right >= m.left && (m.bottom > m.top || m.right > m.left))
    .sort((a, b) => a.top - b.top);
  let next = 0;
  let active: CellRect[] = [];
  return {
    at(row) {
      while (next < byTop.length && byTop[next]!.top <= row) active.push(byTop[next++]!);
      // Most rows of a big table lie under no merge: they share one answer, and nothing is made per row.
      if (active.length === 0) return NO_MERGE;
      active = active.filter((m) => m.bottom >= row);
      const covering = active;
      return (column) => covering.find((m) => column >= m.left && column <= m.right);
    },
  };
}

const NO_MERGE = (): CellRect | undefined => undefined;

/** One row's mapped cells, read as Excel shows them. */
export interface RowAsShown<F extends string> {
  raw: Partial<Record<F, CellValue>>;
  /** Fields whose cell a merge covers (shown empty): the A1 address of the merge's top-left cell. */
  merged?: Partial<Record<F, string>>;
  /** Whether a mapped cell holds something of its own — not a text merged across columns (a note). */
  content: boolean;
}

/**
 * The mapped cells of one sheet row as Excel shows them: a cell inside a merge other than its top-left is
 * empty, whatever a port may have copied around, and the merge's anchor is kept so a rule can say why the
 * cell looks filled in; a text merged across columns is a note or heading laid over the sheet, not content.
 */
export function rowAsShown<F extends string>(
  cells: readonly CellValue[],
  sheetRow: number,
  left: number,
  fields: readonly F[],
  columns: Partial<Record<F, number>>,
  mergeAt: (column: number) => CellRect | undefined,
): RowAsShown<F> {
  const raw: Partial<Record<F, CellValue>> = {};
  const row: RowAsShown<F> = { raw, content: false };
  for (const field of fields) {
    const column = columns[field] as number;
    const merge = mergeAt(left + column);
    if (merge && isMergeFollower(merge, sheetRow, left + column)) {
      raw[field] = null;
      row.merged = { ...row.merged, [field]: a1(merge.top, merge.left) };
      continue;
    }
    const value = column < cells.length ? (cells[column] ?? null) : null;
    raw[field] = value;
    if (!row.content && !isBlank(value) && !(merge && merge.right > merge.left)) row.content = true;
  }
  return row;
}
