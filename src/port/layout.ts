/**
 * Where things go on an owned sheet, computed once so every port writes the same cells: titles, tables
 * (header + rows, a number format per cell), hyperlink formulas and chart anchors.
 */
import { a1 } from '../core/cells';
import { FORMATS } from '../core/formats';
import type { CellValue } from '../core/types';
import { rectAddress, sheetAddress, type Rect } from './addresses';
import { portErrors } from './errors';
import type { ChartSpec, OwnedSheetSpec } from './workbookPort';

/** Text format: what Excel keeps as typed. Strings are written with it so "2011-01" never turns into a date. */
export const TEXT_FORMAT = FORMATS.text;
export const GENERAL_FORMAT = FORMATS.general;

export interface CellBlock {
  top: number;
  left: number;
  values: CellValue[][];
  numberFormats: string[][];
  bold?: boolean;
}

export interface LinkCell {
  /** 1-based sheet row and column. */
  row: number;
  column: number;
  /** English formula text with a leading '=': =HYPERLINK("#'Prosjekter'!H7","H7"). */
  formula: string;
  /** What the cell shows. */
  text: string;
}

export interface PlannedTable {
  name: string;
  /** Header row + data rows. */
  rect: Rect;
  block: CellBlock;
  links: LinkCell[];
}

export interface PlannedChart {
  spec: ChartSpec;
  /** Categories + series, header row included. */
  source: Rect;
  /** Where the chart sits. */
  anchor: Rect;
}

export interface OwnedSheetLayout {
  sheet: string;
  titles: CellBlock[];
  tables: PlannedTable[];
  charts: PlannedChart[];
  columnWidths?: number[];
}

const TABLE_NAME = /^[\p{L}_][\p{L}\p{N}_.]{0,254}$/u;
const CHART_HEIGHT = 15;
const CHART_WIDTH = 8;

function cellFormat(value: CellValue, columnFormat: string | undefined): string {
  if (typeof value === 'string') return TEXT_FORMAT;
  return columnFormat ?? GENERAL_FORMAT;
}

function hyperlinkFormula(target: { sheet: string; cell: string }, text: string): string {
  const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `=HYPERLINK(${quoted(`#${sheetAddress(target.sheet, target.cell)}`)},${quoted(text)})`;
}

/** Rejects what Excel would reject half-way through a batch, before anything is written. */
function checkSpec(spec: OwnedSheetSpec): void {
  if (!spec.name || spec.name.length > 31 || /[\\/?*[\]:]/.test(spec.name) || /^'|'$/.test(spec.name)) {
    throw portErrors.invalidSpec(`arknavnet «${spec.name}»`);
  }
  const names = new Set<string>();
  for (const table of spec.tables) {
    if (
      !TABLE_NAME.test(table.name) ||
      /^[A-Za-z]{1,3}\d+$/.test(table.name) ||
      /^[RrCc]$/.test(table.name)
    ) {
      throw portErrors.invalidSpec(`tabellnavnet «${table.name}»`);
    }
    if (names.has(table.name.toLowerCase()))
      throw portErrors.invalidSpec(`tabellnavnet «${table.name}» to ganger`);
    names.add(table.name.toLowerCase());
    const width = table.headers.length;
    const headerKeys = table.headers.map((h) => h.trim().toLowerCase());
    if (width === 0 || headerKeys.some((h) => h === '') || new Set(headerKeys).size !== width) {
      throw portErrors.invalidSpec(`overskriftene i «${table.name}» må være unike og ikke tomme`);
    }
    if (table.rows.some((row) => row.length !== width)) {
      throw portErrors.invalidSpec(`en rad i «${table.name}» har feil antall kolonner`);
    }
  }
  for (const chart of spec.charts ?? []) {
    const table = spec.tables.find((t) => t.name === chart.table);
    if (!table || chart.series < 1 || chart.series + 1 > table.headers.length) {
      throw portErrors.invalidSpec(`diagrammet «${chart.name}» viser til feil tabell eller kolonner`);
    }
  }
}

/** `firstRow`: where the sheet's title (or first table) goes; below existing content when adding to a sheet. */
export function layoutOwnedSheet(spec: OwnedSheetSpec, firstRow = 1): OwnedSheetLayout {
  checkSpec(spec);
  const titles: CellBlock[] = [];
  let row = firstRow;
  for (const line of [spec.title, spec.subtitle]) {
    if (line === undefined) continue;
    titles.push({ top: row, left: 1, values: [[line]], numberFormats: [[TEXT_FORMAT]], bold: row === 1 });
    row += 1;
  }
  if (titles.length > 0) row += 1;

  const tables: PlannedTable[] = [];
  for (const table of spec.tables) {
    if (table.title !== undefined) {
      titles.push({ top: row, left: 1, values: [[table.title]], numberFormats: [[TEXT_FORMAT]], bold: true });
      row += 1;
    }
    const top = row;
    // Excel gives a table at least one data row; an empty one is written as one empty row in every port.
    const body = table.rows.length > 0 ? table.rows.map((r) => [...r]) : [table.headers.map(() => null)];
    const values: CellValue[][] = [table.headers, ...body];
    const numberFormats = values.map((cells, r) =>
      cells.map((value, c) => (r === 0 ? TEXT_FORMAT : cellFormat(value, table.numberFormats?.[c]))),
    );
    const links: LinkCell[] = [];
    if (table.links) {
      const column = table.links.column;
      table.links.targets.forEach((target, r) => {
        if (!target) return;
        const shown = values[r + 1][column];
        const text = shown === null || shown === undefined || shown === '' ? target.cell : String(shown);
        values[r + 1][column] = text;
        numberFormats[r + 1][column] = GENERAL_FORMAT;
        links.push({ row: top + 1 + r, column: 1 + column, formula: hyperlinkFormula(target, text), text });
      });
    }
    const rect = { top, left: 1, bottom: top + values.length - 1, right: table.headers.length };
    tables.push({ name: table.name, rect, block: { top, left: 1, values, numberFormats }, links });
    row = rect.bottom + 2;
  }

  const chartLeft = Math.max(1, ...spec.tables.map((t) => t.headers.length)) + 2;
  const charts: PlannedChart[] = (spec.charts ?? []).map((chart, i) => {
    const table = tables.find((t) => t.name === chart.table) as PlannedTable;
    const top = 1 + i * (CHART_HEIGHT + 1);
    return {
      spec: chart,
      source: { ...table.rect, right: table.rect.left + chart.series },
      anchor: { top, left: chartLeft, bottom: top + CHART_HEIGHT - 1, right: chartLeft + CHART_WIDTH - 1 },
    };
  });
  return { sheet: spec.name, titles, tables, charts, columnWidths: spec.columnWidths };
}

/** The values as the workbook will show them: links hold their display text. */
export function tableAddress(layout: OwnedSheetLayout, table: PlannedTable): string {
  return sheetAddress(layout.sheet, rectAddress(table.rect));
}

/** Days between the 1900 and the 1904 date systems' day 0: a 1904 workbook's serials are this much less. */
export const DATE1904_OFFSET = 1462;

/** Excel's serial number for a local date and time, in the workbook's date system (1900 unless `date1904`). */
export function excelSerial(date: Date, date1904 = false): number {
  const utc = Date.UTC(
    date.getFullYear(),
    date.getMonth(),
    date.getDate(),
    date.getHours(),
    date.getMinutes(),
    date.getSeconds(),
  );
  return utc / 86_400_000 + 25_569 - (date1904 ? DATE1904_OFFSET : 0);
}

export const LOG_FORMATS = [FORMATS.dateTime, TEXT_FORMAT, TEXT_FORMAT, FORMATS.count];

/** One line of the `Logg` sheet: time (in the workbook's date system), action, target, rows. */
export function logRow(
  now: Date,
  action: string,
  target: string,
  rows: number,
  date1904 = false,
): CellValue[] {
  return [excelSerial(now, date1904), action, target, rows];
}

/** The cell A1 of a sheet, as the owner name refers to it. */
export function ownerReference(sheet: string): string {
  return sheetAddress(sheet, '$A$1');
}

export function cellA1(row: number, column: number): string {
  return a1(row, column);
}
