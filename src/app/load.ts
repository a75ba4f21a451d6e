/**
 * Reading a workbook for an operation: the plan (workbook tables, else the default plan), the project
 * table typed by core, and — for the sum checks — the other sheets, all in ONE port read.
 * Port-neutral: the CLI (ExcelJS port) and the task pane (Office port) share it.
 */
import {
  checkPlan,
  defaultPlan,
  planFromTables,
  type PlanProblem,
  type PlanTableFinding,
} from '../core/plan';
import { findHeaderRow, mapHeaders, readProjectTable, type HeaderMatch } from '../core/projects';
import { normalize } from '../core/text';
import type { CellValue, ColumnMapping, Grid, Plan, ProjectTable } from '../core/types';
import type { SourceCandidate } from '../port/names';
import type { SavedMapping, SourceKind, TableRead, WorkbookPort } from '../port/workbookPort';
import { applyPayments, readPaymentTable, type PaymentTable } from '../core/payments';

export type PlanSource = 'default' | 'workbook';

export interface ProjectSource {
  source: SourceKind;
  /** Sheet-qualified address of what was read, e.g. "Prosjekter!A1:O29". */
  address: string;
  tableName?: string;
  /** Other tables or sheets `Prosjekter` could have meant, not read (the check warns about them). */
  ignored?: SourceCandidate[];
  /** How the header row matched the known headers (missing, duplicated and unknown columns). */
  headers: HeaderMatch;
  /** 'saved': the mapping the user confirmed earlier still fits the headers, and was used. */
  mapping: 'saved' | 'headers';
  /** The grid as read (header row included), for operations that show or mark cells. */
  grid: Grid;
}

export interface LoadedWorkbook {
  plan: Plan;
  planSource: PlanSource;
  /** Cells of the Plan tables that could not be read (the default plan's value was used instead). */
  planFindings: PlanTableFinding[];
  /** Where the workbook's plan does not add up (empty for the default plan). */
  planProblems: PlanProblem[];
  /** null when the workbook has no project table (or only an empty one). */
  table: ProjectTable | null;
  projectSource: ProjectSource | null;
  /** The other sheets' used ranges, when asked for. */
  sheets?: Grid[];
  /** The payments table `Utbetalinger`, when the workbook has one (then `table` counts its payments). */
  payments: PaymentTable | null;
  /** The Plan sheet's tables as read (Kriterier and Styret are read from them); null without a Plan sheet. */
  planTables: Record<string, CellValue[][]> | null;
  /** Width of the project table's header row, for appending rows that fit it (0 without a table). */
  projectWidth: number;
  /** The applications table or sheet as read, when asked for (`applications`); null when there is none. */
  applications?: TableRead | null;
}

export interface LoadOptions {
  /** Also read every other sheet, for the sum checks (default false). */
  sheets?: boolean;
  /** Read the project table from this range instead of the `Prosjekter` table or sheet. */
  projectsRange?: string;
  /** Also read the applications (`Søknader`, or this range), in the same port read (Vurdering, Styrerapport). */
  applications?: true | { range: string };
}

function headerTexts(row: CellValue[] | undefined): string[] {
  return (row ?? []).map((cell) =>
    typeof cell === 'string' || typeof cell === 'number' ? normalize(String(cell)) : '',
  );
}

/** The saved mapping is used only while the header row still reads as it did when the user confirmed it. */
function savedMappingFits(
  saved: SavedMapping | undefined,
  headers: CellValue[] | undefined,
): ColumnMapping | undefined {
  if (!saved?.headers) return undefined;
  const now = headerTexts(headers);
  const then = saved.headers.map((h) => normalize(h));
  const trim = (texts: string[]) =>
    texts.slice(0, texts.length - [...texts].reverse().findIndex((t) => t !== ''));
  return JSON.stringify(trim(now)) === JSON.stringify(trim(then)) ? saved.mapping : undefined;
}

export async function loadWorkbook(port: WorkbookPort, options: LoadOptions = {}): Promise<LoadedWorkbook> {
  const read = await port.readForOperation({
    projects: options.projectsRange ? { range: options.projectsRange } : true,
    applications: options.applications ?? false,
    payments: true,
    plan: true,
    mapping: true,
    sheets: options.sheets ?? false,
  });
  const planTables = read.planTables && Object.keys(read.planTables).length > 0 ? read.planTables : null;
  const fromTables = planTables ? planFromTables(planTables) : null;
  const plan = fromTables?.plan ?? defaultPlan;
  const loaded: LoadedWorkbook = {
    plan,
    planSource: fromTables ? 'workbook' : 'default',
    planFindings: fromTables?.findings ?? [],
    planProblems: fromTables ? checkPlan(plan) : [],
    table: null,
    projectSource: null,
    payments: read.payments ? readPaymentTable(read.payments.grid) : null,
    planTables,
    projectWidth: 0,
  };
  if (options.sheets) loaded.sheets = read.sheets;
  if (options.applications) loaded.applications = read.applications;

  const projects = read.projects;
  const headerIndex = projects ? findHeaderRow(projects.grid) : -1;
  if (!projects || headerIndex < 0) return loaded;
  const headerRow = projects.grid.values[headerIndex];
  const headers = mapHeaders(headerRow);
  loaded.projectWidth = headerRow?.length ?? 0;
  const saved = savedMappingFits(read.mappings.projects, headerRow);
  const table = readProjectTable(projects.grid, plan, saved);
  loaded.table = loaded.payments ? applyPayments(table, loaded.payments) : table;
  loaded.projectSource = {
    source: projects.source,
    address: projects.address,
    ...(projects.tableName ? { tableName: projects.tableName } : {}),
    ...(projects.ignored?.length ? { ignored: projects.ignored } : {}),
    headers,
    mapping: saved ? 'saved' : 'headers',
    grid: projects.grid,
  };
  return loaded;
}
