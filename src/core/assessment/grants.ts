/**
 * Granted applications as new rows of the project table, laid out in that table's own columns. Existing
 * rows are never touched: these rows are only ever appended.
 */
import { CATEGORY_LABELS, STATUS_LABELS } from '../projects';
import type { CellValue, ColumnMapping, ProjectField } from '../types';
import type { ApplicationRow } from './applications';

export interface Grant {
  application: ApplicationRow;
  /** What the board granted (whole kroner). */
  amount: number;
}

/**
 * Project numbers for `count` new projects of `year`: when the table numbers its projects "YYYY-NN", the
 * next free numbers of that year ("2013-01", "2013-02" …); otherwise undefined (the application numbers
 * are used).
 */
export function nextProjectIds(
  existing: readonly (string | undefined)[],
  year: number,
  count: number,
): string[] | undefined {
  const pattern = /^(\d{4})-(\d+)$/;
  const numbered = existing.filter((id): id is string => id !== undefined && pattern.test(id));
  if (numbered.length === 0) return undefined;
  const width = Math.max(2, ...numbered.map((id) => (pattern.exec(id) as RegExpExecArray)[2]!.length));
  const used = numbered
    .map((id) => pattern.exec(id) as RegExpExecArray)
    .filter((m) => Number(m[1]) === year)
    .map((m) => Number(m[2]));
  const start = used.length ? Math.max(...used) + 1 : 1;
  return Array.from({ length: count }, (_, i) => `${year}-${String(start + i).padStart(width, '0')}`);
}

/**
 * One row per grant in the project table's columns (`mapping`, `width` columns): number, project,
 * applicant, org.nr, area, category, year of the decision, amount granted and status Aktiv; payments and
 * results are left empty for the follow-up to fill in.
 */
export function projectRowsFor(
  grants: readonly Grant[],
  decisionYear: number,
  mapping: ColumnMapping,
  width: number,
  existingIds: readonly (string | undefined)[] = [],
): CellValue[][] {
  const ids = nextProjectIds(existingIds, decisionYear, grants.length);
  return grants.map(({ application, amount }, i) => {
    const byField: Partial<Record<ProjectField, CellValue>> = {
      id: ids?.[i] ?? application.id ?? null,
      name: application.name ?? null,
      applicant: application.applicant ?? null,
      orgNo: application.orgNo ?? null,
      area: application.area ?? application.areaText ?? null,
      category: application.category ? CATEGORY_LABELS[application.category].nb : null,
      year: decisionYear,
      granted: amount,
      status: STATUS_LABELS.active.nb,
    };
    const row: CellValue[] = Array.from({ length: width }, () => null);
    for (const [field, column] of Object.entries(mapping) as [ProjectField, number | undefined][]) {
      if (column !== undefined && column >= 0 && column < width && field in byField) {
        row[column] = byField[field] ?? null;
      }
    }
    return row;
  });
}
