/**
 * Reading what an operation needs: sync 1 is the workbook map, sync 2 loads every range at once
 * (project table with number formats, plan tables, saved mapping, other sheets). Only when Excel refuses
 * the size does it fall back to addresses first and then blocks of rows, halving on refusal. Our marks are
 * not read here: a conditional format Excel cannot read back would fail the whole read (see marks.ts).
 */
import type { CellValue, Grid } from '../core/types';
import { parseAddress, rectAddress, rectRows, sheetAddress, type Rect } from '../port/addresses';
import { portErrors } from '../port/errors';
import {
  ignoredCandidates,
  PLAN_SHEET,
  PLAN_TABLE_NAMES,
  SETTINGS_ROWS,
  SETTINGS_SHEET,
  type MappingKind,
  type SourceCandidate,
} from '../port/names';
import { isPayloadError } from './errors';
import { fromOffice, gridFrom } from './values';
import { findSheet, findTable, isOwned, sameName, type WorkbookMap } from './workbookMap';

/** One range to read: a table's range, a sheet's used range (values only) or an address. */
export interface ReadItem {
  key: string;
  sheet: string;
  kind: 'table' | 'used' | 'range';
  table?: string;
  range?: string;
  formats: boolean;
  /** Other tables or sheets the name could have meant (TableRead.ignored). */
  ignored?: SourceCandidate[];
}

export interface ReadResult {
  address: string;
  values: unknown[][];
  formats?: string[][];
}

function rangeOf(context: Excel.RequestContext, item: ReadItem): Excel.Range {
  if (item.kind === 'table') {
    // Header and data rows: getRange() would include the total row, which is not data (Excel.Table).
    const table = context.workbook.tables.getItem(item.table as string);
    return table.getHeaderRowRange().getBoundingRect(table.getDataBodyRange());
  }
  const sheet = context.workbook.worksheets.getItem(item.sheet);
  return item.kind === 'used' ? sheet.getUsedRangeOrNullObject(true) : sheet.getRange(item.range);
}

/**
 * Where a table to read is: the named table, else the sheet of that name, else null; with the other tables
 * and sheets the name could have meant (`ignored`).
 */
export function locate(map: WorkbookMap, name: string, key: string): ReadItem | null {
  const table = findTable(map, name);
  const sheet = table ? undefined : findSheet(map, name);
  const item: ReadItem | null = table
    ? { key, sheet: table.sheet, kind: 'table', table: table.name, formats: true }
    : sheet
      ? { key, sheet: sheet.name, kind: 'used', formats: true }
      : null;
  if (!item) return null;
  const used = {
    source: table ? ('table' as const) : ('sheet' as const),
    name: table?.name,
    sheet: item.sheet,
  };
  const ignored = ignoredCandidates(
    name,
    used,
    map.tables,
    map.sheets.map((s) => s.name),
  );
  return ignored.length > 0 ? { ...item, ignored } : item;
}

/** The range the user typed or selected; sheet defaults to the active one. */
export function userRange(map: WorkbookMap, address: string, key: string, formats = true): ReadItem {
  const parsed = parseAddress(address);
  if (!parsed) throw portErrors.invalidAddress(address);
  const sheet = findSheet(map, parsed.sheet ?? map.activeSheet);
  if (!sheet) throw portErrors.sheetNotFound(parsed.sheet ?? map.activeSheet);
  return { key, sheet: sheet.name, kind: 'range', range: rectAddress(parsed.rect), formats };
}

export function planItems(map: WorkbookMap): ReadItem[] {
  return PLAN_TABLE_NAMES.map((name) => findTable(map, name))
    .filter((t): t is { name: string; sheet: string } => t !== undefined && sameName(t.sheet, PLAN_SHEET))
    .map((t) => ({
      key: `plan:${t.name}`,
      sheet: t.sheet,
      kind: 'table' as const,
      table: t.name,
      formats: false,
    }));
}

export function settingsItem(map: WorkbookMap): ReadItem | null {
  if (!findSheet(map, SETTINGS_SHEET) || !isOwned(map, SETTINGS_SHEET)) return null;
  const rows = Object.values(SETTINGS_ROWS);
  const range = rectAddress({ top: Math.min(...rows), left: 1, bottom: Math.max(...rows), right: 2 });
  return { key: 'settings', sheet: SETTINGS_SHEET, kind: 'range', range, formats: false };
}

async function loadAll(
  context: Excel.RequestContext,
  items: ReadItem[],
): Promise<Map<string, ReadResult | null>> {
  const ranges = items.map((item) => {
    const range = rangeOf(context, item);
    if (item.formats) range.load('address,values,numberFormat');
    else range.load('address,values');
    return { item, range };
  });
  await context.sync();
  const results = new Map<string, ReadResult | null>();
  for (const { item, range } of ranges) {
    if (range.isNullObject) results.set(item.key, null);
    else
      results.set(item.key, {
        address: range.address,
        values: range.values,
        formats: item.formats ? range.numberFormat : undefined,
      });
  }
  return results;
}

async function loadBlock(
  context: Excel.RequestContext,
  sheet: string,
  rect: Rect,
  formats: boolean,
): Promise<ReadResult> {
  const range = context.workbook.worksheets.getItem(sheet).getRange(rectAddress(rect));
  if (formats) range.load('address,values,numberFormat');
  else range.load('address,values');
  await context.sync();
  return { address: range.address, values: range.values, formats: formats ? range.numberFormat : undefined };
}

/** Rows of `rect` in blocks; a refused block is halved until one row is refused. */
async function loadInBlocks(
  context: Excel.RequestContext,
  sheet: string,
  rect: Rect,
  formats: boolean,
): Promise<ReadResult> {
  const values: unknown[][] = [];
  const numberFormats: string[][] = [];
  let block = rectRows(rect);
  let top = rect.top;
  while (top <= rect.bottom) {
    const part = { ...rect, top, bottom: Math.min(rect.bottom, top + block - 1) };
    const got = await tryBlock(context, sheet, part, formats);
    if (!got) {
      if (block === 1) throw portErrors.tooLarge(`Rad ${top} på arket «${sheet}»`);
      block = Math.ceil(block / 2);
      continue;
    }
    values.push(...got.values);
    if (got.formats) numberFormats.push(...got.formats);
    top = part.bottom + 1;
  }
  return { address: sheetAddress(sheet, rect), values, formats: formats ? numberFormats : undefined };
}

async function tryBlock(
  context: Excel.RequestContext,
  sheet: string,
  rect: Rect,
  formats: boolean,
): Promise<ReadResult | null> {
  try {
    return await loadBlock(context, sheet, rect, formats);
  } catch (error) {
    if (isPayloadError(error)) return null;
    throw error;
  }
}

/** The fallback past the payload limit: addresses first, then each range in blocks. */
async function loadChunked(
  context: Excel.RequestContext,
  items: ReadItem[],
): Promise<Map<string, ReadResult | null>> {
  const ranges = items.map((item) => {
    const range = rangeOf(context, item);
    range.load('address');
    return { item, range };
  });
  await context.sync();
  const located = ranges.map(({ item, range }) => ({
    item,
    address: range.isNullObject ? null : range.address,
  }));
  const results = new Map<string, ReadResult | null>();
  for (const { item, address } of located) {
    const parsed = address ? parseAddress(address) : undefined;
    results.set(item.key, parsed ? await loadInBlocks(context, item.sheet, parsed.rect, item.formats) : null);
  }
  return results;
}

export async function loadItems(
  context: Excel.RequestContext,
  items: ReadItem[],
): Promise<Map<string, ReadResult | null>> {
  if (items.length === 0) return new Map();
  try {
    return await loadAll(context, items);
  } catch (error) {
    if (!isPayloadError(error)) throw error;
    return loadChunked(context, items);
  }
}

export function toGrid(result: ReadResult | null | undefined, sheet: string, date1904 = false): Grid {
  if (!result) return { sheet, top: 1, left: 1, values: [], numberFormats: [] };
  return gridFrom(result.address, result.values, result.formats, date1904);
}

export function planTablesFrom(
  items: ReadItem[],
  results: Map<string, ReadResult | null>,
): Record<string, CellValue[][]> | null {
  const tables: Record<string, CellValue[][]> = {};
  for (const item of items) {
    const result = results.get(item.key);
    if (result) tables[item.table as string] = result.values.map((row) => row.map(fromOffice));
  }
  return Object.keys(tables).length > 0 ? tables : null;
}

export function settingsCells(
  result: ReadResult | null | undefined,
): Partial<Record<MappingKind, CellValue>> {
  if (!result) return {};
  const top = Math.min(...Object.values(SETTINGS_ROWS));
  const cells: Partial<Record<MappingKind, CellValue>> = {};
  for (const [kind, row] of Object.entries(SETTINGS_ROWS) as [MappingKind, number][]) {
    cells[kind] = fromOffice(result.values[row - top]?.[1]);
  }
  return cells;
}
