/**
 * The first sync of every operation: which sheets and tables exist, which are protected, which sheets the
 * add-in owns. Only collections are loaded, so nothing here can fail on a missing item, and the second
 * sync never chains a call off an object that may not exist.
 */
import { splitSheetAddress } from '../core/cells';
import { isOwnerName } from '../port/names';
import type { Requirements } from './env';

export interface SheetInfo {
  name: string;
  visible: boolean;
  protected: boolean;
}

export interface WorkbookMap {
  sheets: SheetInfo[];
  tables: { name: string; sheet: string }[];
  /** Every defined name in the workbook (table names may not clash with them). */
  names: string[];
  /** Sheets the add-in made, by their current names. */
  owned: string[];
  activeSheet: string;
  structureProtected: boolean;
  /** The workbook counts dates from 1904 (its date serials are 1462 less than the 1900 system's). */
  date1904: boolean;
}

const same = (a: string, b: string) => a.toLocaleLowerCase('nb') === b.toLocaleLowerCase('nb');

/**
 * Queues the question "does this workbook count dates from 1904?"; the answer is there after the sync.
 * DATE(1904;1;1) is day 0 in a 1904 workbook and 1462 in a 1900 one (Excel.Functions.date, ExcelApi 1.2).
 * Workbook.use1904DateSystem would say it directly, but it is still ExcelApi BETA (preview only).
 */
export function loadDateSystem(context: Excel.RequestContext): () => boolean {
  const epoch = context.workbook.functions.date(1904, 1, 1);
  epoch.load('value');
  return () => epoch.value === 0;
}

export async function readMap(
  context: Excel.RequestContext,
  requirements: Requirements,
): Promise<WorkbookMap> {
  const sheets = context.workbook.worksheets;
  if (requirements.protection) sheets.load('items/name,items/visibility,items/protection/protected');
  else sheets.load('items/name,items/visibility');
  const tables = context.workbook.tables;
  tables.load('items/name,items/worksheet/name');
  const names = context.workbook.names;
  names.load('items/name,items/type,items/value');
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load('name');
  const structure = requirements.workbookProtection ? context.workbook.protection : undefined;
  if (structure) structure.load('protected');
  const date1904 = loadDateSystem(context);
  await context.sync();
  const owned: string[] = [];
  for (const item of names.items) {
    if (!isOwnerName(item.name) || item.type !== 'Range') continue;
    const { sheet } = splitSheetAddress(String(item.value).replace(/^=/, ''));
    if (sheet && sheets.items.some((s) => same(s.name, sheet))) owned.push(sheet);
  }
  return {
    sheets: sheets.items.map((s) => ({
      name: s.name,
      visible: s.visibility === 'Visible',
      protected: requirements.protection ? s.protection.protected : false,
    })),
    tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
    names: names.items.map((n) => n.name),
    owned,
    activeSheet: active.name,
    structureProtected: structure ? structure.protected : false,
    date1904: date1904(),
  };
}

export function findSheet(map: WorkbookMap, name: string): SheetInfo | undefined {
  return map.sheets.find((s) => same(s.name, name));
}

export function findTable(map: WorkbookMap, name: string): { name: string; sheet: string } | undefined {
  return map.tables.find((t) => same(t.name, name));
}

export function isOwned(map: WorkbookMap, sheet: string): boolean {
  return map.owned.some((s) => same(s, sheet));
}

export function sameName(a: string, b: string): boolean {
  return same(a, b);
}
