/**
 * Write steps for what the add-in owns: owned sheets from a layout, the `Logg` table, the settings sheet,
 * the owner marker names, and our mark rules. Each step looks objects up by name so it may run in a later
 * batch when a big write is split.
 */
import { a1, columnLetters } from '../core/cells';
import type { CellValue } from '../core/types';
import { rectAddress } from '../port/addresses';
import { portErrors } from '../port/errors';
import {
  formatOfKind,
  HEADER_STYLE,
  LOG_FORMATS,
  LOG_PRINT,
  LOG_WIDTHS,
  SECONDARY_FONT,
  TEXT_FORMAT,
  type OwnedSheetLayout,
  type PrintSetup,
} from '../port/layout';
import type { UserTableSpec } from '../port/userTables';
import { MARK_STYLE, markFormula, type MarkGroup } from '../port/marks';
import {
  LOG_HEADERS,
  LOG_SHEET,
  LOG_TABLE,
  ownerNameFor,
  SETTINGS_SHEET,
  SETTINGS_TITLE,
} from '../port/names';
import type { PortWarning } from '../port/workbookPort';
import { toOffice } from './values';
import type { Requirements } from './env';
import type { CallStep, CellsStep, WriteStep } from './writeSteps';
import { findSheet, findTable, isOwned, sameName, type WorkbookMap } from './workbookMap';

function call(run: (context: Excel.RequestContext) => void, bytes = 200): CallStep {
  return { kind: 'call', bytes, run };
}

/** Cells at (top, left): CellValues turned into what Office writes; a format per cell (null keeps it). */
export function cells(
  sheet: string,
  top: number,
  left: number,
  values: CellValue[][],
  formats?: (string | null)[][],
): CellsStep {
  return { kind: 'cells', sheet, top, left, values: values.map((row) => row.map(toOffice)), formats };
}

/** Points Excel uses for a column `chars` characters wide (Calibri 11). */
function columnPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75);
}

/** An owner name not yet used in the workbook (a renamed old sheet may still carry the first choice). */
export function freeOwnerName(map: WorkbookMap, sheet: string): string {
  const base = ownerNameFor(sheet);
  const taken = (name: string) => map.names.some((n) => sameName(n, name));
  let name = base;
  for (let n = 2; taken(name); n++) name = `${base}_${n}`;
  map.names.push(name);
  return name;
}

/** Adds a sheet with its owner name; `undo` removes both again (for a write that failed part-way). */
export function addOwnedSheetStep(
  map: WorkbookMap,
  sheet: string,
  hidden = false,
): CallStep & { undo: (context: Excel.RequestContext) => void } {
  const ownerName = freeOwnerName(map, sheet);
  return {
    ...call((context) => {
      const added = context.workbook.worksheets.add(sheet);
      // No comment: setting a name's comment clears the user's undo stack in Excel on the web
      // (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities, NamedItem.comment).
      context.workbook.names.add(ownerName, added.getRange('A1'));
      if (hidden) added.visibility = 'Hidden';
    }),
    undo: (context) => {
      context.workbook.names.getItem(ownerName).delete();
      context.workbook.worksheets.getItem(sheet).delete();
    },
  };
}

/** Everything the add-in put on an existing owned sheet goes: charts, tables, cells, formats. */
export function clearOwnedSheetStep(
  sheet: string,
  tables: string[],
  charts: string[],
  unfreeze: boolean,
): CallStep {
  return call((context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    for (const chart of charts) worksheet.charts.getItem(chart).delete();
    for (const table of tables) context.workbook.tables.getItem(table).delete();
    worksheet.getRange().clear('All');
    if (unfreeze) worksheet.freezePanes.unfreeze();
  });
}

function formatStep(sheet: string, address: string, set: (format: Excel.RangeFormat) => void): CallStep {
  return call((context) => set(context.workbook.worksheets.getItem(sheet).getRange(address).format));
}

/** The header row's look (HEADER_STYLE): bold, our fill and font colour. */
function headerStep(sheet: string, address: string): CallStep {
  return formatStep(sheet, address, (format) => {
    format.font.bold = true;
    format.font.color = HEADER_STYLE.font;
    format.fill.color = HEADER_STYLE.fill;
  });
}

function columnAddress(column: number): string {
  const letters = columnLetters(column);
  return `${letters}:${letters}`;
}

/**
 * The steps that write a layout. `existingWidths` (points per column from A, for a layout added below what
 * a sheet holds): widths only grow. Freezing needs ExcelApi 1.7 and page setup 1.9; older hosts get the
 * sheet without them.
 */
export function layoutSteps(
  layout: OwnedSheetLayout,
  requirements: Pick<Requirements, 'freezePanes' | 'pageLayout'>,
  existingWidths: (number | null)[] = [],
): WriteStep[] {
  const sheet = layout.sheet;
  const steps: WriteStep[] = [];
  for (const title of layout.titles) {
    steps.push(cells(sheet, title.top, title.left, title.values, title.numberFormats));
    if (title.bold)
      steps.push(formatStep(sheet, a1(title.top, title.left), (format) => (format.font.bold = true)));
  }
  for (const table of layout.tables) {
    const step = cells(
      sheet,
      table.block.top,
      table.block.left,
      table.block.values,
      table.block.numberFormats,
    );
    for (const link of table.links)
      step.values[link.row - table.block.top][link.column - table.block.left] = link.formula;
    steps.push(step);
    const address = rectAddress(table.rect);
    steps.push(
      call((context) => {
        const added = context.workbook.worksheets.getItem(sheet).tables.add(address, true);
        added.name = table.name;
        added.style = 'TableStyleLight9';
      }),
    );
    steps.push(headerStep(sheet, rectAddress({ ...table.rect, bottom: table.rect.top })));
    for (const column of table.secondary) {
      const data = rectAddress({
        top: table.rect.top + 1,
        left: column,
        bottom: table.rect.bottom,
        right: column,
      });
      steps.push(formatStep(sheet, data, (format) => (format.font.color = SECONDARY_FONT)));
    }
    const wrapping = layout.wrapColumns.filter((c) => c >= table.rect.left && c <= table.rect.right);
    // A row with wrapped text is taller: its other cells at the top too, level with the text's first line.
    if (wrapping.length > 0 && table.rect.bottom > table.rect.top) {
      const rows = rectAddress({ ...table.rect, top: table.rect.top + 1 });
      steps.push(formatStep(sheet, rows, (format) => (format.verticalAlignment = 'Top')));
    }
    for (const column of wrapping) {
      const data = rectAddress({ top: table.rect.top + 1, left: column, bottom: table.rect.bottom, right: column });
      steps.push(formatStep(sheet, data, (format) => (format.wrapText = true)));
    }
    const sum = table.sum;
    if (sum) {
      const values = [sum.values.map((value, j) => (sum.formulas[j] ? `=${sum.formulas[j]}` : value))];
      steps.push(cells(sheet, sum.top, sum.left, values, [sum.numberFormats]));
      const row = rectAddress({ top: sum.top, left: sum.left, bottom: sum.top, right: table.rect.right });
      steps.push(formatStep(sheet, row, (format) => (format.font.bold = true)));
    }
  }
  layout.columnWidths.forEach((chars, i) => {
    const points = columnPoints(chars);
    const now = existingWidths[i];
    if (layout.addition && now !== null && now !== undefined && now >= points) return;
    steps.push(formatStep(sheet, columnAddress(i + 1), (format) => (format.columnWidth = points)));
  });
  for (const chart of layout.charts) {
    const source = rectAddress(chart.source);
    const from = a1(chart.anchor.top, chart.anchor.left);
    const to = a1(chart.anchor.bottom, chart.anchor.right);
    steps.push(
      call((context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        const type = chart.spec.kind === 'line' ? 'Line' : 'ColumnClustered';
        const added = worksheet.charts.add(type, worksheet.getRange(source), 'Columns');
        added.name = chart.spec.name;
        added.title.text = chart.spec.title;
        added.setPosition(from, to);
      }),
    );
  }
  if (layout.addition) return steps;
  if (requirements.freezePanes && layout.frozenRows > 0) {
    const rows = layout.frozenRows;
    steps.push(call((context) => context.workbook.worksheets.getItem(sheet).freezePanes.freezeRows(rows)));
  }
  if (requirements.pageLayout) steps.push(pageSetupStep(sheet, layout.print));
  return steps;
}

/**
 * A user table at A1: header (styled, wrapping) and `rows` (text as Text, the rest in the column's format),
 * the table added over them; with no rows Excel gives the table one empty row, formatted per column so
 * typed and appended rows take it. Widths, frozen header, A4 landscape one page wide.
 */
export function userTableSteps(
  spec: UserTableSpec & { sheet: string },
  rows: CellValue[][],
  requirements: Pick<Requirements, 'freezePanes' | 'pageLayout'>,
): WriteStep[] {
  const { sheet, headers } = spec;
  const columnFormats = spec.columns.map(formatOfKind);
  const header = rectAddress({ top: 1, left: 1, bottom: 1, right: headers.length });
  const table = rectAddress({ top: 1, left: 1, bottom: 1 + rows.length, right: headers.length });
  const firstRow = rectAddress({ top: 2, left: 1, bottom: 2, right: headers.length });
  const formats = [
    headers.map(() => TEXT_FORMAT),
    ...rows.map((row) => row.map((value, j) => (typeof value === 'string' ? TEXT_FORMAT : columnFormats[j]))),
  ];
  const steps: WriteStep[] = [
    cells(sheet, 1, 1, [headers, ...rows], formats),
    call((context) => {
      const added = context.workbook.worksheets.getItem(sheet).tables.add(table, true);
      added.name = spec.name;
    }),
  ];
  if (rows.length === 0) {
    steps.push(
      call(
        (context) =>
          (context.workbook.worksheets.getItem(sheet).getRange(firstRow).numberFormat = [columnFormats]),
      ),
    );
  }
  steps.push(
    headerStep(sheet, header),
    formatStep(sheet, header, (format) => {
      format.wrapText = true;
      format.verticalAlignment = 'Top';
    }),
    ...spec.widths.map((chars, i) =>
      formatStep(sheet, columnAddress(i + 1), (format) => (format.columnWidth = columnPoints(chars))),
    ),
  );
  if (requirements.freezePanes)
    steps.push(call((context) => context.workbook.worksheets.getItem(sheet).freezePanes.freezeRows(1)));
  if (requirements.pageLayout)
    steps.push(pageSetupStep(sheet, { orientation: 'landscape', titleRows: { top: 1, bottom: 1 }, pagesTall: 0 }));
  return steps;
}

/** A4, the orientation given, one page wide and as many tall as it takes (or one), these rows on every page. */
function pageSetupStep(sheet: string, print: PrintSetup): CallStep {
  const { orientation, titleRows, pagesTall } = print;
  return call((context) => {
    const page = context.workbook.worksheets.getItem(sheet).pageLayout;
    page.paperSize = 'A4';
    page.orientation = orientation === 'landscape' ? 'Landscape' : 'Portrait';
    // One page wide, as many tall as it takes (0: no limit, as fitToHeight="0" in the file), or one page.
    page.zoom = { horizontalFitToPages: 1, verticalFitToPages: pagesTall };
    if (titleRows) page.setPrintTitleRows(`$${titleRows.top}:$${titleRows.bottom}`);
  });
}

/**
 * One setting in its fixed row of the hidden settings sheet (made when there is none); refuses before
 * anything is written when the sheet is not ours or is protected.
 */
export function settingSteps(map: WorkbookMap, row: number, key: string, value: string): WriteStep[] {
  const sheet = findSheet(map, SETTINGS_SHEET);
  if (sheet && !isOwned(map, sheet.name)) throw portErrors.sheetNameTaken(sheet.name);
  if (sheet?.protected) throw portErrors.sheetProtected(sheet.name);
  if (!sheet && map.structureProtected) throw portErrors.workbookProtected();
  const steps: WriteStep[] = [];
  if (!sheet) {
    steps.push(addOwnedSheetStep(map, SETTINGS_SHEET, true));
    steps.push(
      textSafeCells(SETTINGS_SHEET, 1, 1, [
        [SETTINGS_TITLE, null],
        ['Nøkkel', 'Verdi'],
      ]),
    );
  }
  steps.push(textSafeCells(SETTINGS_SHEET, row, 1, [[key, value]]));
  return steps;
}

/** Refuses (before anything is written) when the log cannot be appended to. */
export function checkLog(map: WorkbookMap): void {
  const sheet = findSheet(map, LOG_SHEET);
  if (sheet && !isOwned(map, sheet.name)) throw portErrors.sheetNameTaken(sheet.name);
  if (sheet?.protected) throw portErrors.sheetProtected(sheet.name);
  if (!sheet && map.structureProtected) throw portErrors.workbookProtected();
  const table = findTable(map, LOG_TABLE);
  if (table && !sameName(table.sheet, LOG_SHEET)) throw portErrors.tableNameTaken(LOG_TABLE, table.sheet);
}

export function logSteps(
  map: WorkbookMap,
  row: CellValue[],
  requirements: Pick<Requirements, 'freezePanes' | 'pageLayout'>,
): { steps: WriteStep[]; warnings: PortWarning[] } {
  const table = findTable(map, LOG_TABLE);
  // Each line gets the log's formats itself: a target such as "=Ark" must stay text, whatever the row above holds.
  if (table) return { steps: [appendTableRowsStep(LOG_TABLE, [row], [LOG_FORMATS])], warnings: [] };
  const exists = findSheet(map, LOG_SHEET);
  const steps: WriteStep[] = [
    exists
      ? clearOwnedSheetStep(exists.name, [], [], requirements.freezePanes)
      : addOwnedSheetStep(map, LOG_SHEET),
  ];
  const formats = [LOG_HEADERS.map(() => TEXT_FORMAT), LOG_FORMATS];
  steps.push(cells(LOG_SHEET, 1, 1, [LOG_HEADERS, row], formats));
  steps.push(
    call((context) => {
      const added = context.workbook.worksheets.getItem(LOG_SHEET).tables.add('A1:D2', true);
      added.name = LOG_TABLE;
      added.style = 'TableStyleLight1';
    }),
    headerStep(LOG_SHEET, 'A1:D1'),
    ...LOG_WIDTHS.map((chars, i) =>
      formatStep(LOG_SHEET, columnAddress(i + 1), (format) => (format.columnWidth = columnPoints(chars))),
    ),
  );
  if (requirements.freezePanes)
    steps.push(call((context) => context.workbook.worksheets.getItem(LOG_SHEET).freezePanes.freezeRows(1)));
  if (requirements.pageLayout) steps.push(pageSetupStep(LOG_SHEET, LOG_PRINT));
  const warnings: PortWarning[] = exists
    ? [
        {
          code: 'log-recreated',
          message: 'Tabellen på arket «Logg» manglet, så loggen ble startet på nytt.',
          messageEn: 'The table on the "Logg" sheet was missing, so the log was started again.',
        },
      ]
    : [];
  return { steps, warnings };
}

/** A cells step that only sets the format of its text cells (so Excel keeps "2011-01" as text). */
export function textSafeCells(sheet: string, top: number, left: number, rows: CellValue[][]): CellsStep {
  const formats = rows.map((row) => row.map((v) => (typeof v === 'string' ? TEXT_FORMAT : null)));
  return cells(sheet, top, left, rows, formats);
}

/**
 * Rows appended after a table's last data row (above its total row, if on). Each row is added empty — Excel
 * fills a calculated column's formula into it — then the text cells get the Text format in one 2-D array,
 * then the values land with null where we have nothing to write: null leaves a cell as it is, '' would clear
 * the formula (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
 */
export function appendTableRowsStep(
  table: string,
  rows: CellValue[][],
  formats?: (string | null)[][],
): CallStep {
  const values = rows.map((row) => row.map((v) => (v === null ? null : toOffice(v))));
  const numberFormats =
    formats ?? rows.map((row) => row.map((v) => (typeof v === 'string' ? TEXT_FORMAT : null)));
  return call(
    (context) => {
      const target = context.workbook.tables.getItem(table);
      for (let i = 0; i < rows.length; i++) target.rows.add();
      const added = target
        .getDataBodyRange()
        .getLastRow()
        .getOffsetRange(1 - rows.length, 0)
        .getResizedRange(rows.length - 1, 0);
      if (numberFormats.some((row) => row.some((f) => f !== null))) added.numberFormat = numberFormats;
      added.values = values;
    },
    JSON.stringify(values).length + JSON.stringify(numberFormats).length + rows.length * 64 + 200,
  );
}

export function markSteps(groups: MarkGroup[]): CallStep[] {
  return groups.map((group) =>
    call(
      (context) => {
        const areas = context.workbook.worksheets.getItem(group.sheet).getRanges(group.areas.join(','));
        const rule = areas.conditionalFormats.add('Custom');
        rule.custom.rule.formula = markFormula(group.severity);
        rule.custom.format.fill.color = MARK_STYLE[group.severity].fill;
        rule.custom.format.font.color = MARK_STYLE[group.severity].font;
      },
      group.areas.join(',').length + 300,
    ),
  );
}
