/**
 * A workbook to start from: the Plan sheet with the default plan's tables and an empty `Styret` table (the
 * board's ties to companies, for habilitet), and an empty `Prosjekter` table with the canonical headers;
 * with `example`, the 28 projects of 2011–2012 in it.
 */
import { boardToTable } from '../core/assessment/board';
import { defaultPlan, planToTables } from '../core/plan';
import { sampleProjectsGrid } from '../core/sample';
import { PROJECTS } from '../port/names';
import type { WorkbookPort } from '../port/workbookPort';

export interface TemplateResult {
  /** Project rows written (0 without `example`). */
  projects: number;
}

export async function writeTemplate(port: WorkbookPort, options: { example?: boolean } = {}): Promise<TemplateResult> {
  await port.createPlanSheet([...planToTables(defaultPlan), boardToTable([])]);
  await port.createProjectTable();
  if (!options.example) return { projects: 0 };
  const rows = sampleProjectsGrid(PROJECTS).values.slice(1);
  await port.appendRows(PROJECTS, rows);
  return { projects: rows.length };
}
