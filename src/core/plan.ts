/**
 * The programme plan: the built-in default (Vestre Toten 2013–2015), its coherence check, area matching,
 * and the Excel tables the plan is kept in on the `Plan` sheet.
 */
import { parseAmount, parseNumber, parseRate, type NumberParse } from './money';
import { closest, normalize } from './text';
import type { CellValue, FinancingSource, GoalIndicator, Plan, Rounding } from './types';

/**
 * Every figure here is from the seed plan (Omstillingsplan 2013–2015, Vestre Toten) unless marked
 * ASSUMPTION: financing (Del III, Finansiering), frames (Forbruk av midler), the 2013 SMB-utvikling extra,
 * legacy areas 2010–2012 (Del I), goal tables (Del II), result targets, and the 20 % egenandel (Del I).
 */
export const defaultPlan: Plan = {
  name: 'Omstillingsplan 2013–2015',
  municipality: 'Vestre Toten',
  period: { from: 2013, to: 2015 },
  financing: [
    {
      id: 'ofk',
      name: 'Tilskudd OFK',
      kind: 'countyGrant',
      perYear: { 2013: 2_500_000, 2014: 2_500_000, 2015: 2_500_000 },
    },
    {
      id: 'egenandel',
      name: 'Egenandel Vestre Toten',
      kind: 'coFunding',
      perYear: { 2013: 500_000, 2014: 500_000, 2015: 500_000 },
    },
  ],
  extraFunding: [
    {
      year: 2013,
      amount: 700_000,
      sources: ['Innovasjon Norge', 'Gjøvikregionen'],
      purpose: 'SMB-utvikling',
      approximate: true,
    },
  ],
  areas: [
    {
      name: 'Nyskaping i næringslivet',
      sharePercent: 70,
      frame: 4_400_000,
      aliases: ['Velferdsinnovasjon', 'Nyskaping i næringslivet, inkl. velferdsinnovasjon', 'Nyskaping'],
    },
    {
      name: 'Attraktivitet for næringslivet',
      sharePercent: 30,
      frame: 1_900_000,
      aliases: ['Attraktivitet'],
    },
  ],
  administration: { name: 'Programadministrasjon inkl. kommunikasjon', frame: 2_700_000 },
  legacy: {
    from: 2010,
    to: 2012,
    areas: ['Nyskaping i næringslivet', 'Velferdsinnovasjon', 'Sentrum', 'Fritid', 'Andre'],
  },
  goals: [
    {
      id: 'employment',
      name: 'Sysselsatte med arbeidssted i kommunen',
      nameEn: 'Employed with workplace in the municipality',
      base: 6232,
      baseYear: 2011,
      rate: 0.01,
      toYear: 2016,
      rounding: 'yearly',
    },
    {
      id: 'population',
      name: 'Folketall',
      nameEn: 'Population',
      base: 12928,
      baseYear: 2012,
      rate: 0.005,
      toYear: 2017,
      rounding: 'yearly',
    },
  ],
  targets: {
    jobsPerYear: 50,
    newCompaniesInPeriod: 6,
    attractivenessMeasuresPerYear: 3,
    attractivenessArea: 'Attraktivitet for næringslivet',
  },
  limits: {
    coFundingMinShare: 0.2,
    // EU's general de minimis ceiling in 2013 (Reg. 1998/2006 and 1407/2013): EUR 200 000 per undertaking
    // over three fiscal years. Not in the seed.
    deMinimisEur: 200_000,
    // ASSUMPTION: NOK per EUR, roughly the 2013 level. Not in the seed; edit it in the Plan sheet.
    eurToNok: 7.5,
    // ASSUMPTION: applied amount at most 75 % of a project's budget. Not in the seed.
    supportShareMax: 0.75,
  },
};

/** Frames are set in tenths of a million ("4,4 mill. kr"), so they may miss their exact share by less than this. */
export const FRAME_UNIT = 100_000;

function yearsOf(plan: Plan): number[] {
  const years: number[] = [];
  for (let year = plan.period.from; year <= plan.period.to && years.length <= 1000; year++) years.push(year);
  return years;
}

/** Financing per year of the period, all sources summed. Amounts for years outside the period are left out. */
export function financingPerYear(plan: Plan): Record<number, number> {
  const perYear: Record<number, number> = {};
  for (const year of yearsOf(plan)) {
    perYear[year] = plan.financing.reduce((sum, source) => sum + (source.perYear[year] ?? 0), 0);
  }
  return perYear;
}

export function totalFinancing(plan: Plan): number {
  return Object.values(financingPerYear(plan)).reduce((sum, amount) => sum + amount, 0);
}

/** What the areas share: total financing less the administration frame (6 300 000 in the default plan). */
export function projectMoney(plan: Plan): number {
  return totalFinancing(plan) - plan.administration.frame;
}

/** Canonical names a row of `year` may use: the legacy areas first for a legacy year, then the current ones. */
export function areaNamesForYear(plan: Plan, year?: number): string[] {
  const current = plan.areas.map((area) => area.name);
  if (year === undefined || !isLegacyYear(plan, year)) return current;
  return [...plan.legacy.areas, ...current.filter((name) => !plan.legacy.areas.includes(name))];
}

function isLegacyYear(plan: Plan, year: number): boolean {
  return year >= plan.legacy.from && year <= plan.legacy.to;
}

/**
 * The canonical area `raw` names, compared after `normalize`: a current area or one of its aliases, or —
 * for a legacy year — a legacy area (which wins, so 2011's «Velferdsinnovasjon» stays its own area).
 * Otherwise at most a near-miss `suggestion`; it never guesses.
 */
export function matchArea(plan: Plan, raw: string, year?: number): { area?: string; suggestion?: string } {
  const wanted = normalize(typeof raw === 'string' ? raw : String(raw ?? ''));
  if (!wanted) return {};
  const names = new Map<string, string>();
  if (year !== undefined && isLegacyYear(plan, year)) {
    for (const name of plan.legacy.areas) names.set(normalize(name), name);
  }
  for (const area of plan.areas) {
    for (const name of [area.name, ...area.aliases]) {
      if (!names.has(normalize(name))) names.set(normalize(name), area.name);
    }
  }
  const exact = names.get(wanted);
  if (exact) return { area: exact };
  const near = closest(wanted, [...names.keys()]);
  return near ? { suggestion: names.get(near) } : {};
}

export interface PlanProblem {
  code: string;
  message: string;
  messageEn: string;
}

const nok = (n: number): string => new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 }).format(n);
const nokEn = (n: number): string => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(n);

/**
 * Is the plan coherent? Shares sum to 100 %, area frames + administration = total financing, each frame
 * within one FRAME_UNIT of its share of the project money, a sensible period with every year financed,
 * egenandel ≥ the minimum share of tilskudd each year, sensible goals. Empty array = coherent.
 */
export function checkPlan(plan: Plan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const add = (code: string, message: string, messageEn: string) =>
    problems.push({ code, message, messageEn });
  const { from, to } = plan.period;

  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to) {
    add(
      'period-order',
      `Perioden ${from}–${to} er ugyldig: fra-år må være ≤ til-år.`,
      `The period ${from}–${to} is invalid: the first year must be ≤ the last.`,
    );
    return problems;
  }
  if (to - from > 50) {
    add(
      'period-too-long',
      `Perioden ${from}–${to} er over 50 år.`,
      `The period ${from}–${to} is longer than 50 years.`,
    );
    return problems;
  }
  if (plan.areas.length === 0) {
    add('no-areas', 'Planen har ingen innsatsområder.', 'The plan has no focus areas.');
  }

  const shareSum = plan.areas.reduce((sum, area) => sum + area.sharePercent, 0);
  if (Math.abs(shareSum - 100) > 1e-9) {
    const shares = plan.areas.map((area) => `${area.sharePercent}`).join(' + ');
    add(
      'share-sum',
      `Andelene for innsatsområdene (${shares}) summerer til ${shareSum} %, ikke 100 %.`,
      `The focus areas' shares (${shares}) add up to ${shareSum} %, not 100 %.`,
    );
  }
  for (const area of plan.areas) {
    if (!(area.sharePercent >= 0 && area.sharePercent <= 100)) {
      add(
        'share-range',
        `Andelen for «${area.name}» (${area.sharePercent} %) må være mellom 0 og 100 %.`,
        `The share of "${area.name}" (${area.sharePercent} %) must be between 0 and 100 %.`,
      );
    }
    if (!Number.isSafeInteger(area.frame) || area.frame < 0) {
      add(
        'frame-invalid',
        `Rammen for «${area.name}» må være et helt, ikke-negativt kronebeløp.`,
        `The frame of "${area.name}" must be a whole, non-negative amount of kroner.`,
      );
    }
  }
  if (!Number.isSafeInteger(plan.administration.frame) || plan.administration.frame < 0) {
    add(
      'frame-invalid',
      `Rammen for «${plan.administration.name}» må være et helt, ikke-negativt kronebeløp.`,
      `The frame of "${plan.administration.name}" must be a whole, non-negative amount of kroner.`,
    );
  }

  checkNames(plan, add);
  checkFinancing(plan, add);

  const total = totalFinancing(plan);
  const framesSum = plan.areas.reduce((sum, area) => sum + area.frame, 0) + plan.administration.frame;
  if (framesSum !== total) {
    add(
      'frames-sum',
      `Rammene for innsatsområdene og administrasjonen summerer til ${nok(framesSum)} kr, men finansieringen er ${nok(total)} kr.`,
      `The frames of the focus areas and the administration add up to NOK ${nokEn(framesSum)}, but the financing is NOK ${nokEn(total)}.`,
    );
  }
  const money = projectMoney(plan);
  if (Math.abs(shareSum - 100) <= 1e-9) {
    for (const area of plan.areas) {
      const exact = (money * area.sharePercent) / 100;
      if (Math.abs(area.frame - exact) >= FRAME_UNIT) {
        add(
          'frame-share',
          `Rammen for «${area.name}» (${nok(area.frame)} kr) avviker fra ${area.sharePercent} % av prosjektmidlene (${nok(exact)} kr) med mer enn ${nok(FRAME_UNIT)} kr.`,
          `The frame of "${area.name}" (NOK ${nokEn(area.frame)}) is more than NOK ${nokEn(FRAME_UNIT)} off ${area.sharePercent} % of the project money (NOK ${nokEn(exact)}).`,
        );
      }
    }
  }
  checkGoals(plan, add);
  return problems;
}

type Add = (code: string, message: string, messageEn: string) => void;

function checkNames(plan: Plan, add: Add): void {
  const seen = new Map<string, string>();
  for (const area of plan.areas) {
    for (const name of [area.name, ...area.aliases]) {
      const key = normalize(name);
      const owner = seen.get(key);
      if (owner !== undefined && owner !== area.name) {
        add(
          'duplicate-area',
          `Navnet «${name}» brukes av både «${owner}» og «${area.name}».`,
          `The name "${name}" is used by both "${owner}" and "${area.name}".`,
        );
      } else if (owner === undefined) seen.set(key, area.name);
    }
  }
  if (plan.areas.length && !plan.areas.some((area) => area.name === plan.targets.attractivenessArea)) {
    add(
      'unknown-target-area',
      `Resultatmålet gjelder «${plan.targets.attractivenessArea}», som ikke er et innsatsområde i planen.`,
      `The result target refers to "${plan.targets.attractivenessArea}", which is not a focus area of the plan.`,
    );
  }
}

function checkFinancing(plan: Plan, add: Add): void {
  const perYear = financingPerYear(plan);
  for (const [year, amount] of Object.entries(perYear)) {
    if (!(amount > 0))
      add(
        'year-unfinanced',
        `År ${year} i perioden har ingen finansiering.`,
        `Year ${year} of the period has no financing.`,
      );
  }
  for (const source of plan.financing) {
    for (const [year, amount] of Object.entries(source.perYear)) {
      if (Number(year) < plan.period.from || Number(year) > plan.period.to) {
        add(
          'financing-outside-period',
          `«${source.name}» har beløp for ${year}, utenfor perioden ${plan.period.from}–${plan.period.to}; beløpet telles ikke med.`,
          `"${source.name}" has an amount for ${year}, outside the period ${plan.period.from}–${plan.period.to}; it is not counted.`,
        );
      } else if (!Number.isSafeInteger(amount) || amount < 0) {
        add(
          'financing-invalid',
          `«${source.name}» ${year} må være et helt, ikke-negativt kronebeløp.`,
          `"${source.name}" ${year} must be a whole, non-negative amount of kroner.`,
        );
      }
    }
  }
  const minShare = plan.limits.coFundingMinShare;
  for (const year of Object.keys(perYear).map(Number)) {
    const sum = (kind: string) =>
      plan.financing.filter((s) => s.kind === kind).reduce((total, s) => total + (s.perYear[year] ?? 0), 0);
    const grant = sum('countyGrant');
    const coFunding = sum('coFunding');
    // Compare in whole kroner × 1e6 to keep 0.2 × 2 500 000 from tipping over on binary error.
    if (grant > 0 && Math.round(coFunding * 1e6) < Math.round(grant * minShare * 1e6)) {
      add(
        'cofunding-below-share',
        `Egenandelen ${year} (${nok(coFunding)} kr) er under ${minShare * 100} % av tilskuddet (${nok(grant)} kr).`,
        `The co-funding ${year} (NOK ${nokEn(coFunding)}) is below ${minShare * 100} % of the grant (NOK ${nokEn(grant)}).`,
      );
    }
  }
}

function checkGoals(plan: Plan, add: Add): void {
  for (const goal of plan.goals) {
    const ok =
      Number.isFinite(goal.base) &&
      Number.isFinite(goal.rate) &&
      goal.rate > -1 &&
      Number.isInteger(goal.baseYear) &&
      Number.isInteger(goal.toYear) &&
      goal.toYear >= goal.baseYear &&
      goal.toYear - goal.baseYear <= 200;
    if (!ok) {
      add(
        'goal-invalid',
        `Målet «${goal.name}» er ugyldig: sjekk basis, basisår, vekst (over −100 %) og til-år (≥ basisår).`,
        `The goal "${goal.name}" is invalid: check base, base year, growth (above −100 %) and last year (≥ base year).`,
      );
    }
  }
}

/** An Excel table on the `Plan` sheet: name, a title shown above it, header row and data rows. */
export interface PlanTable {
  name: string;
  title: string;
  headers: string[];
  rows: CellValue[][];
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
  <T>(parse: (cell: CellValue) => NumberParse, apply: (part: T, n: number) => void, integer = false) =>
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
    label: 'De minimis-tak (EUR over tre år)',
    labelEn: 'De minimis ceiling (EUR over three years)',
    get: (l) => l.deMinimisEur,
    set: setParsed(parseAmount, (l, n) => (l.deMinimisEur = n)),
  },
  {
    label: 'Eurokurs (NOK per EUR)',
    labelEn: 'Exchange rate (NOK per EUR)',
    get: (l) => l.eurToNok,
    set: setParsed(parseNumber, (l, n) => (l.eurToNok = n)),
  },
  {
    label: 'Største støtteandel av budsjettet',
    labelEn: 'Largest support share of the budget',
    get: (l) => l.supportShareMax,
    set: setParsed(parseRate, (l, n) => (l.supportShareMax = n)),
  },
];

const keyedTable = <T>(name: string, title: string, fields: KeyedField<T>[], part: T): PlanTable => ({
  name,
  title,
  headers: ['Felt', 'Verdi'],
  rows: fields.map((field) => [field.label, field.get(part)]),
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
      rows: [[plan.administration.name, plan.administration.frame]],
    },
    {
      name: 'Maal',
      title: 'Målkurver',
      headers: [
        'Id',
        'Indikator',
        'Indicator (en)',
        'Basis',
        'Basisår',
        'Vekst per år',
        'Til år',
        'Avrunding',
      ],
      rows: plan.goals.map((goal) => [
        goal.id,
        goal.name,
        goal.nameEn,
        goal.base,
        goal.baseYear,
        goal.rate,
        goal.toYear,
        ROUNDING_LABELS[goal.rounding],
      ]),
    },
    keyedTable('Resultatmaal', 'Resultatmål', TARGET_FIELDS, plan.targets),
    keyedTable('Grenser', 'Grenser for kontrollene', LIMIT_FIELDS, plan.limits),
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
 * lists hold no ';' and goal rates are below 100 % in size (a rate of 1 or more is read as percent, see parseRate).
 */
export function planFromTables(tables: Record<string, CellValue[][]>): {
  plan: Plan;
  findings: PlanTableFinding[];
} {
  const plan = clonePlan(defaultPlan);
  const findings: PlanTableFinding[] = [];
  const reader = new TableReader(tables, findings);

  reader.keyed('Periode', PERIOD_FIELDS, plan);
  reader.keyed('Resultatmaal', TARGET_FIELDS, plan.targets);
  reader.keyed('Grenser', LIMIT_FIELDS, plan.limits);

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
    const sharePercent = cells.number('Andel %');
    const frame = cells.amount('Ramme');
    if (name === undefined || typeof sharePercent !== 'number' || typeof frame !== 'number') return undefined;
    return { name, sharePercent, frame, aliases: listOf(cells.raw('Andre navn')) };
  });
  if (areas) plan.areas = areas;

  const administration = reader.rows('Administrasjon', ['Post', 'Ramme'], (cells) => {
    const name = cells.text('Post');
    const frame = cells.amount('Ramme');
    return name !== undefined && typeof frame === 'number' ? { name, frame } : undefined;
  });
  if (administration) plan.administration = administration[0];

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

  return { plan, findings };
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
  problem?: { header: string; text: string };

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

  private parsed(
    header: string,
    parse: (cell: CellValue) => NumberParse,
    required: boolean,
    integer = false,
  ) {
    const parsed = parse(this.raw(header));
    if (parsed.kind === 'empty' && !required) return null;
    if (parsed.kind !== 'number' || (integer && !Number.isInteger(parsed.value))) return this.bad(header);
    return parsed.value;
  }

  amount(header: string, required = true): number | null | undefined {
    return this.parsed(header, parseAmount, required);
  }

  number(header: string, integer = false): number | undefined {
    return this.parsed(header, (cell) => parseNumber(stripPercent(cell)), true, integer) ?? undefined;
  }

  rate(header: string): number | undefined {
    return this.parsed(header, parseRate, true) ?? undefined;
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

/** "70 %" in the share column means 70. */
function stripPercent(cell: CellValue): CellValue {
  return typeof cell === 'string' ? cell.replace(/\s*%\s*$/, '') : cell;
}

class TableReader {
  constructor(
    private readonly tables: Record<string, CellValue[][]>,
    private readonly findings: PlanTableFinding[],
  ) {}

  private say(table: string, row: number, message: string, messageEn: string): void {
    this.findings.push({ table, row, message, messageEn });
  }

  private present(name: string): CellValue[][] | undefined {
    const rows = this.tables[name];
    if (Array.isArray(rows) && rows.length > 0 && Array.isArray(rows[0])) return rows;
    this.say(
      name,
      0,
      `Tabellen «${name}» finnes ikke; standardplanens verdier brukes.`,
      `The table "${name}" is missing; the default plan's values are used.`,
    );
    return undefined;
  }

  /** A two-column label/value table: each known label sets one field; the rest keep the default. */
  keyed<T>(name: string, fields: KeyedField<T>[], part: T): void {
    const rows = this.present(name);
    if (!rows) return;
    const seen = new Set<KeyedField<T>>();
    rows.slice(1).forEach((row, i) => {
      if (isEmptyRow(row)) return;
      const label = normalize(textOf(row[0]) ?? '');
      const field = fields.find((f) => normalize(f.label) === label || normalize(f.labelEn) === label);
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
    mayBeEmpty = false,
  ): T[] | undefined {
    const rows = this.present(name);
    if (!rows) return undefined;
    const headers = rows[0].map((cell) => normalize(textOf(cell) ?? ''));
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
        const { header, text } = cells.problem ?? { header: '?', text: '' };
        const what = text ? `«${text}» i kolonnen «${header}»` : `Kolonnen «${header}» er tom`;
        const whatEn = text ? `"${text}" in the column "${header}"` : `The column "${header}" is empty`;
        this.say(
          name,
          i + 1,
          `Rad ${i + 1} i tabellen «${name}»: ${text ? what + ' kan ikke leses' : what}; raden er ikke brukt.`,
          `Row ${i + 1} of the table "${name}": ${text ? whatEn + ' cannot be read' : whatEn}; the row was left out.`,
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
