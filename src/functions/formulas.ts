/**
 * What each custom function computes, from the raw arguments Excel passes to core and back to the shape
 * Excel spills. Pure: no CustomFunctions, no Office. Bad input throws InputError; runtime.ts turns it into
 * the cell's #VALUE! / #NUM! with the message.
 */
import { allocateByShares, frameFor, sharesOffText } from '../core/allocation';
import { inputError, isInputError } from '../core/errors';
import { goalCurve, goalValue, parseRounding } from '../core/goals';
import { areaNamesForYear, matchArea } from '../core/plan';
import { CATEGORY_LABELS, matchCategory, matchStatus, readProjectTable } from '../core/projects';
import { MEASURES, SUM_GRANTED_LABEL, SUM_LABEL, summarize, summaryLayout } from '../core/summary';
import { normalize } from '../core/text';
import type { CellValue, Plan } from '../core/types';
import {
  ARGS,
  amountArg,
  amountCell,
  cellNote,
  cellsOf,
  isOmitted,
  numberArg,
  optionalAmountArg,
  optionalTextArg,
  optionalYearArg,
  rangeArg,
  rateArg,
  sameLength,
  shareCell,
  shown,
  textArg,
  yearArg,
} from './args';
import { notAvailable, type Language } from './runtime';

/** [[year, target], …] from the base year to `toYear`. */
export function goalCurveRows(
  base: unknown,
  rate: unknown,
  fromYear: unknown,
  toYear: unknown,
  rounding?: unknown,
): number[][] {
  const curve = goalCurve(
    numberArg(base, ARGS.base),
    rateArg(rate, ARGS.rate),
    yearArg(fromYear, ARGS.fromYear),
    yearArg(toYear, ARGS.toYear),
    parseRounding(optionalTextArg(rounding)),
  );
  return curve.map(({ year, value }) => [year, value]);
}

export function goalFor(
  base: unknown,
  rate: unknown,
  baseYear: unknown,
  year: unknown,
  rounding?: unknown,
): number {
  return goalValue(
    numberArg(base, ARGS.base),
    rateArg(rate, ARGS.rate),
    yearArg(baseYear, ARGS.baseYear),
    yearArg(year, ARGS.year),
    parseRounding(optionalTextArg(rounding)),
  );
}

/** actual − target: negative when behind the goal. */
export function gapFor(
  actual: unknown,
  base: unknown,
  rate: unknown,
  baseYear: unknown,
  year: unknown,
  rounding?: unknown,
): number {
  const actualValue = numberArg(actual, ARGS.actual);
  return actualValue - goalFor(base, rate, baseYear, year, rounding);
}

/**
 * `total` split by `weights` into amounts in the weights' shape (row, column or block) that sum exactly.
 * Weights are shares ("70 %", 70, Excel's 70 % = 0,7; see sharePercents). When they do not add up to 100 %
 * the amounts are still split in proportion, and one more cell spills after them — below a column or block,
 * right of a row — saying so ("Andelene summerer til 90 % …"): a cell cannot warn any other way, and text
 * is skipped by SUMMER, so the parts still add up.
 */
export function allocateShaped(
  total: unknown,
  weights: unknown,
  unit?: unknown,
  holds?: unknown,
  language: Language = 'nb',
): (number | string)[][] {
  const totalValue = amountArg(total, ARGS.total);
  const weightRange = rangeArg(weights, ARGS.weights);
  const weightCells = cellsOf(weightRange);
  const shares = weightCells.map((cell, index) => shareCell(cell, ARGS.weights, index));
  const unitValue = optionalAmountArg(unit, ARGS.unit);
  const holdCells = isOmitted(holds) ? undefined : cellsOf(rangeArg(holds, ARGS.holds));
  let holdValues: (number | null)[] | undefined;
  if (holdCells && !holdCells.every(isOmitted)) {
    sameLength([
      { arg: ARGS.weights, cells: weightCells },
      { arg: ARGS.holds, cells: holdCells },
    ]);
    holdValues = holdCells.map((cell, index) =>
      isOmitted(cell) ? null : amountCell(cell, ARGS.holds, index),
    );
  }
  shares.forEach((share, index) => {
    if (share.value < 0) {
      throw inputError('allocate-negative-weight', {
        nb: `«${ARGS.weights.nb}»${cellNote(index).nb} er negativ (${shown(weightCells[index])}): vekter må være 0 eller mer.`,
        en: `"${ARGS.weights.en}"${cellNote(index).en} is negative (${shown(weightCells[index], 'en')}): weights must be 0 or more.`,
      });
    }
  });
  const result = asValueError(ZERO_WEIGHTS, () =>
    allocateByShares(totalValue, shares, { unit: unitValue, holds: holdValues }),
  );
  let next = 0;
  const amounts: (number | string)[][] = weightRange.map((row) => row.map(() => result.parts[next++]));
  if (!result.off) return amounts;
  const warning = sharesOffText(result.off)[language];
  if (amounts.length === 1 && amounts[0].length > 1) return [[...amounts[0], warning]];
  return [...amounts, amounts[0].map((_, c) => (c === 0 ? warning : ''))];
}

/** Weights that cannot split anything are a wrong argument (#VALUE!), whatever core calls them. */
const ZERO_WEIGHTS = new Set(['allocate-zero-weights']);

function asValueError<T>(codes: Set<string>, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (isInputError(error) && codes.has(error.code) && error.details.kind !== 'value') {
      throw inputError(error.code, { nb: error.message, en: error.messageEn }, 'value');
    }
    throw error;
  }
}

/** The canonical name of an area (or the administration) in the plan, or an error saying what was meant. */
export function planArea(plan: Plan, raw: string): string {
  const { area, suggestion } = matchArea(plan, raw);
  if (area) return area;
  const administration = plan.administration.name;
  const wanted = normalize(raw);
  if (
    wanted === normalize(administration) ||
    (wanted.length >= 5 && normalize(administration).startsWith(wanted))
  ) {
    return administration;
  }
  const known = [...plan.areas.map((a) => a.name), administration].map((name) => `«${name}»`).join(', ');
  const hint = suggestion
    ? { nb: ` Mente du «${suggestion}»?`, en: ` Did you mean "${suggestion}"?` }
    : { nb: '', en: '' };
  throw inputError('unknown-area', {
    nb: `Ukjent innsatsområde «${raw}».${hint.nb} Planen har ${known}.`,
    en: `Unknown focus area "${raw}".${hint.en} The plan has ${known}.`,
  });
}

function checkYearInPlan(plan: Plan, year: number): void {
  const { from, to } = plan.period;
  if (year < from || year > to) {
    throw inputError('year-outside-plan', {
      nb: `${year} er utenfor planperioden ${from}–${to}.`,
      en: `${year} is outside the plan period ${from}–${to}.`,
    });
  }
}

/** The frame for an area: for the period, or the part of it that falls on `year`. */
export function frameOf(plan: Plan, area: unknown, year?: unknown): number {
  const name = planArea(plan, textArg(area, ARGS.area));
  const yearValue = optionalYearArg(year, ARGS.year);
  if (yearValue !== undefined) checkYearInPlan(plan, yearValue);
  return frameFor(plan, name, yearValue);
}

/**
 * The frame minus what is granted in the area. With `year`: that year's frame minus that year's grants
 * (needs `years`). Without: the period's frame minus the grants of the period's years (all rows when no
 * `years` are given). Rows of other areas, headers and blank rows are passed over; an amount that is not
 * a number in a row that counts is an error, since leaving it out would overstate what remains.
 */
export function remainingOf(
  plan: Plan,
  area: unknown,
  areas: unknown,
  amounts: unknown,
  years?: unknown,
  year?: unknown,
): number {
  const name = planArea(plan, textArg(area, ARGS.area));
  const areaCells = cellsOf(rangeArg(areas, ARGS.areas));
  const amountCells = cellsOf(rangeArg(amounts, ARGS.amounts));
  sameLength([
    { arg: ARGS.areas, cells: areaCells },
    { arg: ARGS.amounts, cells: amountCells },
  ]);
  const yearCells = isOmitted(years) ? undefined : cellsOf(rangeArg(years, ARGS.years));
  if (yearCells) {
    sameLength([
      { arg: ARGS.areas, cells: areaCells },
      { arg: ARGS.years, cells: yearCells },
    ]);
  }
  const yearValue = optionalYearArg(year, ARGS.year);
  if (yearValue !== undefined && !yearCells) {
    throw inputError('years-needed', {
      nb: `Gi «${ARGS.years.nb}» (årskolonnen) når du spør om restrammen for ett år.`,
      en: `Pass "${ARGS.years.en}" (the year column) to ask for one year's remaining frame.`,
    });
  }
  if (yearValue !== undefined) checkYearInPlan(plan, yearValue);
  const frame = frameFor(plan, name, yearValue);

  let granted = 0;
  areaCells.forEach((cell, index) => {
    if (typeof cell !== 'string' || isOmitted(cell)) return;
    const yearCell = yearCells?.[index];
    const rowYear = yearCells ? rowYearOf(yearCell) : undefined;
    const match = matchArea(plan, cell, rowYear);
    const at = { nb: `Rad ${index + 1}`, en: `Row ${index + 1}` };
    if (!match.area && match.suggestion === name) {
      // A typo of this very area: leaving the row out would overstate what remains.
      throw inputError('unknown-area', {
        nb: `${at.nb}: ukjent innsatsområde «${cell}». Mente du «${name}»?`,
        en: `${at.en}: unknown focus area "${cell}". Did you mean "${name}"?`,
      });
    }
    if (match.area !== name) return;
    if (yearCells && rowYear === undefined) {
      throw inputError('not-a-year', {
        nb: `${at.nb}: årstallet «${shown(yearCell ?? '')}» kan ikke leses.`,
        en: `${at.en}: the year "${shown(yearCell ?? '', 'en')}" cannot be read.`,
      });
    }
    if (yearValue !== undefined ? rowYear !== yearValue : rowYear !== undefined && !inPeriod(plan, rowYear))
      return;
    granted += amountCell(amountCells[index], ARGS.amounts, index);
  });
  return frame - granted;
}

function rowYearOf(cell: unknown): number | undefined {
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell : undefined;
  if (typeof cell === 'string' && /^\s*\d{4}\s*$/.test(cell)) return Number(cell);
  return undefined;
}

function inPeriod(plan: Plan, year: number): boolean {
  return year >= plan.period.from && year <= plan.period.to;
}

const SUMMARY_FIELDS = ['year', 'category', 'area', 'granted', 'status'] as const;

/**
 * The plan's summary tables (the layout of `summaryLayout`, src/core/summary.ts), one per year with projects, stacked with a blank row
 * between. A header row at the top of the ranges is recognised and skipped; any other row that cannot be
 * placed (year, category, area) or counted (amount, status) is an error naming the row and what it meant.
 */
export function summaryOf(
  plan: Plan,
  years: unknown,
  categories: unknown,
  areas: unknown,
  amounts: unknown,
  statuses: unknown,
  language: Language = 'nb',
): CellValue[][] {
  const columns = [
    { arg: ARGS.years, cells: cellsOf(rangeArg(years, ARGS.years)) },
    { arg: ARGS.categories, cells: cellsOf(rangeArg(categories, ARGS.categories)) },
    { arg: ARGS.areas, cells: cellsOf(rangeArg(areas, ARGS.areas)) },
    { arg: ARGS.amounts, cells: cellsOf(rangeArg(amounts, ARGS.amounts)) },
    { arg: ARGS.statuses, cells: cellsOf(rangeArg(statuses, ARGS.statuses)) },
  ];
  sameLength(columns);
  const count = columns[0].cells.length;
  const first = looksLikeHeader(columns[0].cells[0]) ? 1 : 0;
  const values: CellValue[][] = [SUMMARY_FIELDS.map((field) => field)];
  for (let r = first; r < count; r++) values.push(columns.map(({ cells }) => cellValue(cells[r])));
  const mapping = Object.fromEntries(SUMMARY_FIELDS.map((field, column) => [field, column]));
  const table = readProjectTable({ sheet: '', top: 0, left: 1, values }, plan, mapping);

  for (const row of table.rows) {
    const index = row.row - 1 + first;
    checkSummaryRow(row.raw, row, plan, index);
  }
  const records = summarize(table.rows);
  const yearsWithRows = [...new Set(records.map((record) => record.year))].sort((a, b) => a - b);
  if (yearsWithRows.length === 0) {
    throw notAvailable({ nb: 'Ingen prosjekter å oppsummere ennå.', en: 'No projects to summarise yet.' });
  }
  const tables = yearsWithRows.map((year) => summaryLayout(records, year, areaNamesForYear(plan, year)));
  const width = Math.max(...tables.map((t) => t[0].length));
  const stacked: CellValue[][] = [];
  tables.forEach((t, i) => {
    if (i > 0) stacked.push(new Array(width).fill(''));
    for (const row of t) stacked.push([...row, ...new Array(width - row.length).fill('')]);
  });
  return language === 'en' ? stacked.map((row) => row.map(englishLabel)) : stacked;
}

function looksLikeHeader(cell: unknown): boolean {
  return typeof cell === 'string' && cell.trim() !== '' && !/^\s*\d{4}\s*$/.test(cell);
}

function cellValue(cell: unknown): CellValue {
  if (cell === undefined) return null;
  if (cell === null || typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean')
    return cell;
  return { error: shown(cell) };
}

function checkSummaryRow(
  raw: Partial<Record<string, CellValue>>,
  row: { year?: number; category?: unknown; area?: unknown; granted?: number; status?: unknown },
  plan: Plan,
  index: number,
): void {
  const at = { nb: `Rad ${index + 1}`, en: `Row ${index + 1}` };
  const fail = (nb: string, en: string) => {
    throw inputError('summary-row', { nb: `${at.nb}: ${nb}`, en: `${at.en}: ${en}` });
  };
  const hint = (suggestion?: string) =>
    suggestion
      ? { nb: ` Mente du «${suggestion}»?`, en: ` Did you mean "${suggestion}"?` }
      : { nb: '', en: '' };
  const nb = (value: CellValue | undefined) => shown(value ?? '');
  const en = (value: CellValue | undefined) => shown(value ?? '', 'en');
  if (row.year === undefined) {
    fail(`årstallet «${nb(raw.year)}» kan ikke leses.`, `the year "${en(raw.year)}" cannot be read.`);
  }
  if (row.category === undefined) {
    const h = hint(matchCategory(raw.category ?? null).suggestion);
    fail(`ukjent kategori «${nb(raw.category)}».${h.nb}`, `unknown category "${en(raw.category)}".${h.en}`);
  }
  if (row.area === undefined) {
    const h = hint(matchArea(plan, String(raw.area ?? ''), row.year).suggestion);
    fail(`ukjent innsatsområde «${nb(raw.area)}».${h.nb}`, `unknown focus area "${en(raw.area)}".${h.en}`);
  }
  if (row.granted === undefined && !isOmitted(raw.granted)) {
    fail(`beløpet «${nb(raw.granted)}» er ikke et tall.`, `the amount "${en(raw.granted)}" is not a number.`);
  }
  if (row.status === undefined) {
    const h = hint(matchStatus(raw.status ?? null).suggestion);
    fail(`ukjent status «${nb(raw.status)}».${h.nb}`, `unknown status "${en(raw.status)}".${h.en}`);
  }
}

const ENGLISH_LABELS = new Map<CellValue, string>([
  ...MEASURES.map(({ nb, en }) => [nb, en] as [string, string]),
  ...Object.values(CATEGORY_LABELS).map(({ nb, en }) => [nb, en] as [string, string]),
  [SUM_LABEL.nb, SUM_LABEL.en],
  [SUM_GRANTED_LABEL.nb, SUM_GRANTED_LABEL.en],
]);

function englishLabel(cell: CellValue): CellValue {
  return ENGLISH_LABELS.get(cell) ?? cell;
}
