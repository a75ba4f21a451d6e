/**
 * Pick-lists on an existing workbook's tables (the pane's Oppsett): the same data validation the template
 * places — area from the Plan, category and status on Prosjekter; area, category and a 1–5 score per
 * criterion on Søknader. Only validation is added, no value changes, and it is logged; removing takes away
 * exactly what the add-in placed (port.removeValidation) and leaves the user’s own validation as it was.
 */
import { CRITERIA_TABLE, criteriaFromTable } from '../core/assessment/criteria';
import { templateValidations, type ValidationResult } from '../port/validation';
import type { WorkbookPort } from '../port/workbookPort';

/** Places the pick-lists; the score columns are the criteria of the Plan's `Kriterier` (else the default). */
export async function addPickLists(port: WorkbookPort): Promise<ValidationResult> {
  const tables = await port.readPlanTables();
  const { criteria } = criteriaFromTable(tables?.[CRITERIA_TABLE]);
  return port.addValidation(templateValidations(criteria.map((criterion) => criterion.name)));
}

