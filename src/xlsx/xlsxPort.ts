/**
 * The WorkbookPort over .xlsx files, for the CLI, the browser preview and tests. Same names, layout, checks
 * and messages as the Office port. Reads go through the bounded reader (src/xlsx/read: the platform's inflater
 * and saxes, every input limited, merges never expanded); writes go through ExcelJS, loaded only when a write comes
 * and only after the reader has found the file safe for it. After a write, reads read what saving would
 * write, so a read always sees the workbook as the file would hold it. ExcelJS cannot write charts: their
 * specs are kept in `charts` (the preview draws them) and the result says the .xlsx has none. No `fs` here:
 * see file.ts for paths.
 */
import type ExcelJS from 'exceljs';
import type { PlanTable } from '../core/plan';
import { a1 } from '../core/cells';
import type { CellValue, Grid } from '../core/types';
import {
  parseAddress,
  parseRect,
  rectAddress,
  rectColumns,
  rectRows,
  sheetAddress,
  type Rect,
} from '../port/addresses';
import { portErrors, type PortError } from '../port/errors';
import { mayHoldTotals } from '../port/totals';
import {
  GENERAL_FORMAT,
  HEADER_STYLE,
  formatOfKind,
  layoutOwnedSheet,
  LOG_FORMATS,
  LOG_PRINT,
  LOG_WIDTHS,
  logRow,
  SECONDARY_FONT,
  TEXT_FORMAT,
  type OwnedSheetLayout,
  type PlannedChart,
  type SumRow,
} from '../port/layout';
import { groupMarks, isMarkFormula, MARK_STYLE, markedCells, markFormula } from '../port/marks';
import {
  APPEND_ACTION,
  APPLICATIONS,
  ignoredCandidates,
  PAYMENTS,
  LOG_HEADERS,
  LOG_SHEET,
  LOG_TABLE,
  PLAN_SHEET,
  PLAN_TABLE_NAMES,
  PROJECTS,
  SETTINGS_KEYS,
  SETTINGS_ROWS,
  SETTINGS_SHEET,
  SETTINGS_TITLE,
  VALIDATION_SETTING,
  type MappingKind,
} from '../port/names';
import {
  addedPlanTableLayout,
  PLAN_TABLE_ACTIONS,
  planSheetSpec,
  planTableReplacement,
} from '../port/planTable';
import { decodeMapping, encodeMapping } from '../port/settings';
import {
  applicationsTableSpec,
  paymentsTableSpec,
  projectTableSpec,
  type UserTableSpec,
} from '../port/userTables';
import {
  columnOf,
  decodeValidations,
  encodeValidations,
  mergeRecords,
  placeValidation,
  sameValidation,
  type ColumnValidation,
  type PlacedValidation,
  type ValidationResult,
} from '../port/validation';
import type {
  AppendOptions,
  CellMark,
  MarkResult,
  OperationRead,
  OperationReadOptions,
  OwnedSheetSpec,
  PortCapabilities,
  PortWarning,
  SavedMapping,
  TableRead,
  WorkbookPort,
  WriteResult,
} from '../port/workbookPort';
import { fromExcelJs } from './cellValues';
import type { ReadLimits } from './read/limits';
import { XlsxReader, type ReaderPlatform, type SheetInfo, type TableInfo } from './read/book';
import {
  dataRect,
  dataValidations,
  forEachCell,
  fromExcelJsValidation,
  newExcelWorkbook,
  same,
  setFormula,
  setStyle,
  writableTables,
  tableRect,
  toExcelJsValidation,
  XlsxBook,
  type ConditionalFormatting,
} from './xlsxBook';

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** Excel's default row height for Calibri 11, per line of wrapped text. */
const LINE_HEIGHT_POINTS = 15;

/** A4 (ExcelJS's paperSize 9), one page wide, as many pages tall as it takes (fitToHeight 0). */
const PAGE_SETUP: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
};

/** The header row's look (HEADER_STYLE), as an ExcelJS style. */
const HEADER_CELL: Partial<ExcelJS.Style> = {
  font: { bold: true, color: { argb: argb(HEADER_STYLE.font) } },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(HEADER_STYLE.fill) } },
};

/** Where a grid sits on its sheet. */
function gridRect(grid: Grid): Rect {
  return {
    top: grid.top,
    left: grid.left,
    bottom: grid.top + Math.max(grid.values.length, 1) - 1,
    right: grid.left + Math.max(grid.values[0]?.length ?? 1, 1) - 1,
  };
}

/**
 * A table's header row and data rows as a grid: its total row (Excel's Total Row, `totalsRowCount`) is no
 * data and is left out. A table without a header row (`headerRowCount="0"`) gets its column names, which
 * only the table part holds, as a header row above it.
 */
async function tableGrid(reader: XlsxReader, table: TableInfo): Promise<{ grid: Grid; rect: Rect }> {
  const rect = { ...table.ref, bottom: Math.max(table.ref.top, table.ref.bottom - table.totalsRows) };
  if (table.headerRows > 0 || rect.top === 1)
    return { grid: await reader.grid(table.sheet, rect, { formats: true, anchored: true }), rect };
  // The row above stands in for the header row, so the grid with its names is bounded like any other.
  const grid = await reader.grid(
    table.sheet,
    { ...rect, top: rect.top - 1 },
    { formats: true, anchored: true },
  );
  const width = grid.values[0]?.length ?? 0;
  const names = Array.from({ length: width }, (_, j) => table.columns[j] ?? null);
  return {
    grid: {
      ...grid,
      values: [names, ...grid.values.slice(1)],
      numberFormats: grid.numberFormats && [names.map(() => 'General'), ...grid.numberFormats.slice(1)],
      formulas: grid.formulas && [names.map(() => undefined), ...grid.formulas.slice(1)],
    },
    rect,
  };
}

const CHART_WARNING: PortWarning = {
  code: 'chart-not-saved',
  message:
    'Diagrammene vises i forhåndsvisningen, men .xlsx-fila får ingen diagrammer (ExcelJS kan ikke skrive dem).',
  messageEn: 'The charts show in the preview, but the .xlsx file gets none (ExcelJS cannot write them).',
};

export class XlsxWorkbookPort implements WorkbookPort {
  readonly kind = 'xlsx' as const;
  readonly capabilities: PortCapabilities = {
    nativeCharts: false,
    hyperlinks: true,
    marks: true,
    liveSelection: false,
  };
  /** Chart specs per owned sheet, for the preview to draw. Not saved in the file. */
  readonly charts = new Map<string, PlannedChart[]>();

  /** The ExcelJS workbook writes go to; loaded from `source` on the first write when opened for reading. */
  private model?: ExcelJS.Workbook;
  private modelBook?: XlsxBook;
  /** What reads read: the bounded reader over the file, or over the saved model after a write. */
  private snapshot?: Promise<XlsxReader>;

  /**
   * Over an ExcelJS workbook (a new one by default): reads read what saving it would write. To read a file,
   * use `open` (to write into it too) or `openForReading`.
   */
  constructor(
    workbook: ExcelJS.Workbook | null = newExcelWorkbook(),
    private readonly now: () => Date = () => new Date(),
    private readonly limits: Partial<ReadLimits> = {},
    private readonly source?: Uint8Array,
    private readonly platform: ReaderPlatform = {},
  ) {
    if (workbook) this.adopt(workbook);
  }

  /**
   * A file to read and write (the preview, tests): read by the bounded reader, then — once the reader has
   * found it safe for ExcelJS (no merge or validation that ExcelJS would expand cell by cell) — loaded into
   * ExcelJS for the writes.
   */
  static async open(
    data: ArrayBuffer | Uint8Array,
    now?: () => Date,
    limits?: Partial<ReadLimits>,
  ): Promise<XlsxWorkbookPort> {
    const port = await XlsxWorkbookPort.openForReading(data, { now, limits });
    await port.edit();
    return port;
  }

  /**
   * A file to read (the CLI): only the bounded reader, which reads a sheet when a read first needs it.
   * ExcelJS is loaded (after the same safety check) only if a write comes. Throws ZipFormatError for a file
   * that is no workbook, and PortError `read-limit` / `damaged`. `platform`: what the platform lends the
   * reader (the CLI: Node's zlib).
   */
  static async openForReading(
    data: ArrayBuffer | Uint8Array,
    options: { now?: () => Date; limits?: Partial<ReadLimits>; platform?: ReaderPlatform } = {},
  ): Promise<XlsxWorkbookPort> {
    const { now, limits = {}, platform } = options;
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const port = new XlsxWorkbookPort(null, now, limits, bytes, platform);
    port.snapshot = XlsxReader.open(bytes, limits, platform);
    await port.snapshot;
    return port;
  }

  private adopt(workbook: ExcelJS.Workbook): void {
    this.model = workbook;
    this.modelBook = new XlsxBook(workbook);
    this.snapshot = undefined;
  }

  /**
   * The ExcelJS workbook, for code that changes it directly (the preview's cell edits): the next read reads
   * it again. Only there once the port has loaded it (`open`, or a write after `openForReading`).
   */
  get workbook(): ExcelJS.Workbook {
    if (!this.model)
      throw new Error('XlsxWorkbookPort: opened for reading; the workbook loads on the first write');
    this.snapshot = undefined;
    return this.model;
  }

  /** The ExcelJS side, for the writes; every write starts with `await this.edit()`. */
  private get book(): XlsxBook {
    if (!this.modelBook) throw new Error('XlsxWorkbookPort: write before edit()');
    this.snapshot = undefined;
    return this.modelBook;
  }

  /** Loads the file into ExcelJS if it is not yet (refused when ExcelJS would expand it); reads read again after. */
  private async edit(): Promise<void> {
    if (!this.model) {
      await (await this.reader()).checkSafeForExcelJs();
      const workbook = newExcelWorkbook();
      const bytes = this.source as Uint8Array;
      await workbook.xlsx.load(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      );
      writableTables(workbook);
      this.adopt(workbook);
    }
    this.snapshot = undefined;
  }

  /** The reader over what the workbook holds now. */
  private reader(): Promise<XlsxReader> {
    this.snapshot ??= this.save().then((bytes) => XlsxReader.open(bytes, this.limits, this.platform));
    return this.snapshot;
  }

  async save(): Promise<Uint8Array> {
    if (!this.model) return this.source as Uint8Array;
    const buffer = await this.model.xlsx.writeBuffer();
    return new Uint8Array(buffer as ArrayBuffer);
  }

  // ------------------------------------------------------------------ reading cells

  private async locate(reader: XlsxReader, name: string, range?: string): Promise<TableRead | null> {
    if (range) {
      const grid = await this.rangeGrid(reader, range);
      return { grid, source: 'range', address: sheetAddress(grid.sheet, gridRect(grid)) };
    }
    const table = reader.table(name);
    if (table) {
      const { grid, rect } = await tableGrid(reader, table);
      return this.withIgnored(reader, name, {
        grid,
        source: 'table',
        tableName: table.name,
        address: sheetAddress(table.sheet.name, rect),
      });
    }
    const sheet = reader.sheet(name);
    if (!sheet) return null;
    const rect = await reader.usedRect(sheet);
    return this.withIgnored(reader, name, {
      grid: rect
        ? await reader.grid(sheet, rect, { formats: true, anchored: false })
        : { sheet: sheet.name, top: 1, left: 1, values: [], numberFormats: [] },
      source: 'sheet',
      address: sheetAddress(sheet.name, rect ?? 'A1'),
    });
  }

  /** The read, with the other tables and sheets `name` could have meant. */
  private withIgnored(reader: XlsxReader, name: string, read: TableRead): TableRead {
    const tables = reader.tables.map((t) => ({ name: t.name, sheet: t.sheet.name }));
    const used = { source: read.source, name: read.tableName, sheet: read.grid.sheet };
    const ignored = ignoredCandidates(
      name,
      used,
      tables,
      reader.worksheets().map((s) => s.name),
    );
    return ignored.length > 0 ? { ...read, ignored } : read;
  }

  private async rangeGrid(reader: XlsxReader, address: string): Promise<Grid> {
    const parsed = parseAddress(address);
    if (!parsed) throw portErrors.invalidAddress(address);
    const sheet = parsed.sheet !== undefined ? reader.sheet(parsed.sheet) : reader.activeSheet();
    if (!sheet) throw portErrors.sheetNotFound(parsed.sheet ?? '');
    return reader.grid(sheet, parsed.rect, { formats: true, anchored: true });
  }

  /** The Plan tables' rows, header included (a table's total row is no data). */
  private async planTablesOf(reader: XlsxReader): Promise<Record<string, CellValue[][]> | null> {
    const tables: Record<string, CellValue[][]> = {};
    for (const name of PLAN_TABLE_NAMES) {
      const table = reader.table(name);
      if (table && same(table.sheet.name, PLAN_SHEET))
        tables[table.name] = (await tableGrid(reader, table)).grid.values;
    }
    return Object.keys(tables).length > 0 ? tables : null;
  }

  // ------------------------------------------------------------------ reads

  async readProjects(options: { range?: string } = {}): Promise<TableRead | null> {
    return this.locate(await this.reader(), PROJECTS, options.range);
  }

  async readApplications(options: { range?: string } = {}): Promise<TableRead | null> {
    return this.locate(await this.reader(), APPLICATIONS, options.range);
  }

  async readPlanTables(): Promise<Record<string, CellValue[][]> | null> {
    return this.planTablesOf(await this.reader());
  }

  async readForOperation(options: OperationReadOptions = {}): Promise<OperationRead> {
    const reader = await this.reader();
    const want = (value: boolean | { range?: string } | undefined, fallback: boolean) => value ?? fallback;
    const range = (value: boolean | { range?: string }) =>
      typeof value === 'object' ? value.range : undefined;
    const projectsOption = want(options.projects, true);
    const applicationsOption = want(options.applications, false);
    const projects = projectsOption ? await this.locate(reader, PROJECTS, range(projectsOption)) : null;
    const applications = applicationsOption
      ? await this.locate(reader, APPLICATIONS, range(applicationsOption))
      : null;
    const payments = options.payments ? await this.locate(reader, PAYMENTS) : null;
    const main = [projects, applications, payments].filter((r): r is TableRead => r !== null);
    const readSheets = main.filter((r) => r.source !== 'range').map((r) => r.grid.sheet);
    const owned = reader.ownedSheets();
    const others = options.sheets
      ? reader
          .worksheets()
          .filter(
            (s) =>
              s.state === 'visible' &&
              !owned.some((o) => same(o, s.name)) &&
              !readSheets.some((r) => same(r, s.name)),
          )
      : [];
    const mappings: OperationRead['mappings'] = {};
    if (options.mapping !== false) {
      for (const kind of Object.keys(SETTINGS_ROWS) as MappingKind[]) {
        const saved = await this.mappingOf(reader, kind);
        if (saved) mappings[kind] = saved;
      }
    }
    const markSheets = [...new Set([...main.map((r) => r.grid.sheet), ...others.map((s) => s.name)])];
    // Only sheets that may hold a total are handed on: the sum checks have nothing to do on the others.
    const sheets: Grid[] = [];
    for (const s of others) {
      const cells = await reader.cells(s);
      if (!mayHoldTotals(cells.texts(), cells.formulaTexts())) continue;
      const rect = await reader.usedRect(s);
      sheets.push(
        rect
          ? await reader.grid(s, rect, { formats: false, anchored: false })
          : { sheet: s.name, top: 1, left: 1, values: [] },
      );
    }
    const marks: OperationRead['marks'] = { sheets: [] };
    for (const name of markSheets) {
      const described = await reader.describe(reader.sheet(name) as SheetInfo);
      marks.sheets.push({ name, protected: described.isProtected });
    }
    return {
      projects,
      applications,
      payments,
      planTables: options.plan === false ? null : await this.planTablesOf(reader),
      mappings,
      sheets,
      ownedSheets: owned,
      marks,
    };
  }

  async readRange(address: string): Promise<Grid> {
    return this.rangeGrid(await this.reader(), address);
  }

  async getSelectedAddress(): Promise<string | null> {
    const reader = await this.reader();
    const sheet = reader.activeSheet();
    if (!sheet) return null;
    return sheetAddress(sheet.name, (await reader.describe(sheet)).activeCell ?? 'A1');
  }

  private async mappingOf(reader: XlsxReader, kind: MappingKind): Promise<SavedMapping | null> {
    const sheet = reader.sheet(SETTINGS_SHEET);
    if (!sheet || !reader.ownedSheets().some((o) => same(o, sheet.name))) return null;
    return decodeMapping((await reader.cells(sheet)).value(SETTINGS_ROWS[kind], 2));
  }

  async readMapping(kind: MappingKind = 'projects'): Promise<SavedMapping | null> {
    return this.mappingOf(await this.reader(), kind);
  }

  async listOwnedSheets(): Promise<string[]> {
    return (await this.reader()).ownedSheets();
  }

  // ------------------------------------------------------------------ writing cells

  private writeLayout(sheet: ExcelJS.Worksheet, layout: OwnedSheetLayout): void {
    for (const title of layout.titles) {
      this.book.setCells(sheet, title.top, title.left, title.values, title.numberFormats);
      if (title.bold) setStyle(sheet.getCell(title.top, title.left), { font: { bold: true } });
    }
    for (const table of layout.tables) {
      const [headers, ...rows] = table.block.values;
      const values: unknown[][] = rows.map((row) =>
        row.map((v) => (v !== null && typeof v === 'object' ? { error: v.error } : v)),
      );
      for (const link of table.links) {
        values[link.row - table.block.top - 1][link.column - table.block.left] = {
          formula: link.formula.slice(1),
          result: link.text,
        };
      }
      sheet.addTable({
        name: table.name,
        ref: rectAddress({ ...table.rect, bottom: table.rect.top, right: table.rect.left }),
        headerRow: true,
        style: { theme: 'TableStyleLight9', showRowStripes: true },
        columns: headers.map((h) => ({ name: String(h), filterButton: true })),
        rows: values,
      });
      table.block.numberFormats.forEach((row, i) =>
        row.forEach((format, j) =>
          setStyle(sheet.getCell(table.block.top + i, table.block.left + j), { numFmt: format }),
        ),
      );
      headers.forEach((_, j) => setStyle(sheet.getCell(table.rect.top, table.rect.left + j), HEADER_CELL));
      for (const column of table.secondary) {
        for (let row = table.rect.top + 1; row <= table.rect.bottom; row++)
          setStyle(sheet.getCell(row, column), { font: { color: { argb: argb(SECONDARY_FONT) } } });
      }
      if (table.sum) this.writeSumRow(sheet, table.sum);
    }
    this.setColumns(sheet, layout);
    if (layout.addition) return;
    if (layout.frozenRows > 0) {
      sheet.views = [
        { state: 'frozen', xSplit: 0, ySplit: layout.frozenRows, topLeftCell: a1(layout.frozenRows + 1, 1) },
      ];
    }
    const titles = layout.print.titleRows;
    sheet.pageSetup = {
      ...sheet.pageSetup,
      ...PAGE_SETUP,
      orientation: layout.print.orientation,
      fitToHeight: layout.print.pagesTall,
      ...(titles ? { printTitlesRow: `${titles.top}:${titles.bottom}` } : {}),
    };
  }

  private writeSumRow(sheet: ExcelJS.Worksheet, sum: SumRow): void {
    sum.values.forEach((value, j) => {
      const cell = sheet.getCell(sum.top, sum.left + j);
      const formula = sum.formulas[j];
      if (formula) setFormula(cell, formula, value as number);
      else cell.value = value as ExcelJS.CellValue;
      setStyle(cell, { numFmt: sum.numberFormats[j], font: { bold: true } });
    });
  }

  /** Fitted widths; text that would be wider wraps. Below what a sheet already holds, widths only grow. */
  private setColumns(sheet: ExcelJS.Worksheet, layout: OwnedSheetLayout): void {
    layout.columnWidths.forEach((chars, i) => {
      const column = sheet.getColumn(i + 1);
      column.width = layout.addition ? Math.max(column.width ?? 0, chars) : chars;
    });
    for (const table of layout.tables) {
      const { top, left, bottom, right } = table.rect;
      const wrapping = new Set(layout.wrapColumns.filter((c) => c >= left && c <= right));
      if (wrapping.size === 0) continue;
      // A row with wrapped text is taller: its other cells at the top too, level with the text's first line.
      for (let row = top + 1; row <= bottom; row++)
        for (let column = left; column <= right; column++) {
          const cell = sheet.getCell(row, column);
          const wrap = wrapping.has(column) ? { wrapText: true } : {};
          setStyle(cell, { alignment: { ...cell.alignment, ...wrap, vertical: 'top' } });
        }
    }
    // A wrapped remark gets the lines it needs: a file's row height is not grown when the file is opened.
    for (const { row, lines } of layout.wrappedRows)
      sheet.getRow(row).height = Math.max(sheet.getRow(row).height ?? 0, LINE_HEIGHT_POINTS * lines);
  }

  private checkLog(): void {
    const sheet = this.book.sheet(LOG_SHEET);
    if (sheet && !this.book.isOwned(sheet.name)) throw portErrors.sheetNameTaken(sheet.name);
    if (sheet && this.book.isProtected(sheet)) throw portErrors.sheetProtected(sheet.name);
    const table = this.book.table(LOG_TABLE);
    if (table && !same(table.sheet.name, LOG_SHEET))
      throw portErrors.tableNameTaken(LOG_TABLE, table.sheet.name);
  }

  private log(action: string, target: string, rows: number): PortWarning[] {
    const row = logRow(this.now(), action, target, rows, this.book.date1904);
    const table = this.book.table(LOG_TABLE);
    if (table) {
      this.book.growTable(table.sheet, table.model, [row], false);
      return [];
    }
    const existing = this.book.sheet(LOG_SHEET);
    const sheet = existing ? this.book.recreate(existing) : this.book.addOwnedSheet(LOG_SHEET);
    sheet.addTable({
      name: LOG_TABLE,
      ref: 'A1',
      headerRow: true,
      style: { theme: 'TableStyleLight1', showRowStripes: true },
      columns: LOG_HEADERS.map((name) => ({ name, filterButton: true })),
      rows: [row],
    });
    LOG_HEADERS.forEach((_, j) => setStyle(sheet.getCell(1, j + 1), { ...HEADER_CELL, numFmt: TEXT_FORMAT }));
    LOG_FORMATS.forEach((format, j) => (sheet.getCell(2, j + 1).numFmt = format));
    LOG_WIDTHS.forEach((chars, j) => (sheet.getColumn(j + 1).width = chars));
    sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2' }];
    sheet.pageSetup = {
      ...sheet.pageSetup,
      ...PAGE_SETUP,
      orientation: LOG_PRINT.orientation,
      printTitlesRow: '1:1',
    };
    return existing
      ? [
          {
            code: 'log-recreated',
            message: 'Tabellen på arket «Logg» manglet, så loggen ble startet på nytt.',
            messageEn: 'The table on the "Logg" sheet was missing, so the log was started again.',
          },
        ]
      : [];
  }

  private checkTableNames(layout: OwnedSheetLayout, ownSheet?: string): void {
    const names = this.book.namesModel().map((n) => n.name);
    for (const table of layout.tables) {
      const clash = this.book.table(table.name);
      if (
        (clash && !(ownSheet && same(clash.sheet.name, ownSheet))) ||
        names.some((n) => same(n, table.name))
      ) {
        throw portErrors.tableNameTaken(table.name, clash?.sheet.name);
      }
    }
  }

  // ------------------------------------------------------------------ writes

  async writeOwnedSheet(spec: OwnedSheetSpec): Promise<WriteResult> {
    await this.edit();
    const layout = layoutOwnedSheet(spec);
    const existing = this.book.sheet(spec.name);
    if (existing && !this.book.isOwned(existing.name)) throw portErrors.sheetNameTaken(existing.name);
    if (existing && this.book.isProtected(existing)) throw portErrors.sheetProtected(existing.name);
    this.checkLog();
    this.checkTableNames(layout, existing?.name);
    const sheet = existing ? this.book.recreate(existing) : this.book.addOwnedSheet(spec.name);
    this.writeLayout(sheet, { ...layout, sheet: sheet.name });
    this.charts.set(sheet.name, layout.charts);
    if (spec.activate !== false) this.book.activate(sheet);
    const rows = spec.tables.reduce((n, t) => n + t.rows.length, 0);
    const warnings = this.log(spec.action ?? 'Skrev ark', sheet.name, rows);
    if (layout.charts.length > 0) warnings.unshift(CHART_WARNING);
    const last = layout.tables[layout.tables.length - 1];
    return {
      sheet: sheet.name,
      address: last ? sheetAddress(sheet.name, last.rect) : undefined,
      rows,
      charts: layout.charts.map((c) => ({ name: c.spec.name, kind: c.spec.kind, native: false })),
      warnings,
    };
  }

  async createPlanSheet(tables: PlanTable[]): Promise<WriteResult> {
    await this.edit();
    const layout = layoutOwnedSheet(planSheetSpec(tables));
    if (this.book.sheet(PLAN_SHEET)) throw portErrors.planExists();
    this.checkLog();
    this.checkTableNames(layout);
    const sheet = this.workbook.addWorksheet(PLAN_SHEET);
    this.writeLayout(sheet, layout);
    const rows = tables.reduce((n, t) => n + t.rows.length, 0);
    const warnings = this.log('Opprettet plan', PLAN_SHEET, rows);
    return { sheet: PLAN_SHEET, rows, charts: [], warnings };
  }

  async writePlanTable(table: PlanTable): Promise<WriteResult> {
    await this.edit();
    const newSheet = layoutOwnedSheet(planSheetSpec([table]));
    const sheet = this.book.sheet(PLAN_SHEET);
    if (sheet && this.book.isProtected(sheet)) throw portErrors.sheetProtected(sheet.name);
    this.checkLog();
    const clash = this.book.table(table.name);
    const named = this.book.namesModel().some((n) => same(n.name, table.name));
    if (clash ? !sheet || clash.sheet !== sheet : named)
      throw portErrors.tableNameTaken(table.name, clash?.sheet.name);
    let rect: Rect;
    let action = PLAN_TABLE_ACTIONS.added;
    if (!sheet) {
      this.writeLayout(this.workbook.addWorksheet(PLAN_SHEET), newSheet);
      rect = newSheet.tables[0].rect;
    } else if (!clash) {
      const bottoms = this.book.tablesOn(sheet).map((t) => tableRect(t).bottom);
      const layout = addedPlanTableLayout(
        sheet.name,
        table,
        Math.max(0, this.book.usedRect(sheet)?.bottom ?? 0, ...bottoms),
      );
      this.writeLayout(sheet, layout);
      rect = layout.tables[0].rect;
    } else {
      const now = tableRect(clash.model);
      const grid = this.book.gridOf(sheet, now, true);
      const change = planTableReplacement(table, {
        sheet: sheet.name,
        rect: now,
        values: grid.values,
        formats: grid.numberFormats ?? [],
        filled: (row, column) => !this.book.isEmpty(sheet, row, column),
        others: this.book
          .tablesOn(sheet)
          .filter((t) => t !== clash.model)
          .map(tableRect),
      });
      const { cleared, body } = change;
      if (cleared) {
        const blank = Array.from({ length: rectRows(cleared) }, () =>
          Array.from({ length: rectColumns(cleared) }, () => null),
        );
        this.book.setCells(
          sheet,
          cleared.top,
          cleared.left,
          blank,
          blank.map((r) => r.map(() => GENERAL_FORMAT)),
        );
      }
      this.book.setCells(sheet, body.top, body.left, body.values, body.formats);
      this.book.setTableRange(clash.model, change.rect, body.values);
      rect = change.rect;
      action = PLAN_TABLE_ACTIONS.replaced;
    }
    const warnings = this.log(action, table.name, table.rows.length);
    return {
      sheet: sheet?.name ?? PLAN_SHEET,
      address: sheetAddress(sheet?.name ?? PLAN_SHEET, rect),
      rows: table.rows.length,
      charts: [],
      warnings,
    };
  }

  async createProjectTable(): Promise<WriteResult> {
    return this.createUserTable(projectTableSpec(), [], 'Opprettet prosjekttabell', (where) =>
      portErrors.projectTableExists(where),
    );
  }

  async createApplicationsTable(criteria: string[]): Promise<WriteResult> {
    return this.createUserTable(applicationsTableSpec(criteria), [], 'Opprettet søknadstabell', (where) =>
      portErrors.tableExists(APPLICATIONS, where),
    );
  }

  async createPaymentsTable(rows: CellValue[][]): Promise<WriteResult> {
    return this.createUserTable(paymentsTableSpec(), rows, 'Opprettet tabellen Utbetalinger', (where) =>
      portErrors.paymentsTableExists(where),
    );
  }

  /**
   * A table of the user's (projects, applications, payments) where there is none: headers as Text, styled
   * and wrapping, the first row formatted per column (rows typed or appended take it), widths, frozen
   * header, A4 landscape one page wide; then `rows`.
   */
  private async createUserTable(
    spec: UserTableSpec,
    rows: CellValue[][],
    action: string,
    exists: (where: string) => PortError,
  ): Promise<WriteResult> {
    await this.edit();
    const { name, headers } = spec;
    const table = this.book.table(name);
    if (table) throw exists(`tabellen «${table.model.name}» på arket «${table.sheet.name}»`);
    const existing = this.book.sheet(name);
    if (existing && this.book.isProtected(existing)) throw portErrors.sheetProtected(existing.name);
    this.checkLog();
    if (existing && this.book.usedRect(existing))
      throw exists(`arket «${existing.name}» har allerede innhold`);
    const sheet = existing ?? this.workbook.addWorksheet(name);
    sheet.addTable({
      name,
      ref: 'A1',
      headerRow: true,
      style: { theme: 'TableStyleMedium2', showRowStripes: true },
      columns: headers.map((header) => ({ name: header, filterButton: true })),
      // Excel gives a table at least one data row: a new table has one empty row, which rows fill first.
      rows: [headers.map(() => null)],
    });
    headers.forEach((_, j) => {
      setStyle(sheet.getCell(1, j + 1), {
        ...HEADER_CELL,
        numFmt: TEXT_FORMAT,
        alignment: { wrapText: true, vertical: 'top' },
      });
      setStyle(sheet.getCell(2, j + 1), { numFmt: formatOfKind(spec.columns[j]) });
      sheet.getColumn(j + 1).width = spec.widths[j];
    });
    // The wrapped headers get their lines: a file's row height is not grown when the file is opened.
    if (spec.headerLines > 1) sheet.getRow(1).height = LINE_HEIGHT_POINTS * spec.headerLines;
    sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2' }];
    sheet.pageSetup = { ...sheet.pageSetup, ...PAGE_SETUP, orientation: 'landscape', printTitlesRow: '1:1' };
    const created = this.book.table(name);
    if (rows.length > 0 && created) {
      const textFormats = (row: CellValue[]) => row.map((v) => (typeof v === 'string' ? TEXT_FORMAT : null));
      this.book.setCells(sheet, 2, 1, rows.slice(0, 1), [textFormats(rows[0] ?? [])]);
      if (created.model.rows) created.model.rows = [[...(rows[0] ?? [])]];
      if (rows.length > 1) this.book.growTable(sheet, created.model, rows.slice(1), true);
    }
    this.book.activate(sheet);
    const warnings = this.log(action, name, rows.length);
    return {
      sheet: sheet.name,
      address: sheetAddress(sheet.name, {
        top: 1,
        left: 1,
        bottom: 1 + Math.max(rows.length, 1),
        right: headers.length,
      }),
      rows: rows.length,
      charts: [],
      warnings,
    };
  }

  async appendRows(target: string, rows: CellValue[][], options: AppendOptions = {}): Promise<WriteResult> {
    await this.edit();
    const table = this.book.table(target);
    const sheet = table?.sheet ?? this.book.sheet(target);
    if (!sheet) throw portErrors.tableNotFound(target);
    if (this.book.isProtected(sheet)) throw portErrors.sheetProtected(sheet.name);
    this.checkLog();
    const width = rows[0]?.length ?? 0;
    if (rows.some((r) => r.length !== width))
      throw portErrors.wrongWidth(target, width, Math.max(...rows.map((r) => r.length)));
    if (rows.length === 0) return { sheet: sheet.name, rows: 0, charts: [], warnings: [] };
    let written: Rect;
    if (table) {
      const columns = rectColumns(tableRect(table.model));
      if (columns !== width) throw portErrors.wrongWidth(table.model.name, columns, width);
      if (this.book.isFiltered(sheet, table.model)) throw portErrors.tableFiltered(table.model.name);
      const rect = dataRect(table.model);
      // A new table's one empty data row takes the first row (Excel cannot make a table without one).
      const fill =
        rectRows(rect) === 2 &&
        rows[0].every((_, j) => this.book.isEmpty(sheet, rect.top + 1, rect.left + j));
      if (fill) {
        const formats = [rows[0].map((v) => (typeof v === 'string' ? TEXT_FORMAT : null))];
        this.book.setCells(sheet, rect.top + 1, rect.left, rows.slice(0, 1), formats);
        if (table.model.rows) table.model.rows = [[...rows[0]]];
      }
      const rest = fill ? rows.slice(1) : rows;
      if (rest.length > 0) this.book.growTable(sheet, table.model, rest, true);
      const top = fill ? rect.top + 1 : rect.bottom + 1;
      written = { ...rect, top, bottom: top + rows.length - 1 };
    } else {
      const used = this.book.usedRect(sheet);
      if (used && rectColumns(used) !== width)
        throw portErrors.wrongWidth(sheet.name, rectColumns(used), width);
      const top = used ? used.bottom + 1 : 1;
      const left = used?.left ?? 1;
      this.book.setCells(
        sheet,
        top,
        left,
        rows,
        rows.map((row) => row.map((v) => (typeof v === 'string' ? TEXT_FORMAT : null))),
      );
      written = { top, left, bottom: top + rows.length - 1, right: left + width - 1 };
    }
    const warnings = this.log(options.action ?? APPEND_ACTION, table?.model.name ?? sheet.name, rows.length);
    return {
      sheet: sheet.name,
      address: sheetAddress(sheet.name, written),
      rows: rows.length,
      charts: [],
      warnings,
    };
  }

  async saveMapping(saved: SavedMapping, kind: MappingKind = 'projects'): Promise<void> {
    await this.edit();
    this.checkSettings();
    this.writeSetting(SETTINGS_ROWS[kind], SETTINGS_KEYS[kind], encodeMapping(saved));
    this.log('Lagret kolonnekart', SETTINGS_KEYS[kind], 1);
  }

  private checkSettings(): void {
    const sheet = this.book.sheet(SETTINGS_SHEET);
    if (sheet && !this.book.isOwned(sheet.name)) throw portErrors.sheetNameTaken(sheet.name);
    if (sheet && this.book.isProtected(sheet)) throw portErrors.sheetProtected(sheet.name);
    this.checkLog();
  }

  /** One setting in its fixed row of the hidden settings sheet, made when there is none. */
  private writeSetting(row: number, key: string, value: string): void {
    let sheet = this.book.sheet(SETTINGS_SHEET);
    if (!sheet) {
      sheet = this.book.addOwnedSheet(SETTINGS_SHEET, true);
      this.book.setCells(
        sheet,
        1,
        1,
        [
          [SETTINGS_TITLE, null],
          ['Nøkkel', 'Verdi'],
        ],
        [
          [TEXT_FORMAT, null],
          [TEXT_FORMAT, TEXT_FORMAT],
        ],
      );
    }
    this.book.setCells(sheet, row, 1, [[key, value]], [[TEXT_FORMAT, TEXT_FORMAT]]);
  }

  private setting(row: number): CellValue {
    const sheet = this.book.sheet(SETTINGS_SHEET);
    if (!sheet || !this.book.isOwned(sheet.name)) return null;
    return fromExcelJs(sheet.findCell(row, 2)?.value);
  }

  // ------------------------------------------------------------------ data validation

  async addValidation(rules: ColumnValidation[]): Promise<ValidationResult> {
    await this.edit();
    const result: ValidationResult = { added: [], skipped: [] };
    const placed: { validation: PlacedValidation; column: string }[] = [];
    for (const rule of rules) {
      const table = this.book.table(rule.table);
      if (!table) {
        result.skipped.push({ table: rule.table, column: rule.column, reason: 'no-table' });
        continue;
      }
      const rect = tableRect(table.model);
      const column = columnOf(
        this.book.gridOf(table.sheet, { ...rect, bottom: rect.top }, false).values[0],
        rule.column,
      );
      if (column < 0) {
        result.skipped.push({ table: rule.table, column: rule.column, reason: 'no-column' });
        continue;
      }
      const cells = {
        top: rect.top + 1,
        bottom: Math.max(rect.top + 1, dataRect(table.model).bottom),
        left: rect.left + column,
        right: rect.left + column,
      };
      let source: { sheet: string; rect: Rect } | undefined;
      if (rule.rule.kind === 'listFrom') {
        const from = this.book.table(rule.rule.table);
        const fromRect = from && tableRect(from.model);
        const fromColumn =
          from && fromRect
            ? columnOf(
                this.book.gridOf(from.sheet, { ...fromRect, bottom: fromRect.top }, false).values[0],
                rule.rule.column,
              )
            : -1;
        if (from && fromRect && fromColumn >= 0) {
          const data = dataRect(from.model);
          source = {
            sheet: from.sheet.name,
            rect: {
              top: data.top + 1,
              bottom: data.bottom,
              left: data.left + fromColumn,
              right: data.left + fromColumn,
            },
          };
        }
      }
      const validation = placeValidation(rule.rule, table.sheet.name, cells, source);
      if (!validation) {
        result.skipped.push({ table: rule.table, column: rule.column, reason: 'no-list' });
        continue;
      }
      if (this.validationsIn(table.sheet, cells).some((v) => !sameValidation(v, validation))) {
        result.skipped.push({ table: rule.table, column: rule.column, reason: 'user-validation' });
        continue;
      }
      if (this.book.isProtected(table.sheet)) throw portErrors.sheetProtected(table.sheet.name);
      placed.push({ validation, column: rule.column });
      result.added.push({
        table: rule.table,
        column: rule.column,
        address: sheetAddress(table.sheet.name, cells),
      });
    }
    if (placed.length === 0) return result;
    this.checkSettings();
    for (const { validation, column } of placed) {
      const model = dataValidations(this.book.sheet(validation.sheet) as ExcelJS.Worksheet);
      const excel = toExcelJsValidation(validation, column);
      forEachCell(validation.address, (address) => (model[address] = excel));
    }
    const record = mergeRecords(
      decodeValidations(this.setting(VALIDATION_SETTING.row)),
      placed.map((p) => p.validation),
    );
    this.writeSetting(VALIDATION_SETTING.row, VALIDATION_SETTING.key, encodeValidations(record));
    const tables = [...new Set(result.added.map((a) => a.table))].join(', ');
    this.log('La til validering', tables, placed.length);
    return result;
  }

  async removeValidation(): Promise<number> {
    await this.edit();
    const record = decodeValidations(this.setting(VALIDATION_SETTING.row));
    if (record.length === 0) return 0;
    this.checkSettings();
    let removed = 0;
    for (const validation of record) {
      const sheet = this.book.sheet(validation.sheet);
      if (!sheet) continue;
      if (this.book.isProtected(sheet)) throw portErrors.sheetProtected(sheet.name);
      const model = dataValidations(sheet);
      let ours = false;
      forEachCell(validation.address, (address) => {
        const found = model[address];
        if (found && sameValidation(fromExcelJsValidation(found), validation)) {
          delete model[address];
          ours = true;
        }
      });
      if (ours) removed += 1;
    }
    this.writeSetting(VALIDATION_SETTING.row, VALIDATION_SETTING.key, encodeValidations([]));
    this.log('Fjernet validering', SETTINGS_SHEET, removed);
    return removed;
  }

  /** The validations on any cell of `rect`, as placed validations (without cells). */
  private validationsIn(sheet: ExcelJS.Worksheet, rect: Rect): Omit<PlacedValidation, 'sheet' | 'address'>[] {
    const model = dataValidations(sheet);
    const found: Omit<PlacedValidation, 'sheet' | 'address'>[] = [];
    forEachCell(rectAddress(rect), (address) => {
      const validation = model[address];
      if (validation) found.push(fromExcelJsValidation(validation));
    });
    return found;
  }

  // ------------------------------------------------------------------ marks and selection

  private removeMarks(sheet: ExcelJS.Worksheet): number {
    const ours = (cf: ConditionalFormatting) => cf.rules.some((rule) => isMarkFormula(rule.formulae?.[0]));
    const count = this.book.formattings(sheet).filter(ours).length;
    if (count > 0 && this.book.isProtected(sheet)) throw portErrors.sheetProtected(sheet.name);
    sheet.removeConditionalFormatting((cf: ConditionalFormatting) => !ours(cf));
    return count;
  }

  async markCells(
    marks: CellMark[],
    options: { replacing?: { sheets: { name: string }[] } } = {},
  ): Promise<MarkResult> {
    await this.edit();
    const groups = groupMarks(marks);
    // Sheets read before may have gone since; the sheets to mark must be there.
    const earlier = (options.replacing?.sheets ?? [])
      .map((s) => s.name)
      .filter((name) => this.book.sheet(name));
    const names = [...new Set([...groups.map((g) => g.sheet), ...earlier])];
    const sheets = names.map((name) => {
      const sheet = this.book.sheet(name);
      if (!sheet) throw portErrors.sheetNotFound(name);
      if (this.book.isProtected(sheet) && groups.some((g) => same(g.sheet, name)))
        throw portErrors.sheetProtected(sheet.name);
      return sheet;
    });
    let removed = 0;
    for (const sheet of sheets) removed += this.removeMarks(sheet);
    for (const group of groups) {
      const sheet = this.book.sheet(group.sheet) as ExcelJS.Worksheet;
      const style = MARK_STYLE[group.severity];
      sheet.addConditionalFormatting({
        ref: group.areas.join(' '),
        rules: [
          {
            type: 'expression',
            priority: 1,
            formulae: [markFormula(group.severity).slice(1)],
            style: {
              fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(style.fill) } },
              font: { color: { argb: argb(style.font) } },
            },
          },
        ],
      });
    }
    return { marked: markedCells(groups), removed };
  }

  async clearMarks(): Promise<MarkResult> {
    await this.edit();
    let removed = 0;
    for (const sheet of this.workbook.worksheets) removed += this.removeMarks(sheet);
    return { marked: 0, removed };
  }

  async selectCell(sheetName: string, cell: string): Promise<void> {
    await this.edit();
    const sheet = this.book.sheet(sheetName);
    if (!sheet) throw portErrors.sheetNotFound(sheetName);
    if (!parseRect(cell)) throw portErrors.invalidAddress(cell);
    this.book.activate(sheet);
    // Keep the sheet's frozen rows: only the selected cell changes.
    sheet.views = [{ ...(sheet.views?.[0] ?? { state: 'normal' }), activeCell: cell }];
  }
}

export function createXlsxPort(workbook?: ExcelJS.Workbook, now?: () => Date): XlsxWorkbookPort {
  return new XlsxWorkbookPort(workbook, now);
}
