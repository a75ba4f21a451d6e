/**
 * Every check on a workbook: the rule catalogue over the project table, the sum checks over every sheet,
 * the summary range the user points at, plus what only the reading can tell (a header twice, a header
 * nearly right, a Plan cell that could not be read, a plan that does not add up).
 */
import { a1 } from '../core/cells';
import { CANONICAL_HEADERS, FIELD_ORDER, mapHeaders } from '../core/projects';
import { compareFindings, countBySeverity, runRules } from '../core/rules';
import { sumLabelRest } from '../core/sumBlocks';
import type { CellValue, Finding, Grid, Severity } from '../core/types';
import { parseAddress } from '../port/addresses';
import { portErrors } from '../port/errors';
import type { WorkbookPort } from '../port/workbookPort';
import { appErrors } from './errors';
import { loadWorkbook, type LoadedWorkbook, type PlanSource } from './load';

export interface CheckOptions {
  /** A range in the plan's summary layout ("Oppsummering!A1:K16") compared with the computed summary. */
  summaryRange?: string;
  /** Read every sheet for the sum checks (default true). */
  includeSheets?: boolean;
  /** Read the project table from this range instead of the `Prosjekter` table or sheet. */
  projectsRange?: string;
}

export interface CheckResult {
  findings: Finding[];
  counts: Record<Severity, number>;
  plan: PlanSource;
  /** Where the project table was read and how many project rows it has. */
  projects: { address: string; rows: number };
}

const PLAN_SHEET = 'Plan';

const blank = (cell: CellValue | undefined) =>
  cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

/** Columns with content under an empty header cell (a merged header, a forgotten title): never read. */
function unnamedColumns(grid: Grid, headerIndex: number): number[] {
  const header = grid.values[headerIndex] ?? [];
  const width = grid.values.reduce((max, row) => Math.max(max, row?.length ?? 0), 0);
  const columns: number[] = [];
  for (let column = 0; column < width; column++) {
    if (!blank(header[column])) continue;
    for (let r = headerIndex + 1; r < grid.values.length; r++) {
      if (!blank(grid.values[r]?.[column])) {
        columns.push(column);
        break;
      }
    }
  }
  return columns;
}

/** A title above the headers: a row a little further down that holds every required header. */
function laterHeaderRow(grid: Grid, headerIndex: number): number | undefined {
  const last = Math.min(grid.values.length, headerIndex + 11);
  for (let r = headerIndex + 1; r < last; r++) {
    if (mapHeaders(grid.values[r] ?? []).missing.length === 0) return r;
  }
  return undefined;
}

/** What the reading found about the header row and the Plan sheet, as findings. */
export function readingFindings(loaded: LoadedWorkbook): Finding[] {
  const findings: Finding[] = [];
  const source = loaded.projectSource;
  const table = loaded.table;
  if (source && table && source.mapping === 'headers') {
    const cell = (column: number) => a1(table.headerRow, source.grid.left + column);
    const headerIndex = table.headerRow - source.grid.top;
    const later = source.headers.missing.length > 0 ? laterHeaderRow(source.grid, headerIndex) : undefined;
    if (later !== undefined) {
      const row = source.grid.top + later;
      findings.push({
        rule: 'header-row',
        severity: 'error',
        sheet: table.sheet,
        cell: a1(row, source.grid.left),
        message: `Overskriftene ser ut til å stå på rad ${row}, men rad ${table.headerRow} (første rad med innhold) leses som overskrifter. Slett radene over, eller gjør området om til en Excel-tabell med navnet «Prosjekter».`,
        messageEn: `The headers seem to be on row ${row}, but row ${table.headerRow} (the first row with content) is read as the headers. Delete the rows above, or make the range an Excel table named «Prosjekter».`,
      });
    }
    for (const column of unnamedColumns(source.grid, headerIndex)) {
      // In the canonical order, the header that belongs there (when that field has no column yet).
      const field = FIELD_ORDER[column];
      const hint =
        field && table.mapping[field] === undefined
          ? { nb: `, f.eks. «${CANONICAL_HEADERS[field]}»`, en: `, e.g. «${CANONICAL_HEADERS[field]}»` }
          : { nb: '', en: '' };
      findings.push({
        rule: 'unnamed-column',
        severity: 'warning',
        sheet: table.sheet,
        cell: cell(column),
        message: `Kolonnen under ${cell(column)} har innhold, men ingen overskrift, så den blir ikke lest (er overskriftscellen slått sammen med nabocellen?). Gi den en overskrift${hint.nb}.`,
        messageEn: `The column below ${cell(column)} has content but no header, so it is not read (is the header cell merged with its neighbour?). Give it a header${hint.en}.`,
      });
    }
    for (const { field, columns } of source.headers.duplicates) {
      const [used, ...others] = columns.map(cell);
      const label = CANONICAL_HEADERS[field];
      findings.push({
        rule: 'duplicate-header',
        severity: 'warning',
        sheet: table.sheet,
        cell: cell(columns[1]),
        message: `Kolonnen «${label}» står flere ganger (${[used, ...others].join(', ')}); ${used} brukes. Fjern de andre eller gi dem et annet navn.`,
        messageEn: `The column «${label}» appears more than once (${[used, ...others].join(', ')}); ${used} is used. Remove the others or rename them.`,
      });
    }
    for (const { column, header, suggestion } of source.headers.unknown) {
      if (!suggestion) continue;
      findings.push({
        rule: 'unknown-header',
        severity: 'info',
        sheet: table.sheet,
        cell: cell(column),
        message: `Overskriften «${header}» er ukjent og blir ikke lest — mente du «${suggestion}»?`,
        messageEn: `The header «${header}» is not known and is not read — did you mean «${suggestion}»?`,
      });
    }
  }
  for (const f of loaded.planFindings) {
    findings.push({
      rule: 'plan-table',
      severity: 'warning',
      sheet: PLAN_SHEET,
      cell: 'A1',
      // Core's message names the table and its row; the port does not say where on the sheet the table is.
      message: f.message,
      messageEn: f.messageEn,
    });
  }
  for (const p of loaded.planProblems) {
    findings.push({
      rule: 'plan-incoherent',
      severity: 'warning',
      sheet: PLAN_SHEET,
      cell: 'A1',
      message: `Planen henger ikke sammen: ${p.message}`,
      messageEn: `The plan does not add up: ${p.messageEn}`,
    });
  }
  return findings;
}

const MAYBE_SUM = /sum|alt|total/i;

/**
 * A sum needs a label (a «Sum» row, a «Totalt» column): a sheet without one has nothing for sum-mismatch,
 * which reads every cell as a number and would spend seconds on a 100 000-row project table for nothing.
 */
export function hasSumLabel(grid: Grid): boolean {
  for (const row of grid.values) {
    for (const cell of row ?? []) {
      if (typeof cell === 'string' && MAYBE_SUM.test(cell) && sumLabelRest(cell) !== undefined) return true;
    }
  }
  return false;
}

/**
 * The summary range cut out of a grid already read, so no second read is needed; undefined if not there.
 * `wholeSheets`: the grids are used ranges, so a cell outside one is empty; otherwise (a table's grid) the
 * range must lie inside the grid.
 */
export function gridFromSheets(sheets: Grid[] | undefined, address: string, wholeSheets = true): Grid | undefined {
  const parsed = parseAddress(address);
  const sheet = parsed?.sheet;
  const key = sheet?.toLocaleLowerCase('nb');
  const grid = key === undefined ? undefined : sheets?.find((g) => g.sheet.toLocaleLowerCase('nb') === key);
  if (!parsed || !grid) return undefined;
  const { top, left, bottom, right } = parsed.rect;
  const width = grid.values.reduce((max, row) => Math.max(max, row?.length ?? 0), 0);
  const inside =
    top >= grid.top && left >= grid.left && bottom < grid.top + grid.values.length && right < grid.left + width;
  if (!wholeSheets && !inside) return undefined;
  const values: CellValue[][] = [];
  for (let row = top; row <= bottom; row++) {
    const source = grid.values[row - grid.top] ?? [];
    const cells: CellValue[] = [];
    for (let column = left; column <= right; column++) cells.push(source[column - grid.left] ?? null);
    values.push(cells);
  }
  return { sheet: grid.sheet, top, left, values };
}

export async function runCheck(port: WorkbookPort, options: CheckOptions = {}): Promise<CheckResult> {
  const { summaryRange, includeSheets = true, projectsRange } = options;
  if (summaryRange !== undefined && !parseAddress(summaryRange)) throw portErrors.invalidAddress(summaryRange);
  const loaded = await loadWorkbook(port, { sheets: includeSheets, projectsRange });
  if (!loaded.table) throw appErrors.noProjectTable();
  const projectGrid = loaded.projectSource?.grid;
  const sheetsRead = [...(projectGrid ? [projectGrid] : []), ...(loaded.sheets ?? [])];
  const summary =
    summaryRange === undefined
      ? undefined
      : (gridFromSheets(loaded.sheets, summaryRange) ??
        gridFromSheets(projectGrid && [projectGrid], summaryRange, false) ??
        (await port.readRange(summaryRange)));
  // "Sum checks on every sheet": the port reads the other sheets; the project sheet is already in hand.
  const sheets = includeSheets ? sheetsRead.filter(hasSumLabel) : undefined;
  const findings = [
    ...runRules({ plan: loaded.plan, table: loaded.table, sheets, summary }),
    ...readingFindings(loaded),
  ].sort(compareFindings);
  const projects = { address: loaded.projectSource?.address ?? loaded.table.sheet, rows: loaded.table.rows.length };
  return { findings, counts: countBySeverity(findings), plan: loaded.planSource, projects };
}
