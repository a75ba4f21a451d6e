/**
 * Generic pieces for reading a user's table by its headers: header keys that ignore case, spacing, units
 * and "(1–5)" hints; mapping a header row to known keys; reading a cell as text, kroner, a number or a year.
 * Builds on text.ts and money.ts. The project table (projects.ts) reads its cells with these too: a big
 * table's every cell comes through here, so the common cases (empty, plain text, numbers) are quick.
 */
import { parseNumber } from '../money';
import { plausibleAmount, plausibleCount } from '../plausible';
import { closest, compact, isAllDigits, normalize } from '../text';
import type { CellValue } from '../types';

/** "Søkt beløp (kr)", "Søkt beløp, NOK", "Relevans (1–5)", "Prosjekt*" all mean the bare header. */
export function headerKey(text: string): string {
  const bare = normalize(text)
    .replace(/[*:]/g, '')
    .replace(/\s*\([^()]*\)$/, '')
    .replace(/\s*,?\s*(kr|nok|kroner)$/, '');
  return compact(bare);
}

export function cellText(value: CellValue | undefined): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** The trimmed text of a cell (nbsp folded), undefined when empty. */
export function textOf(value: CellValue | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const typed = cellText(value);
  // Most cells hold no non-breaking space: then trimming is all there is to do.
  const hard = typed.includes('\u00a0') || typed.includes('\u202f');
  const text = (hard ? typed.replace(HARD_SPACES, ' ') : typed).trim();
  return text === '' ? undefined : text;
}
const HARD_SPACES = /[\u00a0\u202f]/g;

/** "987 654 321" and 987654321 → "987654321"; anything else is kept as typed. */
export function orgNoOf(value: CellValue | undefined): string | undefined {
  // Digits only, as most are typed: nothing to trim or take out.
  if (typeof value === 'string' && isAllDigits(value)) return value;
  const text = textOf(value);
  if (text === undefined) return undefined;
  const digits = text.replace(/[\s.]/g, '');
  return isAllDigits(digits) ? digits : text;
}

/** Whole kroner within plausible.ts's bound, or undefined when the cell is empty, unreadable or absurd. */
export function amountOf(value: CellValue | undefined): number | undefined {
  return plausibleAmount(value);
}

/** A whole count within plausible.ts's bound (expected jobs), else undefined. */
export function countOf(value: CellValue | undefined): number | undefined {
  return plausibleCount(value);
}

export function numberOf(value: CellValue | undefined): number | undefined {
  if (value === undefined) return undefined;
  // What parseNumber makes of a number, without the answer object it makes for every cell.
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const parsed = parseNumber(value);
  return parsed.kind === 'number' && Number.isFinite(parsed.value) ? parsed.value : undefined;
}

/** A calendar year typed as a number or text (2013, "2013"). */
export function yearOf(value: CellValue | undefined): number | undefined {
  const number = numberOf(value);
  return number !== undefined && Number.isInteger(number) && number >= 1900 && number <= 2200
    ? number
    : undefined;
}

/** Header key → what it means, built from each key's canonical header and synonyms. */
export function headerLookup<K extends string>(names: Record<K, readonly string[]>): Map<string, K> {
  const lookup = new Map<string, K>();
  for (const key of Object.keys(names) as K[]) {
    for (const name of names[key]) if (!lookup.has(headerKey(name))) lookup.set(headerKey(name), key);
  }
  return lookup;
}

export interface ColumnMatch<K extends string> {
  /** Key → 0-based column; the first column wins when a key appears twice. */
  mapping: Partial<Record<K, number>>;
  duplicates: { key: K; columns: number[] }[];
  /** Non-empty headers no key claimed. */
  unknown: { column: number; header: string }[];
}

/** Maps the non-empty headers of a header row to keys; `columns` limits which columns are looked at. */
export function matchColumns<K extends string>(
  headers: CellValue[],
  lookup: Map<string, K>,
  columns?: number[],
): ColumnMatch<K> {
  const byKey = new Map<K, number[]>();
  const unknown: ColumnMatch<K>['unknown'] = [];
  for (const column of columns ?? headers.map((_, i) => i)) {
    const text = cellText(headers[column]);
    if (!normalize(text)) continue;
    const key = lookup.get(headerKey(text));
    if (key === undefined) unknown.push({ column, header: text });
    else byKey.set(key, [...(byKey.get(key) ?? []), column]);
  }
  const mapping: Partial<Record<K, number>> = {};
  const duplicates: ColumnMatch<K>['duplicates'] = [];
  for (const [key, found] of byKey) {
    mapping[key] = found[0];
    if (found.length > 1) duplicates.push({ key, columns: found });
  }
  return { mapping, duplicates, unknown };
}

/** "Mente du …?" for an unknown header: only for real words (two edits turn "42" into "Nr"). */
export function suggestHeader(header: string, known: readonly string[]): string | undefined {
  return compact(header).length >= 4 ? closest(header, known) : undefined;
}
