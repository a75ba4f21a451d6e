/**
 * Follow-up of the money and the results, per area and year, as the finance department checks it.
 * For every row: granted = paid + commitments + freedFunds, where
 * - paid = paid at approval + paid at completion − returned (the payments table's returns, when it is the source);
 * - commitments = what is still to be paid on active projects (a status that can't be read counts as active);
 * - freedFunds = the unpaid part of withdrawn projects and of closed ones that used less than granted:
 *   nothing more will be paid, so the money goes back to the frame.
 * Withdrawn projects stay in `granted` (the board did grant them; the summary tables count them too).
 * No clamping: a payment above the grant shows as a negative commitment, and the rule paid-exceeds-granted
 * points at it, so sums always tie out.
 * Rows go to `perAreaYear` when their year can be read; a row whose area can't be read goes under area ''.
 * `perArea` is the plan period only, next to the period frames. Years before the plan (2010–2012) have no
 * frame: frame and remaining are null there.
 */
import { frames } from './allocation';
import { isInputError } from './errors';
import { netPaid } from './payments';
import { isActive } from './summary';
import { verdictOn, type Day, type Verdict } from './today';
import type { Plan, ProjectRow } from './types';

export type MoneyFollowUp = {
  granted: number;
  paidAtApproval: number;
  paidAtCompletion: number;
  paid: number;
  commitments: number;
  freedFunds: number;
  /** The area's frame (for that year or the period); null where the plan has none. */
  frame: number | null;
  /** frame − (granted − freedFunds); null without a frame. */
  remaining: number | null;
};

export type AreaYearFollowUp = MoneyFollowUp & { area: string; year: number };
export type AreaFollowUp = MoneyFollowUp & { area: string };

/**
 * A target judged on the day given: `status` says where it stands (a year not yet over is in progress, not
 * missed); `met` is true or false only once that is settled — reached, or its years are over — else null.
 */
export type Judged = { status: Verdict; met: boolean | null };

export type ResultsFollowUp = {
  /** Every year with projects and every year of the plan period; targets apply in the period only. */
  jobsPerYear: ({
    year: number;
    newJobs: number;
    securedJobs: number;
    total: number;
    target: number | null;
  } & (Judged | { status: null; met: null }))[];
  /** New companies from projects granted in the plan period, judged at the period's end. */
  newCompanies: { total: number; target: number } & Judged;
  /** Projects in the attractiveness area per year of the period, withdrawn ones not counted. */
  attractivenessMeasures: ({ year: number; count: number; target: number } & Judged)[];
  /** Over all rows, as the plan reports it: triggered funding per krone granted and not freed. */
  leverage: { granted: number; triggered: number; ratio: number | null };
};

export type MoneyFollowUpTables = { perAreaYear: AreaYearFollowUp[]; perArea: AreaFollowUp[] };
export type FollowUp = MoneyFollowUpTables & { results: ResultsFollowUp };

function emptyMoney(): MoneyFollowUp {
  return {
    granted: 0,
    paidAtApproval: 0,
    paidAtCompletion: 0,
    paid: 0,
    commitments: 0,
    freedFunds: 0,
    frame: null,
    remaining: null,
  };
}

function addRow(money: MoneyFollowUp, row: ProjectRow): void {
  const atApproval = row.paidAtApproval ?? 0;
  const atCompletion = row.paidAtCompletion ?? 0;
  money.granted += row.granted ?? 0;
  money.paidAtApproval += atApproval;
  money.paidAtCompletion += atCompletion;
  money.paid += netPaid(row);
  if (isActive(row)) money.commitments += unpaidOf(row);
  else money.freedFunds += unpaidOf(row);
}

function unpaidOf(row: ProjectRow): number {
  return (row.granted ?? 0) - netPaid(row);
}

/** Frames per area and year; none when the plan's frames can't be split (checkPlan says why). */
function frameTable(plan: Plan): Map<string, number> {
  try {
    return new Map(frames(plan).map(({ area, year, frame }) => [`${area}\u0000${year}`, frame]));
  } catch (error) {
    if (isInputError(error)) return new Map();
    throw error;
  }
}

function withFrame<T extends MoneyFollowUp>(money: T, frame: number | null): T {
  const remaining = frame === null ? null : frame - (money.granted - money.freedFunds);
  return { ...money, frame, remaining };
}

function periodYears(plan: Plan): number[] {
  const years: number[] = [];
  for (let year = plan.period.from; year <= plan.period.to; year++) years.push(year);
  return years;
}

/** Plan areas first, then the legacy areas, then anything else; unknown ('') last. */
function areaRank(plan: Plan): (area: string) => [number, string] {
  const known = [...plan.areas.map((area) => area.name), ...plan.legacy.areas];
  return (area) => {
    const index = known.indexOf(area);
    return [area === '' ? known.length + 1 : index < 0 ? known.length : index, area];
  };
}

function sum(values: (number | undefined)[]): number {
  return values.reduce<number>((total, value) => total + (value ?? 0), 0);
}

/** The money and the results, the results judged on `today` (see Verdict). */
export function followUp(rows: ProjectRow[], plan: Plan, today: Day): FollowUp {
  return { ...moneyFollowUp(rows, plan), results: resultsFollowUp(rows, plan, today) };
}

function inPeriodOf(plan: Plan): (year: number | undefined) => boolean {
  return (year) => year !== undefined && year >= plan.period.from && year <= plan.period.to;
}

/** The money per area and year and per area for the period: what needs no date. */
export function moneyFollowUp(rows: ProjectRow[], plan: Plan): MoneyFollowUpTables {
  const years = periodYears(plan);
  const inPeriod = inPeriodOf(plan);
  const areaNames = plan.areas.map((area) => area.name);
  const frameByKey = frameTable(plan);

  const byAreaYear = new Map<string, AreaYearFollowUp>();
  const areaYear = (area: string, year: number) => {
    const key = `${area}\u0000${year}`;
    let entry = byAreaYear.get(key);
    if (!entry) byAreaYear.set(key, (entry = { area, year, ...emptyMoney() }));
    return entry;
  };
  for (const area of areaNames) for (const year of years) areaYear(area, year);
  const byArea = new Map<string, AreaFollowUp>(areaNames.map((area) => [area, { area, ...emptyMoney() }]));

  for (const row of rows) {
    const area = row.area ?? '';
    if (row.year !== undefined) addRow(areaYear(area, row.year), row);
    if (inPeriod(row.year)) {
      if (!byArea.has(area)) byArea.set(area, { area, ...emptyMoney() });
      addRow(byArea.get(area) as AreaFollowUp, row);
    }
  }

  const rank = areaRank(plan);
  const byRank = (a: { area: string }, b: { area: string }) => {
    const [ra, rb] = [rank(a.area), rank(b.area)];
    return ra[0] - rb[0] || ra[1].localeCompare(rb[1], 'nb');
  };
  const perAreaYear = [...byAreaYear.values()]
    .map((entry) => withFrame(entry, frameByKey.get(`${entry.area}\u0000${entry.year}`) ?? null))
    .sort((a, b) => byRank(a, b) || a.year - b.year);
  const perArea = [...byArea.values()]
    .map((entry) => {
      const ofYears = years.map((year) => frameByKey.get(`${entry.area}\u0000${year}`));
      const known = ofYears.length > 0 && ofYears.every((f) => f !== undefined);
      const frame = known ? ofYears.reduce<number>((sum, f) => sum + (f ?? 0), 0) : null;
      return withFrame(entry, frame);
    })
    .sort(byRank);

  return { perAreaYear, perArea };
}

function judged(status: Verdict): Judged {
  return { status, met: status === 'met' ? true : status === 'not-met' ? false : null };
}

/** The result targets, judged on `today`: a year's target at that year's end, the period's at its end. */
export function resultsFollowUp(rows: ProjectRow[], plan: Plan, today: Day): ResultsFollowUp {
  const years = periodYears(plan);
  const inPeriod = inPeriodOf(plan);
  const { targets } = plan;
  const rowYears = rows.map((row) => row.year).filter((year): year is number => year !== undefined);
  const jobsPerYear = [...new Set([...rowYears, ...years])]
    .sort((a, b) => a - b)
    .map((year) => {
      const ofYear = rows.filter((row) => row.year === year);
      const newJobs = sum(ofYear.map((row) => row.newJobs));
      const securedJobs = sum(ofYear.map((row) => row.securedJobs));
      const total = newJobs + securedJobs;
      if (!inPeriod(year))
        return { year, newJobs, securedJobs, total, target: null, status: null, met: null };
      const target = targets.jobsPerYear;
      const verdict = verdictOn(today, total, target, { from: year, to: year });
      return { year, newJobs, securedJobs, total, target, ...judged(verdict) };
    });

  const newCompaniesTotal = sum(rows.filter((row) => inPeriod(row.year)).map((row) => row.newCompanies));
  const attractivenessMeasures = years.map((year) => {
    const count = rows.filter(
      (row) => row.year === year && row.area === targets.attractivenessArea && row.status !== 'withdrawn',
    ).length;
    const target = targets.attractivenessMeasuresPerYear;
    return { year, count, target, ...judged(verdictOn(today, count, target, { from: year, to: year })) };
  });

  const used =
    sum(rows.map((row) => row.granted)) - sum(rows.map((row) => (isActive(row) ? 0 : unpaidOf(row))));
  const triggered = sum(rows.map((row) => row.leveragedFunding));
  return {
    jobsPerYear,
    newCompanies: {
      total: newCompaniesTotal,
      target: targets.newCompaniesInPeriod,
      ...judged(verdictOn(today, newCompaniesTotal, targets.newCompaniesInPeriod, plan.period)),
    },
    attractivenessMeasures,
    leverage: { granted: used, triggered, ratio: used > 0 ? triggered / used : null },
  };
}
