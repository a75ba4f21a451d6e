/**
 * One workbook description, built twice: in the fake Excel (for the Office adapter) and as a real .xlsx
 * through ExcelJS (saved and reopened, so the xlsx port reads what a file holds). Inspectors read both back
 * the same way, so the contract suite can assert the same cells on either.
 */
import ExcelJS from 'exceljs';
import { sampleApplicationsGrid } from '../../src/core/assessment';
import { sampleProjectsGrid } from '../../src/core/sample';
import type { CellValue } from '../../src/core/types';
import { createOfficePort } from '../../src/excel/officePort';
import type { WorkbookPort } from '../../src/port/workbookPort';
import { fromExcelJs, formatOf } from '../../src/xlsx/cellValues';
import { XlsxWorkbookPort } from '../../src/xlsx/xlsxPort';
import { dataValidations } from '../../src/xlsx/xlsxBook';
import { FakeExcel, type FakeExcelOptions } from '../support/fakeExcel';
import { parseRange, rectText, type Rect } from '../support/fakeExcel/model';

export const NOW = new Date(2024, 4, 1, 12, 30);

/** An Excel table over part of `values` (header row first). */
export interface TableFixture {
  name: string;
  /** Header, data rows and — with `totalsRow` — the total row (the last row of the address). */
  address: string;
  /** Excel's Total Row is on; its first cell holds the label written in the fixture's values. */
  totalsRow?: boolean;
  /** The user filtered the table (a filter hides its second data row). */
  filtered?: boolean;
  /** Calculated columns: every data row of column `column` (0-based) holds `formula` (without '='). */
  calculated?: { column: number; formula: string }[];
}

/** The sample workbook: the sample projects in «Prosjekter» and the sample applications in «Søknader». */
export function sampleBookFixture(
  options: { projects?: boolean; applications?: boolean } = {},
): SheetFixture[] {
  const sheets: SheetFixture[] = [];
  if (options.projects ?? true) {
    const values = sampleProjectsGrid().values;
    sheets.push({
      name: 'Prosjekter',
      values,
      tables: [{ name: 'Prosjekter', address: `A1:O${values.length}` }],
    });
  }
  if (options.applications ?? true) {
    const values = sampleApplicationsGrid().values;
    sheets.push({
      name: 'Søknader',
      values,
      tables: [{ name: 'Søknader', address: `A1:S${values.length}` }],
    });
  }
  return sheets;
}

/** The workbook as a whole: the 1904 date system (Excel for Mac's old default). */
export interface BookFixture {
  date1904?: boolean;
}

export interface SheetFixture {
  name: string;
  /** Top-left of `values` (default A1). */
  at?: string;
  values?: CellValue[][];
  formats?: (string | undefined)[][];
  tables?: TableFixture[];
  protected?: boolean;
  /**
   * The user's own conditional format: an expression rule with a fill, on `ref`. `unreadable`: one Excel
   * cannot read back (office-js #6396, #6827); only the fake models that.
   */
  userRule?: { ref: string; formula: string; fill: string; unreadable?: boolean };
  /** The user's own fill on one cell. */
  userFill?: { cell: string; color: string };
  /** The user's own data validation: a list of values on `ref`. */
  userValidation?: { ref: string; values: string[] };
}

export interface Inspector {
  values(sheet: string, address: string): CellValue[][];
  formats(sheet: string, address: string): string[][];
  /** Formula text without '=' per cell; null where a cell holds none. */
  formulas(sheet: string, address: string): (string | null)[][];
  sheets(): { name: string; hidden: boolean }[];
  tables(): { name: string; sheet: string; address: string }[];
  /** Conditional formats on the sheet: formula (without '=') and areas. */
  rules(sheet: string): { formula: string; areas: string }[];
  fill(sheet: string, cell: string): string | undefined;
  /** The look the port gave a cell: bold, fill and font colour (hex, no '#'), wrapped text. */
  style(sheet: string, cell: string): CellStyle;
  /** Column widths in characters (Excel's unit), from column A; undefined where none was set. */
  widths(sheet: string, columns: number): (number | undefined)[];
  /** Frozen rows and page setup. */
  view(sheet: string): SheetView;
  /** The data validation on one cell, in the file's terms (list source without '='; "A,B" quoted). */
  validation(sheet: string, cell: string): { type: string; formula1: string; formula2?: string } | undefined;
}

export interface CellStyle {
  bold: boolean;
  fill?: string;
  font?: string;
  wrap: boolean;
  /** Aligned to the top of its row (Excel's default is the bottom). */
  top?: true;
}

export interface SheetView {
  frozenRows: number;
  paper?: 'A4' | string;
  orientation?: 'portrait' | 'landscape';
  /** Pages wide and tall to fit (0 tall: as many as it takes). */
  fit?: { wide?: number; tall?: number };
  /** Rows repeated on every printed page, "5:5". */
  titleRows?: string;
}

export interface Built {
  port: WorkbookPort;
  inspect: Inspector;
  fake?: FakeExcel;
  xlsx?: XlsxWorkbookPort;
}

const norm = (hex: string) =>
  hex
    .replace('#', '')
    .toUpperCase()
    .replace(/^FF(?=[0-9A-F]{6}$)/, '');

// ------------------------------------------------------------------ fake Excel

export function fakeFrom(
  fixture: SheetFixture[],
  options: FakeExcelOptions = {},
  book: BookFixture = {},
): FakeExcel {
  const fake = new FakeExcel(options);
  fake.model.date1904 = book.date1904 ?? false;
  for (const sheet of fixture) {
    const model = fake.addSheet(sheet.name);
    if (sheet.values) fake.seed(sheet.name, sheet.at ?? 'A1', sheet.values, sheet.formats);
    for (const table of sheet.tables ?? []) {
      const added = fake.addTable(sheet.name, table.address, table.name);
      added.showTotals = table.totalsRow ?? false;
      added.filtered = table.filtered ?? false;
      for (const { column, formula } of table.calculated ?? []) {
        added.calculated[column] = `=${formula}`;
        const body = { top: added.rect.top + 1, bottom: added.rect.bottom - (added.showTotals ? 1 : 0) };
        for (let r = body.top; r <= body.bottom; r++) {
          const row = model.rows.get(r) ?? new Map();
          model.rows.set(r, row);
          row.set(added.rect.left + column, { value: null, formula: `=${formula}` });
        }
      }
    }
    if (sheet.userRule) {
      model.conditionalFormats.push({
        type: 'Custom',
        areas: sheet.userRule.ref.split(' ').map((a) => parseRange(a) as Rect),
        formula: `=${sheet.userRule.formula}`,
        fill: sheet.userRule.fill,
        priority: 0,
        stopIfTrue: false,
        unreadable: sheet.userRule.unreadable,
      });
    }
    if (sheet.userFill) {
      const at = parseRange(sheet.userFill.cell) as Rect;
      const row = model.rows.get(at.top) ?? new Map();
      model.rows.set(at.top, row);
      row.set(at.left, { ...(row.get(at.left) ?? { value: null }), fill: sheet.userFill.color });
    }
    if (sheet.userValidation) {
      model.validations.push({
        rect: parseRange(sheet.userValidation.ref) as Rect,
        rule: { list: { inCellDropDown: true, source: sheet.userValidation.values.join(',') } },
      });
    }
    if (sheet.protected) fake.protect(sheet.name);
  }
  return fake;
}

export function fakeInspector(fake: FakeExcel): Inspector {
  const model = fake.model;
  return {
    values: (sheet, address) => fake.values(sheet, address),
    formats: (sheet, address) => model.readFormats(model.sheet(sheet), parseRange(address) as Rect),
    formulas: (sheet, address) => {
      const rect = parseRange(address) as Rect;
      return Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) =>
        Array.from({ length: rect.right - rect.left + 1 }, (_, j) => {
          const formula = model.cell(model.sheet(sheet), rect.top + i, rect.left + j)?.formula;
          return formula ? formula.replace(/^=/, '') : null;
        }),
      );
    },
    sheets: () => model.sheets.map((s) => ({ name: s.name, hidden: s.visibility !== 'Visible' })),
    tables: () =>
      model.tables.map((t) => ({
        name: t.name,
        sheet: model.sheetById(t.sheetId)?.name ?? '',
        address: rectText(t.rect),
      })),
    rules: (sheet) =>
      model.sheet(sheet).conditionalFormats.map((cf) => ({
        formula: (cf.formula ?? '').replace(/^=/, ''),
        areas: cf.areas.map(rectText).join(' '),
      })),
    fill: (sheet, cell) => {
      const at = parseRange(cell) as Rect;
      const fill = model.cell(model.sheet(sheet), at.top, at.left)?.fill;
      return fill ? norm(fill) : undefined;
    },
    style: (sheet, cell) => {
      const at = parseRange(cell) as Rect;
      const c = model.cell(model.sheet(sheet), at.top, at.left);
      return {
        bold: Boolean(c?.bold),
        ...(c?.fill ? { fill: norm(c.fill) } : {}),
        ...(c?.fontColor ? { font: norm(c.fontColor) } : {}),
        wrap: Boolean(c?.wrap),
        ...(c?.verticalAlignment === 'Top' ? { top: true } : {}),
      };
    },
    widths: (sheet, columns) =>
      Array.from({ length: columns }, (_, i) => {
        const points = model.sheet(sheet).columnWidths.get(i + 1);
        // Back from points to characters of Calibri 11: 7 px each plus 5 px padding, 0.75 pt per px.
        return points === undefined ? undefined : Math.round((points / 0.75 - 5) / 7);
      }),
    validation: (sheet, cell) => {
      const at = parseRange(cell) as Rect;
      const found = model
        .sheet(sheet)
        .validations.find(
          (v) =>
            v.rect.top <= at.top &&
            v.rect.bottom >= at.top &&
            v.rect.left <= at.left &&
            v.rect.right >= at.left,
        );
      if (!found) return undefined;
      if (found.rule.list) {
        const source = found.rule.list.source;
        return { type: 'list', formula1: source.startsWith('=') ? source.slice(1) : `"${source}"` };
      }
      const decimal = found.rule.decimal!;
      return { type: 'decimal', formula1: String(decimal.formula1), formula2: String(decimal.formula2) };
    },
    view: (sheet) => {
      const ws = model.sheet(sheet);
      const page = ws.pageLayout;
      return {
        frozenRows: ws.frozenRows,
        ...(page.paperSize ? { paper: page.paperSize } : {}),
        ...(page.orientation
          ? { orientation: page.orientation.toLowerCase() as 'portrait' | 'landscape' }
          : {}),
        ...(page.zoom
          ? { fit: { wide: page.zoom.horizontalFitToPages, tall: page.zoom.verticalFitToPages } }
          : {}),
        ...(page.printTitleRows ? { titleRows: page.printTitleRows.replace(/\$/g, '') } : {}),
      };
    },
  };
}

export function officeBuilt(fake: FakeExcel): Built {
  const port = createOfficePort({
    run: fake.run as never,
    resume: fake.run as never,
    isSetSupported: fake.isSetSupported,
    now: () => NOW,
  });
  return { port, inspect: fakeInspector(fake), fake };
}

// ------------------------------------------------------------------ ExcelJS

export async function xlsxFrom(fixture: SheetFixture[], book: BookFixture = {}): Promise<XlsxWorkbookPort> {
  const workbook = new ExcelJS.Workbook();
  if (book.date1904) (workbook.properties as { date1904?: boolean }).date1904 = true;
  for (const sheet of fixture) {
    const ws = workbook.addWorksheet(sheet.name);
    const start = parseRange(sheet.at ?? 'A1') as Rect;
    (sheet.values ?? []).forEach((row, i) =>
      row.forEach((value, j) => {
        const format = sheet.formats?.[i]?.[j];
        if (value === null && !format) return;
        const cell = ws.getCell(start.top + i, start.left + j);
        if (format) cell.numFmt = format;
        cell.value =
          value !== null && typeof value === 'object'
            ? ({ error: value.error } as ExcelJS.CellErrorValue)
            : value;
      }),
    );
    for (const table of sheet.tables ?? []) {
      const rect = parseRange(table.address) as Rect;
      const grab = (r: number) =>
        Array.from(
          { length: rect.right - rect.left + 1 },
          (_, j) => ws.getCell(r, rect.left + j).value as ExcelJS.CellValue,
        );
      const headers = grab(rect.top).map(String);
      const bottom = table.totalsRow ? rect.bottom - 1 : rect.bottom;
      const rows = Array.from({ length: bottom - rect.top }, (_, i) => grab(rect.top + 1 + i));
      const label = table.totalsRow ? ws.getCell(rect.bottom, rect.left).value : undefined;
      ws.addTable({
        name: table.name,
        ref: `${rectText({ ...rect, bottom: rect.top, right: rect.left })}`,
        headerRow: true,
        totalsRow: table.totalsRow ?? false,
        columns: headers.map((name, j) =>
          j === 0 && label !== undefined ? { name, totalsRowLabel: String(label) } : { name },
        ),
        rows,
      });
      for (const { column, formula } of table.calculated ?? [])
        for (let r = rect.top + 1; r <= bottom; r++) ws.getCell(r, rect.left + column).value = { formula };
      // What a filter leaves in the file: the rows it hides are hidden rows.
      if (table.filtered) ws.getRow(rect.top + 2).hidden = true;
    }
    if (sheet.userRule) {
      ws.addConditionalFormatting({
        ref: sheet.userRule.ref,
        rules: [
          {
            type: 'expression',
            priority: 1,
            formulae: [sheet.userRule.formula],
            style: {
              fill: {
                type: 'pattern',
                pattern: 'solid',
                bgColor: { argb: `FF${norm(sheet.userRule.fill)}` },
              },
            },
          },
        ],
      });
    }
    if (sheet.userFill) {
      ws.getCell(sheet.userFill.cell).fill = {
        type: 'pattern',
        pattern: 'solid',
        fgColor: { argb: `FF${norm(sheet.userFill.color)}` },
      };
    }
    if (sheet.userValidation) {
      const rect = parseRange(sheet.userValidation.ref) as Rect;
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++)
          ws.getCell(r, c).dataValidation = {
            type: 'list',
            allowBlank: true,
            formulae: [`"${sheet.userValidation.values.join(',')}"`],
          };
    }
    if (sheet.protected) await ws.protect('', {});
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return XlsxWorkbookPort.open(new Uint8Array(buffer as ArrayBuffer), () => NOW);
}

export function xlsxInspector(port: XlsxWorkbookPort): Inspector {
  const workbook = port.workbook;
  const sheet = (name: string) =>
    workbook.worksheets.find((s) => s.name.toLowerCase() === name.toLowerCase()) as ExcelJS.Worksheet;
  const each = <T>(name: string, address: string, read: (cell: ExcelJS.Cell | undefined) => T): T[][] => {
    const rect = parseRange(address) as Rect;
    const ws = sheet(name);
    return Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) =>
      Array.from({ length: rect.right - rect.left + 1 }, (_, j) =>
        read(ws.findCell(rect.top + i, rect.left + j)),
      ),
    );
  };
  return {
    values: (name, address) => each(name, address, (cell) => fromExcelJs(cell?.value)),
    formats: (name, address) => each(name, address, (cell) => formatOf(cell?.numFmt)),
    formulas: (name, address) => each(name, address, (cell) => (cell?.formula ? cell.formula : null)),
    sheets: () => workbook.worksheets.map((s) => ({ name: s.name, hidden: s.state !== 'visible' })),
    tables: () =>
      workbook.worksheets.flatMap((s) =>
        Object.values(
          (s as unknown as { tables: Record<string, { table: { name: string; tableRef?: string } }> }).tables,
        ).map(({ table }) => ({ name: table.name, sheet: s.name, address: table.tableRef ?? '' })),
      ),
    rules: (name) =>
      (
        sheet(name) as unknown as {
          conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[];
        }
      ).conditionalFormattings.map((cf) => ({ formula: cf.rules[0]?.formulae?.[0] ?? '', areas: cf.ref })),
    fill: (name, cell) => {
      const fill = sheet(name).findCell(parseRange(cell)!.top, parseRange(cell)!.left)?.fill as
        { fgColor?: { argb?: string } } | undefined;
      return fill?.fgColor?.argb ? norm(fill.fgColor.argb) : undefined;
    },
    style: (name, address) => {
      const at = parseRange(address) as Rect;
      const cell = sheet(name).findCell(at.top, at.left);
      const fill = (cell?.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
      const font = cell?.font?.color?.argb;
      return {
        bold: Boolean(cell?.font?.bold),
        ...(fill ? { fill: norm(fill) } : {}),
        ...(font ? { font: norm(font) } : {}),
        wrap: Boolean(cell?.alignment?.wrapText),
        ...(cell?.alignment?.vertical === 'top' ? { top: true } : {}),
      };
    },
    widths: (name, columns) =>
      Array.from({ length: columns }, (_, i) => sheet(name).getColumn(i + 1).width ?? undefined),
    validation: (name, cell) => {
      const found = dataValidations(sheet(name))[cell];
      if (!found) return undefined;
      const [formula1, formula2] = (found.formulae ?? []).map(String);
      return { type: found.type, formula1, ...(formula2 !== undefined ? { formula2 } : {}) };
    },
    view: (name) => {
      const ws = sheet(name);
      const frozen = ws.views?.[0] as { state?: string; ySplit?: number } | undefined;
      const page = ws.pageSetup;
      return {
        frozenRows: frozen?.state === 'frozen' ? (frozen.ySplit ?? 0) : 0,
        ...(page.paperSize === 9 ? { paper: 'A4' } : {}),
        ...(page.orientation ? { orientation: page.orientation } : {}),
        ...(page.fitToPage ? { fit: { wide: page.fitToWidth, tall: page.fitToHeight } } : {}),
        ...(page.printTitlesRow ? { titleRows: page.printTitlesRow.replace(/\$/g, '') } : {}),
      };
    },
  };
}

export async function xlsxBuilt(fixture: SheetFixture[], book: BookFixture = {}): Promise<Built> {
  const port = await xlsxFrom(fixture, book);
  return { port, inspect: xlsxInspector(port), xlsx: port };
}

/** Both implementations, for describe.each. */
export const implementations: [string, (fixture: SheetFixture[], book?: BookFixture) => Promise<Built>][] = [
  ['Office.js over the fake Excel', async (fixture, book) => officeBuilt(fakeFrom(fixture, {}, book))],
  ['ExcelJS', xlsxBuilt],
];

/** A failure from the port, as a value, so a test can assert its code and message. */
export async function failure(
  promise: Promise<unknown>,
): Promise<{ code: string; message: string; messageEn: string; sheet?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string; messageEn: string; sheet?: string };
  }
  throw new Error('expected the operation to fail');
}
