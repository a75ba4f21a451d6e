/**
 * Every check on a workbook: the rule catalogue over the project table, the sum checks over every sheet,
 * the summary range the user points at, plus what only the reading can tell (a header twice, a header
 * nearly right, a Plan cell that could not be read, a plan that does not add up).
 */
import { a1, isBlank } from '../core/cells';
import { bilingual, defineMessages, inBoth, quoted, quotedList, type Bilingual } from '../core/messages';
import { PLAN_SHEET } from '../core/planTables';
import { CANONICAL_HEADERS, FIELD_ORDER, mapHeaders } from '../core/projects';
import { countBySeverity, runRules, sortFindings } from '../core/rules';
import { mergeSweep } from '../core/merges';
import { stateAidReport, type StateAidReport } from '../core/stateAidReport';
import { isTotalFormula, sumLabelRest } from '../core/sumBlocks';
import type {
  CellRect,
  CellValue,
  ColumnMapping,
  Finding,
  Grid,
  IsoDate,
  ProjectField,
  Severity,
} from '../core/types';
import { parseAddress } from '../port/addresses';
import { portErrors } from '../port/errors';
import type { WorkbookPort } from '../port/workbookPort';
import { appErrors } from './errors';
import { loadWorkbook, type LoadedWorkbook, type PlanSource, type ProjectSource } from './load';

export interface CheckOptions {
  /** A range in the plan's summary layout ("Oppsummering!A1:K16") compared with the computed summary. */
  summaryRange?: string;
  /** Read every sheet for the sum checks (default true). */
  includeSheets?: boolean;
  /** Read the project table from this range instead of the `Prosjekter` table or sheet. */
  projectsRange?: string;
  /** Also report each single undertaking's de minimis room on this day (Kontroll shows it). */
  stateAidAsOf?: IsoDate;
}

export interface CheckResult {
  findings: Finding[];
  counts: Record<Severity, number>;
  plan: PlanSource;
  /** Where the project table was read and how many project rows it has. */
  projects: { address: string; rows: number };
  /** The de minimis room per single undertaking, when asked for (`stateAidAsOf`). */
  stateAid?: StateAidReport;
}

/** A merge of more than one cell: a note or title laid over the sheet, not a column of data. */
const isBlockMerge = (merge: CellRect | undefined) =>
  !!merge && (merge.bottom > merge.top || merge.right > merge.left);

/**
 * Columns with content under an empty header cell (a merged header, a forgotten title): never read.
 * A note merged over several cells beside the table is no such column.
 */
function unnamedColumns(grid: Grid, headerIndex: number): number[] {
  const header = grid.values[headerIndex] ?? [];
  const width = grid.values.reduce((max, row) => Math.max(max, row?.length ?? 0), 0);
  const candidates: number[] = [];
  for (let column = 0; column < width; column++) if (isBlank(header[column])) candidates.push(column);
  const found = new Set<number>();
  const merges = mergeSweep(grid.merges);
  for (let r = headerIndex + 1; r < grid.values.length && found.size < candidates.length; r++) {
    const mergeAt = merges.at(grid.top + r);
    for (const column of candidates) {
      if (found.has(column) || isBlank(grid.values[r]?.[column])) continue;
      if (!isBlockMerge(mergeAt(grid.left + column))) found.add(column);
    }
  }
  return candidates.filter((column) => found.has(column));
}

/**
 * A header typed over two rows («Utbetalt» merged over two columns, «ved godkjenning» / «ved avslutning»
 * below): the row under the header row has nothing in the columns read, and its texts joined to the
 * headers above them name fields that have no column. Only the first row is the header row, so say so.
 */
function splitHeaders(
  grid: Grid,
  headerIndex: number,
  mapping: ColumnMapping,
): { column: number; above: string; below: string; header: string }[] {
  const header = grid.values[headerIndex] ?? [];
  const below = grid.values[headerIndex + 1] ?? [];
  const mapped = new Set(Object.values(mapping));
  if (below.some((cell, column) => mapped.has(column) && !isBlank(cell))) return [];
  const mergeAt = mergeSweep(grid.merges).at(grid.top + headerIndex);
  const textAt = (column: number): string => {
    const own = header[column];
    if (typeof own === 'string' && own.trim()) return own.trim();
    // Excel shows a merged header in its first cell only: the text above a follower is the merge's.
    const merge = mergeAt(grid.left + column);
    const anchor = merge ? header[merge.left - grid.left] : undefined;
    return typeof anchor === 'string' ? anchor.trim() : '';
  };
  const split: { column: number; above: string; below: string; header: string }[] = [];
  below.forEach((cell, column) => {
    if (typeof cell !== 'string' || !cell.trim()) return;
    const above = textAt(column);
    const joined = `${above} ${cell.trim()}`;
    const field = Object.keys(mapHeaders([joined]).mapping)[0] as ProjectField | undefined;
    if (above && field && mapping[field] === undefined)
      split.push({ column, above, below: cell.trim(), header: joined });
  });
  return split;
}

const READING_MESSAGES = defineMessages({
  twoLineHeader: {
    nb: 'Overskriftene ser ut til å gå over to rader ({parts}), men bare rad {headerRow} leses som overskrifter, så {names} blir ikke lest. Skriv hele overskriften i én celle i rad {headerRow}, og slett rad {row}.',
    en: 'The headers seem to span two rows ({parts}), but only row {headerRow} is read as headers, so {names} is not read. Write each whole header in one cell of row {headerRow}, and delete row {row}.',
  },
  ambiguousSource: {
    nb: 'Prosjekttabellen kunne vært flere steder: {used} leses, {ignored} leses ikke. Gi det som ikke er prosjekttabellen et annet navn, så er det ingen tvil.',
    en: 'The project table could be in more than one place: {used} is read, {ignored} is not. Rename whatever is not the project table, so there is no doubt.',
  },
  table: { nb: 'tabellen «{name}» på arket «{sheet}»', en: 'the table "{name}" on the sheet "{sheet}"' },
  sheet: { nb: 'arket «{name}»', en: 'the sheet "{name}"' },
  and: { nb: ' og ', en: ' and ' },
});

function readingFinding(
  rule: string,
  severity: Severity,
  sheet: string,
  cell: string,
  said: Bilingual,
): Finding {
  return { rule, severity, sheet, cell, message: said.nb, messageEn: said.en };
}

/** «tabellen «Prosjekter» på arket «Ark1»» / «the table "Prosjekter" on the sheet "Ark1"», «arket «Prosjekter»». */
function sourceName(candidate: { source: string; name: string; sheet: string }): Bilingual {
  return bilingual(READING_MESSAGES, candidate.source === 'table' ? 'table' : 'sheet', candidate);
}

/** A table `Prosjekter` and a sheet `Prosjekter` elsewhere (or two tables differing in case): say which is read. */
function ambiguousSourceFinding(source: ProjectSource): Finding | undefined {
  if (!source.ignored?.length) return undefined;
  const used = sourceName({
    source: source.source,
    name: source.tableName ?? source.grid.sheet,
    sheet: source.grid.sheet,
  });
  const ignored = source.ignored.map(sourceName);
  const join = (lang: 'nb' | 'en') => ignored.map((i) => i[lang]).join(READING_MESSAGES.and[lang]);
  const said = bilingual(READING_MESSAGES, 'ambiguousSource', {
    used,
    ignored: { nb: join('nb'), en: join('en') },
  });
  return readingFinding(
    'ambiguous-source',
    'warning',
    source.grid.sheet,
    a1(source.grid.top, source.grid.left),
    said,
  );
}

/** What the reading found about the header row and the Plan sheet, as findings. */
export function readingFindings(loaded: LoadedWorkbook): Finding[] {
  const findings: Finding[] = [];
  const source = loaded.projectSource;
  const table = loaded.table;
  const ambiguous = source && ambiguousSourceFinding(source);
  if (ambiguous) findings.push(ambiguous);
  if (source && table && source.mapping === 'headers') {
    const cell = (column: number) => a1(table.headerRow, source.grid.left + column);
    const headerIndex = table.headerRow - source.grid.top;
    const split = splitHeaders(source.grid, headerIndex, table.mapping);
    if (split.length > 0) {
      const row = table.headerRow + 1;
      const said = bilingual(READING_MESSAGES, 'twoLineHeader', {
        parts: inBoth((lang) =>
          split.map((s) => `${quoted(s.above)[lang]} + ${quoted(s.below)[lang]}`).join(', '),
        ),
        names: quotedList(split.map((s) => s.header)),
        headerRow: table.headerRow,
        row,
      });
      const first = a1(row, source.grid.left + split[0].column);
      findings.push(readingFinding('two-line-header', 'warning', table.sheet, first, said));
    }
    for (const column of unnamedColumns(source.grid, headerIndex)) {
      // In the canonical order, the header that belongs there (when that field has no column yet).
      const field = FIELD_ORDER[column];
      const hint =
        field && table.mapping[field] === undefined
          ? { nb: `, f.eks. «${CANONICAL_HEADERS[field]}»`, en: `, e.g. "${CANONICAL_HEADERS[field]}"` }
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
        messageEn: `The column "${label}" appears more than once (${[used, ...others].join(', ')}); ${used} is used. Remove the others or rename them.`,
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
        messageEn: `The header "${header}" is not known and is not read — did you mean "${suggestion}"?`,
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

/**
 * A sum needs a label (a «Sum» row, a «Totalt» column) or a totalling formula (a row of =SUM(…)): a sheet
 * without one has nothing for sum-mismatch, which reads every cell as a number and would spend seconds on
 * a 100 000-row project table for nothing.
 */
export function hasSumLabel(grid: Grid): boolean {
  if (grid.formulas?.some((row) => row?.some(isTotalFormula))) return true;
  // sumLabelRest rules most texts out by their first letter: cheaper than any look through the whole text.
  for (const row of grid.values) {
    for (const cell of row ?? []) {
      if (typeof cell === 'string' && sumLabelRest(cell) !== undefined) return true;
    }
  }
  return false;
}

/**
 * The summary range cut out of a grid already read, so no second read is needed; undefined if not there.
 * `wholeSheets`: the grids are used ranges, so a cell outside one is empty; otherwise (a table's grid) the
 * range must lie inside the grid.
 */
export function gridFromSheets(
  sheets: Grid[] | undefined,
  address: string,
  wholeSheets = true,
): Grid | undefined {
  const parsed = parseAddress(address);
  const sheet = parsed?.sheet;
  const key = sheet?.toLocaleLowerCase('nb');
  const grid = key === undefined ? undefined : sheets?.find((g) => g.sheet.toLocaleLowerCase('nb') === key);
  if (!parsed || !grid) return undefined;
  const { top, left, bottom, right } = parsed.rect;
  const width = grid.values.reduce((max, row) => Math.max(max, row?.length ?? 0), 0);
  const inside =
    top >= grid.top &&
    left >= grid.left &&
    bottom < grid.top + grid.values.length &&
    right < grid.left + width;
  if (!wholeSheets && !inside) return undefined;
  // Cells past the used range are empty: the grid stops there, so 'Ark!A1:XFD1048576' costs no more than
  // the sheet's content (the summary check reads rows of content and passes over empty ones).
  const lastRow = Math.min(bottom, grid.top + grid.values.length - 1);
  const lastColumn = Math.min(right, grid.left + width - 1);
  const values: CellValue[][] = [];
  for (let row = top; row <= lastRow; row++) {
    const source = grid.values[row - grid.top] ?? [];
    const cells: CellValue[] = [];
    for (let column = left; column <= lastColumn; column++) cells.push(source[column - grid.left] ?? null);
    values.push(cells);
  }
  return { sheet: grid.sheet, top, left, values };
}

export async function runCheck(port: WorkbookPort, options: CheckOptions = {}): Promise<CheckResult> {
  const { summaryRange, includeSheets = true, projectsRange, stateAidAsOf } = options;
  if (summaryRange !== undefined && !parseAddress(summaryRange))
    throw portErrors.invalidAddress(summaryRange);
  const loaded = await loadWorkbook(port, { sheets: includeSheets, projectsRange });
  if (!loaded.table) throw appErrors.noProjectTable();
  const projectGrid = loaded.projectSource?.grid;
  const summary =
    summaryRange === undefined
      ? undefined
      : (gridFromSheets(loaded.sheets, summaryRange) ??
        gridFromSheets(projectGrid && [projectGrid], summaryRange, false) ??
        (await port.readRange(summaryRange)));
  return checkLoaded(loaded, { summary, includeSheets, stateAidAsOf });
}

/**
 * The check over a workbook already read (`loadWorkbook`, with `sheets: true` for the sum checks on the other
 * sheets): no reads of its own, so the pane checks the snapshot it already holds instead of reading again.
 */
export function checkLoaded(
  loaded: LoadedWorkbook,
  options: { summary?: Grid; includeSheets?: boolean; stateAidAsOf?: IsoDate } = {},
): CheckResult {
  const { summary, includeSheets = true, stateAidAsOf } = options;
  if (!loaded.table) throw appErrors.noProjectTable();
  const projectGrid = loaded.projectSource?.grid;
  // "Sum checks on every sheet": the port reads the other sheets; the project sheet is already in hand.
  const sheetsRead = [...(projectGrid ? [projectGrid] : []), ...(loaded.sheets ?? [])];
  const sheets = includeSheets ? sheetsRead.filter(hasSumLabel) : undefined;
  const findings = sortFindings([
    ...runRules({ plan: loaded.plan, table: loaded.table, sheets, summary }),
    ...readingFindings(loaded),
  ]);
  const projects = {
    address: loaded.projectSource?.address ?? loaded.table.sheet,
    rows: loaded.table.rows.length,
  };
  const stateAid = stateAidAsOf ? stateAidReport(loaded.plan, loaded.table, stateAidAsOf) : undefined;
  return {
    findings,
    counts: countBySeverity(findings),
    plan: loaded.planSource,
    projects,
    ...(stateAid ? { stateAid } : {}),
  };
}
