/**
 * De minimis aid by the rules in force on each grant's date: which regulation applied, its window, the
 * NOK/EUR rate of the grant, who forms one single undertaking, and how much room is left under the ceiling.
 * Pure: the project rules, the assessment rules, the `statsstøtte` command and the pane all count here.
 * Sources (cited in docs/statsstotte.md): Commission Regulations (EC) No 1998/2006 art. 2(2), (EU) No
 * 1407/2013 art. 3(2) and (EU) 2023/2831 art. 3(2), in Norway forskrift 14.11.2008 nr. 1213 § 2; the rate
 * at the time of grant (Forskningsrådet, «Bagatellmessig støtte»).
 */
import { addDays, addYears, firstDayOf, formatDate, lastDayOf, yearOfDate } from './dates';
import { bilingual, defineMessages, joinBilingual, type Bilingual } from './messages';
import { formatKroner } from './money';
import { isAllDigits, normalize } from './text';
import type { AidBasis, AidRegulation, EuroRate, IsoDate, Plan, ProjectRow, StateAidSettings } from './types';

export { DEFAULT_STATE_AID, REGISTER_THRESHOLD_EUR } from './stateAidDefaults';

// ---------------------------------------------------------------------------------------------------------
// Time, regulation and window

/** When a grant was made: its date, or only its year when the Tilsagnsdato is missing. */
export interface AidTime {
  date?: IsoDate;
  year: number;
}

/** The day a grant is judged on: its date, else the last day of its year (the whole year counts). */
export function judgedOn(time: AidTime): IsoDate {
  return time.date ?? lastDayOf(time.year);
}

/**
 * The regulation in force on a date. A grant known only by its year falls under the regulation in force
 * on 1 January of that year: where a year holds two regulations, that is the earlier and lower ceiling.
 */
export function regulationFor(settings: StateAidSettings, time: AidTime): AidRegulation | undefined {
  const day = time.date ?? firstDayOf(time.year);
  let found: AidRegulation | undefined;
  for (const regulation of settings.regulations) {
    if (regulation.from <= day && (!found || regulation.from >= found.from)) found = regulation;
  }
  return found;
}

export interface AidWindow {
  from: IsoDate;
  to: IsoDate;
  regulation: AidRegulation;
}

/**
 * The period whose aid counts for a grant: for fiscal years, 1 January of the year (years − 1) before the
 * grant's year up to the grant; for rolling years, the day after the same date (years) years earlier up to
 * the grant (2023/2831 art. 3(2): «any period of three years»). Norwegian fiscal years are calendar years.
 */
export function windowFor(regulation: AidRegulation, time: AidTime): AidWindow {
  // Asked for every grant: a big table's grants share a few dozen dates and years, so each window is worked
  // out once per regulation (shared: never changed). The judged day depends on the date, else the year.
  let known = WINDOWS.get(regulation);
  if (!known) WINDOWS.set(regulation, (known = new Map()));
  const key = time.date ?? time.year;
  let span = known.get(key);
  if (!span) {
    const to = judgedOn(time);
    const from =
      regulation.window === 'fiscalYears'
        ? firstDayOf(yearOfDate(to) - (regulation.years - 1))
        : addDays(addYears(to, -regulation.years), 1);
    span = { from, to, regulation };
    if (known.size < 10_000) known.set(key, span);
  }
  return span;
}
const WINDOWS = new WeakMap<AidRegulation, Map<IsoDate | number, AidWindow>>();

/** A grant known only by its year counts when any day of that year lies in the window (the cautious side). */
export function inWindow(span: AidWindow, time: AidTime): boolean {
  if (time.date) return time.date >= span.from && time.date <= span.to;
  return lastDayOf(time.year) >= span.from && firstDayOf(time.year) <= span.to;
}

// ---------------------------------------------------------------------------------------------------------
// Rates and conversion

export interface RateUsed {
  rate: EuroRate;
  /** False when the grant's own year had no rate and the nearest year's was used instead. */
  forTheYear: boolean;
}

/**
 * The rate for a grant: that day's rate, else its year's, else (flagged) the nearest year's — ties go to
 * the earlier year. Undefined when the table has no rates at all.
 */
export function rateFor(rates: readonly EuroRate[], time: AidTime): RateUsed | undefined {
  // Asked once per grant (and per judgement): a big table's grants share a few dozen dates and years. Kept
  // by year, then date (none for a year alone), so asking again makes no key.
  let known = RATES_FOUND.get(rates);
  if (!known) RATES_FOUND.set(rates, (known = { size: 0, byYear: new Map() }));
  let ofYear = known.byYear.get(time.year);
  if (ofYear?.has(time.date)) return ofYear.get(time.date);
  const found = findRate(rates, time);
  if (known.size < 10_000) {
    if (!ofYear) known.byYear.set(time.year, (ofYear = new Map()));
    ofYear.set(time.date, found);
    known.size++;
  }
  return found;
}
const RATES_FOUND = new WeakMap<
  readonly EuroRate[],
  { size: number; byYear: Map<number, Map<IsoDate | undefined, RateUsed | undefined>> }
>();

function findRate(rates: readonly EuroRate[], time: AidTime): RateUsed | undefined {
  const usable = rates.filter((r) => Number.isFinite(r.nokPerEur) && r.nokPerEur > 0);
  const day = time.date && usable.find((r) => r.date === time.date);
  if (day) return { rate: day, forTheYear: true };
  const year = usable.find((r) => r.year === time.year && r.date === undefined);
  if (year) return { rate: year, forTheYear: true };
  const sameYear = usable.filter((r) => r.year === time.year);
  if (sameYear.length) return { rate: sameYear[sameYear.length - 1]!, forTheYear: true };
  let nearest: EuroRate | undefined;
  for (const rate of usable) {
    const distance = Math.abs(rate.year - time.year);
    const best = nearest && Math.abs(nearest.year - time.year);
    if (
      !nearest ||
      best === undefined ||
      distance < best ||
      (distance === best && rate.year < nearest.year)
    ) {
      nearest = rate;
    }
  }
  return nearest && { rate: nearest, forTheYear: false };
}

/** Rates are read to a millionth of a krone, so the conversions below are exact integer arithmetic. */
const RATE_SCALE = 1_000_000n;

function scaledRate(nokPerEur: number): bigint {
  return BigInt(Math.round(nokPerEur * Number(RATE_SCALE)));
}

/**
 * The lowest ceiling (euro cents) and the lowest rate as conversions use it (scaled; undefined when none can
 * be used) of the settings: worked out once, asked for every undertaking of a big table.
 */
function lowestsOf(settings: StateAidSettings): { lowestCeiling: number; lowestRate?: number } {
  let known = LOWESTS.get(settings);
  if (!known) {
    let lowestRate: number | undefined;
    for (const { nokPerEur } of settings.rates) {
      if (!(Number.isFinite(nokPerEur) && nokPerEur > 0)) continue;
      const scaled = Math.round(nokPerEur * Number(RATE_SCALE));
      if (lowestRate === undefined || scaled < lowestRate) lowestRate = scaled;
    }
    let lowestCeiling = Infinity;
    for (const { ceilingEur } of settings.regulations)
      lowestCeiling = Math.min(lowestCeiling, ceilingEur * 100);
    known = lowestRate !== undefined && lowestRate > 0 ? { lowestCeiling, lowestRate } : { lowestCeiling };
    LOWESTS.set(settings, known);
  }
  return known;
}
const LOWESTS = new WeakMap<StateAidSettings, { lowestCeiling: number; lowestRate?: number }>();

/** Kroner → euro cents at `nokPerEur`, rounded half up. */
export function nokToEurCents(nok: number, nokPerEur: number): number {
  // Exact BigInt arithmetic costs; a table's grants repeat a few round amounts at a few rates. Kept by rate,
  // then amount, so asking again makes no key.
  let atRate = EUR_CENTS.byRate.get(nokPerEur);
  let cents = atRate?.get(nok);
  if (cents === undefined) {
    cents = exactEurCents(nok, nokPerEur);
    if (EUR_CENTS.size >= 10_000) {
      EUR_CENTS.byRate.clear();
      EUR_CENTS.size = 0;
      atRate = undefined;
    }
    if (!atRate) EUR_CENTS.byRate.set(nokPerEur, (atRate = new Map()));
    atRate.set(nok, cents);
    EUR_CENTS.size++;
  }
  return cents;
}
const EUR_CENTS = { size: 0, byRate: new Map<number, Map<number, number>>() };

function exactEurCents(nok: number, nokPerEur: number): number {
  const rate = scaledRate(nokPerEur);
  const numerator = BigInt(Math.round(nok)) * 100n * RATE_SCALE;
  return Number((2n * numerator + rate) / (2n * rate));
}

/** Euro cents → whole kroner at `nokPerEur`, rounded down (room left is never overstated). */
export function eurCentsToNok(cents: number, nokPerEur: number): number {
  const value = BigInt(Math.round(cents)) * scaledRate(nokPerEur);
  const divisor = 100n * RATE_SCALE;
  const floor = value >= 0n ? value / divisor : -((-value + divisor - 1n) / divisor);
  return Number(floor);
}

/** «212 345» (whole euro, rounded half up). */
export function formatEuro(cents: number): string {
  return formatKroner(Math.round(cents / 100));
}

/** «7.8067»: an exchange rate to six decimals, without trailing zeros (money.ts's formatRate is a percentage). */
const exchangeRate = (nokPerEur: number): string => String(Math.round(nokPerEur * 1e6) / 1e6);

// ---------------------------------------------------------------------------------------------------------
// Who is who: public applicants and single undertakings

/** Who received (or applies for) aid. */
export interface AidRecipient {
  applicant?: string;
  orgNo?: string;
  group?: string;
}

/** The digits of an org.nr. The table reader already gives «987 654 321» as 987654321: that is kept as it is. */
function digitsOf(text: string | undefined): string {
  if (text === undefined) return '';
  return isAllDigits(text) ? text : text.replace(/\D/g, '');
}
const isOrgNo = (text: string | undefined) => /^\d{9}$/.test(digitsOf(text)) && /^[\d\s.]+$/.test(text ?? '');
const withoutKommune = (name: string) => {
  const normalized = normalize(name);
  return normalized.endsWith('kommune') ? normalized.replace(/\s+kommune$/, '') : normalized;
};

/**
 * The plan's municipality (by name, with or without «kommune») and the `Offentlige søkere` list (org.nr or
 * name): public applicants doing non-economic work, not undertakings under the de minimis rules.
 */
export function isPublicApplicant(recipient: AidRecipient, plan: Plan): boolean {
  return isAmong(recipient, publicOf(plan));
}

function isAmong(recipient: AidRecipient, known: { names: Set<string>; orgs: Set<string> }): boolean {
  const org = digitsOf(recipient.orgNo);
  const name = recipient.applicant ? withoutKommune(recipient.applicant) : '';
  return (name !== '' && known.names.has(name)) || (org !== '' && known.orgs.has(org));
}

/** The plan's public applicants as sets, worked out once per plan: asked for every row of a big table. */
function publicOf(plan: Plan): { names: Set<string>; orgs: Set<string> } {
  const { municipality } = plan;
  const entries = plan.stateAid.publicApplicants;
  const known = PUBLIC_OF.get(entries);
  if (known?.municipality === municipality) return known;
  const made = {
    municipality,
    names: new Set([
      withoutKommune(municipality),
      ...entries.filter((entry) => !isOrgNo(entry)).map(withoutKommune),
    ]),
    orgs: new Set(entries.filter(isOrgNo).map(digitsOf)),
  };
  PUBLIC_OF.set(entries, made);
  return made;
}
const PUBLIC_OF = new WeakMap<
  readonly string[],
  { municipality: string; names: Set<string>; orgs: Set<string> }
>();

/**
 * Union–find over recipients: same org.nr, same Konsern key, or the same name where no org.nr is given.
 * Each key is numbered once and the links are kept by number: a big table's recipients are linked with one
 * lookup per key instead of several per link.
 */
export class Undertakings {
  /** The number of each key (org.nr digits, `name:…`, `group:…`), and each number's key. */
  private readonly numberOf = new Map<string, number>();
  private readonly keyOf: string[] = [];
  private readonly parent: number[] = [];
  /** Names with exactly one org.nr seen: a row with only the name belongs to that org.nr. */
  private readonly orgOfName = new Map<string, string | null>();
  /** Linked without any Konsern: no two keys were tied, so each key is its own undertaking. */
  private readonly keyIsId: boolean;
  /** The undertaking of each recipient given, in the order given. */
  readonly ids: readonly (string | undefined)[];

  /**
   * Learns and links every recipient given (all of them before any id is worked out: a later link may
   * merge two).
   */
  constructor(recipients: readonly AidRecipient[]) {
    // What a name stands for matters only to a recipient known by name alone.
    if (recipients.some((recipient) => recipient.applicant && !digitsOf(recipient.orgNo))) {
      for (const recipient of recipients) this.learn(recipient);
    }
    // Without a Konsern each recipient has one key at most, and nothing links two: the key is the undertaking.
    this.keyIsId = !recipients.some((recipient) => recipient.group?.trim());
    if (this.keyIsId) {
      this.ids = recipients.map((recipient) => this.ownKey(recipient));
      return;
    }
    const firstKeys = recipients.map((recipient) => this.link(this.keysOf(recipient)));
    this.ids = firstKeys.map((number) => (number === undefined ? undefined : this.keyOf[this.find(number)]));
  }

  /** The recipient's undertaking: undefined when it names no one; one not among those linked is its own. */
  idOf(recipient: AidRecipient): string | undefined {
    const [first] = this.keysOf(recipient);
    const number = first === undefined || this.keyIsId ? undefined : this.numberOf.get(first);
    return number === undefined ? first : this.keyOf[this.find(number)];
  }

  /** Learn which org.nr each name has (before linking), so name-only rows join the right undertaking. */
  private learn(recipient: AidRecipient): void {
    const org = digitsOf(recipient.orgNo);
    if (!org || !recipient.applicant) return;
    const name = normalize(recipient.applicant);
    if (!name) return;
    const known = this.orgOfName.get(name);
    if (known !== null && known !== org) this.orgOfName.set(name, known === undefined ? org : null);
  }

  /** The recipient's own key, its Konsern aside: its org.nr, else what its name stands for. */
  private ownKey(recipient: AidRecipient): string | undefined {
    const org = digitsOf(recipient.orgNo);
    if (org) return org;
    const name = normalize(recipient.applicant ?? '');
    return name ? this.orgOfName.get(name) || `name:${name}` : undefined;
  }

  /**
   * The keys that tie the recipient to others: an org.nr is its digits as they are (most recipients have
   * one, and then no new string is made), a name or Konsern text gets a prefix no org.nr starts with.
   */
  private keysOf(recipient: AidRecipient): string[] {
    const key = this.ownKey(recipient);
    const group = recipient.group?.trim();
    if (!group) return key ? [key] : [];
    const groupKey = isOrgNo(group) ? digitsOf(group) : `group:${normalize(group)}`;
    return key ? [key, groupKey] : [groupKey];
  }

  private numbered(key: string): number {
    let number = this.numberOf.get(key);
    if (number === undefined) {
      number = this.keyOf.length;
      this.numberOf.set(key, number);
      this.keyOf.push(key);
      this.parent.push(number);
    }
    return number;
  }

  private find(number: number): number {
    let root = number;
    while (this.parent[root] !== root) root = this.parent[root]!;
    // Path compression keeps every later find short.
    for (let node = number; node !== root;) {
      const next = this.parent[node]!;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }

  /** Links the keys into one undertaking; the first key's number, or undefined when there are none. */
  private link(keys: readonly string[]): number | undefined {
    if (keys.length === 0) return undefined;
    const first = this.numbered(keys[0]!);
    const root = this.find(first);
    for (let i = 1; i < keys.length; i++) {
      const other = this.find(this.numbered(keys[i]!));
      if (other !== root) this.parent[other] = root;
    }
    return first;
  }
}

/** Links every recipient given (all of them, before any id is asked for: a later link may merge two). */
export function undertakingsOf(recipients: readonly AidRecipient[]): Undertakings {
  return new Undertakings(recipients);
}

// ---------------------------------------------------------------------------------------------------------
// Grants and judgements

/** One grant of this programme (a project row), as the de minimis count sees it. */
export interface AidGrant {
  recipient: AidRecipient;
  time: AidTime;
  /** What the grant counts for, in whole kroner. */
  nok: number;
  /** Other givers' de minimis aid the applicant declared with this grant (kroner). */
  declaredOther?: number;
  /** The project row it came from. */
  row: ProjectRow;
}

/** Only grants given as de minimis count toward the ceiling; an empty or unknown basis is taken as de minimis. */
export function countsAsDeMinimis(basis: AidBasis | undefined): boolean {
  return basis === undefined || basis === 'deMinimis';
}

/**
 * What a project row counts for: the grant while active; for closed and withdrawn projects what was paid
 * (the rest was never received). The same amount the follow-up and the frame rules use.
 */
export type GrantAmount = (row: ProjectRow) => number;

/**
 * The programme's de minimis grants to undertakings, in table order: public applicants, other bases and
 * 0 kr left out.
 */
export function deMinimisGrants(
  rows: readonly ProjectRow[],
  plan: Plan,
  amount: GrantAmount,
): readonly AidGrant[] {
  const grants: AidGrant[] = [];
  const publicApplicants = publicOf(plan);
  // Grants share a few dozen dates and years: one time each (never changed), not one per grant.
  const times = new Map<IsoDate | number, AidTime>();
  for (const row of rows) {
    const year = row.grantDate ? yearOfDate(row.grantDate) : row.year;
    const nok = amount(row);
    if (year === undefined || !(nok > 0) || !countsAsDeMinimis(row.aidBasis)) continue;
    // The row names the recipient (its Søker, Org.nr and Konsern): nothing is copied per grant.
    const recipient: AidRecipient = row;
    if (isAmong(recipient, publicApplicants)) continue;
    const key = row.grantDate ?? year;
    let time = times.get(key);
    if (!time) times.set(key, (time = row.grantDate ? { date: row.grantDate, year } : { year }));
    const grant: AidGrant = { recipient, time, nok, row };
    if (row.otherDeMinimis !== undefined) grant.declaredOther = row.otherDeMinimis;
    grants.push(grant);
  }
  return grants;
}

/** Grants in the order the money was granted: by date (a year alone counts as its last day), then row. */
export function chronologicalGrants<T extends { time: AidTime; row: { row: number } }>(
  grants: readonly T[],
): T[] {
  // A big table's grants share few dates and years: grouped by them, only the days are sorted, and each
  // day's grants by row — already in that order when they come in table order.
  const byTime = new Map<IsoDate | number, T[]>();
  for (const grant of grants) {
    const key = grant.time.date ?? grant.time.year;
    const ofTime = byTime.get(key);
    if (ofTime) ofTime.push(grant);
    else byTime.set(key, [grant]);
  }
  // A year alone is judged on its last day, which a dated grant may share.
  const byDay = new Map<IsoDate, T[]>();
  for (const [key, ofTime] of byTime) {
    const day = typeof key === 'number' ? lastDayOf(key) : key;
    const ofDay = byDay.get(day);
    byDay.set(day, ofDay ? [...ofDay, ...ofTime] : ofTime);
  }
  return [...byDay.keys()].sort().flatMap((day) => byDay.get(day)!.sort((a, b) => a.row.row - b.row.row));
}

/** One converted amount in a judgement. */
export interface Converted {
  nok: number;
  eurCents: number;
  rate?: RateUsed;
}

export interface AidJudgement {
  regulation: AidRegulation;
  window: AidWindow;
  /** This programme's de minimis grants to the undertaking in the window, converted at their own rates. */
  grants: (AidGrant & Converted)[];
  /** The latest declaration of other givers' aid in the window, with the grant it came with. */
  declared?: Converted & { from?: AidGrant };
  /** The amount being judged (an application), when it is not one of `grants`. */
  candidate?: Converted;
  totalNok: number;
  totalEurCents: number;
  ceilingCents: number;
  /** Ceiling − total, in euro cents (negative when exceeded). */
  roomCents: number;
  /** The rate for the judgement's own date, for showing the room left in kroner. */
  rate?: RateUsed;
  /** Every grant in the window had a rate: without one the sums are incomplete. */
  complete: boolean;
}

function convert(nok: number, rates: readonly EuroRate[], time: AidTime): Converted {
  const rate = rateFor(rates, time);
  return rate ? { nok, eurCents: nokToEurCents(nok, rate.rate.nokPerEur), rate } : { nok, eurCents: 0 };
}

/**
 * The undertaking's de minimis aid in the window of `time` under the regulation in force then: `grants`
 * (its grants up to the one judged, in chronological order), the latest declaration of other aid in the
 * window (the candidate's own declaration first), and a candidate amount (an application). Undefined when
 * no regulation was in force at that time.
 */
export function judge(
  plan: Plan,
  time: AidTime,
  grants: readonly AidGrant[],
  candidate?: { nok: number; declaredOther?: number },
): AidJudgement | undefined {
  const regulation = regulationFor(plan.stateAid, time);
  if (!regulation) return undefined;
  const span = windowFor(regulation, time);
  const rates = plan.stateAid.rates;
  const counted = grants
    .filter((grant) => inWindow(span, grant.time))
    .map((grant) => ({ ...grant, ...convert(grant.nok, rates, grant.time) }));
  const declaring = [...counted].reverse().find((grant) => grant.declaredOther !== undefined);
  const declared =
    candidate?.declaredOther !== undefined
      ? convert(candidate.declaredOther, rates, time)
      : declaring && {
          ...convert(declaring.declaredOther as number, rates, declaring.time),
          from: declaring,
        };
  const judged = candidate && convert(candidate.nok, rates, time);
  const rate = rateFor(rates, time);
  const parts: Converted[] = [...counted, ...(declared ? [declared] : []), ...(judged ? [judged] : [])];
  const totalEurCents = parts.reduce((sum, part) => sum + part.eurCents, 0);
  const ceilingCents = regulation.ceilingEur * 100;
  return {
    regulation,
    window: span,
    grants: counted,
    ...(declared ? { declared } : {}),
    ...(judged ? { candidate: judged } : {}),
    totalNok: parts.reduce((sum, part) => sum + part.nok, 0),
    totalEurCents,
    ceilingCents,
    roomCents: ceilingCents - totalEurCents,
    ...(rate ? { rate } : {}),
    complete: parts.every((part) => part.rate !== undefined),
  };
}

export function exceeded(judgement: AidJudgement): boolean {
  return judgement.complete && judgement.totalEurCents > judgement.ceilingCents;
}

/**
 * The first index in `ordered[start, end)` (chronological grants) whose day judged on is `day` or later; `end`
 * when none is. Binary search: a window is a run of neighbours in chronological order.
 */
function firstOnOrAfter(ordered: readonly AidGrant[], day: IsoDate, start: number, end: number): number {
  let low = start;
  let high = end;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (judgedOn(ordered[middle]!.time) < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The chronological grants a window can hold: those judged on from its first day to the last day of its
 * last year. The window itself may still leave some out (a grant dated after it in that year); `judge`
 * filters. A year-only grant is judged on its last day, so one overlapping the window is in the run.
 */
function grantsAround(ordered: readonly AidGrant[], span: AidWindow): readonly AidGrant[] {
  const first = firstOnOrAfter(ordered, span.from, 0, ordered.length);
  const after = firstOnOrAfter(ordered, addDays(lastDayOf(yearOfDate(span.to)), 1), first, ordered.length);
  return ordered.slice(first, after);
}

/** One grant judged against the undertaking's grants up to it: its window and whether the ceiling is passed. */
export interface RunningTotal {
  window: AidWindow;
  /** Index of the first grant in the window (the grants from here up to the one judged are counted). */
  first: number;
  exceeded: boolean;
}

/**
 * Whether any of one undertaking's grants could take it past a ceiling: all its grants together, plus the
 * largest declaration of other aid, above the lowest ceiling of any regulation. Most undertakings of a big
 * table have a grant or two far below it: they need no judging grant by grant (RunningAid).
 */
export function couldPassCeiling(plan: Plan, grants: readonly AidGrant[]): boolean {
  const { rates, regulations } = plan.stateAid;
  if (regulations.length === 0) return false;
  const { lowestCeiling, lowestRate: lowest } = lowestsOf(plan.stateAid);
  // First in kroner, with no rate looked up: every amount is converted at one of the table's rates, so at
  // most what the lowest rate gives, rounded up by at most half a cent (one cent to spare per amount).
  if (lowest !== undefined) {
    let nok = 0;
    let declared = 0;
    for (const grant of grants) {
      nok += grant.nok;
      if (grant.declaredOther !== undefined) declared = Math.max(declared, grant.declaredOther);
    }
    const most = ((nok + declared) * 100 * Number(RATE_SCALE)) / lowest + grants.length + 1;
    if (most <= lowestCeiling) return false;
  }
  // A grant without a rate leaves every window holding it unjudged (incomplete): it adds nothing here.
  const cents = (nok: number, time: AidTime) => {
    const rate = rateFor(rates, time);
    return rate ? nokToEurCents(nok, rate.rate.nokPerEur) : 0;
  };
  let allCents = 0;
  let declaredCents = 0;
  for (const grant of grants) {
    allCents += cents(grant.nok, grant.time);
    if (grant.declaredOther !== undefined)
      declaredCents = Math.max(declaredCents, cents(grant.declaredOther, grant.time));
  }
  const bound = allCents + declaredCents;
  // Sums past 2^53 cents are not exact: then judge grant by grant.
  return !Number.isSafeInteger(bound) || bound > lowestCeiling;
}

/**
 * One undertaking's grants (chronological, as `AidBook.byUndertaking` gives them), each judged against the
 * grants up to it — what `judge(plan, grant.time, ordered.slice(0, index + 1))` says — without going through
 * all the earlier grants each time (that made 10 000 rows of one applicant take a minute). Up to grant i, the
 * grants in i's window are exactly those judged on its first day or later (all are judged on i's day or
 * before): one binary search finds them, and running sums of their euro cents give the total.
 */
export class RunningAid {
  /** Euro cents of the grants before each index (converted at their own rates). */
  private readonly centsBefore: number[] = [0];
  /** Grants without a rate before each index: a window holding one cannot be judged. */
  private readonly unratedBefore: number[] = [0];
  /** The latest grant at or before each index that came with a declaration of other aid (−1: none). */
  private readonly lastDeclaring: number[] = [];
  /** Every running sum is an exact integer, so a difference of two is the window's sum exactly. */
  private readonly exact: boolean;

  constructor(
    private readonly plan: Plan,
    private readonly ordered: readonly AidGrant[],
  ) {
    const rates = plan.stateAid.rates;
    ordered.forEach((grant, index) => {
      const converted = convert(grant.nok, rates, grant.time);
      this.centsBefore.push(this.centsBefore[index]! + converted.eurCents);
      this.unratedBefore.push(this.unratedBefore[index]! + (converted.rate ? 0 : 1));
      const previous = index > 0 ? this.lastDeclaring[index - 1]! : -1;
      this.lastDeclaring.push(grant.declaredOther !== undefined ? index : previous);
    });
    this.exact = Number.isSafeInteger(this.centsBefore[ordered.length]);
  }

  /** Grant `index` judged; undefined when no regulation was in force at its time. */
  at(index: number): RunningTotal | undefined {
    const grant = this.ordered[index]!;
    const regulation = regulationFor(this.plan.stateAid, grant.time);
    if (!regulation) return undefined;
    const span = windowFor(regulation, grant.time);
    const first = firstOnOrAfter(this.ordered, span.from, 0, index + 1);
    if (!this.exact) {
      // Sums past 2^53 cents are not exact as differences: add the window's grants up as judge does.
      return { window: span, first, exceeded: exceeded(this.judgement(index, first) as AidJudgement) };
    }
    const declaring = this.lastDeclaring[index]!;
    const declared =
      declaring >= first
        ? convert(
            this.ordered[declaring]!.declaredOther as number,
            this.plan.stateAid.rates,
            this.ordered[declaring]!.time,
          )
        : undefined;
    const complete =
      this.unratedBefore[index + 1] === this.unratedBefore[first] && (!declared || !!declared.rate);
    const totalEurCents = this.centsBefore[index + 1]! - this.centsBefore[first]! + (declared?.eurCents ?? 0);
    return { window: span, first, exceeded: complete && totalEurCents > regulation.ceilingEur * 100 };
  }

  /** The whole judgement of grant `index` (for the message), given where its window starts. */
  judgement(index: number, first: number): AidJudgement | undefined {
    return judge(this.plan, this.ordered[index]!.time, this.ordered.slice(first, index + 1));
  }
}

// ---------------------------------------------------------------------------------------------------------
// Words for messages (bokmål and English)

/** The phrases the state-aid messages are built from (the rules' catalogues fill them in). */
// Pure: a bundle that only needs the default plan (the custom functions) leaves the phrases out.
export const STATE_AID_WORDS = /* @__PURE__ */ defineMessages({
  fiscalYears: { nb: 'regnskapsårene {first}–{last}', en: 'the fiscal years {first}–{last}' },
  rollingYears: { nb: '{years} år fra {from} til {to}', en: 'the {years} years from {from} to {to}' },
  rate: { nb: 'kurs {rate} ({when})', en: 'rate {rate} ({when})' },
  rateOfAnotherYear: {
    nb: 'kurs {rate} ({when} — «Valutakurser» har ingen kurs for {year})',
    en: 'rate {rate} ({when} — "Valutakurser" has no rate for {year})',
  },
});

export function windowText(span: AidWindow): Bilingual {
  const { regulation, from, to } = span;
  if (regulation.window === 'fiscalYears') {
    return bilingual(STATE_AID_WORDS, 'fiscalYears', { first: yearOfDate(from), last: yearOfDate(to) });
  }
  return bilingual(STATE_AID_WORDS, 'rollingYears', {
    years: regulation.years,
    from: formatDate(from),
    to: formatDate(to),
  });
}

/** «forordning (EU) 2023/2831» / «Regulation (EU) 2023/2831»: the name as the Plan table gives it. */
export function regulationText(regulation: AidRegulation): Bilingual {
  return {
    nb: regulation.name.replace(/^Forordning/, 'forordning'),
    en: regulation.name
      .replace(/^Forordning \(EF\) nr\./, 'Regulation (EC) No')
      .replace(/^Forordning \(EU\) nr\./, 'Regulation (EU) No')
      .replace(/^Forordning/, 'Regulation'),
  };
}

/** «7,8067» in bokmål, «7.8067» in English. */
export function rateValue(nokPerEur: number): Bilingual {
  return { nb: exchangeRate(nokPerEur).replace('.', ','), en: exchangeRate(nokPerEur) };
}

/** «kurs 7,5 (2013)», «kurs 9,33 (2017 — «Valutakurser» har ingen kurs for 2013)». */
export function rateText(used: RateUsed, wantedYear: number): Bilingual {
  const when = used.rate.date ? formatDate(used.rate.date) : String(used.rate.year);
  const data = { rate: rateValue(used.rate.nokPerEur), when, year: wantedYear };
  return bilingual(STATE_AID_WORDS, used.forTheYear ? 'rate' : 'rateOfAnotherYear', data);
}

/** The distinct rates a judgement used, in year order. */
export function ratesText(judgement: AidJudgement, judgedYear: number): Bilingual {
  const entries: [Converted, number][] = [
    ...judgement.grants.map((g): [Converted, number] => [g, g.time.year]),
    ...(judgement.declared ? [[judgement.declared, judgedYear] as [Converted, number]] : []),
    ...(judgement.candidate ? [[judgement.candidate, judgedYear] as [Converted, number]] : []),
  ].sort((a, b) => a[1] - b[1]);
  const texts = new Map<string, Bilingual>();
  for (const [converted, year] of entries) {
    if (!converted.rate) continue;
    const text = rateText(converted.rate, year);
    texts.set(text.nb, text);
  }
  return joinBilingual([...texts.values()], ', ');
}

// ---------------------------------------------------------------------------------------------------------
// The programme's book of de minimis aid

/**
 * The programme's de minimis grants grouped by single undertaking, read once and asked many times: by the
 * project rule (each grant in turn), the assessment (each application) and the `statsstøtte` report.
 * `extra` are recipients not in the table (applicants) whose org.nr or Konsern may link undertakings.
 */
export class AidBook {
  readonly grants: AidGrant[];
  private readonly undertakings: Undertakings;
  private readonly byId = new Map<string, AidGrant[]>();

  /** `grants`: the programme's de minimis grants (`deMinimisGrants`), in any order. */
  constructor(
    readonly plan: Plan,
    grants: readonly AidGrant[],
    extra: readonly AidRecipient[] = [],
  ) {
    this.grants = chronologicalGrants(grants);
    this.undertakings = new Undertakings([...this.grants.map((grant) => grant.recipient), ...extra]);
    const { ids } = this.undertakings;
    for (let index = 0; index < this.grants.length; index++) {
      const grant = this.grants[index]!;
      const id = ids[index];
      if (id === undefined) continue;
      const grants = this.byId.get(id);
      if (grants) grants.push(grant);
      else this.byId.set(id, [grant]);
    }
  }

  /** Each single undertaking's grants, in chronological order. */
  byUndertaking(): AidGrant[][] {
    return [...this.byId.values()];
  }

  /** The recipient's single undertaking's grants; empty when it has none (or names no one). */
  grantsOf(recipient: AidRecipient): AidGrant[] {
    const id = this.undertakings.idOf(recipient);
    return id === undefined ? [] : (this.byId.get(id) ?? []);
  }

  /**
   * The recipient's de minimis aid at `time` (its undertaking's grants in the window, the latest declared
   * other aid), plus `candidate` (an application's amount). Undefined for a public applicant, or when no
   * regulation was in force.
   */
  judge(
    recipient: AidRecipient,
    time: AidTime,
    candidate?: { nok: number; declaredOther?: number },
  ): AidJudgement | undefined {
    if (isPublicApplicant(recipient, this.plan)) return undefined;
    const regulation = regulationFor(this.plan.stateAid, time);
    if (!regulation) return undefined;
    // Only the grants near the window: an applicant with thousands of grants is not gone through each time.
    return judge(
      this.plan,
      time,
      grantsAround(this.grantsOf(recipient), windowFor(regulation, time)),
      candidate,
    );
  }
}

/** Same company: the same org.nr, or the same name where either has none. */
function sameCompany(a: AidRecipient, b: AidRecipient): boolean {
  const orgA = digitsOf(a.orgNo);
  const orgB = digitsOf(b.orgNo);
  if (orgA && orgB) return orgA === orgB;
  return normalize(a.applicant ?? '') === normalize(b.applicant ?? '');
}

/** The other companies whose grants the judgement counted with the recipient's (linked by Konsern). */
export function linkedCompanies(judgement: AidJudgement, recipient: AidRecipient): string[] {
  const others: AidRecipient[] = [];
  for (const { recipient: other } of judgement.grants) {
    if (!sameCompany(other, recipient) && !others.some((known) => sameCompany(known, other)))
      others.push(other);
  }
  return others.map((other) => other.applicant ?? other.orgNo ?? '').filter(Boolean);
}
