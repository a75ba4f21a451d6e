/**
 * The year-end statement (årsoppgjør) at a date: what the programme has granted, paid, had returned and
 * still owes, and how its fund moved — what the finance department sets aside as a *bundet driftsfond*.
 *
 * - Per area and year of grant: granted (projects of that year, up to the date's year), paid (part and
 *   final payments dated up to the date), returned, and commitments (granted − net paid on active projects).
 * - Each payment of the statement's year split between the plan's financing sources by their share of
 *   that year's financing (Tilskudd OFK vs Egenandel), by largest remainder so the parts add up to the krone.
 * - The fund: opening balance + received − paid net = closing balance. The fund is the plan period's: it
 *   opens at 0 on 1 January of the period's first year; received is the plan's financing for the year (or
 *   what the user typed); payments dated before the period belong to the previous period's fund and are
 *   left out (the statement says how much).
 * Payments without a date (moved from the old payment columns) count as paid on 31 December of the
 * project's year.
 */
import { allocate } from './allocation';
import { lastDayOf, yearOfDate } from './dates';
import { projectKey } from './payments';
import { isActive } from './summary';
import type { IsoDate, Plan, ProjectRow, ProjectTable } from './types';

export interface YearEndAreaYear {
  area: string;
  grantYear: number;
  granted: number;
  paid: number;
  returned: number;
  commitments: number;
}

export interface SourceSplit {
  source: string;
  /** The source's share of the year's financing, as a fraction. */
  share: number;
  amount: number;
}

export interface FundMovement {
  opening: number;
  received: number;
  /** Net: payments out less returns, in the statement's year. */
  paid: number;
  closing: number;
}

export interface YearEndStatement {
  date: IsoDate;
  year: number;
  perAreaYear: YearEndAreaYear[];
  totals: Omit<YearEndAreaYear, 'area' | 'grantYear'>;
  /** The year's net payments split between the financing sources; empty when the plan has none that year. */
  sources: SourceSplit[];
  fund: FundMovement;
  /** Net paid before the plan period (left out of the fund). */
  paidBeforePeriod: number;
  /** Where received came from: the plan's financing or the typed amount. */
  receivedFrom: 'plan' | 'typed';
}

export interface YearEndOptions {
  date: IsoDate;
  /** Received in the statement's year, when typed (default: the plan's financing for the year). */
  received?: number;
}

interface DatedPayment {
  date: IsoDate;
  /** Signed: out positive, a return negative. */
  amount: number;
  project?: ProjectRow;
}

/** Every payment with its date and project: the payments table's rows, else the two columns. */
function datedPayments(table: ProjectTable): DatedPayment[] {
  const byId = new Map<string, ProjectRow>();
  for (const row of table.rows) if (row.id !== undefined) byId.set(projectKey(row.id), row);
  const out: DatedPayment[] = [];
  if (table.payments) {
    for (const payment of table.payments.rows) {
      if (payment.amount === undefined || payment.amount < 0 || payment.type === undefined) continue;
      const project = payment.projectId === undefined ? undefined : byId.get(projectKey(payment.projectId));
      const date = payment.date ?? (project?.year === undefined ? undefined : lastDayOf(project.year));
      if (!date) continue;
      out.push({ date, amount: payment.type === 'return' ? -payment.amount : payment.amount, project });
    }
    return out;
  }
  for (const row of table.rows) {
    if (row.year === undefined) continue;
    const amount = (row.paidAtApproval ?? 0) + (row.paidAtCompletion ?? 0);
    if (amount) out.push({ date: lastDayOf(row.year), amount, project: row });
  }
  return out;
}

function financingIn(plan: Plan, year: number): { source: string; amount: number }[] {
  return plan.financing
    .map((source) => ({ source: source.name, amount: source.perYear[year] ?? 0 }))
    .filter((entry) => entry.amount > 0);
}

export function yearEndStatement(table: ProjectTable, plan: Plan, options: YearEndOptions): YearEndStatement {
  const { date } = options;
  const year = yearOfDate(date);
  const payments = datedPayments(table).filter((payment) => payment.date <= date);

  // Per area and year of grant.
  const byKey = new Map<string, YearEndAreaYear>();
  const entry = (area: string, grantYear: number) => {
    const key = `${area}\u0000${grantYear}`;
    let found = byKey.get(key);
    if (!found)
      byKey.set(key, (found = { area, grantYear, granted: 0, paid: 0, returned: 0, commitments: 0 }));
    return found;
  };
  const paidOn = new Map<ProjectRow, { paid: number; returned: number }>();
  for (const payment of payments) {
    if (!payment.project) continue;
    const sums = paidOn.get(payment.project) ?? { paid: 0, returned: 0 };
    if (payment.amount >= 0) sums.paid += payment.amount;
    else sums.returned -= payment.amount;
    paidOn.set(payment.project, sums);
  }
  for (const row of table.rows) {
    if (row.year === undefined || row.year > year) continue;
    const target = entry(row.area ?? '', row.year);
    const sums = paidOn.get(row) ?? { paid: 0, returned: 0 };
    target.granted += row.granted ?? 0;
    target.paid += sums.paid;
    target.returned += sums.returned;
    if (isActive(row)) target.commitments += (row.granted ?? 0) - (sums.paid - sums.returned);
  }
  const areaOrder = [...plan.areas.map((area) => area.name), ...plan.legacy.areas];
  const rank = (area: string) =>
    area === ''
      ? areaOrder.length + 1
      : areaOrder.indexOf(area) < 0
        ? areaOrder.length
        : areaOrder.indexOf(area);
  const perAreaYear = [...byKey.values()].sort(
    (a, b) => a.grantYear - b.grantYear || rank(a.area) - rank(b.area) || (a.area < b.area ? -1 : 1),
  );
  const totals = perAreaYear.reduce(
    (sum, item) => ({
      granted: sum.granted + item.granted,
      paid: sum.paid + item.paid,
      returned: sum.returned + item.returned,
      commitments: sum.commitments + item.commitments,
    }),
    { granted: 0, paid: 0, returned: 0, commitments: 0 },
  );

  // The fund, from the first year of the plan period.
  const start = plan.period.from;
  const netIn = (y: number) =>
    payments
      .filter((payment) => yearOfDate(payment.date) === y)
      .reduce((sum, payment) => sum + payment.amount, 0);
  const receivedIn = (y: number) => financingIn(plan, y).reduce((sum, item) => sum + item.amount, 0);
  let opening = 0;
  for (let y = start; y < year; y++) opening += receivedIn(y) - netIn(y);
  const received = options.received ?? (year >= start ? receivedIn(year) : 0);
  const paid = year >= start ? netIn(year) : 0;
  const paidBeforePeriod = payments
    .filter((payment) => yearOfDate(payment.date) < start)
    .reduce((sum, payment) => sum + payment.amount, 0);

  // Each payment of the year split between the year's sources, by largest remainder, then summed.
  const financing = financingIn(plan, year);
  const financingTotal = financing.reduce((sum, item) => sum + item.amount, 0);
  const bySource = financing.map(() => 0);
  if (financing.length > 0) {
    for (const payment of payments) {
      if (yearOfDate(payment.date) !== year || payment.amount === 0) continue;
      const parts = allocate(
        Math.abs(payment.amount),
        financing.map((item) => item.amount),
      );
      parts.forEach((part, i) => (bySource[i] = (bySource[i] ?? 0) + Math.sign(payment.amount) * part));
    }
  }
  const sources = financing.map((item, i) => ({
    source: item.source,
    share: item.amount / financingTotal,
    amount: bySource[i] ?? 0,
  }));

  return {
    date,
    year,
    perAreaYear,
    totals,
    sources,
    fund: { opening, received, paid, closing: opening + received - paid },
    paidBeforePeriod,
    receivedFrom: options.received === undefined ? 'plan' : 'typed',
  };
}
