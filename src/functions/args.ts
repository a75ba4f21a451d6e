/**
 * Reading what Excel passes to a custom function. Parameters are typed `any` so that text where a number
 * belongs reaches us and can be explained, instead of Excel's bare #VALUE!. Ranges arrive as any[][];
 * empty cells as "" or null; omitted optional arguments as null or undefined.
 */
import { inputError, type InputError } from '../core/errors';
import type { Lang } from '../core/messages';
import { parseAmount, parseNumber, parseRate, parseShare, rateProblem, type Share } from '../core/money';
import type { CellValue } from '../core/types';
import { basicValueOf } from '../excel/values';

/** An argument's name as the user sees it in Excel: nb-NO name (functions-nb.json) and English. */
export interface ArgName {
  nb: string;
  en: string;
}

/** Every argument name used in messages; the metadata test checks they match both metadata files. */
export const ARGS = {
  base: { nb: 'grunnlag', en: 'base' },
  rate: { nb: 'vekst', en: 'rate' },
  fromYear: { nb: 'fraÅr', en: 'fromYear' },
  toYear: { nb: 'tilÅr', en: 'toYear' },
  baseYear: { nb: 'grunnår', en: 'baseYear' },
  year: { nb: 'år', en: 'year' },
  rounding: { nb: 'avrunding', en: 'rounding' },
  actual: { nb: 'faktisk', en: 'actual' },
  total: { nb: 'beløp', en: 'total' },
  weights: { nb: 'vekter', en: 'weights' },
  unit: { nb: 'enhet', en: 'unit' },
  holds: { nb: 'låste', en: 'holds' },
  area: { nb: 'område', en: 'area' },
  areas: { nb: 'områder', en: 'areas' },
  amounts: { nb: 'beløpene', en: 'amounts' },
  years: { nb: 'årene', en: 'years' },
  categories: { nb: 'kategorier', en: 'categories' },
  statuses: { nb: 'statuser', en: 'statuses' },
  plan: { nb: 'plan', en: 'plan' },
} satisfies Record<string, ArgName>;

/**
 * The arguments of a call as plain cell values (ranges cell by cell): a cell holding a data type arrives as
 * its JSON object and counts as its basicValue (basicValueOf, src/excel/values.ts).
 */
export function plainArgs<T extends unknown[]>(...args: T): T {
  return args.map(basicValueOf) as T;
}

/** How a cell's content is quoted in a message: «abc», «2011,5», «SANN», «#REF!» (TRUE, 2011.5 in English). */
export function shown(value: unknown, language: Lang = 'nb'): string {
  if (typeof value === 'boolean')
    return language === 'nb' ? (value ? 'SANN' : 'USANN') : value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return language === 'nb' ? String(value).replace('.', ',') : String(value);
  if (value && typeof value === 'object') {
    const code = (value as { code?: unknown; error?: unknown }).code ?? (value as { error?: unknown }).error;
    if (typeof code === 'string') return code;
  }
  return String(value);
}

export function isOmitted(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function missing(arg: ArgName): InputError {
  return inputError('missing-argument', {
    nb: `Argumentet «${arg.nb}» mangler.`,
    en: `The argument "${arg.en}" is missing.`,
  });
}

function notANumber(arg: ArgName, value: unknown, where = { nb: '', en: '' }): InputError {
  return inputError('not-a-number', {
    nb: `«${arg.nb}»${where.nb} skal være et tall, ikke «${shown(value)}».`,
    en: `"${arg.en}"${where.en} must be a number, not "${shown(value, 'en')}".`,
  });
}

/** Where in a range a cell sits, for messages: " (celle 3)" / " (cell 3)". */
export function cellNote(index: number): { nb: string; en: string } {
  return { nb: ` (celle ${index + 1})`, en: ` (cell ${index + 1})` };
}

/** A required number; text is read the Norwegian way ("12 928", "2,5"). */
export function numberArg(value: unknown, arg: ArgName): number {
  if (isOmitted(value)) throw missing(arg);
  const parsed = parseNumber(value as CellValue);
  if (parsed.kind !== 'number') throw notANumber(arg, value);
  return parsed.value;
}

/**
 * A required amount: a number as it is (so 100,5 is not quietly made 101 — ALLOCATE refuses it), text the
 * way people type money ("6 300 000", "6,3 mill", "kr 70 000,-").
 */
export function amountArg(value: unknown, arg: ArgName): number {
  if (isOmitted(value)) throw missing(arg);
  const parsed = typeof value === 'number' ? parseNumber(value) : parseAmount(value as CellValue);
  if (parsed.kind !== 'number') throw notANumber(arg, value);
  return parsed.value;
}

/** An optional amount; undefined when omitted. */
export function optionalAmountArg(value: unknown, arg: ArgName): number | undefined {
  return isOmitted(value) ? undefined : amountArg(value, arg);
}

/** A required calendar year: a whole number ("2012" as text is fine). */
export function yearArg(value: unknown, arg: ArgName): number {
  const year = numberArg(value, arg);
  if (!Number.isInteger(year)) {
    throw inputError('not-a-year', {
      nb: `«${arg.nb}» skal være et årstall, ikke «${shown(value)}».`,
      en: `"${arg.en}" must be a year, not "${shown(value, 'en')}".`,
    });
  }
  return year;
}

export function optionalYearArg(value: unknown, arg: ArgName): number | undefined {
  return isOmitted(value) ? undefined : yearArg(value, arg);
}

/**
 * A growth rate as a fraction, read the one way the command line and the pane read it too (parseRate): an
 * Excel number is the fraction Excel stores (0,5 % is 0,005), text with a percent sign is percent, and a
 * number that could mean two things (1; the text "0,5") is refused with both readings.
 */
export function rateArg(value: unknown, arg: ArgName): number {
  if (isOmitted(value)) throw missing(arg);
  const parsed = parseRate(value as CellValue);
  if (parsed.kind === 'number') return parsed.value;
  if (parsed.kind === 'ambiguous') {
    const problem = rateProblem(parsed, { nb: `«${arg.nb}»`, en: `"${arg.en}"` });
    throw inputError('rate-ambiguous', { nb: problem.nb, en: problem.en });
  }
  throw notANumber(arg, value);
}

/** Optional text (a rounding mode); a number or boolean is passed on as text for the caller to reject. */
export function optionalTextArg(value: unknown): string | undefined {
  if (isOmitted(value)) return undefined;
  return typeof value === 'string' ? value : shown(value);
}

/** Required text (an area name). */
export function textArg(value: unknown, arg: ArgName): string {
  if (isOmitted(value)) throw missing(arg);
  return typeof value === 'string' ? value.trim() : shown(value);
}

/** A range as rows of cells; a single value (or an array constant's row) is accepted as a 1×1 / 1×n range. */
export function rangeArg(value: unknown, arg: ArgName): unknown[][] {
  if (value === null || value === undefined) throw missing(arg);
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0) throw missing(arg);
  return value.every(Array.isArray) ? (value as unknown[][]) : [value as unknown[]];
}

/** The cells of a range, row by row. */
export function cellsOf(range: unknown[][]): unknown[] {
  return range.flat();
}

/** Several ranges that describe the same rows must have as many cells each. */
export function sameLength(ranges: { arg: ArgName; cells: unknown[] }[]): void {
  const [first, ...others] = ranges;
  for (const other of others) {
    if (other.cells.length !== first.cells.length) {
      throw inputError('range-size-mismatch', {
        nb: `«${other.arg.nb}» har ${other.cells.length} celler, men «${first.arg.nb}» har ${first.cells.length}: områdene må være like store.`,
        en: `"${other.arg.en}" has ${other.cells.length} cells but "${first.arg.en}" has ${first.cells.length}: the ranges must be the same size.`,
      });
    }
  }
}

/** An amount cell in a range: empty counts as 0 (like SUM), a number as it is, text read as money. */
export function amountCell(value: unknown, arg: ArgName, index: number): number {
  if (isOmitted(value)) return 0;
  const parsed = typeof value === 'number' ? parseNumber(value) : parseAmount(value as CellValue);
  if (parsed.kind !== 'number') throw notANumber(arg, value, cellNote(index));
  return parsed.value;
}

/** A share cell in a range (weights): empty counts as 0; "70 %", 70 and Excel's 70 % (0,7) are read. */
export function shareCell(value: unknown, arg: ArgName, index: number): Share {
  if (isOmitted(value)) return { value: 0, percentSign: false };
  const parsed = parseShare(value as CellValue);
  if (parsed.kind !== 'number') throw notANumber(arg, value, cellNote(index));
  return parsed;
}
