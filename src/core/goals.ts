/** Goal curves (målkurver): base × (1 + rate)^t with the plan's rounding, and how actual figures compare. */
import { inputError, type InputError, type InputErrorKind } from './errors';
import { bilingual, defineMessages, type MessageData } from './messages';
import { exactDecimal } from './money';
import { normalize } from './text';
import type { Day } from './today';
import type { Rounding } from './types';

export interface GoalPoint {
  year: number;
  value: number;
}

/** The longest curve we draw; a longer one is a typing error (e.g. 2013–20130). */
const MAX_YEARS = 200;

/** A decimal as an exact fraction numerator / denominator (denominator a power of ten). */
interface Ratio {
  numerator: bigint;
  denominator: bigint;
}

function ratioOf(x: number): Ratio {
  const { coefficient, exponent } = exactDecimal(x);
  return exponent >= 0
    ? { numerator: coefficient * 10n ** BigInt(exponent), denominator: 1n }
    : { numerator: coefficient, denominator: 10n ** BigInt(-exponent) };
}

/** numerator / denominator rounded half away from zero (Excel's ROUND; "half-up" for the positive counts here). */
function roundRatio(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const rounded = (2n * n + d) / (2n * d);
  return negative ? -rounded : rounded;
}

const ERRORS = defineMessages({
  'goal-overflow': {
    nb: 'Målkurven blir for stor til å regnes ut.',
    en: 'The goal curve grows too large to compute.',
  },
  'goal-not-number': {
    nb: 'Basis, vekst og år må være tall.',
    en: 'Base, growth and years must be numbers.',
  },
  'goal-rounding': {
    nb: 'Ukjent avrunding «{rounding}».',
    en: 'Unknown rounding "{rounding}".',
  },
  'goal-year': {
    nb: 'År må være hele tall.',
    en: 'Years must be whole numbers.',
  },
  'goal-rate': {
    nb: 'Veksten må være over −100 %.',
    en: 'Growth must be above −100 %.',
  },
  'goal-years': {
    nb: 'Til-år {toYear} er før basisåret {fromYear}.',
    en: 'The last year {toYear} is before the base year {fromYear}.',
  },
  'goal-too-long': {
    nb: 'Målkurven kan være høyst {maxYears} år.',
    en: 'A goal curve can span at most {maxYears} years.',
  },
  'rounding-unknown': {
    nb: 'Ukjent avrunding «{text}». Bruk «årlig», «slutt» eller «ingen».',
    en: 'Unknown rounding "{text}". Use "yearly", "final" or "none".',
  },
});

/** Bad input to a goal curve: #VALUE! by default, #NUM! (`num`) for a number outside what makes sense. */
function fail(code: keyof typeof ERRORS, data?: MessageData, kind: InputErrorKind = 'value'): InputError {
  return inputError(code, bilingual(ERRORS, code, data), kind);
}

function tooLarge(): never {
  throw fail('goal-overflow', undefined, 'num');
}

function toNumber(value: bigint): number {
  const number = Number(value);
  return Number.isFinite(number) ? number : tooLarge();
}

/**
 * The curve from `fromYear` (the base year, inclusive) to `toYear`.
 * - 'yearly': each year's value is rounded before it grows again — the plan's method (12928 → … 13255 in 2017).
 * - 'final': exact compounding, each year rounded on its own (13254 in 2017).
 * - 'none': unrounded.
 * Rounding is half away from zero on the EXACT value: base and rate are taken as the decimals the user typed
 * (0.005 is 5/1000, not the nearest double) and compounded in integers (BigInt). Doing it in doubles would put
 * a true x.5 at x.4999999… now and then and round it the wrong way.
 */
export function goalCurve(
  base: number,
  rate: number,
  fromYear: number,
  toYear: number,
  rounding: Rounding = 'yearly',
): GoalPoint[] {
  checkCurveInput(base, rate, fromYear, toYear, rounding);
  const points: GoalPoint[] = [];
  if (rounding === 'none') {
    // Step by step rather than Math.pow: with base ≥ 0 and rate ≥ 0 each product is ≥ the last, so the curve
    // never dips through rounding.
    let value = base;
    for (let year = fromYear; year <= toYear; year++) {
      if (year > fromYear) value *= 1 + rate;
      if (!Number.isFinite(value)) tooLarge();
      points.push({ year, value });
    }
    return points;
  }
  const b = ratioOf(base);
  const r = ratioOf(rate);
  const growth = r.denominator + r.numerator; // (1 + rate) × r.denominator
  if (rounding === 'yearly') {
    let value = roundRatio(b.numerator, b.denominator);
    for (let year = fromYear; year <= toYear; year++) {
      if (year > fromYear) value = roundRatio(value * growth, r.denominator);
      points.push({ year, value: toNumber(value) });
    }
    return points;
  }
  let numerator = b.numerator;
  let denominator = b.denominator;
  for (let year = fromYear; year <= toYear; year++) {
    if (year > fromYear) {
      numerator *= growth;
      denominator *= r.denominator;
    }
    points.push({ year, value: toNumber(roundRatio(numerator, denominator)) });
  }
  return points;
}

function checkCurveInput(
  base: number,
  rate: number,
  fromYear: number,
  toYear: number,
  rounding: Rounding,
): void {
  const finite = [base, rate, fromYear, toYear].every((x) => typeof x === 'number' && Number.isFinite(x));
  if (!finite) {
    throw fail('goal-not-number');
  }
  if (!['yearly', 'final', 'none'].includes(rounding)) {
    throw fail('goal-rounding', { rounding: String(rounding) });
  }
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear)) {
    throw fail('goal-year', undefined, 'num');
  }
  if (rate <= -1) {
    throw fail('goal-rate', undefined, 'num');
  }
  if (toYear < fromYear) {
    throw fail('goal-years', { toYear, fromYear }, 'num');
  }
  if (toYear - fromYear > MAX_YEARS) {
    throw fail('goal-too-long', { maxYears: MAX_YEARS }, 'num');
  }
}

/** The goal for one year. */
export function goalValue(
  base: number,
  rate: number,
  baseYear: number,
  year: number,
  rounding: Rounding = 'yearly',
): number {
  const curve = goalCurve(base, rate, baseYear, year, rounding);
  return curve[curve.length - 1]!.value;
}

const ROUNDING_WORDS: Record<string, Rounding> = {
  årlig: 'yearly',
  arlig: 'yearly',
  'hvert år': 'yearly',
  yearly: 'yearly',
  ingen: 'none',
  none: 'none',
  uavrundet: 'none',
  slutt: 'final',
  'til slutt': 'final',
  final: 'final',
};

/** 'årlig'/'yearly' (also when empty), 'ingen'/'none', 'slutt'/'final'; InputError (#VALUE!) otherwise. */
export function parseRounding(text?: string): Rounding {
  const key = normalize(typeof text === 'string' ? text : '');
  if (!key) return 'yearly';
  const rounding = ROUNDING_WORDS[key];
  if (!rounding) {
    throw fail('rounding-unknown', { text: String(text) });
  }
  return rounding;
}

export interface GoalGap {
  year: number;
  target: number;
  actual?: number;
  /** actual − target: negative means behind the goal. */
  gap?: number;
  /** gap ÷ target as a FRACTION (−0.01 = 1 % behind); absent when the target is 0. */
  gapPercent?: number;
}

/** Each year of the curve beside the actual figure, where there is one. */
export function goalGaps(curve: GoalPoint[], actuals: Record<number, number | undefined>): GoalGap[] {
  return curve.map(({ year, value: target }) => {
    const actual = actuals[year];
    if (typeof actual !== 'number' || !Number.isFinite(actual)) return { year, target };
    const gap = actual - target;
    return target === 0
      ? { year, target, actual, gap }
      : { year, target, actual, gap, gapPercent: gap / target };
  });
}

/**
 * Where one year of a curve stands on `today`. The base year is where the curve starts, never a year the goal
 * is reached. A year is judged only once it is over: the current year's figure is progress so far (a level
 * such as population can still fall), a later year's is not yet anything.
 */
export type GoalYearStatus = 'base' | 'no-figure' | 'met' | 'missed' | 'in-progress' | 'not-yet';

export function goalYearStatus(gap: GoalGap, baseYear: number, today: Day): GoalYearStatus {
  if (gap.year === baseYear) return 'base';
  if (gap.actual === undefined) return 'no-figure';
  if (gap.year > today.year) return 'not-yet';
  if (gap.year === today.year) return 'in-progress';
  return gap.actual >= gap.target ? 'met' : 'missed';
}

export interface GoalVerdict {
  /** The first year, over and after the base year, whose figure is at or above the goal. */
  firstMet?: number;
  /** The first year, over and after the base year, whose figure is below the goal. */
  firstMissed?: number;
  /** The latest year after the base year with a figure, and where it stands — always said. */
  latest?: Required<Pick<GoalGap, 'year' | 'target' | 'actual' | 'gap'>> & {
    status: Exclude<GoalYearStatus, 'base' | 'no-figure'>;
  };
}

export function goalVerdict(gaps: GoalGap[], baseYear: number, today: Day): GoalVerdict {
  const judged = gaps.map((gap) => ({ gap, status: goalYearStatus(gap, baseYear, today) }));
  const withFigure = judged.filter(({ status }) => status !== 'base' && status !== 'no-figure');
  const last = withFigure.at(-1);
  return {
    firstMet: judged.find(({ status }) => status === 'met')?.gap.year,
    firstMissed: judged.find(({ status }) => status === 'missed')?.gap.year,
    latest:
      last && last.gap.actual !== undefined
        ? {
            year: last.gap.year,
            target: last.gap.target,
            actual: last.gap.actual,
            gap: last.gap.gap ?? last.gap.actual - last.gap.target,
            status: last.status as Exclude<GoalYearStatus, 'base' | 'no-figure'>,
          }
        : undefined,
  };
}
