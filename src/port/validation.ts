/**
 * Data validation the add-in puts on the columns of the user's tables (Prosjekter, Søknader), so mistakes
 * are prevented, not only found: pick-lists for area, category and status, scores from 1 to 5. It never
 * changes a value, never replaces validation the user made, and records what it placed (on the hidden
 * settings sheet), so "Fjern" takes away exactly that. Pure: the ports read and write, this decides.
 */
import { CATEGORY_LABELS, STATUS_LABELS } from '../core/projects';
import { APPLICATION_HEADERS, SCORE_MAX, SCORE_MIN } from '../core/assessment/workbookNames';
import { CANONICAL_HEADERS } from '../core/projects';
import { normalize } from '../core/text';
import { quoteSheet, rectAddress, type Rect } from './addresses';
import { APPLICATIONS, PROJECTS } from './names';

/** What a column may hold. */
type ValidationRule =
  | { kind: 'list'; values: string[] }
  /** The values of a column of another table (the Plan's areas), as the table stands when placed. */
  | { kind: 'listFrom'; table: string; column: string }
  | { kind: 'decimal'; min: number; max: number };

/** A rule for the data cells of one column of a user table, found by its header. */
export interface ColumnValidation {
  table: string;
  column: string;
  rule: ValidationRule;
}

/** A validation as placed: the cells, and the rule in the terms both Excel and the file use. */
export interface PlacedValidation {
  sheet: string;
  /** A1 range of the column's data cells, without the sheet. */
  address: string;
  type: 'list' | 'decimal';
  /** list: a sheet-qualified absolute range (Plan!$A$12:$A$13) or quoted values ("A,B,C"); decimal: min. */
  formula1: string;
  /** decimal: max. */
  formula2?: string;
}

export interface ValidationResult {
  added: { table: string; column: string; address: string }[];
  /** Columns left alone: the user's own validation is there, or the table, column or list is missing. */
  skipped: {
    table: string;
    column: string;
    reason: 'user-validation' | 'no-table' | 'no-column' | 'no-list';
  }[];
}

/** What the cell says when a value is refused (Excel's error alert), by column. */
export const VALIDATION_TITLE = 'Omstilling';
export function validationMessage(placed: Pick<PlacedValidation, 'type'>, column: string): string {
  return placed.type === 'list'
    ? `Velg en verdi fra listen for «${column}». Choose a value from the list.`
    : `«${column}» skal være et tall fra ${SCORE_MIN} til ${SCORE_MAX}. Enter a number from ${SCORE_MIN} to ${SCORE_MAX}.`;
}

/** The template's validation: Prosjekter and Søknader, area from the Plan, category, status, scores. */
export function templateValidations(criteria: readonly string[]): ColumnValidation[] {
  const categories: ValidationRule = {
    kind: 'list',
    values: Object.values(CATEGORY_LABELS).map((l) => l.nb),
  };
  const areas: ValidationRule = { kind: 'listFrom', table: 'Omrader', column: 'Innsatsområde' };
  return [
    { table: PROJECTS, column: CANONICAL_HEADERS.area, rule: areas },
    { table: PROJECTS, column: CANONICAL_HEADERS.category, rule: categories },
    {
      table: PROJECTS,
      column: CANONICAL_HEADERS.status,
      rule: { kind: 'list', values: Object.values(STATUS_LABELS).map((l) => l.nb) },
    },
    { table: APPLICATIONS, column: APPLICATION_HEADERS.area, rule: areas },
    { table: APPLICATIONS, column: APPLICATION_HEADERS.category, rule: categories },
    ...criteria.map((name): ColumnValidation => ({
      table: APPLICATIONS,
      column: name,
      rule: { kind: 'decimal', min: SCORE_MIN, max: SCORE_MAX },
    })),
  ];
}

/** The 0-based column of `header` among `headers` (case and spaces aside), or -1. */
export function columnOf(headers: readonly unknown[], header: string): number {
  return headers.findIndex((h) => typeof h === 'string' && normalize(h) === normalize(header));
}

/**
 * The validation for `cells` (a column's data cells on `sheet`); `source` is where a listFrom rule's
 * values are (sheet and data cells). Undefined when a listFrom rule has no source.
 */
export function placeValidation(
  rule: ValidationRule,
  sheet: string,
  cells: Rect,
  source?: { sheet: string; rect: Rect },
): PlacedValidation | undefined {
  const address = rectAddress(cells);
  if (rule.kind === 'decimal')
    return { sheet, address, type: 'decimal', formula1: String(rule.min), formula2: String(rule.max) };
  if (rule.kind === 'list') {
    // Excel's list of values: comma-separated, in quotes; the values must not hold a comma themselves.
    return { sheet, address, type: 'list', formula1: `"${rule.values.join(',')}"` };
  }
  if (!source) return undefined;
  const absolute = rectAddress(source.rect).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  return { sheet, address, type: 'list', formula1: `${quoteSheet(source.sheet)}!${absolute}` };
}

/** Same cells, same rule: ours. */
export function sameValidation(
  a: Omit<PlacedValidation, 'sheet' | 'address'>,
  b: Omit<PlacedValidation, 'sheet' | 'address'>,
): boolean {
  const bare = (f: string | undefined) => (f ?? '').replace(/^=/, '');
  return a.type === b.type && bare(a.formula1) === bare(b.formula1) && bare(a.formula2) === bare(b.formula2);
}

/** The record kept on the settings sheet: what was placed, so "Fjern" removes exactly that. */
export function encodeValidations(placed: PlacedValidation[]): string {
  return JSON.stringify({ version: 1, placed });
}

export function decodeValidations(cell: unknown): PlacedValidation[] {
  if (typeof cell !== 'string' || cell.trim() === '') return [];
  try {
    const parsed = JSON.parse(cell) as { version?: unknown; placed?: unknown };
    if (parsed.version !== 1 || !Array.isArray(parsed.placed)) return [];
    return parsed.placed.filter(
      (p): p is PlacedValidation =>
        typeof p === 'object' &&
        p !== null &&
        typeof (p as PlacedValidation).sheet === 'string' &&
        typeof (p as PlacedValidation).address === 'string' &&
        ((p as PlacedValidation).type === 'list' || (p as PlacedValidation).type === 'decimal') &&
        typeof (p as PlacedValidation).formula1 === 'string',
    );
  } catch (error) {
    if (error instanceof SyntaxError) return [];
    throw error;
  }
}

/** Recorded placements, with a new one replacing any earlier one of the same cells. */
export function mergeRecords(earlier: PlacedValidation[], added: PlacedValidation[]): PlacedValidation[] {
  const key = (p: PlacedValidation) => `${p.sheet.toLocaleLowerCase('nb')}!${p.address}`;
  const replaced = new Set(added.map(key));
  return [...earlier.filter((p) => !replaced.has(key(p))), ...added];
}
