/** The plan as Excel tables on the `Plan` sheet, and back: what the user edits is what the add-in reads. */
import type { ColumnKind } from './formats';
import {
  parseAmount,
  parseNumber,
  parseRate,
  parseShare,
  rateProblem,
  sharePercents,
  type RateParse,
  type Share,
} from './money';
import type { Bilingual } from './messages';
import { formatDate, parseDateCell, yearOfDate } from './dates';
import { normalize } from './text';
import type {
  AidWindowKind,
  CellValue,
  EuroRate,
  FinancingSource,
  GoalIndicator,
  IsoDate,
  Plan,
  Rounding,
  StateAidSettings,
} from './types';
import { defaultPlan, MAX_PERIOD_YEARS } from './planFigures';

/** The sheet the plan's tables live on. */
export const PLAN_SHEET = 'Plan';

/** An Excel table on the `Plan` sheet: name, a title shown above it, header row and data rows. */
export interface PlanTable {
  name: string;
  title: string;
  headers: string[];
  rows: CellValue[][];
  /** What each column holds (its number format when written); the tables are read back by header. */
  columns?: ColumnKind[];
}

export interface PlanTableFinding {
  table: string;
  /** Index into that table's rows as given, header row = 0. */
  row: number;
  message: string;
  messageEn: string;
}

const KIND_LABELS: Record<FinancingSource['kind'], string> = {
  countyGrant: 'Tilskudd',
  coFunding: 'Egenandel',
  other: 'Annet',
};
const ROUNDING_LABELS: Record<Rounding, string> = { yearly: 'årlig', final: 'slutt', none: 'ingen' };
const LIST_SEPARATOR = '; ';

interface KeyedField<T> {
  label: string;
  labelEn: string;
  get: (part: T) => CellValue;
  /** Reads the cell into the part; false when the cell cannot be read. */
  set: (part: T, cell: CellValue) => boolean;
}

type PeriodPart = Pick<Plan, 'name' | 'municipality' | 'period' | 'legacy'>;

const setText =
  <T>(apply: (part: T, text: string) => void) =>
  (part: T, cell: CellValue): boolean => {
    const value = textOf(cell);
    if (value === undefined) return false;
    apply(part, value);
    return true;
  };

const setParsed =
  <T>(parse: (cell: CellValue) => RateParse, apply: (part: T, n: number) => void, integer = false) =>
  (part: T, cell: CellValue): boolean => {
    const parsed = parse(cell);
    if (parsed.kind !== 'number' || (integer && !Number.isInteger(parsed.value))) return false;
    apply(part, parsed.value);
    return true;
  };

const PERIOD_FIELDS: KeyedField<PeriodPart>[] = [
  { label: 'Navn', labelEn: 'Name', get: (p) => p.name, set: setText((p, t) => (p.name = t)) },
  {
    label: 'Kommune',
    labelEn: 'Municipality',
    get: (p) => p.municipality,
    set: setText((p, t) => (p.municipality = t)),
  },
  {
    label: 'Fra år',
    labelEn: 'From year',
    get: (p) => p.period.from,
    set: setParsed(parseNumber, (p, n) => (p.period.from = n), true),
  },
  {
    label: 'Til år',
    labelEn: 'To year',
    get: (p) => p.period.to,
    set: setParsed(parseNumber, (p, n) => (p.period.to = n), true),
  },
  {
    label: 'Tidligere fra år',
    labelEn: 'Earlier from year',
    get: (p) => p.legacy.from,
    set: setParsed(parseNumber, (p, n) => (p.legacy.from = n), true),
  },
  {
    label: 'Tidligere til år',
    labelEn: 'Earlier to year',
    get: (p) => p.legacy.to,
    set: setParsed(parseNumber, (p, n) => (p.legacy.to = n), true),
  },
  {
    label: 'Tidligere innsatsområder',
    labelEn: 'Earlier focus areas',
    get: (p) => p.legacy.areas.join(LIST_SEPARATOR),
    set: (p, cell) => ((p.legacy.areas = listOf(cell)), true),
  },
];

const TARGET_FIELDS: KeyedField<Plan['targets']>[] = [
  {
    label: 'Nye eller sikrede arbeidsplasser per år',
    labelEn: 'New or secured jobs per year',
    get: (t) => t.jobsPerYear,
    set: setParsed(parseNumber, (t, n) => (t.jobsPerYear = n)),
  },
  {
    label: 'Nye bedrifter i perioden',
    labelEn: 'New companies in the period',
    get: (t) => t.newCompaniesInPeriod,
    set: setParsed(parseNumber, (t, n) => (t.newCompaniesInPeriod = n)),
  },
  {
    label: 'Prosjekter/tiltak per år for attraktivitet',
    labelEn: 'Attractiveness measures per year',
    get: (t) => t.attractivenessMeasuresPerYear,
    set: setParsed(parseNumber, (t, n) => (t.attractivenessMeasuresPerYear = n)),
  },
  {
    label: 'Innsatsområde for attraktivitet',
    labelEn: 'Attractiveness focus area',
    get: (t) => t.attractivenessArea,
    set: setText((t, s) => (t.attractivenessArea = s)),
  },
];

const LIMIT_FIELDS: KeyedField<Plan['limits']>[] = [
  {
    label: 'Egenandel minst (andel av tilskudd)',
    labelEn: 'Minimum co-funding (share of grant)',
    get: (l) => l.coFundingMinShare,
    set: setParsed(parseRate, (l, n) => (l.coFundingMinShare = n)),
  },
  {
    label: 'Største støtteandel av budsjettet',
    labelEn: 'Largest support share of the budget',
    get: (l) => l.supportShareMax,
    set: setParsed(parseRate, (l, n) => (l.supportShareMax = n)),
  },
];

/** Rows of `Grenser` that earlier versions wrote, now replaced by tables of their own. */
const RETIRED_LIMITS: { labels: string[]; nb: string; en: string }[] = [
  {
    labels: ['De minimis-tak (EUR over tre år)', 'De minimis ceiling (EUR over three years)'],
    nb: 'Taket for bagatellstøtte står nå i tabellen «Støtteregler» (ett tak per forordning og dato); raden kan slettes.',
    en: 'The de minimis ceiling is now in the table "Støtteregler" (one ceiling per regulation and date); the row can be deleted.',
  },
  {
    labels: ['Eurokurs (NOK per EUR)', 'Exchange rate (NOK per EUR)'],
    nb: 'Eurokursen står nå i tabellen «Valutakurser» (én kurs per år eller dato); raden kan slettes.',
    en: 'The exchange rate is now in the table "Valutakurser" (one rate per year or date); the row can be deleted.',
  },
];

const WINDOW_LABELS: Record<AidWindowKind, string> = {
  fiscalYears: 'regnskapsår',
  rollingYears: 'rullerende år',
};
const WINDOW_LABELS_EN: Record<AidWindowKind, string> = {
  fiscalYears: 'fiscal years',
  rollingYears: 'rolling years',
};

/** Table names are plain letters like the others (`Omrader`, `Maal`); the titles say them in Norwegian. */
export const STATE_AID_TABLES = {
  regulations: 'Stotteregler',
  rates: 'Valutakurser',
  publicApplicants: 'Offentlige_sokere',
} as const;

/** «15.03.2013» for a date, the year itself for a year's rate. */
function rateKey(rate: EuroRate): CellValue {
  return rate.date ? formatDate(rate.date) : rate.year;
}

function stateAidTables(stateAid: StateAidSettings): PlanTable[] {
  return [
    {
      name: STATE_AID_TABLES.regulations,
      title:
        'Støtteregler: bagatellstøtte (de minimis) — forordningen som gjelder fra datoen, taket per foretak og vinduet (docs/statsstotte.md)',
      headers: ['Fra dato', 'Forordning', 'Tak (EUR)', 'Vindu', 'År', 'Kilde'],
      rows: stateAid.regulations.map((r) => [
        formatDate(r.from),
        r.name,
        r.ceilingEur,
        WINDOW_LABELS[r.window],
        r.years,
        r.source,
      ]),
    },
    {
      name: STATE_AID_TABLES.rates,
      title: 'Valutakurser: NOK per EUR per år (årsgjennomsnitt) eller per dato (kursen på tilsagnsdatoen)',
      headers: ['År eller dato', 'NOK per EUR', 'Kilde'],
      rows: stateAid.rates.map((r) => [rateKey(r), r.nokPerEur, r.source]),
    },
    {
      name: STATE_AID_TABLES.publicApplicants,
      title:
        'Offentlige søkere: org.nr eller navn som ikke er foretak i bagatellstøttekontrollen (kommunen selv er alltid med)',
      headers: ['Org.nr eller navn'],
      rows: stateAid.publicApplicants.map((entry) => [entry]),
    },
  ];
}

const keyedTable = <T>(name: string, title: string, fields: KeyedField<T>[], part: T): PlanTable => ({
  name,
  title,
  headers: ['Felt', 'Verdi'],
  rows: fields.map((field) => [field.label, field.get(part)]),
  columns: ['text', 'general'],
});

/** The plan as the Excel tables of the `Plan` sheet, in the order they are laid out. */
export function planToTables(plan: Plan): PlanTable[] {
  const years = financingYears(plan);
  return [
    keyedTable('Periode', 'Planperiode', PERIOD_FIELDS, plan),
    {
      name: 'Finansiering',
      title: 'Finansiering per år (kr)',
      headers: ['Kilde', 'Type', ...years.map(String), 'Id'],
      columns: ['text', 'text', ...years.map(() => 'kroner' as const), 'id'],
      rows: plan.financing.map((source) => [
        source.name,
        KIND_LABELS[source.kind],
        ...years.map((year) => source.perYear[year] ?? null),
        source.id,
      ]),
    },
    {
      name: 'Ekstramidler',
      title: 'Ekstra midler (ikke med i rammene)',
      headers: ['År', 'Beløp', 'Kilder', 'Formål', 'Omtrentlig'],
      columns: ['year', 'kroner', 'text', 'text', 'text'],
      rows: plan.extraFunding.map((extra) => [
        extra.year,
        extra.amount,
        extra.sources.join(LIST_SEPARATOR),
        extra.purpose,
        extra.approximate ? 'Ja' : 'Nei',
      ]),
    },
    {
      name: 'Omrader',
      title: 'Innsatsområder: andel av prosjektmidlene og ramme for perioden',
      headers: ['Innsatsområde', 'Andel %', 'Ramme', 'Andre navn'],
      columns: ['text', 'general', 'kroner', 'text'],
      rows: plan.areas.map((area) => [
        area.name,
        area.sharePercent,
        area.frame,
        area.aliases.join(LIST_SEPARATOR),
      ]),
    },
    {
      name: 'Administrasjon',
      title: 'Programadministrasjon: ramme for perioden',
      headers: ['Post', 'Ramme'],
      columns: ['text', 'kroner'],
      rows: [[plan.administration.name, plan.administration.frame]],
    },
    {
      name: 'Maal',
      title: 'Målkurver',
      // The English name and the id are for the add-in: last, and shown as secondary.
      headers: [
        'Indikator',
        'Basis',
        'Basisår',
        'Vekst per år',
        'Til år',
        'Avrunding',
        'Indicator (en)',
        'Id',
      ],
      columns: ['text', 'count', 'year', 'shareTenths', 'year', 'text', 'id', 'id'],
      rows: plan.goals.map((goal) => [
        goal.name,
        goal.base,
        goal.baseYear,
        goal.rate,
        goal.toYear,
        ROUNDING_LABELS[goal.rounding],
        goal.nameEn,
        goal.id,
      ]),
    },
    keyedTable('Resultatmaal', 'Resultatmål', TARGET_FIELDS, plan.targets),
    keyedTable('Grenser', 'Grenser for kontrollene', LIMIT_FIELDS, plan.limits),
    ...stateAidTables(plan.stateAid),
  ];
}

function financingYears(plan: Plan): number[] {
  const years = new Set<number>();
  for (let year = plan.period.from; year <= plan.period.to && years.size <= 1000; year++) years.add(year);
  for (const source of plan.financing)
    for (const year of Object.keys(source.perYear)) years.add(Number(year));
  return [...years].sort((a, b) => a - b);
}

function textOf(cell: CellValue | undefined): string | undefined {
  if (typeof cell === 'number' && Number.isFinite(cell)) return String(cell);
  if (typeof cell !== 'string') return undefined;
  const text = cell.trim();
  return text || undefined;
}

function listOf(cell: CellValue | undefined): string[] {
  return (textOf(cell) ?? '')
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);
}

function isEmptyRow(row: CellValue[] | undefined): boolean {
  return (
    !row ||
    row.every((cell) => cell === null || cell === undefined || (typeof cell === 'string' && !cell.trim()))
  );
}

function clonePlan(plan: Plan): Plan {
  return JSON.parse(JSON.stringify(plan)) as Plan;
}

/**
 * Reads the plan back from its tables (by name, rows including the header row). Whatever is missing or
 * unreadable falls back to the default plan's value, with a finding that says so. Never throws.
 * Round-trips: planFromTables(record of planToTables(p)).plan deep-equals p for plans whose texts are trimmed,
 * lists hold no ';', goal rates are below 100 % in size (a rate of 1 or more is refused as ambiguous, see parseRate)
 * and the areas' shares add up to more than 1 (less is read as Excel's percent fractions, see sharePercents).
 */
export function planFromTables(tables: Record<string, CellValue[][]>): {
  plan: Plan;
  findings: PlanTableFinding[];
} {
  const plan = clonePlan(defaultPlan);
  const findings: PlanTableFinding[] = [];
  const reader = new TableReader(tables, findings);

  reader.keyed('Periode', PERIOD_FIELDS, plan);
  // Every per-year table and loop runs over the period: «Til år» 100 000 000 must not be taken at its word.
  const { from, to } = plan.period;
  if (!(from >= 1900 && to <= 2200 && from <= to && to - from <= MAX_PERIOD_YEARS)) {
    findings.push({
      table: 'Periode',
      row: 0,
      message: `Perioden ${from}–${to} i tabellen «Periode» kan ikke brukes (fra-år ≤ til-år, mellom 1900 og 2200, høyst ${MAX_PERIOD_YEARS} år); standardplanens periode ${defaultPlan.period.from}–${defaultPlan.period.to} brukes.`,
      messageEn: `The period ${from}–${to} in the table "Periode" cannot be used (first year ≤ last, between 1900 and 2200, at most ${MAX_PERIOD_YEARS} years); the default plan's period ${defaultPlan.period.from}–${defaultPlan.period.to} is used.`,
    });
    plan.period = { ...defaultPlan.period };
  }
  reader.keyed('Resultatmaal', TARGET_FIELDS, plan.targets);
  reader.keyed('Grenser', LIMIT_FIELDS, plan.limits, RETIRED_LIMITS);

  const financing = reader.rows('Finansiering', ['Kilde', 'Type'], (cells) => {
    const name = cells.text('Kilde');
    const kind = cells.pick('Type', KIND_LABELS);
    const perYear: Record<number, number> = {};
    for (const header of cells.headers.filter((h) => /^\d{4}$/.test(h))) {
      const amount = cells.amount(header, false);
      if (amount === undefined) return undefined;
      if (amount !== null) perYear[Number(header)] = amount;
    }
    if (name === undefined || kind === undefined) return undefined;
    return { id: cells.text('Id', false) ?? slug(name), name, kind, perYear } satisfies FinancingSource;
  });
  if (financing) plan.financing = financing;

  const extras = reader.rows(
    'Ekstramidler',
    ['År', 'Beløp'],
    (cells) => {
      const year = cells.number('År', true);
      const amount = cells.amount('Beløp');
      if (typeof year !== 'number' || typeof amount !== 'number') return undefined;
      const approximate = normalize(cells.text('Omtrentlig', false) ?? '');
      return {
        year,
        amount,
        sources: listOf(cells.raw('Kilder')),
        purpose: cells.text('Formål', false) ?? '',
        approximate: approximate === 'ja' || approximate === 'yes',
      };
    },
    true,
  );
  if (extras) plan.extraFunding = extras;

  const areas = reader.rows('Omrader', ['Innsatsområde', 'Andel %', 'Ramme'], (cells) => {
    const name = cells.text('Innsatsområde');
    const share = cells.share('Andel %');
    const frame = cells.amount('Ramme');
    if (name === undefined || share === undefined || typeof frame !== 'number') return undefined;
    return { name, share, frame, aliases: listOf(cells.raw('Andre navn')) };
  });
  if (areas) {
    const percents = sharePercents(areas.map((area) => area.share));
    plan.areas = areas.map(({ share: _share, ...area }, i) => ({ ...area, sharePercent: percents[i]! }));
  }

  const administration = reader.rows('Administrasjon', ['Post', 'Ramme'], (cells) => {
    const name = cells.text('Post');
    const frame = cells.amount('Ramme');
    return name !== undefined && typeof frame === 'number' ? { name, frame } : undefined;
  });
  if (administration?.[0]) plan.administration = administration[0];

  const goals = reader.rows(
    'Maal',
    ['Indikator', 'Basis', 'Basisår', 'Vekst per år', 'Til år'],
    (cells) => {
      const name = cells.text('Indikator');
      const base = cells.number('Basis');
      const baseYear = cells.number('Basisår', true);
      const rate = cells.rate('Vekst per år');
      const toYear = cells.number('Til år', true);
      const rounding =
        cells.text('Avrunding', false) === undefined ? 'yearly' : cells.pick('Avrunding', ROUNDING_LABELS);
      if (name === undefined || rounding === undefined) return undefined;
      if (typeof base !== 'number' || typeof rate !== 'number') return undefined;
      if (typeof baseYear !== 'number' || typeof toYear !== 'number') return undefined;
      return {
        id: cells.text('Id', false) ?? slug(name),
        name,
        nameEn: cells.text('Indicator (en)', false) ?? name,
        base,
        baseYear,
        rate,
        toYear,
        rounding,
      } satisfies GoalIndicator;
    },
    true,
  );
  if (goals) plan.goals = goals;

  readStateAid(reader, plan.stateAid);
  return { plan, findings };
}

/** The three state-aid tables; a workbook made before they existed simply keeps the defaults. */
function readStateAid(reader: TableReader, stateAid: StateAidSettings): void {
  const regulations = reader.rows(
    STATE_AID_TABLES.regulations,
    ['Fra dato', 'Forordning', 'Tak (EUR)', 'Vindu', 'År'],
    (cells) => {
      const from = cells.date('Fra dato');
      const name = cells.text('Forordning');
      const ceilingEur = cells.amount('Tak (EUR)');
      const window = cells.pickEither('Vindu', WINDOW_LABELS, WINDOW_LABELS_EN);
      const years = cells.number('År', true);
      if (from === undefined || name === undefined || typeof ceilingEur !== 'number') return undefined;
      if (window === undefined || years === undefined || years < 1 || years > 10) return undefined;
      return { from, name, ceilingEur, window, years, source: cells.text('Kilde', false) ?? '' };
    },
    { optional: true },
  );
  if (regulations)
    stateAid.regulations = [...regulations].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));

  const rates = reader.rows(
    STATE_AID_TABLES.rates,
    ['År eller dato', 'NOK per EUR'],
    (cells) => {
      const when = cells.yearOrDate('År eller dato');
      const nokPerEur = cells.number('NOK per EUR');
      if (when === undefined || nokPerEur === undefined || !(nokPerEur > 0)) return undefined;
      return { ...when, nokPerEur, source: cells.text('Kilde', false) ?? '' } satisfies EuroRate;
    },
    { optional: true, mayBeEmpty: true },
  );
  if (rates) stateAid.rates = rates;

  const publics = reader.rows(
    STATE_AID_TABLES.publicApplicants,
    ['Org.nr eller navn'],
    (cells) => cells.text('Org.nr eller navn'),
    { optional: true, mayBeEmpty: true },
  );
  if (publics) stateAid.publicApplicants = publics;
}

function slug(name: string): string {
  return normalize(name)
    .replace(/[^a-z0-9æøå]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * One data row, read by header. Each reader returns the value, or undefined when the cell is unreadable or
 * (if required) empty — and then remembers that cell, so the finding can say which one.
 * `amount` and `number` return null for an empty optional cell.
 */
class RowCells {
  problem?: { header: string; text: string; why?: Bilingual };

  constructor(
    private readonly row: CellValue[],
    private readonly columns: Map<string, number>,
    readonly headers: string[],
  ) {}

  raw(header: string): CellValue {
    const index = this.columns.get(normalize(header));
    return index === undefined ? null : (this.row[index] ?? null);
  }

  private bad(header: string): undefined {
    const cell = this.raw(header);
    const text = typeof cell === 'object' && cell !== null ? cell.error : cell === null ? '' : String(cell);
    this.problem ??= { header, text };
    return undefined;
  }

  text(header: string, required = true): string | undefined {
    const text = textOf(this.raw(header));
    return text === undefined && required ? this.bad(header) : text;
  }

  private parsed(header: string, parse: (cell: CellValue) => RateParse, required: boolean, integer = false) {
    const parsed = parse(this.raw(header));
    if (parsed.kind === 'empty' && !required) return null;
    if (parsed.kind === 'ambiguous') {
      this.problem ??= {
        header,
        text: parsed.text,
        why: rateProblem(parsed, { nb: `«${header}»`, en: `"${header}"` }),
      };
      return undefined;
    }
    if (parsed.kind !== 'number' || (integer && !Number.isInteger(parsed.value))) return this.bad(header);
    return parsed.value;
  }

  amount(header: string, required = true): number | null | undefined {
    return this.parsed(header, parseAmount, required);
  }

  number(header: string, integer = false): number | undefined {
    return this.parsed(header, parseNumber, true, integer) ?? undefined;
  }

  /** A share, "70 %" or 70 or Excel's 70 % (0,7): the list decides which, see sharePercents. */
  share(header: string): Share | undefined {
    const parsed = parseShare(this.raw(header));
    return parsed.kind === 'number' ? parsed : this.bad(header);
  }

  rate(header: string): number | undefined {
    return this.parsed(header, parseRate, true) ?? undefined;
  }

  /** A date cell (an Excel date, «15.03.2013» or «2013-03-15»). */
  date(header: string): IsoDate | undefined {
    return parseDateCell(this.raw(header)) ?? this.bad(header);
  }

  /** A year (2013) or a date: the year's rate or one day's. */
  yearOrDate(header: string): { year: number; date?: IsoDate } | undefined {
    const cell = this.raw(header);
    const year = parseNumber(cell);
    if (year.kind === 'number' && Number.isInteger(year.value) && year.value >= 1900 && year.value <= 2200) {
      return { year: year.value };
    }
    const date = parseDateCell(cell);
    return date ? { year: yearOfDate(date), date } : this.bad(header);
  }

  /** The key whose Norwegian or English label the cell names. */
  pickEither<K extends string>(
    header: string,
    labels: Record<K, string>,
    labelsEn: Record<K, string>,
  ): K | undefined {
    const wanted = normalize(textOf(this.raw(header)) ?? '');
    const key = (Object.keys(labels) as K[]).find(
      (k) => normalize(labels[k]) === wanted || normalize(labelsEn[k]) === wanted,
    );
    return key ?? this.bad(header);
  }

  /** The key whose label (or English key) the cell names. */
  pick<K extends string>(header: string, labels: Record<K, string>): K | undefined {
    const wanted = normalize(textOf(this.raw(header)) ?? '');
    const key = (Object.keys(labels) as K[]).find(
      (k) => normalize(labels[k]) === wanted || normalize(k) === wanted,
    );
    return key ?? this.bad(header);
  }
}

class TableReader {
  constructor(
    private readonly tables: Record<string, CellValue[][]>,
    private readonly findings: PlanTableFinding[],
  ) {}

  private say(table: string, row: number, message: string, messageEn: string): void {
    this.findings.push({ table, row, message, messageEn });
  }

  private present(name: string, optional = false): CellValue[][] | undefined {
    const rows = this.tables[name];
    if (Array.isArray(rows) && rows.length > 0 && Array.isArray(rows[0])) return rows;
    if (optional) return undefined;
    this.say(
      name,
      0,
      `Tabellen «${name}» finnes ikke; standardplanens verdier brukes.`,
      `The table "${name}" is missing; the default plan's values are used.`,
    );
    return undefined;
  }

  /** A two-column label/value table: each known label sets one field; the rest keep the default. */
  keyed<T>(
    name: string,
    fields: KeyedField<T>[],
    part: T,
    retired: { labels: string[]; nb: string; en: string }[] = [],
  ): void {
    const rows = this.present(name);
    if (!rows) return;
    const seen = new Set<KeyedField<T>>();
    rows.slice(1).forEach((row, i) => {
      if (isEmptyRow(row)) return;
      const label = normalize(textOf(row[0]) ?? '');
      const field = fields.find((f) => normalize(f.label) === label || normalize(f.labelEn) === label);
      const gone = field ? undefined : retired.find((r) => r.labels.some((l) => normalize(l) === label));
      if (gone) {
        this.say(
          name,
          i + 1,
          `«${textOf(row[0])}» i tabellen «${name}» brukes ikke lenger. ${gone.nb}`,
          `"${textOf(row[0])}" in the table "${name}" is no longer used. ${gone.en}`,
        );
        return;
      }
      if (!field) {
        this.say(
          name,
          i + 1,
          `Ukjent felt «${textOf(row[0]) ?? ''}» i tabellen «${name}» er ikke brukt.`,
          `Unknown field "${textOf(row[0]) ?? ''}" in the table "${name}" was ignored.`,
        );
        return;
      }
      seen.add(field);
      if (!field.set(part, row[1] ?? null)) {
        this.say(
          name,
          i + 1,
          `«${field.label}» i tabellen «${name}» kunne ikke leses; standardverdien ${field.get(part)} brukes.`,
          `"${field.labelEn}" in the table "${name}" could not be read; the default ${field.get(part)} is used.`,
        );
      }
    });
    for (const field of fields.filter((f) => !seen.has(f))) {
      this.say(
        name,
        0,
        `«${field.label}» mangler i tabellen «${name}»; standardverdien ${field.get(part)} brukes.`,
        `"${field.labelEn}" is missing from the table "${name}"; the default ${field.get(part)} is used.`,
      );
    }
  }

  /**
   * A table of records. Unreadable rows are left out and named; with no readable row at all the default's
   * part is kept, unless `mayBeEmpty` (no goals, no extra money are legitimate plans).
   */
  rows<T>(
    name: string,
    required: string[],
    read: (cells: RowCells) => T | undefined,
    options: boolean | { mayBeEmpty?: boolean; optional?: boolean } = false,
  ): T[] | undefined {
    const { mayBeEmpty = false, optional = false } =
      typeof options === 'boolean' ? { mayBeEmpty: options } : options;
    const rows = this.present(name, optional);
    if (!rows) return undefined;
    const headers = rows[0]!.map((cell) => normalize(textOf(cell) ?? ''));
    const columns = new Map(headers.map((header, index) => [header, index] as [string, number]).reverse());
    const missing = required.filter((header) => !columns.has(normalize(header)));
    if (missing.length) {
      const list = missing.map((header) => `«${header}»`).join(', ');
      const listEn = missing.map((header) => `"${header}"`).join(', ');
      this.say(
        name,
        0,
        `Tabellen «${name}» mangler kolonnen ${list}; standardplanens verdier brukes.`,
        `The table "${name}" lacks the column ${listEn}; the default plan's values are used.`,
      );
      return undefined;
    }
    const records: T[] = [];
    rows.slice(1).forEach((row, i) => {
      if (isEmptyRow(row)) return;
      const cells = new RowCells(row, columns, headers.filter(Boolean));
      const record = read(cells);
      if (record === undefined) {
        const { header, text, why } = cells.problem ?? { header: '?', text: '' };
        const what =
          why?.nb.replace(/\.$/, '') ??
          (text ? `«${text}» i kolonnen «${header}» kan ikke leses` : `Kolonnen «${header}» er tom`);
        const whatEn =
          why?.en.replace(/\.$/, '') ??
          (text ? `"${text}" in the column "${header}" cannot be read` : `The column "${header}" is empty`);
        this.say(
          name,
          i + 1,
          `Rad ${i + 1} i tabellen «${name}»: ${what}; raden er ikke brukt.`,
          `Row ${i + 1} of the table "${name}": ${whatEn}; the row was left out.`,
        );
      } else records.push(record);
    });
    if (records.length === 0 && !mayBeEmpty) {
      this.say(
        name,
        0,
        `Tabellen «${name}» har ingen rader som kan leses; standardplanens verdier brukes.`,
        `The table "${name}" has no readable rows; the default plan's values are used.`,
      );
      return undefined;
    }
    return records;
  }
}
