/**
 * Reading and writing numbers the way people type them in Norway. Money is whole kroner as integers.
 * Parsing never throws: whatever a cell holds, the caller gets `empty`, `number` or `invalid`.
 */
import type { CellValue } from './types';

export type NumberParse =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; fromText: boolean }
  | { kind: 'invalid'; text: string };

/** Space, nbsp (U+00A0), figure space (U+2007), thin space (U+2009), narrow nbsp (U+202F). */
const SPACES = /[\s\u00a0\u2007\u2009\u202f]+/g;
/** Hyphen-minus, minus sign (U+2212, what Intl writes for nb-NO), figure dash, en dash. */
const LEADING_SIGN = /^([-+\u2212\u2012\u2013])\s*/;
const CURRENCY_PREFIX = /^(?:kr\.?|nok)\s*/;
const CURRENCY_SUFFIX = /\s*(?:kr\.?|kroner|nok)$/;
/** "70 000,-": the dash says "whole kroner". */
const WHOLE_KRONER_SUFFIX = /\s*[,.][-\u2012\u2013\u2014]$/;
const MILLION_SUFFIX = /\s*(?:mill\.?|millioner|million|mln\.?|mnok|mkr)$/;
const THOUSAND_SUFFIX = /\s*(?:tusen|tkr\.?)$/;
const PERCENT_SUFFIX = /\s*(?:%|prosent|pst\.?)$/;

interface TextRules {
  currency: boolean;
  percent: boolean;
}

/** A decimal read from text, kept as digits so scaling by 10^k ("2,5 mill", "0,5 %") is exact. */
interface DecimalText {
  negative: boolean;
  intDigits: string;
  fracDigits: string;
  /** Power of ten the unit word adds: 6 for "mill", −2 for "%". */
  shift: number;
  hasPercent: boolean;
}

/**
 * Reads one decimal number out of `raw`, with an optional sign or accounting parentheses and — when the
 * rules allow — currency words, a million/thousand word or a percent sign. Undefined when it is not one.
 */
function readDecimal(raw: string, rules: TextRules): DecimalText | undefined {
  let text = raw.replace(SPACES, ' ').trim().toLowerCase();
  let sign: '' | '-' | '+' = '';
  let parentheses = false;
  let shift = 0;
  let hasPercent = false;
  let unitSeen = false;

  for (let changed = true; changed && text;) {
    changed = false;
    const strip = (pattern: RegExp): boolean => {
      const match = pattern.exec(text);
      if (!match) return false;
      text = (match.index === 0 ? text.slice(match[0].length) : text.slice(0, match.index)).trim();
      changed = true;
      return true;
    };
    if (text.startsWith('(') && text.endsWith(')') && !parentheses && !sign) {
      parentheses = true;
      text = text.slice(1, -1).trim();
      changed = true;
      continue;
    }
    const signMatch = LEADING_SIGN.exec(text);
    if (signMatch && !sign && !parentheses) {
      sign = signMatch[1] === '+' ? '+' : '-';
      strip(LEADING_SIGN);
      continue;
    }
    if (rules.currency) {
      // Unit words before currency words, so "MNOK" and "tkr" are not read as "M" + "NOK", "t" + "kr".
      if (!unitSeen && strip(MILLION_SUFFIX)) {
        unitSeen = true;
        shift = 6;
        continue;
      }
      if (!unitSeen && strip(THOUSAND_SUFFIX)) {
        unitSeen = true;
        shift = 3;
        continue;
      }
      if (strip(CURRENCY_PREFIX) || strip(WHOLE_KRONER_SUFFIX) || strip(CURRENCY_SUFFIX)) continue;
    }
    if (rules.percent && !unitSeen && strip(PERCENT_SUFFIX)) {
      unitSeen = true;
      hasPercent = true;
      shift = -2;
    }
  }

  const digits = readDigits(text);
  if (!digits) return undefined;
  return { negative: sign === '-' || parentheses, ...digits, shift, hasPercent };
}

/**
 * The number grammar, Norwegian first: "1410000", "1 410 000", "1.410.000" (dot as thousands separator),
 * "2,5" and "1 234,5" (comma decimal), ",5". A single dot not followed by exactly three digits is a
 * decimal point ("0.005", "2.5"), since nobody groups that way. Anything else ("1,2,3", "12 34") is rejected.
 */
function readDigits(text: string): { intDigits: string; fracDigits: string } | undefined {
  if (/^\d+$/.test(text)) return { intDigits: text, fracDigits: '' };
  let match = /^(\d*),(\d+)$/.exec(text);
  if (match) return { intDigits: match[1] || '0', fracDigits: match[2] };
  match = /^([1-9]\d{0,2})((?:( |\.)\d{3})(?:\3\d{3})*)(?:,(\d+))?$/.exec(text);
  if (match) return { intDigits: match[1] + match[2].replace(/[ .]/g, ''), fracDigits: match[4] ?? '' };
  match = /^(\d+)\.(\d+)$/.exec(text);
  if (match) return { intDigits: match[1], fracDigits: match[2] };
  return undefined;
}

/** digits × 10^(shift − decimals), parsed once from a decimal string so it is correctly rounded. */
function decimalValue({ negative, intDigits, fracDigits }: DecimalText, shift: number): number {
  const value = Number(`${intDigits}${fracDigits}e${shift - fracDigits.length}`);
  return negative && value !== 0 ? -value : value;
}

/** An exact decimal view of a double: coefficient × 10^exponent, from its shortest round-trip form. */
export function exactDecimal(x: number): { coefficient: bigint; exponent: number } {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!match) throw new RangeError(`Not a finite number: ${x}`);
  const fraction = match[3] ?? '';
  return {
    coefficient: BigInt(`${match[1]}${match[2]}${fraction}`),
    exponent: Number(match[4] ?? 0) - fraction.length,
  };
}

/** x × 10^power without the binary error of multiplying by 0.01 (1.1 % → 0.011, not 0.011000000000000001). */
function shiftDecimal(x: number, power: number): number {
  const { coefficient, exponent } = exactDecimal(x);
  return Number(`${coefficient}e${exponent + power}`);
}

type CellShape = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'text'; text: string };

/** Sorts a cell into empty / number / text; booleans, error cells and anything odd come back invalid. */
function shapeOf(value: unknown): CellShape | { kind: 'invalid'; text: string } {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid', text: String(value) };
  }
  if (typeof value === 'string')
    return value.replace(SPACES, '') ? { kind: 'text', text: value } : { kind: 'empty' };
  if (typeof value === 'boolean') return { kind: 'invalid', text: value ? 'TRUE' : 'FALSE' };
  if (typeof value === 'object' && typeof (value as { error?: unknown }).error === 'string') {
    return { kind: 'invalid', text: (value as { error: string }).error };
  }
  return { kind: 'invalid', text: safeString(value) };
}

function safeString(value: unknown): string {
  try {
    return String(value);
  } catch {
    return '?';
  }
}

/** Rounds to whole kroner the way Excel's ROUND does (half away from zero); never returns −0. */
function wholeKroner(value: number): number {
  const rounded = Math.sign(value) * Math.round(Math.abs(value));
  return rounded === 0 ? 0 : rounded;
}

function amountResult(value: number, fromText: boolean, original: string): NumberParse {
  const kroner = wholeKroner(value);
  return Number.isSafeInteger(kroner)
    ? { kind: 'number', value: kroner, fromText }
    : { kind: 'invalid', text: original };
}

/**
 * Money in whole kroner: numbers, and text such as "1 410 000", "1.410.000", "1 410 000 kr", "kr 70 000,-",
 * "2,5 mill", "2,5 mill. kr", "1,2 MNOK", "−70 000", "(70 000)". Øre are rounded to whole kroner like
 * Excel's ROUND. Amounts beyond 2^53 are invalid (they could not be exact). Never throws.
 */
export function parseAmount(value: CellValue): NumberParse {
  const shape = shapeOf(value);
  if (shape.kind === 'number') return amountResult(shape.value, false, String(shape.value));
  if (shape.kind !== 'text') return shape;
  const decimal = readDecimal(shape.text, { currency: true, percent: false });
  if (!decimal) return { kind: 'invalid', text: shape.text };
  return amountResult(decimalValue(decimal, decimal.shift), true, shape.text);
}

/** A general decimal number: counts, years, "2,5", "1 234,5", "−3". Never throws. */
export function parseNumber(value: CellValue): NumberParse {
  const shape = shapeOf(value);
  if (shape.kind === 'number') return { kind: 'number', value: shape.value, fromText: false };
  if (shape.kind !== 'text') return shape;
  const decimal = readDecimal(shape.text, { currency: false, percent: false });
  if (!decimal) return { kind: 'invalid', text: shape.text };
  const number = decimalValue(decimal, 0);
  return Number.isFinite(number)
    ? { kind: 'number', value: number, fromText: true }
    : { kind: 'invalid', text: shape.text };
}

/**
 * A growth rate as a fraction. A number below 1 in size is already a fraction (Excel stores "0,5 %" as
 * 0.005); 1 or more is read as percent (1 → 1 % → 0.01). Text with "%" / "prosent" is always percent.
 * Never throws.
 */
export function parseRate(value: CellValue | string): NumberParse {
  const shape = shapeOf(value);
  if (shape.kind === 'number') return { kind: 'number', value: fractionOf(shape.value), fromText: false };
  if (shape.kind !== 'text') return shape;
  const decimal = readDecimal(shape.text, { currency: false, percent: true });
  if (!decimal) return { kind: 'invalid', text: shape.text };
  const rate = decimal.hasPercent ? decimalValue(decimal, -2) : fractionOf(decimalValue(decimal, 0));
  return Number.isFinite(rate)
    ? { kind: 'number', value: rate, fromText: true }
    : { kind: 'invalid', text: shape.text };
}

function fractionOf(number: number): number {
  return Math.abs(number) < 1 || !Number.isFinite(number) ? number : shiftDecimal(number, -2);
}

/** For the command line, where a bare number is a percent: "0,5", "0.5" and "0,5 %" all mean 0.005. */
export function parsePercentText(text: string): NumberParse {
  if (typeof text !== 'string' || !text.replace(SPACES, '')) return { kind: 'empty' };
  const decimal = readDecimal(text, { currency: false, percent: true });
  if (!decimal) return { kind: 'invalid', text };
  const rate = decimalValue(decimal, -2);
  return Number.isFinite(rate) ? { kind: 'number', value: rate, fromText: true } : { kind: 'invalid', text };
}

const kronerFormat = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });

/** "4 400 000" with the nbsp and the U+2212 minus Intl writes for nb-NO; parseAmount reads it back. */
export function formatKroner(n: number): string {
  return kronerFormat.format(n);
}

export function formatNumber(n: number, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat('nb-NO', { maximumFractionDigits }).format(n);
}

/** A fraction as percent: 0.7 → "70,0 %". */
export function formatPercent(fraction: number, digits = 1): string {
  return new Intl.NumberFormat('nb-NO', {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(fraction);
}
