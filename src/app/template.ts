/**
 * A workbook to start from: the Plan sheet with the default plan's tables, the default criteria (`Kriterier`)
 * and an empty `Styret` table (the board's ties to companies, for habilitet); an empty `Prosjekter` table with
 * the canonical headers and an empty `Søknader` table with one score column per criterion, both with
 * pick-lists (area from the Plan, category, status, scores 1–5).
 * With `example`, the 28 projects of 2011–2012, the six applications of 2013 and one board member's tie in them.
 */
import {
  boardToTable,
  criteriaToTable,
  defaultCriteria,
  SAMPLE_BOARD,
  sampleApplicationsGrid,
} from '../core/assessment';
import { defaultPlan, planToTables } from '../core/plan';
import { sampleProjectsGrid } from '../core/sample';
import { APPLICATIONS, PROJECTS } from '../port/names';
import { applicationsTableSpec } from '../port/userTables';
import { templateValidations, type ValidationResult } from '../port/validation';
import type { WorkbookPort } from '../port/workbookPort';

export interface TemplateResult {
  /** Project rows written (0 without `example`). */
  projects: number;
  /** Application rows written (0 without `example`). */
  applications: number;
  /** The pick-lists placed (and any column left without, with why). */
  validation: ValidationResult;
}

export async function writeTemplate(
  port: WorkbookPort,
  options: { example?: boolean } = {},
): Promise<TemplateResult> {
  const criteria = defaultCriteria();
  const names = criteria.map((c) => c.name);
  // The example's Styret has one tie, so the sample shows habilitet; without it the table is written empty.
  const board = boardToTable(options.example ? SAMPLE_BOARD : []);
  await port.createPlanSheet([...planToTables(defaultPlan), criteriaToTable(criteria), board]);
  await port.createProjectTable();
  await port.createApplicationsTable(names);
  let projects = 0;
  let applications = 0;
  if (options.example) {
    const projectRows = sampleProjectsGrid(PROJECTS).values.slice(1);
    await port.appendRows(PROJECTS, projectRows);
    // The sample holds fewer columns than the table (no state-aid columns): each value under its header.
    const [sampleHeaders, ...sample] = sampleApplicationsGrid(APPLICATIONS).values;
    const from = applicationsTableSpec(names).headers.map((header) => sampleHeaders.indexOf(header));
    const applicationRows = sample.map((row) => from.map((i) => (i >= 0 ? (row[i] ?? null) : null)));
    await port.appendRows(APPLICATIONS, applicationRows);
    projects = projectRows.length;
    applications = applicationRows.length;
  }
  // Last, so the lists cover the rows the example added.
  const validation = await port.addValidation(templateValidations(names));
  return { projects, applications, validation };
}
