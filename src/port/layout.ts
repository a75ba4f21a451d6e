/**
 * Where things go on an owned sheet, computed once so every port writes the same cells: titles, tables
 * (header + rows, a number format per cell, sum rows), hyperlink formulas, chart anchors, and how the
 * sheet reads: column widths fitted to what the cells show, frozen and printed header rows, page setup.
 */
import { columnLetters } from '../core/cells';
import { FORMATS, formatValue, type ColumnKind } from '../core/formats';
import type { CellValue } from '../core/types';
import { sheetAddress, type Rect } from './addresses';
import { portErrors } from './errors';
import type { ChartSpec, OwnedSheetSpec, OwnedTableSpec } from './workbookPort';

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

/** A row under a table: its label, and SUM formulas (English, without '=') with the value they give. */
export interface SumRow {
  top: number;
  left: number;
  values: CellValue[];
  numberFormats: string[];
  /** Per column: the formula, or undefined (the label, or a column not summed). */
  formulas: (string | undefined)[];
}

export interface PlannedTable {
  name: string;
  /** Header row + data rows (the sum row is below, outside the table). */
  rect: Rect;
  block: CellBlock;
  links: LinkCell[];
  sum?: SumRow;
  /** 1-based sheet columns holding internal ids, shown as secondary text. */
  secondary: number[];
}

export interface PlannedChart {
  spec: ChartSpec;
  /** Categories + series, header row included. */
  source: Rect;
  /** Where the chart sits. */
  anchor: Rect;
}

/** How the sheet prints: A4, one page wide, as many pages tall as it takes (or, `onePage`, one page in all). */
export interface PrintSetup {
  orientation: 'portrait' | 'landscape';
  /** Pages tall the print is fitted to: 0 = as many as it takes, 1 = one page. */
  pagesTall: 0 | 1;
  /** Sheet rows repeated at the top of every printed page (1-based, inclusive). */
  titleRows?: { top: number; bottom: number };
}

export interface OwnedSheetLayout {
  sheet: string;
  titles: CellBlock[];
  tables: PlannedTable[];
  charts: PlannedChart[];
  /** Width in characters per column from A, fitted to what the cells show. */
  columnWidths: number[];
  /** 1-based columns whose text is longer than the widest column we make: their cells wrap. */
  wrapColumns: number[];
  /**
   * Rows whose wrapped text takes more than one line, with the lines it takes: a file's row keeps the height
   * it is given (LibreOffice does not grow it on opening), so the xlsx port sets it.
   */
  wrappedRows: { row: number; lines: number }[];
  /** Rows frozen at the top (0 = none): down to the header row of a sheet's only table. */
  frozenRows: number;
  print: PrintSetup;
  /**
   * Laid out below what a sheet already holds (a Plan table added): widths only grow, and the sheet's frozen
   * rows and print setup stay as the user has them.
   */
  addition?: boolean;
}

/** The header row's look, the same in every port (and in engines that ignore Excel's table styles). */
export const HEADER_STYLE = { fill: '#D9E1F2', font: '#1F3864' } as const;
/** Internal ids: readable (contrast 5.7:1 on white) but quieter than the data. */
export const SECONDARY_FONT = '#595959';

/** Excel's column width unit is the width of '0' in Calibri 11: these are the widths we allow. */
const MIN_WIDTH = 6;
const MAX_TEXT_WIDTH = 50;
/** Characters of Calibri 11 that fit across an A4 portrait page at 100 %. */
const PORTRAIT_WIDTH = 95;

const TABLE_NAME = /^[\p{L}_][\p{L}\p{N}_.]{0,254}$/u;
const CHART_HEIGHT = 15;
const CHART_WIDTH = 8;

/** The number format a column of this kind is written with. */
export function formatOfKind(kind: ColumnKind | undefined): string {
  if (kind === undefined) return GENERAL_FORMAT;
  return kind === 'id' ? TEXT_FORMAT : FORMATS[kind];
}

function cellFormat(value: CellValue, kind: ColumnKind | undefined): string {
  if (typeof value === 'string') return TEXT_FORMAT;
  return formatOfKind(kind);
}

/**
 * About how many '0's of Calibri 11 (Excel's width unit, 7 px) a text takes, from Calibri's advance widths:
 * digits and most lower-case letters about one, capitals, m, w and æ wider, t f r and spaces narrower,
 * i l and punctuation half. Bold adds a tenth, and a tenth more is kept in hand for other fonts (Mac,
 * LibreOffice) that set the same text a little wider.
 */
export function textWidth(text: string, bold = false): number {
  let width = 0;
  for (const ch of text) {
    if (/[MWÆ%@]/.test(ch)) width += 1.6;
    else if (/[A-ZÅØmwæ]/.test(ch)) width += 1.25;
    else if (/[ijl.,:;'!|]/.test(ch)) width += 0.5;
    else if (/[tfr()\s\u00a0\-–]/.test(ch)) width += 0.7;
    else width += 1;
  }
  return width * (bold ? 1.1 : 1) * 1.1;
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
    if (table.columns && table.columns.length !== width) {
      throw portErrors.invalidSpec(`kolonnetypene i «${table.name}» passer ikke til overskriftene`);
    }
    const ids = (table.columns ?? []).flatMap((kind, i) => (kind === 'id' ? [i] : []));
    if (ids.some((column, i) => column !== width - ids.length + i)) {
      throw portErrors.invalidSpec(`id-kolonnene i «${table.name}» skal stå sist`);
    }
    if (table.sum && table.sum.columns.some((c) => !Number.isInteger(c) || c < 1 || c >= width)) {
      throw portErrors.invalidSpec(`sumraden i «${table.name}» viser til feil kolonner`);
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
      cells.map((value, c) => (r === 0 ? TEXT_FORMAT : cellFormat(value, table.columns?.[c]))),
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
    const sum = table.sum ? sumRow(table, rect) : undefined;
    const secondary = (table.columns ?? []).flatMap((kind, c) => (kind === 'id' ? [rect.left + c] : []));
    tables.push({
      name: table.name,
      rect,
      block: { top, left: 1, values, numberFormats },
      links,
      sum,
      secondary,
    });
    row = (sum ? sum.top : rect.bottom) + 2;
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
  const { widths, wrap, wrappedRows } = fittedWidths(tables, spec.wrapAt ?? MAX_TEXT_WIDTH);
  const only = tables.length === 1 ? tables[0] : undefined;
  const wide = widths.reduce((sum, w) => sum + w, 0) > PORTRAIT_WIDTH;
  return {
    sheet: spec.name,
    titles,
    tables,
    charts,
    columnWidths: widths,
    wrapColumns: wrap,
    wrappedRows,
    frozenRows: only ? only.rect.top : 0,
    print: {
      orientation: spec.orientation ?? (wide ? 'landscape' : 'portrait'),
      pagesTall: spec.onePage ? 1 : 0,
      ...(only ? { titleRows: { top: only.rect.top, bottom: only.rect.top } } : {}),
    },
  };
}

/** The sum row under `rect`: SUM over each summed column's data rows, and the sum it gives (whole kroner). */
function sumRow(table: OwnedTableSpec, rect: Rect): SumRow {
  const sum = table.sum as NonNullable<OwnedTableSpec['sum']>;
  const top = rect.bottom + 1;
  const values: CellValue[] = table.headers.map(() => null);
  const formulas: (string | undefined)[] = table.headers.map(() => undefined);
  const numberFormats = table.headers.map((_, c) => formatOfKind(table.columns?.[c]));
  values[0] = sum.label;
  numberFormats[0] = TEXT_FORMAT;
  for (const c of sum.columns) {
    const letters = columnLetters(rect.left + c);
    formulas[c] = `SUM(${letters}${rect.top + 1}:${letters}${rect.bottom})`;
    values[c] = table.rows.reduce<number>((total, r) => total + (typeof r[c] === 'number' ? r[c] : 0), 0);
  }
  return { top, left: rect.left, values, numberFormats, formulas };
}

/**
 * Each column as wide as its widest shown cell (headers bold), never narrower than MIN_WIDTH; text wider
 * than `wrapAt` (MAX_TEXT_WIDTH unless the spec says) wraps instead. Numbers are never capped: a number too
 * wide for its column is ###.
 * Titles are left out: they spill over the empty cells to their right.
 */
function fittedWidths(
  tables: PlannedTable[],
  wrapAt: number,
): {
  widths: number[];
  wrap: number[];
  wrappedRows: { row: number; lines: number }[];
} {
  const widths: number[] = [];
  const wrap = new Set<number>();
  /** Each wrapping cell's row, column and the width its text wants. */
  const wrapped: { row: number; column: number; width: number }[] = [];
  const fit = (row: number, column: number, value: CellValue, format: string, bold: boolean) => {
    const shown = formatValue(value, format, 'nb');
    if (shown === '') return;
    let width = Math.ceil(textWidth(shown, bold)) + 2;
    if (typeof value === 'string' && width > wrapAt) {
      wrap.add(column);
      wrapped.push({ row, column, width });
      width = wrapAt;
    }
    widths[column - 1] = Math.max(widths[column - 1] ?? MIN_WIDTH, width);
  };
  for (const table of tables) {
    table.block.values.forEach((cells, r) =>
      cells.forEach((value, c) =>
        fit(table.block.top + r, table.block.left + c, value, table.block.numberFormats[r][c], r === 0),
      ),
    );
    table.sum?.values.forEach((value, c) =>
      fit(table.sum!.top, table.sum!.left + c, value, table.sum!.numberFormats[c], true),
    );
  }
  const lines = new Map<number, number>();
  for (const { row, column, width } of wrapped) {
    const fits = Math.ceil(width / (widths[column - 1] ?? wrapAt));
    lines.set(row, Math.max(lines.get(row) ?? 1, fits));
  }
  return {
    widths: Array.from({ length: widths.length }, (_, i) => widths[i] ?? MIN_WIDTH),
    wrap: [...wrap].sort((a, b) => a - b),
    wrappedRows: [...lines]
      .filter(([, n]) => n > 1)
      .map(([row, n]) => ({ row, lines: n }))
      .sort((a, b) => a.row - b.row),
  };
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
/** The log's columns: the time in full (no ###), the longest action, a sheet name (31 characters), rows. */
export const LOG_WIDTHS = [18, 26, 34, 8];
/** The log prints on A4 portrait, one page wide, its header on every page. */
export const LOG_PRINT: PrintSetup = { orientation: 'portrait', pagesTall: 0, titleRows: { top: 1, bottom: 1 } };

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
