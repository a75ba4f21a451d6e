/**
 * Marks on cells with findings. Mechanism: one conditional format per sheet and severity (chunked), whose
 * rule is an always-true formula carrying a tag, `=ISTEXT("Omstilling-merke: feil")`.
 *
 * Why conditional formats and not saved-and-restored cell formats: a conditional format is a layer above
 * the cell's own format, so marking never touches the user's fill, font or borders, and clearing deletes
 * only our rules (recognised by the tag) — nothing has to be remembered and restored. Saving and restoring
 * formats would overwrite any formatting the user changed while marks were on, could not restore pattern,
 * gradient or theme fills faithfully, and would leave stray colours if a restore batch failed half-way.
 * The user can also see and delete our rules in Excel's rule manager, where the tag explains them.
 */
import { parseA1 } from '../core/cells';
import type { Severity } from '../core/types';
import { rectAddress } from './addresses';
import type { CellMark } from './workbookPort';

export const MARK_TAG = 'Omstilling-merke';

const SEVERITY_LABEL: Record<Severity, string> = { error: 'feil', warning: 'advarsel', info: 'info' };

/** Excel's own "light red fill with dark red text" and its yellow and blue twins. */
export const MARK_STYLE: Record<Severity, { fill: string; font: string }> = {
  error: { fill: '#FFC7CE', font: '#9C0006' },
  warning: { fill: '#FFEB9C', font: '#9C5700' },
  info: { fill: '#DDEBF7', font: '#1F4E78' },
};

/** Rule formula with the leading '=' (Office.js form; ExcelJS stores it without). */
export function markFormula(severity: Severity): string {
  return `=ISTEXT("${MARK_TAG}: ${SEVERITY_LABEL[severity]}")`;
}

export function isMarkFormula(formula: string | null | undefined): boolean {
  return typeof formula === 'string' && formula.includes(`"${MARK_TAG}:`);
}

export function severityOfMarkFormula(formula: string): Severity | undefined {
  const label = /"Omstilling-merke: (\w+)"/.exec(formula)?.[1];
  return (Object.keys(SEVERITY_LABEL) as Severity[]).find((s) => SEVERITY_LABEL[s] === label);
}

export interface MarkGroup {
  sheet: string;
  severity: Severity;
  /** A1 areas without sheet, e.g. ['H7', 'H9:H12']; one conditional format each group. */
  areas: string[];
}

/** Areas per conditional format: keeps each rule's address short enough for Excel (and for people). */
const MAX_AREAS = 200;

/**
 * Marks grouped per sheet and severity, consecutive cells of a column merged into one area. A cell marked
 * with several severities keeps the most severe.
 */
export function groupMarks(marks: CellMark[]): MarkGroup[] {
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
  const strongest = new Map<string, { sheet: string; row: number; column: number; severity: Severity }>();
  for (const mark of marks) {
    const at = parseA1(mark.cell);
    if (!at) continue;
    const key = `${mark.sheet}\u0000${at.column}\u0000${at.row}`;
    const seen = strongest.get(key);
    if (!seen || rank[mark.severity] < rank[seen.severity])
      strongest.set(key, { sheet: mark.sheet, ...at, severity: mark.severity });
  }
  const bySheetSeverity = new Map<
    string,
    { sheet: string; severity: Severity; cells: { row: number; column: number }[] }
  >();
  for (const cell of strongest.values()) {
    const key = `${cell.sheet}\u0000${cell.severity}`;
    const entry = bySheetSeverity.get(key) ?? { sheet: cell.sheet, severity: cell.severity, cells: [] };
    entry.cells.push(cell);
    bySheetSeverity.set(key, entry);
  }
  const groups: MarkGroup[] = [];
  for (const { sheet, severity, cells } of bySheetSeverity.values()) {
    cells.sort((a, b) => a.column - b.column || a.row - b.row);
    const areas: string[] = [];
    let start = cells[0];
    let end = cells[0];
    for (const cell of [...cells.slice(1), undefined]) {
      if (cell && cell.column === end.column && cell.row === end.row + 1) {
        end = cell;
        continue;
      }
      areas.push(rectAddress({ top: start.row, left: start.column, bottom: end.row, right: end.column }));
      if (cell) {
        start = cell;
        end = cell;
      }
    }
    for (let i = 0; i < areas.length; i += MAX_AREAS) {
      groups.push({ sheet, severity, areas: areas.slice(i, i + MAX_AREAS) });
    }
  }
  return groups.sort((a, b) => a.sheet.localeCompare(b.sheet) || rank[a.severity] - rank[b.severity]);
}

/** How many cells the groups cover. */
export function markedCells(groups: MarkGroup[]): number {
  let count = 0;
  for (const group of groups) {
    for (const area of group.areas) {
      const [from, to] = area.split(':');
      const a = parseA1(from);
      const b = parseA1(to ?? from);
      if (a && b) count += (b.row - a.row + 1) * (b.column - a.column + 1);
    }
  }
  return count;
}
