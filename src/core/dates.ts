/**
 * Calendar dates as 'YYYY-MM-DD' text: reading them from cells (an Excel date serial, «15.03.2013»,
 * «2013-03-15»), counting years back, and showing them the Norwegian way. Dates compare correctly as text.
 */
import type { CellValue, IsoDate } from './types';

/** Excel's day 0 in the 1900 date system (30 Dec 1899, so that its phantom 29 Feb 1900 lines up). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Excel's last date, 31 Dec 9999. */
const LAST_SERIAL = 2_958_465;
/** Serials below this are 1900–1903, too early for any date this add-in reads. */
const FIRST_PLAUSIBLE_SERIAL = 1462;

/** The years a programme's figures can belong to: a year cell, an option, a date's year. */
export const YEARS = { first: 1900, last: 2200 } as const;
export const isYear = (n: number) => Number.isInteger(n) && n >= YEARS.first && n <= YEARS.last;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function isoOf(year: number, month: number, day: number): IsoDate | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Serials of the 1904 date system are this many days less than the 1900 system's for the same day. */
const DAYS_1904 = 1462;

/** An Excel date serial → date; undefined outside Excel's dates or for fractions of a day only. */
export function dateFromSerial(serial: number, date1904 = false): IsoDate | undefined {
  const days = date1904 ? serial + DAYS_1904 : serial;
  if (!Number.isFinite(days) || days < FIRST_PLAUSIBLE_SERIAL || days > LAST_SERIAL) return undefined;
  const date = new Date(EXCEL_EPOCH_MS + Math.floor(days) * DAY_MS);
  return isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * A date cell: an Excel serial, «15.03.2013» / «15.3.13» / «15/03/2013» (day first, as in Norway) or
 * «2013-03-15». `date1904`: the workbook counts serials from 1904. Undefined for anything else (an empty cell, a year alone, text that is not a date).
 */
export function parseDateCell(value: CellValue | undefined, date1904 = false): IsoDate | undefined {
  // 2013 in a date column is a year typed as a number, not 5 July 1905.
  if (typeof value === 'number') return isYear(value) ? undefined : dateFromSerial(value, date1904);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const nordic = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})$/.exec(text);
  if (!nordic) return undefined;
  const shortYear = nordic[3]!.length === 2;
  // Two-digit years: 00–69 are 2000–2069, 70–99 are 1970–1999 (Excel's own rule for typed dates).
  const year = shortYear ? (Number(nordic[3]) < 70 ? 2000 : 1900) + Number(nordic[3]) : Number(nordic[3]);
  return isoOf(year, Number(nordic[2]), Number(nordic[1]));
}

export function yearOfDate(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** An ISO date's year, month (1–12) and day. */
function partsOf(date: IsoDate): [number, number, number] {
  const [year = NaN, month = NaN, day = NaN] = date.split('-').map(Number);
  return [year, month, day];
}

/** The same day `years` years earlier or later; 29 February becomes 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const [year, month, day] = partsOf(date);
  return isoOf(year + years, month, day) ?? (isoOf(year + years, month, day - 1) as IsoDate);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const [year, month, day] = partsOf(date);
  const moved = new Date(Date.UTC(year, month - 1, day) + days * DAY_MS);
  return isoOf(moved.getUTCFullYear(), moved.getUTCMonth() + 1, moved.getUTCDate()) as IsoDate;
}

/** «15.03.2013». */
export function formatDate(date: IsoDate): string {
  const [year, month, day] = date.split('-');
  return `${day}.${month}.${year}`;
}

export function firstDayOf(year: number): IsoDate {
  return dayOfYear(year, FIRST_DAYS, '-01-01');
}

export function lastDayOf(year: number): IsoDate {
  return dayOfYear(year, LAST_DAYS, '-12-31');
}

/**
 * Asked for every grant of a big table (its window, its place in time): the few years' texts are made once.
 * At most a few thousand years are kept, whatever is asked.
 */
function dayOfYear(year: number, known: Map<number, IsoDate>, monthDay: string): IsoDate {
  let day = known.get(year);
  if (day === undefined) {
    day = `${pad(year, 4)}${monthDay}`;
    if (known.size < 5_000) known.set(year, day);
  }
  return day;
}
const FIRST_DAYS = new Map<number, IsoDate>();
const LAST_DAYS = new Map<number, IsoDate>();
