/**
 * Vurdering over a WorkbookPort: read Søknader, Prosjekter and the Plan in one read, assess, and — when
 * asked — write the board's case table (an owned sheet), append the granted applications to Prosjekter
 * (new rows only, logged by the port) and save the criteria in the Plan. Port-neutral: CLI and task pane.
 */
import {
  assess,
  BOARD_TABLE,
  boardFromTable,
  CRITERIA_TABLE,
  criteriaFromTable,
  criteriaToTable,
  frameTable,
  mapApplicationHeaders,
  projectRowsFor,
  readApplicationTable,
  recommendationTable,
  weightShares,
  findApplicationHeaderRow,
  type ApplicationHeaderMatch,
  type ApplicationTable,
  type AssessmentResult,
  type AssessOptions,
  type BoardLink,
  type Criterion,
} from '../core/assessment';
import { a1 } from '../core/cells';
import { inputError, type InputError } from '../core/errors';
import { defaultPlan, planToTables, type PlanTableFinding } from '../core/plan';
import { mapHeaders } from '../core/projects';
import { sortFindings } from '../core/rules';
import { normalize } from '../core/text';
import type { CellValue, ColumnMapping, Finding, Plan, ProjectTable } from '../core/types';
import { isPortError } from '../port/errors';
import { APPEND_ACTION, APPLICATIONS, PROJECTS } from '../port/names';
import type { WorkbookPort, WriteResult } from '../port/workbookPort';
import { readingFindings } from './check';
import { loadWorkbook, type LoadedWorkbook, type PlanSource } from './load';

export const RECOMMENDATION_SHEET = 'Innstilling';

export interface AssessmentRunOptions extends AssessOptions {
  /** Criteria edited in the pane but not yet saved; default: the Plan's `Kriterier`, else the default set. */
  criteria?: Criterion[];
  /** Read the applications from this range instead of the `Søknader` table or sheet. */
  applicationsRange?: string;
}

export interface AssessmentRun {
  plan: Plan;
  planSource: PlanSource;
  criteria: Criterion[];
  /** 'workbook': from the Plan's `Kriterier`; 'default': the seven default criteria; 'given': passed in. */
  criteriaSource: 'workbook' | 'default' | 'given';
  applications: ApplicationTable;
  applicationSource: { address: string; tableName?: string; headers: ApplicationHeaderMatch };
  projects: ProjectTable | null;
  /** The board's ties to companies (the Plan's `Styret`), for habilitet. */
  board: BoardLink[];
  /** Width of the project table's header row, for appending rows that fit it. */
  projectWidth: number;
  result: AssessmentResult;
  /** The rules' findings plus what the reading found (Plan cells, headers nearly right). */
  findings: Finding[];
}

function noApplications(): InputError {
  return inputError('no-applications', {
    nb: `Fant ingen søknader: arbeidsboken har verken en tabell eller et ark som heter «${APPLICATIONS}» (eller det er tomt).`,
    en: `No applications found: the workbook has neither a table nor a sheet named "${APPLICATIONS}" (or it is empty).`,
  });
}

function planTableFindings(findings: PlanTableFinding[]): Finding[] {
  return findings.map((f) => ({
    rule: 'plan-table',
    severity: 'warning',
    sheet: 'Plan',
    cell: 'A1',
    message: `Plantabellen «${f.table}», rad ${f.row + 1}: ${f.message}`,
    messageEn: `Plan table "${f.table}", row ${f.row + 1}: ${f.messageEn}`,
  }));
}

function headerFindings(
  applications: ApplicationTable,
  headers: ApplicationHeaderMatch,
  left: number,
): Finding[] {
  return headers.unknown
    .filter((u) => u.suggestion)
    .map((u) => ({
      rule: 'unknown-header',
      severity: 'info' as const,
      sheet: applications.sheet,
      cell: a1(applications.headerRow, left + u.column),
      message: `Overskriften «${u.header}» er ukjent og blir ikke lest — mente du «${u.suggestion}»?`,
      messageEn: `The header "${u.header}" is not known and is not read — did you mean "${u.suggestion}"?`,
    }));
}

/** Reads everything in one port call and assesses. InputError 'no-applications' when there is nothing to assess. */
export async function runAssessment(
  port: WorkbookPort,
  options: AssessmentRunOptions = {},
): Promise<AssessmentRun> {
  const applications = options.applicationsRange ? { range: options.applicationsRange } : true;
  return assessLoaded(await loadWorkbook(port, { applications }), options);
}

/**
 * The assessment of a workbook read by loadWorkbook with its applications: the one loading path, so the
 * project table counts the `Utbetalinger` payments here as it does in Kontroll and Oversikt.
 */
export function assessLoaded(loaded: LoadedWorkbook, options: AssessmentRunOptions = {}): AssessmentRun {
  const { plan, planSource, planTables: tables } = loaded;
  const fromPlan = criteriaFromTable(tables?.[CRITERIA_TABLE]);
  const criteria = options.criteria ?? fromPlan.criteria;
  const criteriaSource = options.criteria ? 'given' : fromPlan.isDefault ? 'default' : 'workbook';
  const fromBoard = boardFromTable(tables?.[BOARD_TABLE]);
  const board = fromBoard.links;

  const read = loaded.applications;
  const grid = read?.grid;
  const headerIndex = grid ? findApplicationHeaderRow(grid) : -1;
  if (!read || !grid || headerIndex < 0) throw noApplications();
  const headers = mapApplicationHeaders(grid.values[headerIndex], criteria);
  const applications = readApplicationTable(grid, plan, criteria);
  const projects = loaded.table;

  const result = assess({ plan, criteria, applications, projects, board }, options);
  const reading = readingFindings({
    ...loaded,
    // `Kriterier` is reported once, below, whatever planFromTables says of it; the project table's own
    // reading findings are Kontroll's.
    planFindings: loaded.planFindings.filter((f) => f.table !== CRITERIA_TABLE),
    payments: null,
    table: null,
    projectSource: null,
  });
  const findings = sortFindings([
    ...result.findings,
    ...reading,
    ...planTableFindings([...(tables && !options.criteria ? fromPlan.findings : []), ...fromBoard.findings]),
    ...headerFindings(applications, headers, grid.left),
  ]);
  return {
    plan,
    planSource,
    criteria,
    criteriaSource,
    applications,
    applicationSource: {
      address: read.address,
      ...(read.tableName ? { tableName: read.tableName } : {}),
      headers,
    },
    projects,
    board,
    projectWidth: loaded.projectWidth,
    result,
    findings,
  };
}

const dateText = (date: Date) =>
  new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);

/** The board's case table, the frames per area and the criteria, on the owned sheet `Innstilling`. */
export async function writeRecommendationSheet(
  port: WorkbookPort,
  run: AssessmentRun,
  options: { now?: Date; scope?: AssessOptions['scope'] } = {},
): Promise<WriteResult> {
  const cases = recommendationTable(run.result);
  const frames = frameTable(run.result);
  const shares = weightShares(run.criteria);
  const scope =
    options.scope === 'period' ? 'hele planperioden' : 'årets del av rammen for hvert innsatsområde';
  const sheet = run.applications.sheet;
  return port.writeOwnedSheet({
    name: RECOMMENDATION_SHEET,
    title: 'Innstilling til styret: vurdering av søknader',
    subtitle: `${run.plan.name}. Rangert etter vektede poeng (0–100); rammene er ${scope}, etter det som alt er bevilget i «${PROJECTS}». Laget ${dateText(options.now ?? new Date())}.`,
    action: 'Skrev innstilling',
    tables: [
      {
        name: 'Omstilling_innstilling',
        title: 'Søknadene i rangert rekkefølge',
        headers: cases.headers,
        rows: cases.rows,
        columns: cases.columns,
        sum: { label: 'Sum', columns: cases.sums },
        links: {
          column: 1,
          targets: run.result.assessments.map((a) => ({
            sheet,
            cell: a.application.cells.id ?? a1(a.row, run.applications.left),
          })),
        },
      },
      ...(frames.rows.length
        ? [
            {
              name: 'Omstilling_rammer',
              title: 'Rammene etter søknadene, per innsatsområde',
              headers: frames.headers,
              rows: frames.rows,
              columns: frames.columns,
              sum: { label: 'Sum', columns: frames.sums },
            },
          ]
        : []),
      {
        name: 'Omstilling_kriterier',
        title: 'Kriterier og vekter',
        headers: ['Kriterium', 'Beskrivelse', 'Vekt', 'Andel'],
        rows: run.criteria.map((c) => [c.name, c.description, c.weight, shares[c.id]]),
        columns: ['text', 'text', 'general', 'shareTenths'],
        sum: { label: 'Sum', columns: [2, 3] },
      },
    ],
  });
}

export interface GrantDecision {
  /** The application's sheet row (as in AssessmentRun) … */
  row: number;
  /** … and its number, checked again so a table edited meanwhile is not misread. */
  id?: string;
  /** What the board granted, whole kroner. */
  amount: number;
  /**
   * The user confirmed the application's warnings (de minimis, habilitet …) before adding it: required when
   * it has any, and logged with them.
   */
  confirmed?: boolean;
}

export interface AppendResult {
  write: WriteResult | null;
  added: { id?: string; name?: string; amount: number; projectId: CellValue }[];
  /** Applications already in Prosjekter (same project, applicant and year): not added again. */
  skipped: { id?: string; name?: string }[];
}

function grantProblem(nb: string, en: string): InputError {
  return inputError('grant-mismatch', { nb: nb, en: en });
}

/**
 * Appends the granted applications to `Prosjekter` as new rows with status Aktiv and the decision's year;
 * existing rows are never changed. Reads again first (one read, one write), so it works on what is in the
 * workbook now; an application already in the project table for that year is skipped, not added twice.
 * Creates the `Prosjekter` table when the workbook has none.
 */
export async function appendGrantedApplications(
  port: WorkbookPort,
  decisions: readonly GrantDecision[],
  decisionYear: number,
  options: AssessmentRunOptions = {},
): Promise<AppendResult> {
  if (!Number.isInteger(decisionYear) || decisionYear < 1900 || decisionYear > 2200) {
    throw grantProblem(`«${decisionYear}» er ikke et årstall.`, `"${decisionYear}" is not a year.`);
  }
  const run = await runAssessment(port, options);
  const grants = decisions.map((decision) => {
    const application = run.applications.rows.find((a) => a.row === decision.row);
    if (!application || (decision.id !== undefined && application.id !== decision.id)) {
      throw grantProblem(
        `Søknaden på rad ${decision.row}${decision.id ? ` (${decision.id})` : ''} er ikke der lenger. Vurder på nytt og prøv igjen. Ingenting ble endret.`,
        `The application on row ${decision.row}${decision.id ? ` (${decision.id})` : ''} is no longer there. Assess again and retry. Nothing was changed.`,
      );
    }
    if (!Number.isSafeInteger(decision.amount) || decision.amount < 0) {
      throw grantProblem(
        `Beløpet for ${application.id ?? `rad ${decision.row}`} må være et helt, ikke-negativt kronebeløp. Ingenting ble endret.`,
        `The amount for ${application.id ?? `row ${decision.row}`} must be a whole, non-negative number of kroner. Nothing was changed.`,
      );
    }
    const warnings = run.result.assessments.find((a) => a.application === application)?.warnings ?? [];
    return { application, amount: decision.amount, warnings, confirmed: decision.confirmed === true };
  });

  const existing = run.projects?.rows ?? [];
  const key = (name?: string, applicant?: string, year?: number) =>
    `${normalize(name ?? '')}\u0000${normalize(applicant ?? '')}\u0000${year ?? ''}`;
  const present = new Set(existing.map((p) => key(p.name, p.applicant, p.year)));
  const fresh = grants.filter(
    (g) => !present.has(key(g.application.name, g.application.applicant, decisionYear)),
  );
  const skipped = grants
    .filter((g) => !fresh.includes(g))
    .map(({ application }) => ({ id: application.id, name: application.name }));
  if (fresh.length === 0) return { write: null, added: [], skipped };
  // Only what is added needs confirming (one already there may warn because it now counts twice).
  const unconfirmed = fresh.find((g) => g.warnings.length > 0 && !g.confirmed);
  if (unconfirmed) {
    const { application, warnings } = unconfirmed;
    throw inputError('grant-unconfirmed', {
      nb: `${application.id ?? `Rad ${application.row}`} har merknader som må bekreftes før den legges til: ${warnings.map((w) => w.text.nb).join(' ')} Ingenting ble endret.`,
      en: `${application.id ?? `Row ${application.row}`} has warnings to confirm before it is added: ${warnings.map((w) => w.text.en).join(' ')} Nothing was changed.`,
    });
  }

  let mapping: ColumnMapping;
  let width: number;
  if (run.projects) {
    mapping = run.projects.mapping;
    width = run.projectWidth;
  } else {
    await port.createProjectTable();
    const headers = (await port.readProjects())?.grid.values[0] ?? [];
    mapping = mapHeaders(headers).mapping;
    width = headers.length;
  }
  const rows = projectRowsFor(
    fresh,
    decisionYear,
    mapping,
    width,
    existing.map((p) => p.id),
  );
  const confirmed = fresh.filter((g) => g.warnings.length > 0);
  const action = confirmed.length
    ? `${APPEND_ACTION}. Bekreftet tross merknader: ${confirmed
        .map(
          (g) =>
            `${g.application.id ?? `rad ${g.application.row}`}: ${g.warnings.map((w) => w.text.nb).join(' ')}`,
        )
        .join(' ')}`
    : undefined;
  const write = await port.appendRows(PROJECTS, rows, action ? { action } : undefined);
  const idColumn = mapping.id;
  return {
    write,
    added: fresh.map(({ application, amount }, i) => ({
      id: application.id,
      name: application.name,
      amount,
      projectId: idColumn === undefined ? null : rows[i][idColumn],
    })),
    skipped,
  };
}

/**
 * Saves the criteria as the Plan's `Kriterier` table. A workbook without a Plan sheet gets one (the current
 * plan's tables plus `Kriterier`); otherwise the table is replaced in place, or added to the Plan sheet.
 */
export async function saveCriteria(port: WorkbookPort, criteria: readonly Criterion[]): Promise<WriteResult> {
  if (criteria.length === 0 || criteria.some((c) => !(c.weight >= 0) || !c.name.trim())) {
    throw inputError('criteria-invalid', {
      nb: 'Hvert kriterium trenger et navn og en vekt ≥ 0. Ingenting ble lagret.',
      en: 'Every criterion needs a name and a weight ≥ 0. Nothing was saved.',
    });
  }
  const table = criteriaToTable(criteria);
  const planTables = await port.readPlanTables();
  if (planTables) return port.writePlanTable(table);
  try {
    return await port.createPlanSheet([...planToTables(defaultPlan), table]);
  } catch (error) {
    // A Plan sheet without plan tables: add `Kriterier` to it.
    if (isPortError(error) && error.code === 'exists') return port.writePlanTable(table);
    throw error;
  }
}
