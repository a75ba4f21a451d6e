/**
 * Amounts and counts a sum can trust: read as people type them (money.ts), then refused when no register of
 * grants could hold them — 1E+308 kroner, 2,5 new companies. A refused value is left out of every sum (the
 * field stays undefined) and a rule says why; so no sum can become NaN, Infinity or lose whole kroner.
 * Shared by the project table and the applications table.
 */
import { parseAmount, parseNumber } from './money';
import type { CellValue } from './types';

/**
 * The largest amount read, in kroner: 5 000 000 000 (5 milliarder). Far above any grant, payment or
 * leveraged investment of a municipal restructuring programme (the default plan's whole period is 9 000 000),
 * yet low enough that the sum of a column of Excel's maximum 1 048 576 rows stays an exact integer
 * (5·10⁹ · 2²⁰ ≈ 5,2·10¹⁵ < 2⁵³ ≈ 9,0·10¹⁵).
 */
export const AMOUNT_LIMIT = 5_000_000_000;

/**
 * The largest count read (new or secured jobs, new companies): 10 000. More jobs than the largest employer of
 * most Norwegian municipalities; a project claiming more is a typing error (an amount in the wrong column).
 */
export const COUNT_LIMIT = 10_000;

export type PlausibleNumber =
  | { kind: 'empty' }
  /** Amounts in whole kroner; counts whole. Negative values are kept: invalid-number reports them. */
  | { kind: 'number'; value: number }
  | { kind: 'unreadable' }
  /** Beyond AMOUNT_LIMIT / COUNT_LIMIT in size (or no finite number at all). */
  | { kind: 'too-large'; limit: number }
  /** A count with a fraction (2,5 new companies). */
  | { kind: 'not-whole' };

const withinLimit = (value: number, limit: number) => Number.isFinite(value) && Math.abs(value) <= limit;

function bounded(value: number, limit: number): PlausibleNumber {
  return withinLimit(value, limit) ? { kind: 'number', value } : { kind: 'too-large', limit };
}

/** An amount cell in whole kroner, or why it is not used. */
export function readAmount(raw: CellValue | undefined): PlausibleNumber {
  if (raw === undefined) return { kind: 'empty' };
  // A number too large to be exact is refused by parseAmount; it is a size problem, not a reading one.
  if (typeof raw === 'number')
    return Number.isNaN(raw) ? { kind: 'unreadable' } : bounded(Math.round(raw), AMOUNT_LIMIT);
  const parsed = parseAmount(raw);
  if (parsed.kind === 'empty') return parsed;
  if (parsed.kind === 'invalid')
    return tooLargeText(raw) ? { kind: 'too-large', limit: AMOUNT_LIMIT } : { kind: 'unreadable' };
  return bounded(parsed.value, AMOUNT_LIMIT);
}

/** A count cell (jobs, companies): whole and within COUNT_LIMIT, or why it is not used. */
export function readCount(raw: CellValue | undefined): PlausibleNumber {
  if (raw === undefined) return { kind: 'empty' };
  const parsed = parseNumber(raw);
  if (parsed.kind === 'empty') return parsed;
  if (parsed.kind === 'invalid')
    return tooLargeText(raw) ? { kind: 'too-large', limit: COUNT_LIMIT } : { kind: 'unreadable' };
  const reading = bounded(parsed.value, COUNT_LIMIT);
  return reading.kind === 'number' && !Number.isInteger(reading.value) ? { kind: 'not-whole' } : reading;
}

/** Text of digits (spaces aside) too long for any number we could read exactly: a size problem. */
function tooLargeText(raw: CellValue): boolean {
  return typeof raw === 'string' && /^\s*[-+−]?[\d\s\u00a0]{16,}\s*$/.test(raw);
}

/** The value to use, undefined when the cell is empty or its value is refused. */
export function plausibleValue(reading: PlausibleNumber): number | undefined {
  return reading.kind === 'number' ? reading.value : undefined;
}

/**
 * `plausibleValue(readAmount(raw))`. Empty cells and numbers — most cells of a big table — are answered
 * without making a reading for each.
 */
export function plausibleAmount(raw: CellValue | undefined): number | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw !== 'number') return plausibleValue(readAmount(raw));
  const value = Math.round(raw);
  return withinLimit(value, AMOUNT_LIMIT) ? value : undefined;
}

/** `plausibleValue(readCount(raw))`, answered the same quick way for empty cells and numbers. */
export function plausibleCount(raw: CellValue | undefined): number | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw !== 'number') return plausibleValue(readCount(raw));
  return withinLimit(raw, COUNT_LIMIT) && Number.isInteger(raw) ? raw : undefined;
}
