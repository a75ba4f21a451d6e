/**
 * The names the add-in looks for and the names it owns in a workbook (README.md, «The workbook format»).
 * Shared by every WorkbookPort so the Office and ExcelJS implementations agree cell by cell.
 */
import { BOARD_TABLE, CRITERIA_TABLE } from '../core/assessment/workbookNames';
import { defaultPlan, planToTables } from '../core/plan';

/** Excel table, else sheet, holding the project rows. */
export const PROJECTS = 'Prosjekter';
/** Excel table, else sheet, holding the applications the board will consider. */
export const APPLICATIONS = 'Søknader';
/** Excel table, else sheet, holding the payments (when there is one, it is the source of what was paid). */
export { PAYMENTS_TABLE as PAYMENTS } from '../core/payments';
/** Sheet with the plan's tables. */
export { PLAN_SHEET } from '../core/planTables';
/** Owned sheet where every write is logged, and the Excel table on it. */
export const LOG_SHEET = 'Logg';
export const LOG_TABLE = 'OmstillingLogg';
export const LOG_HEADERS = ['Tid', 'Handling', 'Mål', 'Rader'];
/** The log's «Handling» for appended rows, unless the caller says more (AppendOptions.action). */
export const APPEND_ACTION = 'La til rader';
/** Hidden owned sheet with the add-in's settings (the confirmed column mapping). */
export const SETTINGS_SHEET = 'Omstilling_innstillinger';

/**
 * Names of the plan tables on the `Plan` sheet: those core's `planToTables` writes, and the assessment's
 * criteria and board tables. A port reads exactly these, so every port returns the same set.
 */
export const PLAN_TABLE_NAMES: string[] = [
  ...planToTables(defaultPlan).map((t) => t.name),
  CRITERIA_TABLE,
  BOARD_TABLE,
];

/**
 * An owned sheet is recognised by a workbook-scoped defined name `Omstilling_eier_<hash>` that refers to
 * its A1. The reference follows the sheet when the user renames or moves it and turns into #REF! when the
 * sheet is deleted, so a sheet the user later makes with the same name is never taken for ours.
 */
export const OWNER_NAME_PREFIX = 'Omstilling_eier_';

/** FNV-1a, 32 bit: a short stable id for a sheet name. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const ch of text) {
    hash ^= ch.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export function ownerNameFor(sheet: string): string {
  return `${OWNER_NAME_PREFIX}${fnv1a(sheet)}`;
}

export function isOwnerName(name: string): boolean {
  return name.startsWith(OWNER_NAME_PREFIX);
}

/** Settings are stored one per fixed row on the settings sheet (column A key, column B JSON). */
export type MappingKind = 'projects' | 'applications' | 'ledger';
export const SETTINGS_ROWS: Record<MappingKind, number> = { projects: 3, applications: 4, ledger: 5 };
export const SETTINGS_TITLE = 'Innstillinger for Omstilling-tillegget. Endres fra tillegget, ikke her.';
export const SETTINGS_KEYS: Record<MappingKind, string> = {
  projects: 'kolonnekart.prosjekter',
  applications: 'kolonnekart.søknader',
  ledger: 'kolonnekart.hovedbok',
};
/** The row of the settings sheet that records the data validation the add-in placed (src/port/validation.ts). */
export const VALIDATION_SETTING = { row: 5, key: 'validering' } as const;

/** A table or sheet a name (`Prosjekter`, `Søknader`) could be read from. */
export interface SourceCandidate {
  source: 'table' | 'sheet';
  /** The table's or sheet's name as the workbook spells it. */
  name: string;
  /** The sheet it is on. */
  sheet: string;
}

const sameName = (a: string, b: string) => a.toLocaleLowerCase('nb') === b.toLocaleLowerCase('nb');

/**
 * The other candidates for `name` besides the one read (`used`): every other table of that name, case aside
 * (Excel forbids two, an .xlsx written by another program may have them), and a sheet of that name unless the
 * table read lies on it. Both ports report them in `TableRead.ignored`, so the check can warn that the choice
 * was not obvious.
 */
export function ignoredCandidates(
  name: string,
  used: { source: 'table' | 'sheet' | 'range'; name?: string; sheet: string },
  tables: readonly { name: string; sheet: string }[],
  sheets: readonly string[],
): SourceCandidate[] {
  if (used.source === 'range') return [];
  const otherTables = tables
    .filter((t) => sameName(t.name, name) && !(used.source === 'table' && t.name === used.name))
    .map((t): SourceCandidate => ({ source: 'table', name: t.name, sheet: t.sheet }));
  const sheet =
    used.source === 'table' ? sheets.find((s) => sameName(s, name) && !sameName(s, used.sheet)) : undefined;
  return [...otherTables, ...(sheet ? [{ source: 'sheet' as const, name: sheet, sheet }] : [])];
}
