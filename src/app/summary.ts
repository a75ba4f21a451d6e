/** The plan's summary tables from the workbook's project table. */
import { summarize, summaryLayout, type SummaryRecord } from '../core/summary';
import type { CellValue, Plan } from '../core/types';
import type { WorkbookPort } from '../port/workbookPort';
import { appErrors } from './errors';
import { loadWorkbook, type PlanSource } from './load';

export interface SummaryResult {
  /** One record per year × category × area with projects. */
  records: SummaryRecord[];
  /** Per year with projects, the table in the plan's layout (areas of that year's plan, then any others). */
  layouts: { year: number; table: CellValue[][] }[];
  plan: PlanSource;
}

/** The columns of a year's table: that year's areas as the plan had them (2011's five legacy areas). */
function areasOfYear(plan: Plan, year: number): string[] {
  const legacy = year >= plan.legacy.from && year <= plan.legacy.to;
  return legacy ? plan.legacy.areas : plan.areas.map((area) => area.name);
}

export async function summaryOf(port: WorkbookPort): Promise<SummaryResult> {
  const loaded = await loadWorkbook(port);
  if (!loaded.table) throw appErrors.noProjectTable();
  const records = summarize(loaded.table.rows);
  const years = [...new Set(records.map((r) => r.year))].sort((a, b) => a - b);
  const layouts = years.map((year) => ({
    year,
    table: summaryLayout(records, year, areasOfYear(loaded.plan, year)),
  }));
  return { records, layouts, plan: loaded.planSource };
}
