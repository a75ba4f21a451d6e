/**
 * Splitting money by weights so the parts add up to the krone: largest remainder, exact rational arithmetic
 * (BigInt), a deterministic tie-break, an optional rounding unit and amounts held fixed.
 */
import { inputError, type InputErrorKind } from './errors';
import { exactDecimal, exactSum, formatNumber, sharePercents, type Share } from './money';
import { financingPerYear } from './plan';
import { normalize } from './text';
import { bilingual, defineMessages, inBoth, type Bilingual, type MessageData } from './messages';
import type { Plan } from './types';

export interface AllocateOptions {
  /** Round parts to multiples of this many kroner (e.g. 100 000); default 1. */
  unit?: number;
  /** holds[i] set = position i gets exactly this amount, taken out before the rest is split. */
  holds?: (number | null | undefined)[];
}

/** Weights as integers over one common power-of-ten denominator, so 0.7 and 70 % are exact. */
function scaledWeights(weights: number[]): bigint[] {
  const parts = weights.map(exactDecimal);
  const minExponent = Math.min(0, ...parts.map((p) => p.exponent));
  return parts.map((p) => p.coefficient * 10n ** BigInt(p.exponent - minExponent));
}

const ERRORS = defineMessages({
  'allocate-total': {
    nb: 'Beløpet som skal fordeles må være et helt antall kroner.',
    en: 'The amount to split must be a whole number of kroner.',
  },
  'allocate-no-weights': {
    nb: 'Det trengs minst én vekt å fordele etter.',
    en: 'At least one weight is needed.',
  },
  'allocate-weight-not-number': {
    nb: 'Alle vekter må være tall.',
    en: 'Every weight must be a number.',
  },
  'allocate-negative-weight': {
    nb: 'Vektene kan ikke være negative.',
    en: 'Weights cannot be negative.',
  },
  'allocate-unit': {
    nb: 'Avrundingsenheten må være et positivt helt antall kroner.',
    en: 'The rounding unit must be a positive whole number of kroner.',
  },
  'allocate-holds-length': {
    nb: 'Det er flere faste beløp enn vekter.',
    en: 'There are more fixed amounts than weights.',
  },
  'allocate-hold': {
    nb: 'Faste beløp må være hele, ikke-negative kronebeløp (samme fortegn som totalen).',
    en: 'Fixed amounts must be whole kroner with the same sign as the total.',
  },
  'allocate-holds-exceed': {
    nb: 'De faste beløpene er større enn beløpet som skal fordeles.',
    en: 'The fixed amounts exceed the amount to split.',
  },
  'allocate-holds-short': {
    nb: 'Alle posisjoner har faste beløp, men de summerer ikke til totalen.',
    en: 'Every position is fixed, but the fixed amounts do not add up to the total.',
  },
  'frame-invalid': {
    nb: 'Rammen for «{area}» må være et helt, ikke-negativt kronebeløp.',
    en: 'The frame of "{area}" must be a whole, non-negative amount of kroner.',
  },
  'unknown-area': {
    nb: '«{area}» er ikke et innsatsområde i planen.',
    en: '"{area}" is not a focus area of the plan.',
  },
  'allocate-zero-weights': {
    nb: 'Alle vektene er 0, så beløpet kan ikke fordeles.',
    en: 'All weights are 0, so the amount cannot be split.',
  },
});

/** Bad input (InputErrorKind: #NUM! by default, #VALUE! for the wrong kind of value). */
function fail(code: keyof typeof ERRORS, kind: InputErrorKind = 'num', data?: MessageData): never {
  throw inputError(code, bilingual(ERRORS, code, data), kind);
}

/**
 * Splits `total` kroner by `weights`. Sum is always exactly `total`.
 *
 * Policy: held positions get their hold. The rest R = total − holds is split over the other positions.
 * Each first gets its exact share R·wᵢ/W rounded down to a multiple of `unit`; what is left (less than one
 * unit per position) goes out one unit at a time — the last piece possibly smaller than a unit, so the sum
 * stays exact — in order of largest remainder, ties to the larger weight, then the earlier position.
 *
 * Bound: every non-held part is within STRICTLY less than `unit` kroner (1 krone by default) of its exact
 * share of R, never below its rounded-down share; parts are ≥ 0 when the total is. A negative total is split
 * as the mirror image of its absolute value (holds mirrored too).
 *
 * InputError for a non-integer total, empty/negative/non-finite weights, all-zero weights when there is
 * money to split, holds that are not whole kroner or exceed the total, and a unit that is not a positive integer.
 */
export function allocate(total: number, weights: number[], options: AllocateOptions = {}): number[] {
  const unit = options.unit ?? 1;
  const holds = options.holds ?? [];
  if (typeof total !== 'number' || !Number.isSafeInteger(total)) {
    fail('allocate-total', Number.isFinite(total) ? 'num' : 'value');
  }
  if (!Array.isArray(weights) || weights.length === 0) {
    fail('allocate-no-weights', 'value');
  }
  if (!weights.every((w) => typeof w === 'number' && Number.isFinite(w))) {
    fail('allocate-weight-not-number', 'value');
  }
  if (weights.some((w) => w < 0)) {
    fail('allocate-negative-weight');
  }
  if (!Number.isSafeInteger(unit) || unit <= 0) {
    fail('allocate-unit');
  }
  if (holds.length > weights.length) {
    fail('allocate-holds-length', 'value');
  }
  if (total < 0) {
    const mirrored = allocate(-total, weights, {
      unit,
      holds: holds.map((h) => (typeof h === 'number' ? -h : h)),
    });
    return mirrored.map((part) => (part === 0 ? 0 : -part));
  }

  const result = weights.map(() => 0);
  let remaining = total;
  for (let i = 0; i < holds.length; i++) {
    const hold = holds[i];
    if (hold === null || hold === undefined) continue;
    if (!Number.isSafeInteger(hold) || hold < 0) {
      fail('allocate-hold');
    }
    result[i] = hold;
    remaining -= hold;
  }
  if (remaining < 0) {
    fail('allocate-holds-exceed');
  }
  const free = weights.map((_, i) => i).filter((i) => holds[i] === null || holds[i] === undefined);
  if (remaining === 0) return result;
  if (free.length === 0) {
    fail('allocate-holds-short');
  }
  const scaled = scaledWeights(free.map((i) => weights[i]!));
  const weightSum = scaled.reduce((sum, w) => sum + w, 0n);
  if (weightSum === 0n) {
    fail('allocate-zero-weights');
  }

  const R = BigInt(remaining);
  const U = BigInt(unit);
  const remainders: { index: number; remainder: bigint; weight: bigint }[] = [];
  let handedOut = 0n;
  free.forEach((index, k) => {
    const weight = scaled[k]!;
    const exact = R * weight; // exact share × weightSum
    const base = (exact / (weightSum * U)) * U;
    result[index] = Number(base);
    handedOut += base;
    remainders.push({ index, remainder: exact - base * weightSum, weight });
  });
  remainders.sort(
    (a, b) => compareDesc(a.remainder, b.remainder) || compareDesc(a.weight, b.weight) || a.index - b.index,
  );
  let left = R - handedOut;
  for (const { index } of remainders) {
    if (left <= 0n) break;
    const piece = left < U ? left : U;
    result[index]! += Number(piece);
    left -= piece;
  }
  return result;
}

/** Shares that do not add up to 100 %: what they add up to, and the split actually used (in percent). */
export interface SharesOff {
  sum: number;
  usedPercents: number[];
}

export interface ShareAllocation {
  parts: number[];
  /** The shares in percent points (see sharePercents). */
  percents: number[];
  /** What the shares add up to, in percent. */
  sum: number;
  /** Set when the shares do not add up to 100 %: they were rescaled, and the user must be told. */
  off?: SharesOff;
}

/**
 * `total` split by shares the user typed. Shares that do not add up to 100 % are still split in proportion
 * (60/30 gives 66,7 % and 33,3 %), and the result says so in `off`; with `strict` they are refused instead.
 */
export function allocateByShares(
  total: number,
  shares: Share[],
  options: AllocateOptions & { strict?: boolean } = {},
): ShareAllocation {
  const percents = sharePercents(shares);
  const sum = percents.every(Number.isFinite) ? exactSum(percents) : NaN;
  const off: SharesOff | undefined =
    sum === 100 || !(sum > 0) ? undefined : { sum, usedPercents: percents.map((p) => (p / sum) * 100) };
  if (off && options.strict) {
    const text = sharesOffText(off);
    throw inputError('shares-not-100', text, 'value');
  }
  return { parts: allocate(total, percents, options), percents, sum, ...(off ? { off } : {}) };
}

const SHARE_MESSAGES = defineMessages({
  sharesOff: {
    nb: 'Andelene summerer til {sum}\u00a0%, ikke 100\u00a0% — fordelt som {split}\u00a0% av beløpet.',
    en: 'The shares add up to {sum}\u00a0%, not 100\u00a0% — split as {split}\u00a0% of the amount.',
  },
});

/** "Andelene summerer til 90 %, ikke 100 % — fordelt som 66,7 / 33,3 % av beløpet." */
export function sharesOffText(off: SharesOff): Bilingual {
  return bilingual(SHARE_MESSAGES, 'sharesOff', {
    sum: inBoth((lang) => formatNumber(off.sum, 4, lang)),
    split: inBoth((lang) => off.usedPercents.map((p) => formatNumber(p, 1, lang)).join(' / ')),
  });
}

function compareDesc(a: bigint, b: bigint): number {
  return a > b ? -1 : a < b ? 1 : 0;
}

export interface FrameCell {
  area: string;
  year: number;
  frame: number;
}

/**
 * Each area's and the administration's period frame split over the period's years in proportion to that
 * year's financing. Every row sums exactly to its frame and — in a coherent plan — every year's column to
 * that year's financing; each cell is its exact share rounded down or up (controlled rounding). A plan with
 * no financing at all is split evenly over its years (checkPlan reports the missing financing).
 */
export function frames(plan: Plan): FrameCell[] {
  const years: number[] = [];
  for (let year = plan.period.from; year <= plan.period.to && years.length <= 1000; year++) years.push(year);
  const rows = [...plan.areas, plan.administration].map(({ name, frame }) => ({ name, frame }));
  for (const row of rows) {
    if (!Number.isSafeInteger(row.frame) || row.frame < 0) {
      fail('frame-invalid', 'num', { area: row.name });
    }
  }
  if (years.length === 0) return [];
  const perYear = financingPerYear(plan);
  let weights = years.map((year) => Math.max(0, perYear[year] ?? 0));
  if (weights.every((w) => w === 0)) weights = years.map(() => 1);
  const total = rows.reduce((sum, row) => sum + row.frame, 0);
  // When the frames add up to the financing these are the years' financing exactly.
  const columns = allocate(total, weights);
  const matrix = controlledRounding(
    rows.map((row) => row.frame),
    columns,
    rows.map((row) => row.frame),
  );
  return rows.flatMap((row, r) => years.map((year, c) => ({ area: row.name, year, frame: matrix[r]![c]! })));
}

/**
 * Integer matrix with the given row and column sums (both summing to the same total) whose cells are
 * rowᵢ·colⱼ/total rounded down or up. Starts from the floors, hands out the missing kroner by largest
 * remainder, and repairs with augmenting paths where the greedy pass gets stuck. Such a rounding always
 * exists (the exact matrix is a fractional solution of the same flow problem).
 */
function controlledRounding(rowSums: number[], columnSums: number[], rowWeights: number[]): number[][] {
  const total = BigInt(rowSums.reduce((sum, x) => sum + x, 0));
  const matrix = rowSums.map(() => columnSums.map(() => 0));
  if (total === 0n) return matrix;
  const rowNeed = [...rowSums];
  const columnNeed = [...columnSums];
  const candidates: { r: number; c: number; remainder: bigint }[] = [];
  rowSums.forEach((rowSum, r) => {
    columnSums.forEach((columnSum, c) => {
      const exact = BigInt(rowSum) * BigInt(columnSum);
      const floor = Number(exact / total);
      matrix[r]![c] = floor;
      rowNeed[r]! -= floor;
      columnNeed[c]! -= floor;
      if (exact % total !== 0n) candidates.push({ r, c, remainder: exact % total });
    });
  });
  candidates.sort(
    (a, b) =>
      compareDesc(a.remainder, b.remainder) || rowWeights[b.r]! - rowWeights[a.r]! || a.r - b.r || a.c - b.c,
  );
  const isCandidate = rowSums.map(() => columnSums.map(() => false));
  const raised = rowSums.map(() => columnSums.map(() => false));
  for (const { r, c } of candidates) {
    isCandidate[r]![c] = true;
    if (rowNeed[r]! > 0 && columnNeed[c]! > 0) {
      raised[r]![c] = true;
      rowNeed[r]!--;
      columnNeed[c]!--;
    }
  }
  for (let r = 0; r < rowSums.length; r++) {
    while (rowNeed[r]! > 0) {
      if (!augment(r, isCandidate, raised, columnNeed))
        throw new Error('controlledRounding: no rounding found');
      rowNeed[r]!--;
    }
  }
  return matrix.map((row, r) => row.map((cell, c) => cell + (raised[r]![c] ? 1 : 0)));
}

/** Breadth-first alternating path from row `start` to a column still short of kroner; flips it. */
function augment(
  start: number,
  isCandidate: boolean[][],
  raised: boolean[][],
  columnNeed: number[],
): boolean {
  const columnFrom = new Map<number, number>(); // column → row it was reached from
  const rowFrom = new Map<number, number>([[start, -1]]); // row → column it was reached from
  const queue = [start];
  while (queue.length) {
    const r = queue.shift() as number;
    for (let c = 0; c < columnNeed.length; c++) {
      if (!isCandidate[r]![c] || raised[r]![c] || columnFrom.has(c)) continue;
      columnFrom.set(c, r);
      if (columnNeed[c]! > 0) {
        columnNeed[c]!--;
        for (let column = c; column !== -1;) {
          const row = columnFrom.get(column) as number;
          raised[row]![column] = true;
          const previous = rowFrom.get(row) as number;
          if (previous !== -1) raised[row]![previous] = false;
          column = previous;
        }
        return true;
      }
      for (let next = 0; next < raised.length; next++) {
        if (raised[next]![c] && !rowFrom.has(next)) {
          rowFrom.set(next, c);
          queue.push(next);
        }
      }
    }
  }
  return false;
}

/** The period frame of an area (canonical name or alias) or the administration; with a year, that year's part. */
export function frameFor(plan: Plan, area: string, year?: number): number {
  const wanted = normalize(typeof area === 'string' ? area : '');
  const candidates = [...plan.areas, { ...plan.administration, aliases: [] as string[] }];
  const match = candidates.find((candidate) =>
    [candidate.name, ...candidate.aliases].some((name) => normalize(name) === wanted),
  );
  if (!wanted || !match) {
    fail('unknown-area', 'value', { area: String(area) });
  }
  if (year === undefined) return match.frame;
  return frames(plan).find((cell) => cell.area === match.name && cell.year === year)?.frame ?? 0;
}
