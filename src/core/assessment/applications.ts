/**
 * Reading the applications table `Søknader`: headers matched with synonyms, one score column per
 * criterion, cells typed with the raw values and A1 addresses kept so the rules can say what was typed
 * and where. Never throws on cell content.
 */
import { a1, isBlank } from '../cells';
import { headerRowIndex } from '../headerRow';
import { matchArea } from '../plan';
import { mergeSweep, rowAsShown } from '../merges';
import { isTotalLine } from '../sumBlocks';
import { parseDateCell } from '../dates';
import type { Bilingual } from '../messages';
import { headerNames, matchAidBasis, matchCategory } from '../projects';
import type { AidBasis, Category, CellValue, Grid, IsoDate, Plan } from '../types';
import type { Criterion } from './criteria';
import {
  amountOf,
  countOf,
  headerLookup,
  matchColumns,
  numberOf,
  orgNoOf,
  suggestHeader,
  textOf,
  yearOf,
} from './headers';
import {
  APPLICATION_FIELDS,
  APPLICATION_HEADERS,
  type ApplicationField,
  type StateAidField,
} from './workbookNames';

export { APPLICATION_FIELDS, APPLICATION_HEADERS, type ApplicationField } from './workbookNames';

const STATE_AID_COLUMNS: StateAidField[] = ['grantDate', 'otherDeMinimis', 'group', 'aidBasis'];

/** Other headers people use, bokmål, nynorsk and English. */
const SYNONYMS: Record<ApplicationField, string[]> = {
  id: ['Søknadsnummer', 'Søknad nr', 'Søknadsid', 'Nr', 'Saksnr', 'ID', 'Application no', 'Application id'],
  name: ['Prosjektnavn', 'Navn', 'Tittel', 'Prosjekttittel', 'Project', 'Project name', 'Title'],
  applicant: ['Søkar', 'Bedrift', 'Virksomhet', 'Verksemd', 'Applicant', 'Company'],
  orgNo: ['Orgnr', 'Org nr', 'Org.nummer', 'Organisasjonsnummer', 'Org no', 'Organisation number'],
  area: ['Område', 'Satsingsområde', 'Focus area', 'Area'],
  category: ['Prosjektkategori', 'Fase', 'Prosjekttype', 'Type', 'Category', 'Phase'],
  year: ['Aar', 'Søknadsår', 'Vedtaksår', 'Year'],
  applied: [
    'Søkt',
    'Omsøkt beløp',
    'Beløp',
    'Søknadsbeløp',
    'Søkt tilskudd',
    'Applied',
    'Amount applied',
    'Amount applied for',
    'Requested',
  ],
  totalBudget: [
    'Budsjett',
    'Total budsjett',
    'Totalt budsjett',
    'Prosjektbudsjett',
    'Total budget',
    'Budget',
  ],
  otherFunding: ['Annen finansering', 'Andre midler', 'Øvrig finansiering', 'Other funding'],
  expectedNewJobs: ['Nye arbeidsplasser', 'Forventet nye arbeidsplasser', 'Expected new jobs', 'New jobs'],
  expectedSecuredJobs: [
    'Sikrede arbeidsplasser',
    'Forventet sikrede arbeidsplasser',
    'Expected secured jobs',
    'Secured jobs',
  ],
  recommendation: ['Anbefaling', 'Recommendation'],
  ...(Object.fromEntries(STATE_AID_COLUMNS.map((f) => [f, headerNames(f).slice(1)])) as Record<
    StateAidField,
    string[]
  >),
};

export const REQUIRED_APPLICATION_FIELDS: ApplicationField[] = ['name', 'area', 'applied'];

const FIELD_LOOKUP = headerLookup(
  Object.fromEntries(APPLICATION_FIELDS.map((f) => [f, [APPLICATION_HEADERS[f], ...SYNONYMS[f]]])) as Record<
    ApplicationField,
    string[]
  >,
);

export type ApplicationMapping = Partial<Record<ApplicationField, number>>;

export interface ApplicationHeaderMatch {
  mapping: ApplicationMapping;
  /** Criterion id → 0-based column. */
  criteria: Record<string, number>;
  missing: ApplicationField[];
  /** Criteria (weight > 0 or not) with no column. */
  missingCriteria: string[];
  unknown: { column: number; header: string; suggestion?: string }[];
}

function criterionLookup(criteria: readonly Criterion[]): Map<string, string> {
  return headerLookup(Object.fromEntries(criteria.map((c) => [c.id, [c.name, c.nameEn, c.id]])));
}

/** Fields first, then the criteria among the columns no field claimed. */
export function mapApplicationHeaders(
  headers: CellValue[],
  criteria: readonly Criterion[],
): ApplicationHeaderMatch {
  const fields = matchColumns(headers, FIELD_LOOKUP);
  const scored = matchColumns(
    headers,
    criterionLookup(criteria),
    fields.unknown.map((u) => u.column),
  );
  const known = [
    ...APPLICATION_FIELDS.flatMap((f) => [APPLICATION_HEADERS[f], ...SYNONYMS[f]]),
    ...criteria.map((c) => c.name),
  ];
  return {
    mapping: fields.mapping,
    criteria: scored.mapping as Record<string, number>,
    missing: REQUIRED_APPLICATION_FIELDS.filter((f) => fields.mapping[f] === undefined),
    missingCriteria: criteria.filter((c) => scored.mapping[c.id] === undefined).map((c) => c.id),
    unknown: scored.unknown.map(({ column, header }) => {
      const suggestion = suggestHeader(header, known);
      return suggestion ? { column, header, suggestion } : { column, header };
    }),
  };
}

export interface ApplicationRow {
  /** 1-based sheet row. */
  row: number;
  /** A1 address of each mapped field's cell on this row. */
  cells: Partial<Record<ApplicationField, string>>;
  raw: Partial<Record<ApplicationField, CellValue>>;
  /** Fields whose cell a merge covers (Excel shows it empty): the A1 address of the merge's top-left cell. */
  merged?: Partial<Record<ApplicationField, string>>;
  /** Criterion id → A1 address / raw cell / score when it is a number. */
  scoreCells: Record<string, string>;
  scoreRaw: Record<string, CellValue>;
  scores: Record<string, number | undefined>;
  id?: string;
  name?: string;
  applicant?: string;
  orgNo?: string;
  /** Canonical area when it matched the plan. */
  area?: string;
  areaText?: string;
  category?: Category;
  year?: number;
  applied?: number;
  totalBudget?: number;
  otherFunding?: number;
  expectedNewJobs?: number;
  expectedSecuredJobs?: number;
  /** When the board is to decide (Tilsagnsdato); undefined when empty or unreadable. */
  grantDate?: IsoDate;
  otherDeMinimis?: number;
  group?: string;
  aidBasis?: AidBasis;
}

export interface ApplicationTable {
  sheet: string;
  /** 1-based sheet row of the header row. */
  headerRow: number;
  /** 1-based sheet column of the grid's first column. */
  left: number;
  mapping: ApplicationMapping;
  criterionColumns: Record<string, number>;
  /** How many columns the header row spans (for pointing at a missing column). */
  width: number;
  rows: ApplicationRow[];
  /** 1-based sheet rows read as total lines (`Sum`, `I alt`, SUM formulas): not applications. */
  totalRows?: number[];
}

/** The fields a total line fills: amounts and counts. */
const TOTALLED_FIELDS: ApplicationField[] = [
  'applied',
  'totalBudget',
  'otherFunding',
  'expectedNewJobs',
  'expectedSecuredJobs',
  'otherDeMinimis',
];

/** The fields a row's cells name as application headers (exact matches only). */
function applicationHeaderFields(row: CellValue[]): Set<ApplicationField> {
  return new Set(Object.keys(matchColumns(row, FIELD_LOOKUP).mapping) as ApplicationField[]);
}

/** Index into grid.values of the header row (below a title, if there is one); -1 when the grid is empty. */
export function findApplicationHeaderRow(grid: Grid): number {
  const values = Array.isArray(grid.values) ? grid.values : [];
  return headerRowIndex(values, applicationHeaderFields, REQUIRED_APPLICATION_FIELDS);
}

/**
 * The applications on `grid`: the header row is found by `findApplicationHeaderRow` (mapped with
 * `mapApplicationHeaders` unless `mapping` is given), one ApplicationRow per non-empty row below it.
 */
export function readApplicationTable(
  grid: Grid,
  plan: Plan,
  criteria: readonly Criterion[],
  mapping?: ApplicationMapping,
): ApplicationTable {
  const values = Array.isArray(grid.values) ? grid.values : [];
  const headerIndex = findApplicationHeaderRow({ ...grid, values });
  const empty: ApplicationTable = {
    sheet: grid.sheet,
    headerRow: grid.top + Math.max(headerIndex, 0),
    left: grid.left,
    mapping: mapping ?? {},
    criterionColumns: {},
    width: 0,
    rows: [],
  };
  if (headerIndex < 0) return empty;
  const headers = values[headerIndex]!;
  const matched = mapApplicationHeaders(headers, criteria);
  const columns = mapping ?? matched.mapping;
  const fields = APPLICATION_FIELDS.filter(
    (f) => Number.isInteger(columns[f]) && (columns[f] as number) >= 0,
  );
  const rows: ApplicationRow[] = [];
  const totalRows: number[] = [];
  const merges = mergeSweep(grid.merges);
  const totalled = TOTALLED_FIELDS.flatMap((field) => (columns[field] === undefined ? [] : [columns[field]]));
  for (let r = headerIndex + 1; r < values.length; r++) {
    const cells = values[r] ?? [];
    const sheetRow = grid.top + r;
    // Read as Excel shows the sheet: a merge's value in its top-left cell only, a merged note is no row.
    const shown = rowAsShown(cells, sheetRow, grid.left, fields, columns, merges.at(sheetRow));
    const scoreOnly = Object.values(matched.criteria).some((column) => !isBlank(cells[column] ?? null));
    if (!shown.content && !scoreOnly) continue;
    if (isTotalLine(cells, grid.formulas?.[r], [shown.raw.area, shown.raw.category], totalled)) {
      totalRows.push(sheetRow);
      continue;
    }
    const application: ApplicationRow = {
      row: sheetRow,
      cells: Object.fromEntries(
        fields.map((field) => [field, a1(sheetRow, grid.left + (columns[field] as number))]),
      ),
      raw: shown.raw,
      scoreCells: {},
      scoreRaw: {},
      scores: {},
      ...(shown.merged ? { merged: shown.merged } : {}),
    };
    for (const [id, column] of Object.entries(matched.criteria)) {
      application.scoreCells[id] = a1(sheetRow, grid.left + column);
      application.scoreRaw[id] = cells[column] ?? null;
      application.scores[id] = numberOf(cells[column] ?? null);
    }
    fillFields(application, plan, grid.date1904);
    rows.push(application);
  }
  return {
    ...empty,
    mapping: columns,
    criterionColumns: matched.criteria,
    width: headers.length,
    rows,
    ...(totalRows.length ? { totalRows } : {}),
  };
}

function fillFields(application: ApplicationRow, plan: Plan, date1904 = false): void {
  const { raw } = application;
  application.id = textOf(raw.id);
  application.name = textOf(raw.name);
  application.applicant = textOf(raw.applicant);
  application.orgNo = orgNoOf(raw.orgNo);
  application.year = yearOf(raw.year);
  application.areaText = textOf(raw.area);
  application.area =
    application.areaText === undefined
      ? undefined
      : matchArea(plan, application.areaText, application.year).area;
  application.category = raw.category === undefined ? undefined : matchCategory(raw.category).category;
  application.applied = amountOf(raw.applied);
  application.totalBudget = amountOf(raw.totalBudget);
  application.otherFunding = amountOf(raw.otherFunding);
  application.expectedNewJobs = countOf(raw.expectedNewJobs);
  application.expectedSecuredJobs = countOf(raw.expectedSecuredJobs);
  application.grantDate = parseDateCell(raw.grantDate ?? null, date1904);
  application.otherDeMinimis = amountOf(raw.otherDeMinimis);
  application.group = textOf(raw.group);
  application.aidBasis = matchAidBasis(raw.aidBasis ?? null);
}

/** What the user calls an application in messages: its number, else its project name, else its row. */
export function applicationLabel(application: ApplicationRow): Bilingual {
  if (application.id) return { nb: application.id, en: application.id };
  if (application.name) return { nb: `«${application.name}»`, en: `"${application.name}"` };
  return { nb: `rad ${application.row}`, en: `row ${application.row}` };
}

/** The header cell of a criterion's score column, or the first free header cell when it has none. */
export function criterionHeaderCell(table: ApplicationTable, criterionId: string): string {
  const column = table.criterionColumns[criterionId];
  return a1(table.headerRow, table.left + (column ?? table.width));
}
