/**
 * The plan's summary tables: per year, category and area, how many projects were granted and are still
 * active, and how much. How statuses count:
 * - every row with a year, category and area counts as granted, also withdrawn ('Trukket') ones: the
 *   board did grant them, and the seed's tables count granted projects, not paid ones;
 * - only active rows count as active; a status that can't be read counts as active (Aktiv is the default,
 *   and the rule unknown-status points at the cell);
 * - rows without a readable year, category or area can't be placed and are left out (the rules report them).
 */
import { CATEGORY_LABELS } from './projects';
import type { Category, CellValue, ProjectRow } from './types';

export type SummaryRecord = {
  year: number;
  category: Category;
  area: string;
  countGranted: number;
  countActive: number;
  amountGranted: number;
  amountActive: number;
};

export const CATEGORY_ORDER: Category[] = ['prestudy', 'preproject', 'mainProject'];

/** The four measure rows per category, as the seed labels them. */
export const MEASURES = [
  { key: 'countGranted', nb: 'Antall bevilget', en: 'Number granted' },
  { key: 'countActive', nb: 'Antall aktive', en: 'Number active' },
  { key: 'amountGranted', nb: 'Bevilget beløp', en: 'Amount granted' },
  { key: 'amountActive', nb: 'Bevilget aktive', en: 'Granted, active' },
] as const;

export const SUM_LABEL = { nb: 'Sum', en: 'Total' };
export const SUM_GRANTED_LABEL = { nb: 'Sum bevilget', en: 'Total granted' };

export function isActive(row: ProjectRow): boolean {
  return row.status === 'active' || row.status === undefined;
}

/** One record per year × category × area that has projects, sorted by year, category order, area. */
export function summarize(rows: ProjectRow[]): SummaryRecord[] {
  const byKey = new Map<string, SummaryRecord>();
  for (const row of rows) {
    if (row.year === undefined || row.category === undefined || row.area === undefined) continue;
    const key = `${row.year}\u0000${row.category}\u0000${row.area}`;
    let record = byKey.get(key);
    if (!record) {
      record = {
        year: row.year,
        category: row.category,
        area: row.area,
        countGranted: 0,
        countActive: 0,
        amountGranted: 0,
        amountActive: 0,
      };
      byKey.set(key, record);
    }
    const amount = row.granted ?? 0;
    record.countGranted += 1;
    record.amountGranted += amount;
    if (isActive(row)) {
      record.countActive += 1;
      record.amountActive += amount;
    }
  }
  return [...byKey.values()].sort(
    (a, b) =>
      a.year - b.year ||
      CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) ||
      a.area.localeCompare(b.area, 'nb'),
  );
}

/**
 * The seed's table for one year: a header row (three blank cells, the areas, 'Sum'), per category four
 * measure rows (year and category on the category's first row), and 'Sum bevilget'. `areas` gives the
 * column order; an area with projects that year but not in `areas` is added at the end so nothing is lost
 * and every row adds up to its Sum.
 */
export function summaryLayout(records: SummaryRecord[], year: number, areas: string[]): CellValue[][] {
  const ofYear = records.filter((record) => record.year === year);
  const columns = [...areas];
  for (const record of ofYear) if (!columns.includes(record.area)) columns.push(record.area);

  const table: CellValue[][] = [['', '', '', ...columns, SUM_LABEL.nb]];
  const withSum = (cells: number[]): CellValue[] => [...cells, cells.reduce((sum, n) => sum + n, 0)];
  CATEGORY_ORDER.forEach((category, categoryIndex) => {
    MEASURES.forEach((measure, measureIndex) => {
      const cells = columns.map((area) =>
        ofYear
          .filter((record) => record.category === category && record.area === area)
          .reduce((sum, record) => sum + record[measure.key], 0),
      );
      const yearCell = categoryIndex === 0 && measureIndex === 0 ? year : '';
      const categoryCell = measureIndex === 0 ? CATEGORY_LABELS[category].nb : '';
      table.push([yearCell, categoryCell, measure.nb, ...withSum(cells)]);
    });
  });
  const granted = columns.map((area) =>
    ofYear.filter((record) => record.area === area).reduce((sum, record) => sum + record.amountGranted, 0),
  );
  table.push([SUM_GRANTED_LABEL.nb, '', '', ...withSum(granted)]);
  return table;
}
