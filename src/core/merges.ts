/**
 * Merged cells as Excel shows them: the value in the top-left cell only, the other cells of the merge empty
 * (SUMIF, filters and pivot tables see them empty too). A merge is kept as a rectangle and never expanded
 * cell by cell, so one merge over a whole sheet costs no more than one over two cells.
 */
import type { CellRect } from './types';

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
      active = active.filter((m) => m.bottom >= row);
      const covering = active;
      return (column) => covering.find((m) => column >= m.left && column <= m.right);
    },
  };
}
