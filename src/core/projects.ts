/**
 * Reading the project table (README.md, «The workbook format»): headers matched with synonyms, cells typed, raw cells
 * kept (and A1 addresses worked out: `fieldCell`) so rules can say what was typed and where. Never throws on cell
 * content.
 */
import { amountOf, cellText, countOf, numberOf, orgNoOf, textOf } from './assessment/headers';
import { a1, isBlank } from './cells';
import { headerRowIndex } from './headerRow';
import { isYear, parseDateCell } from './dates';
import { matchArea } from './plan';
import { mergeSweep, rowAsShown, type RowAsShown } from './merges';
import { isTotalLine } from './sumBlocks';
import { closest, compact, memoPerText, normalize } from './text';
import type {
  AidBasis,
  Category,
  CellValue,
  ColumnMapping,
  Grid,
  Plan,
  ProjectField,
  ProjectRow,
  ProjectTable,
  Status,
} from './types';

export const CANONICAL_HEADERS: Record<ProjectField, string> = {
  id: 'Prosjektnr',
  name: 'Prosjekt',
  applicant: 'Søker',
  orgNo: 'Org.nr',
  area: 'Innsatsområde',
  category: 'Kategori',
  year: 'År',
  granted: 'Bevilget',
  paidAtApproval: 'Utbetalt ved godkjenning',
  paidAtCompletion: 'Utbetalt ved avslutning',
  status: 'Status',
  newJobs: 'Nye arbeidsplasser',
  securedJobs: 'Sikrede arbeidsplasser',
  newCompanies: 'Nye bedrifter',
  leveragedFunding: 'Utløst finansiering',
  grantDate: 'Tilsagnsdato',
  otherDeMinimis: 'Annen bagatellstøtte (kr)',
  group: 'Konsern',
  aidBasis: 'Støttegrunnlag',
};

/** Optional columns the state-aid check reads when they are there (docs/statsstotte.md). */
export const STATE_AID_FIELDS: ProjectField[] = ['grantDate', 'otherDeMinimis', 'group', 'aidBasis'];

/** Every field a header can name, in header order. */
const ALL_FIELDS = Object.keys(CANONICAL_HEADERS) as ProjectField[];

/** The columns of a new project table (`omstilling mal`, Oppsett): all but the optional state-aid ones. */
export const FIELD_ORDER: ProjectField[] = ALL_FIELDS.filter((field) => !STATE_AID_FIELDS.includes(field));

export const REQUIRED_FIELDS: ProjectField[] = ['name', 'area', 'category', 'year', 'granted'];

/** Other headers people use for each field, bokmål, nynorsk and English. The canonical header is added below. */
const HEADER_SYNONYMS: Record<ProjectField, string[]> = {
  id: [
    'Prosjektnummer',
    'Prosjekt nr',
    'Nr',
    'Løpenr',
    'Saksnr',
    'ID',
    'Project no',
    'Project number',
    'Project id',
  ],
  name: ['Prosjektnavn', 'Navn', 'Tittel', 'Prosjekttittel', 'Project', 'Project name', 'Name', 'Title'],
  applicant: [
    'Søkar',
    'Bedrift',
    'Virksomhet',
    'Verksemd',
    'Mottaker',
    'Tilskuddsmottaker',
    'Applicant',
    'Company',
  ],
  orgNo: [
    'Orgnr',
    'Org nr',
    'Org.nummer',
    'Organisasjonsnummer',
    'Org no',
    'Organisation number',
    'Organization number',
  ],
  area: ['Område', 'Satsingsområde', 'Innsatsomrade', 'Focus area', 'Area', 'Priority area'],
  category: ['Prosjektkategori', 'Fase', 'Prosjekttype', 'Type', 'Category', 'Phase', 'Project type'],
  year: ['Aar', 'Vedtaksår', 'Bevilgningsår', 'Year'],
  granted: [
    'Beløp',
    'Tilskudd',
    'Bevilget beløp',
    'Bevilgning',
    'Innvilget',
    'Innvilget beløp',
    'Løyvd',
    'Tilsagn',
    'Granted',
    'Amount',
    'Grant',
    'Amount granted',
    'Granted amount',
  ],
  paidAtApproval: [
    'Utbetalt godkjenning',
    'Første utbetaling',
    '1. utbetaling',
    'Paid at approval',
    'First payment',
  ],
  paidAtCompletion: [
    'Utbetalt avslutning',
    'Sluttutbetaling',
    'Siste utbetaling',
    '2. utbetaling',
    'Paid at completion',
    'Final payment',
  ],
  status: ['Prosjektstatus', 'State', 'Project status'],
  newJobs: ['Nye arbeidsplassar', 'Nye jobber', 'New jobs'],
  securedJobs: [
    'Sikra arbeidsplassar',
    'Sikrete arbeidsplasser',
    'Secured jobs',
    'Jobs secured',
    'Retained jobs',
  ],
  newCompanies: ['Nye verksemder', 'Nye foretak', 'New companies', 'New businesses', 'New firms'],
  leveragedFunding: [
    'Utløste midler',
    'Utløst kapital',
    'Giring',
    'Giringseffekt',
    'Triggered funding',
    'Leveraged funding',
    'Leverage',
  ],
  grantDate: [
    'Vedtaksdato',
    'Tildelingsdato',
    'Bevilgningsdato',
    'Dato for tilsagn',
    'Tilsegnsdato',
    'Løyvingsdato',
    'Grant date',
    'Date of grant',
    'Award date',
    'Decision date',
  ],
  otherDeMinimis: [
    'Annen bagatellmessig støtte',
    'Anna bagatellstøtte',
    'Anna bagatellmessig støtte',
    'Annen de minimis-støtte',
    'Other de minimis aid',
    'Other de minimis',
  ],
  group: [
    'Foretaksgruppe',
    'Føretaksgruppe',
    'Konsernnavn',
    'Group',
    'Corporate group',
    'Single undertaking',
  ],
  aidBasis: [
    'Støttehjemmel',
    'Støtteform',
    'Grunnlag for støtte',
    'Grunnlag for stønad',
    'Aid basis',
    'State aid basis',
    'Legal basis',
  ],
};

/** The canonical header and its synonyms: for tables that share the project table's optional columns. */
export function headerNames(field: ProjectField): string[] {
  return [CANONICAL_HEADERS[field], ...HEADER_SYNONYMS[field]];
}

/** "Bevilget (kr)", "Bevilget, NOK", "Prosjekt*" all mean the bare header. */
function headerKey(text: string): string {
  const bare = normalize(text)
    .replace(/[*:]/g, '')
    .replace(/\s*\((kr|nok|kroner|antall|count)\)$/, '')
    .replace(/\s*,?\s*(kr|nok|kroner)$/, '');
  return compact(bare);
}

const FIELD_BY_HEADER = new Map<string, ProjectField>();
for (const field of ALL_FIELDS) {
  for (const header of [CANONICAL_HEADERS[field], ...HEADER_SYNONYMS[field]]) {
    FIELD_BY_HEADER.set(headerKey(header), field);
  }
}
const ALL_HEADERS = ALL_FIELDS.flatMap((field) => [CANONICAL_HEADERS[field], ...HEADER_SYNONYMS[field]]);

export interface HeaderMatch {
  mapping: ColumnMapping;
  missing: ProjectField[];
  duplicates: { field: ProjectField; columns: number[] }[];
  unknown: { column: number; header: string; suggestion?: string }[];
}

/** Maps a header row to fields. The first column wins when a field appears twice; the rest are `duplicates`. */
export function mapHeaders(headers: CellValue[]): HeaderMatch {
  const columnsByField = new Map<ProjectField, number[]>();
  const unknown: HeaderMatch['unknown'] = [];
  headers.forEach((header, column) => {
    const text = cellText(header);
    if (!normalize(text)) return;
    const field = FIELD_BY_HEADER.get(headerKey(text));
    if (field) {
      columnsByField.set(field, [...(columnsByField.get(field) ?? []), column]);
      return;
    }
    // Two edits turn any short header into another ("42" → "Nr"): suggest only for real words.
    const suggestion = compact(text).length >= 4 ? closest(text, ALL_HEADERS) : undefined;
    unknown.push(suggestion ? { column, header: text, suggestion } : { column, header: text });
  });
  const mapping: ColumnMapping = {};
  const duplicates: HeaderMatch['duplicates'] = [];
  for (const field of ALL_FIELDS) {
    const columns = columnsByField.get(field);
    if (!columns) continue;
    mapping[field] = columns[0];
    if (columns.length > 1) duplicates.push({ field, columns });
  }
  const missing = REQUIRED_FIELDS.filter((field) => mapping[field] === undefined);
  return { mapping, missing, duplicates, unknown };
}

/** The fields a row's cells name as headers (exact matches only: no suggestions, so it is cheap). */
function headerFields(row: CellValue[] | undefined): Set<ProjectField> {
  const fields = new Set<ProjectField>();
  for (const cell of Array.isArray(row) ? row : []) {
    const text = cellText(cell);
    const field = text ? FIELD_BY_HEADER.get(headerKey(text)) : undefined;
    if (field) fields.add(field);
  }
  return fields;
}

/**
 * Index into grid.values of the header row; -1 when the grid is empty. Normally the first row with content;
 * below a title (title in row 1, headers in row 3 or 5) the row that names the columns (see headerRow.ts).
 */
export function findHeaderRow(grid: Grid): number {
  return headerRowIndex(Array.isArray(grid.values) ? grid.values : [], headerFields, REQUIRED_FIELDS);
}

export const CATEGORY_LABELS: Record<Category, { nb: string; en: string }> = {
  prestudy: { nb: 'Forstudie', en: 'Prestudy' },
  preproject: { nb: 'Forprosjekt', en: 'Pre-project' },
  mainProject: { nb: 'Hovedprosjekt', en: 'Main project' },
};

export const STATUS_LABELS: Record<Status, { nb: string; en: string }> = {
  active: { nb: 'Aktiv', en: 'Active' },
  closed: { nb: 'Avsluttet', en: 'Closed' },
  withdrawn: { nb: 'Trukket', en: 'Withdrawn' },
};

const CATEGORY_WORDS: Record<Category, string[]> = {
  prestudy: ['Forstudier', 'Forstudium', 'Pre-study', 'Prestudies', 'Feasibility study'],
  preproject: ['Forprosjekter', 'Forprosjekta', 'Preproject', 'Pre-projects'],
  mainProject: ['Hovedprosjekter', 'Hovudprosjekt', 'Mainproject', 'Main projects'],
};

const STATUS_WORDS: Record<Status, string[]> = {
  active: ['Aktive', 'Pågår', 'Pågående', 'Løpende', 'Åpen', 'Ongoing', 'Open', 'In progress'],
  closed: ['Avslutta', 'Ferdig', 'Fullført', 'Lukket', 'Completed', 'Finished', 'Done'],
  withdrawn: ['Trekt', 'Tilbaketrukket', 'Avbrutt', 'Kansellert', 'Cancelled', 'Canceled'],
};

/** Exact matches after `compact`, plus the names a near miss may be suggested from (labels only). */
function vocabulary<T extends string>(
  labels: Record<T, { nb: string; en: string }>,
  words: Record<T, string[]>,
) {
  const byKey = new Map<string, T>();
  const suggestable: string[] = [];
  for (const value of Object.keys(labels) as T[]) {
    const { nb, en } = labels[value];
    suggestable.push(nb, en);
    for (const word of [nb, en, ...words[value]]) byKey.set(compact(word), value);
  }
  // A table's cells repeat a few words (and a near miss needs edit distances): each text looked up once.
  const lookUpText = memoPerText((text): Reading<T> => {
    if (isBlank(text)) return BLANK;
    const value = byKey.get(compact(text));
    return value ? { value, blank: false } : { suggestion: closest(text, suggestable), blank: false };
  });
  return (raw: CellValue | undefined): Reading<T> => {
    if (typeof raw === 'string') return lookUpText(raw);
    return isBlank(raw) ? BLANK : NOT_TEXT;
  };
}

/** What a category or status cell says; shared between cells with the same text, so never changed. */
type Reading<T> = Readonly<{ value?: T; suggestion?: string; blank: boolean }>;
const BLANK: Reading<never> = { blank: true };
const NOT_TEXT: Reading<never> = { blank: false };

const lookUpCategory = vocabulary(CATEGORY_LABELS, CATEGORY_WORDS);
const lookUpStatus = vocabulary(STATUS_LABELS, STATUS_WORDS);

function spellings<T extends string>(
  labels: Record<T, { nb: string; en: string }>,
  words: Record<T, string[]>,
) {
  return new Set(
    (Object.keys(labels) as T[]).flatMap((value) => [labels[value].nb, labels[value].en, ...words[value]]),
  );
}

/**
 * Every category and status word exactly as listed ('Forstudie', 'Pre-study', 'Ferdig' …). A cell read only
 * after trimming or folding case ('forprosjekt ', 'aktiv') is not among them: SUMIF and pivot tables may
 * count it apart (see the non-canonical-spelling rule).
 */
export const CATEGORY_SPELLINGS: ReadonlySet<string> = spellings(CATEGORY_LABELS, CATEGORY_WORDS);
export const STATUS_SPELLINGS: ReadonlySet<string> = spellings(STATUS_LABELS, STATUS_WORDS);

/** Words for Støttegrunnlag, bokmål, nynorsk and English. */
const AID_BASIS_WORDS: Record<AidBasis, string[]> = {
  deMinimis: [
    'De minimis',
    'Bagatellstøtte',
    'Bagatellmessig støtte',
    'Bagatellmessig',
    'Bagatellstøtte (de minimis)',
    'De minimis aid',
  ],
  blockExemption: [
    'Gruppeunntak',
    'Gruppeunntaket',
    'Det alminnelige gruppeunntaket',
    'GBER',
    'Block exemption',
    'General block exemption',
  ],
  notAid: [
    'Ikke støtte',
    'Ikkje støtte',
    'Ikke statsstøtte',
    'Ikkje statsstøtte',
    'Ikke offentlig støtte',
    'Not aid',
    'No aid',
    'Not state aid',
  ],
  otherBasis: ['Notifisert', 'Godkjent av ESA', 'Annet grunnlag', 'Anna grunnlag', 'Notified', 'Other basis'],
};

const AID_BASIS_BY_WORD = new Map<string, AidBasis>(
  (Object.entries(AID_BASIS_WORDS) as [AidBasis, string[]][]).flatMap(([basis, words]) =>
    words.map((word) => [compact(word), basis] as [string, AidBasis]),
  ),
);

/** Støttegrunnlag: undefined for an empty cell or a word not known (both are taken as de minimis). */
export function matchAidBasis(raw: CellValue): AidBasis | undefined {
  return typeof raw === 'string' ? AID_BASIS_BY_WORD.get(compact(raw)) : undefined;
}

/** 'Forstudie' / 'Prestudy' … → category; a near miss gives only a suggestion ('Forprosjket' → 'Forprosjekt'). */
export function matchCategory(raw: CellValue): { category?: Category; suggestion?: string } {
  const { value, suggestion } = lookUpCategory(raw);
  return value ? { category: value } : suggestion ? { suggestion } : {};
}

/** 'Aktiv' / 'Avsluttet' / 'Trukket' (and English); an empty cell means active, the plan's default. */
export function matchStatus(raw: CellValue): { status?: Status; suggestion?: string } {
  const { suggestion } = lookUpStatus(raw);
  const status = statusOf(raw);
  return status ? { status } : suggestion ? { suggestion } : {};
}

/** matchStatus's status, without making an answer per cell (a big table's rows). */
function statusOf(raw: CellValue): Status | undefined {
  const { value, blank } = lookUpStatus(raw);
  return blank ? 'active' : value;
}

/** Day 0 of Excel's date serials: 1899-12-30 in the 1900 system, 1904-01-01 in the 1904 system. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const EXCEL_1904_EPOCH_MS = Date.UTC(1904, 0, 1);

/** A year cell: 2012, "2012", or a date (Excel serial with a date format) whose year is taken. */
function yearOf(
  value: CellValue | undefined,
  numberFormat: string | undefined,
  date1904 = false,
): number | undefined {
  const number = numberOf(value);
  if (number === undefined || !Number.isInteger(number)) return undefined;
  if (isYear(number)) return number;
  const looksLikeDate =
    typeof value === 'number' && /[dy]/i.test(numberFormat ?? '') && !/^@$/.test(numberFormat ?? '');
  if (looksLikeDate && number > 0 && number < 2958466) {
    return new Date((date1904 ? EXCEL_1904_EPOCH_MS : EXCEL_EPOCH_MS) + number * 86_400_000).getUTCFullYear();
  }
  return undefined;
}

/**
 * The table on `grid`: header row found by `findHeaderRow` (mapped with `mapHeaders` unless `mapping` is
 * given), one ProjectRow per row below it with content in a mapped column. Cells that can't be read leave
 * the field undefined and keep the raw value; the rules report them. Read as Excel shows the sheet: a cell
 * inside a merge other than its top-left cell is empty, and a total line (`Sum`, `I alt`, a row of
 * =SUM(…)) is no project — its row is listed in `totalRows` and the sum check verifies it.
 */
export function readProjectTable(grid: Grid, plan: Plan, mapping?: ColumnMapping): ProjectTable {
  const values = Array.isArray(grid.values) ? grid.values : [];
  const headerIndex = findHeaderRow({ ...grid, values });
  const headerRow = grid.top + Math.max(headerIndex, 0);
  const left = grid.left;
  if (headerIndex < 0) return { sheet: grid.sheet, headerRow, left, mapping: mapping ?? {}, rows: [] };
  const columns = mapping ?? mapHeaders(values[headerIndex]!).mapping;
  const fields = ALL_FIELDS.filter((field) => isColumn(columns[field]));
  const rows: ProjectRow[] = [];
  const totalRows: number[] = [];
  const areaOf = memoizedAreaMatch(plan);
  const merges = mergeSweep(grid.merges);
  const totalled = TOTALLED_FIELDS.flatMap((field) => (columns[field] === undefined ? [] : [columns[field]]));
  for (let r = headerIndex + 1; r < values.length; r++) {
    const cells = values[r] ?? [];
    const sheetRow = grid.top + r;
    const shown = rowAsShown(cells, sheetRow, left, fields, columns, merges.at(sheetRow));
    // A note beside or below the table, or what a merge covers, is not a project: only mapped cells count.
    if (!shown.content) continue;
    const { raw } = shown;
    if (isTotalLine(cells, grid.formulas?.[r], [raw.area, raw.category], totalled)) {
      totalRows.push(sheetRow);
      continue;
    }
    rows.push(
      projectRow(sheetRow, shown, areaOf, grid.numberFormats?.[r]?.[columns.year ?? -1], grid.date1904),
    );
  }
  return {
    sheet: grid.sheet,
    headerRow,
    left,
    mapping: columns,
    rows,
    ...(totalRows.length ? { totalRows } : {}),
  };
}

/** A mapping's column index that can be read: a whole number from 0 (a saved mapping may hold anything). */
function isColumn(column: number | undefined): column is number {
  return Number.isInteger(column) && (column as number) >= 0;
}

/**
 * The A1 address of a field's cell on a project row; undefined when the table has no such column. Worked
 * out when asked (a finding's cell), not kept per cell: a big table's addresses would be most of its memory.
 */
export function fieldCell(table: ProjectTable, row: ProjectRow, field: ProjectField): string | undefined {
  const column = table.mapping[field];
  return isColumn(column) ? a1(row.row, table.left + column) : undefined;
}

/** The fields a total line fills: amounts and counts. */
const TOTALLED_FIELDS: ProjectField[] = [
  'granted',
  'paidAtApproval',
  'paidAtCompletion',
  'newJobs',
  'securedJobs',
  'newCompanies',
  'leveragedFunding',
];

/** The same few area names repeat on every row: match each (name, year) once per table. */
function memoizedAreaMatch(plan: Plan): (text: string, year: number | undefined) => string | undefined {
  // By name, then year: asking again makes no key.
  const known = new Map<string, Map<number | undefined, string | undefined>>();
  return (text, year) => {
    let ofText = known.get(text);
    if (!ofText) known.set(text, (ofText = new Map()));
    if (!ofText.has(year)) ofText.set(year, matchArea(plan, text, year).area);
    return ofText.get(year);
  };
}

/** One project row, every field read from its cell (made in one go: every row has the same shape). */
function projectRow(
  sheetRow: number,
  { raw, merged }: RowAsShown<ProjectField>,
  areaOf: (text: string, year: number | undefined) => string | undefined,
  yearFormat: string | undefined,
  date1904?: boolean,
): ProjectRow {
  const year = yearOf(raw.year, yearFormat, date1904);
  const areaText = textOf(raw.area);
  const project: ProjectRow = {
    row: sheetRow,
    raw,
    id: textOf(raw.id),
    name: textOf(raw.name),
    applicant: textOf(raw.applicant),
    orgNo: orgNoOf(raw.orgNo),
    area: areaText === undefined ? undefined : areaOf(areaText, year),
    category: 'category' in raw ? lookUpCategory(raw.category).value : undefined,
    year,
    granted: amountOf(raw.granted),
    paidAtApproval: amountOf(raw.paidAtApproval),
    paidAtCompletion: amountOf(raw.paidAtCompletion),
    status: statusOf(raw.status ?? null),
    newJobs: countOf(raw.newJobs),
    securedJobs: countOf(raw.securedJobs),
    newCompanies: countOf(raw.newCompanies),
    leveragedFunding: amountOf(raw.leveragedFunding),
    grantDate: parseDateCell(raw.grantDate ?? null, date1904),
    otherDeMinimis: amountOf(raw.otherDeMinimis),
    group: textOf(raw.group),
    aidBasis: matchAidBasis(raw.aidBasis ?? null),
  };
  if (merged) project.merged = merged;
  return project;
}
