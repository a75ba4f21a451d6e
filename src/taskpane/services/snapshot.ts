/**
 * What the panels show, read in one go through the app's loadWorkbook: the plan in use, the project table
 * with its column mapping, and while Kontroll or Vurdering is shown the other sheets (the sum checks) or the
 * applications: those panels work from this snapshot instead of reading the workbook a second time after each
 * edit. Adds what the setup panel needs on top:
 * the header texts and the mapping in use.
 */
import { loadWorkbook, type LoadedWorkbook } from '../../app/load';
import { findHeaderRow } from '../../core/projects';
import type { CellValue, ColumnMapping } from '../../core/types';
import type { WorkbookPort } from '../../port/workbookPort';

export interface Snapshot extends LoadedWorkbook {
  /** Header texts of the project table, in column order ([] without a table). */
  headers: string[];
  /** The mapping in use: the saved one while it fits the headers, else the one found from the headers. */
  mapping: ColumnMapping;
}

function text(cell: CellValue | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'object') return cell.error;
  return String(cell).trim();
}

export function snapshotOf(loaded: LoadedWorkbook): Snapshot {
  const grid = loaded.projectSource?.grid;
  const index = grid ? findHeaderRow(grid) : -1;
  const headers = grid && index >= 0 ? grid.values[index].map(text) : [];
  return { ...loaded, headers, mapping: loaded.table?.mapping ?? {} };
}

/** `sheets` and `applications`: read them too (while Kontroll or Vurdering is shown). */
export async function loadSnapshot(
  port: WorkbookPort,
  options: { range?: string; sheets?: boolean; applications?: boolean } = {},
): Promise<Snapshot> {
  const { range, sheets, applications } = options;
  return snapshotOf(
    await loadWorkbook(port, {
      projectsRange: range,
      sheets,
      ...(applications ? { applications: true } : {}),
    }),
  );
}
