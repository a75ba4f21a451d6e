/**
 * Reading and writing numbers the way people type them in Norway. Money is whole kroner as integers.
 * Parsing never throws: whatever a cell holds, the caller gets `empty`, `number` or `invalid`.
 */
import { bilingual, defineMessages, type Bilingual, type Lang } from './messages';
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

  const digits = readDigits(text, rules.percent);
  if (!digits) return undefined;
  return { negative: sign === '-' || parentheses, ...digits, shift, hasPercent };
}

/**
 * The number grammar, Norwegian first: "1410000", "1 410 000", "1.410.000" (dot as thousands separator),
 * "2,5" and "1 234,5" (comma decimal), ",5". A single dot not followed by exactly three digits is a
 * decimal point ("0.005", "2.5"), since nobody groups that way. Anything else ("1,2,3", "12 34") is rejected.
 * Where a percent is read (rates, shares) a single dot is always the decimal point: "1.125 %" is 1,125 %,
 * never 1 125 %, and "93.751 %" (how the English pane writes it) reads back.
 */
function readDigits(
  text: string,
  dotIsDecimal: boolean,
): { intDigits: string; fracDigits: string } | undefined {
  if (/^\d+$/.test(text)) return { intDigits: text, fracDigits: '' };
  let match = /^(\d*),(\d+)$/.exec(text);
  if (match) return { intDigits: match[1] || '0', fracDigits: match[2]! };
  match = dotIsDecimal ? /^(\d+)\.(\d+)$/.exec(text) : null;
  if (match) return { intDigits: match[1]!, fracDigits: match[2]! };
  match = /^([1-9]\d{0,2})((?:( |\.)\d{3})(?:\3\d{3})*)(?:,(\d+))?$/.exec(text);
  if (match) return { intDigits: match[1] + match[2]!.replace(/[ .]/g, ''), fracDigits: match[4] ?? '' };
  match = /^(\d+)\.(\d+)$/.exec(text);
  if (match) return { intDigits: match[1]!, fracDigits: match[2]! };
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
export function shiftDecimal(x: number, power: number): number {
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
  } catch (_unprintable) {
    // An object whose toString throws: nothing to show of it.
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
 * A bare typed number (no % sign) from this size up is refused as a rate: "0,5" is as likely 0,5 % (how the
 * command line used to read it) as 50 % (how Excel stores 50 %). Below it a bare number is a fraction
 * ("0,005" is 0,5 %), since a growth target under 0,1 % a year is not what anyone means.
 */
const BARE_RATE_LIMIT = 0.1;
/**
 * A number from a cell or a formula has been through Excel's own percent convention already (Excel stores
 * "50 %" and `50%` as 0,5), so it is a fraction — unless it is 1 or more in size: a growth of 100 % a year
 * is a "1" meant as 1 %, or not; it is refused.
 */
const CELL_RATE_LIMIT = 1;

/** A rate that can be read two ways: what the user typed, as a percent and as a fraction. */
export type Ambiguous = { kind: 'ambiguous'; text: string; asPercent: number; asFraction: number };
export type RateParse = NumberParse | Ambiguous;

/**
 * A growth rate (or a share limit) as a fraction — the one reading used by the command line, the custom
 * functions, the Plan sheet and the pane:
 * - text with a percent sign is percent: "0,5 %", "0.5%", "0,5 prosent" → 0.005;
 * - a bare typed number under 0,1 in size is a fraction: "0,005" → 0.005;
 * - a number from Excel under 1 in size is a fraction: 0,005 → 0.005, 0,5 (Excel's 50 %) → 0.5;
 * - anything else bare ("0,5", "1", the number 1) is `ambiguous`, with both readings for the message.
 * Never throws.
 */
export function parseRate(value: CellValue | string): RateParse {
  const shape = shapeOf(value);
  if (shape.kind === 'number') return bareRate(shape.value, String(shape.value), false, CELL_RATE_LIMIT);
  if (shape.kind !== 'text') return shape;
  const decimal = readDecimal(shape.text, { currency: false, percent: true });
  if (!decimal) return { kind: 'invalid', text: shape.text };
  if (!decimal.hasPercent) return bareRate(decimalValue(decimal, 0), shape.text, true, BARE_RATE_LIMIT);
  const rate = decimalValue(decimal, -2);
  return Number.isFinite(rate)
    ? { kind: 'number', value: rate, fromText: true }
    : { kind: 'invalid', text: shape.text };
}

function bareRate(number: number, text: string, fromText: boolean, limit: number): RateParse {
  if (!Number.isFinite(number)) return { kind: 'invalid', text };
  if (Math.abs(number) < limit) return { kind: 'number', value: number, fromText };
  return { kind: 'ambiguous', text, asPercent: shiftDecimal(number, -2), asFraction: number };
}

const RATE_MESSAGES = defineMessages({
  ambiguous: {
    nb: '«{text}» for {what} kan bety {percent} eller {fraction} — mente du «{percent}» eller «{fraction}»? Skriv prosenttegnet.',
    en: '"{text}" for {what} could mean {percent} or {fraction} — did you mean "{percent}" or "{fraction}"? Type the percent sign.',
  },
  notARate: {
    nb: '{what} må være en prosent som «0,5\u00a0%» (eller brøken 0,005), ikke «{text}».',
    en: '{what} must be a percent such as "0.5\u00a0%" (or the fraction 0.005), not "{text}".',
  },
});

/**
 * What is wrong with a rate that did not read as one, naming `what` (the option, argument or column):
 * "«0,5» for --vekst kan bety 0,5 % eller 50 % — mente du «0,5 %» eller «50 %»? Skriv prosenttegnet."
 */
export function rateProblem(parse: Exclude<RateParse, { kind: 'number' }>, what: Bilingual): Bilingual {
  if (parse.kind === 'ambiguous') {
    return bilingual(RATE_MESSAGES, 'ambiguous', {
      text: parse.text,
      what,
      percent: rateWords(parse.asPercent),
      fraction: rateWords(parse.asFraction),
    });
  }
  return bilingual(RATE_MESSAGES, 'notARate', { what, text: parse.kind === 'invalid' ? parse.text : '' });
}

function rateWords(fraction: number): Bilingual {
  return { nb: formatRate(fraction, 'nb'), en: formatRate(fraction, 'en') };
}

/** A rate as the user would type it: 0.005 → "0,5 %" / "0.5 %", with as many decimals as it has. */
export function formatRate(fraction: number, lang: Lang = 'nb'): string {
  return `${formatNumber(shiftDecimal(fraction, 2), 10, lang)}\u00a0%`;
}

/** One share of an allocation as typed: its number and whether it carried a percent sign ("70 %"). */
export interface Share {
  value: number;
  percentSign: boolean;
}

/** A share as typed, or why it is not one. */
export type ShareParse =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; percentSign: boolean; fromText: boolean }
  | { kind: 'invalid'; text: string };

/**
 * One share of an allocation: "70", "70 %", "70,5 %", "0,7" or a number. The value is the number as written
 * (the percent sign is kept as a flag); `sharePercents` decides for the whole list whether bare numbers are
 * fractions. Never throws.
 */
export function parseShare(value: CellValue | string): ShareParse {
  const shape = shapeOf(value);
  if (shape.kind === 'number')
    return { kind: 'number', value: shape.value, percentSign: false, fromText: false };
  if (shape.kind !== 'text') return shape;
  const decimal = readDecimal(shape.text, { currency: false, percent: true });
  if (!decimal) return { kind: 'invalid', text: shape.text };
  const share = decimalValue(decimal, 0);
  return Number.isFinite(share)
    ? { kind: 'number', value: share, percentSign: decimal.hasPercent, fromText: true }
    : { kind: 'invalid', text: shape.text };
}

/**
 * The shares in percent points. A list written as fractions — every share without a percent sign, summing to
 * at most 1 (0,7 and 0,3, or Excel's 70 % and 30 %, which it stores as 0,7 and 0,3) — is scaled by 100;
 * anything else is percent points already (70 and 30, "70 %" and "30 %").
 */
export function sharePercents(shares: Share[]): number[] {
  const fractions =
    shares.length > 0 &&
    shares.every((share) => !share.percentSign) &&
    exactSum(shares.map((share) => share.value)) <= 1;
  return shares.map((share) => (fractions ? shiftDecimal(share.value, 2) : share.value));
}

/** The exact decimal sum of decimals (33,3 + 66,7 is 100, not 99.99999999999999). */
export function exactSum(values: number[]): number {
  const parts = values.map(exactDecimal);
  const exponent = Math.min(0, ...parts.map((p) => p.exponent));
  const sum = parts.reduce((total, p) => total + p.coefficient * 10n ** BigInt(p.exponent - exponent), 0n);
  return Number(`${sum}e${exponent}`);
}

const kronerFormat = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });

/** "4 400 000" with the nbsp and the U+2212 minus Intl writes for nb-NO; parseAmount reads it back. */
export function formatKroner(n: number): string {
  return kronerFormat.format(n);
}

/**
 * "1 410 000 kr": an amount with its unit, as the messages, the pane and the reports write it (nb grouping in
 * both languages: it is how the amounts look in the workbook).
 */
export function kr(amount: number): string {
  return `${formatKroner(amount)} kr`;
}

/**
 * The pane's and the command line's one way of writing a number: grouped with a no-break space in both
 * languages (as the workbook shows it), with a decimal comma in bokmål and a decimal point in English.
 */
export function formatNumber(n: number, maximumFractionDigits = 0, lang: Lang = 'nb'): string {
  const text = numberFormat('number', maximumFractionDigits).format(n);
  return lang === 'en' ? text.replace(',', '.') : text;
}

/** A fraction as percent: 0.7 → "70,0 %" (bokmål) / "70.0 %" (English). */
export function formatPercent(fraction: number, digits = 1, lang: Lang = 'nb'): string {
  const text = numberFormat('percent', digits).format(fraction);
  return lang === 'en' ? text.replace(',', '.') : text;
}

/**
 * One Intl.NumberFormat per style and number of decimals, made the first time it is needed: making one
 * costs far more than formatting with it, and a check of 50 000 rows formats hundreds of thousands of
 * numbers. Fraction digits are 0–100, so at most a few hundred of them.
 */
const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>();
function numberFormat(style: 'number' | 'percent', digits: number): Intl.NumberFormat {
  const key = `${style}:${digits}`;
  let format = NUMBER_FORMATS.get(key);
  if (!format) {
    format = new Intl.NumberFormat(
      'nb-NO',
      style === 'percent'
        ? { style, minimumFractionDigits: digits, maximumFractionDigits: digits }
        : { maximumFractionDigits: digits },
    );
    NUMBER_FORMATS.set(key, format);
  }
  return format;
}
