/** Fake worksheets, tables, names, charts, the workbook and the application. */
import type { CellValue } from '../../../src/core/types';
import { FakeContext } from './context';
import { fail, FakeRichApiError } from './errors';
import { FakeClientObject, FakeCollection, type Scalar } from './clientObject';
import {
  parseRange,
  rectText,
  type ChartModel,
  type NameModel,
  type PageLayoutModel,
  type Rect,
  type SheetModel,
  type TableModel,
} from './model';
import { FakeRange, FakeRangeAreas, type RangeTarget } from './rangeProxies';

// ---------------------------------------------------------------- worksheets

/**
 * An event (EventHandlers.add, learn.microsoft.com/javascript/api/office/officeextension.eventhandlers): the
 * handler is registered at the next sync; the result's `remove()` takes it away at a later sync of the same
 * context, which is why it is removed with `Excel.run(result.context, …)`.
 */
export class FakeEventHandlers {
  constructor(private readonly context: FakeContext) {}
  add(handler: (event: unknown) => unknown): { context: unknown; remove: () => void } {
    const host = this.context.host;
    this.context.enqueue('EventHandlers.add', null, () => {
      host.changeHandlers.add(handler);
    });
    return {
      context: this.context.requestContext,
      remove: () =>
        this.context.enqueue('EventHandlerResult.remove', null, () => {
          host.changeHandlers.delete(handler);
        }),
    };
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  protected readonly _type = 'WorksheetCollection';
  /** WorksheetCollection.onChanged (ExcelApi 1.7): a change on any sheet. */
  get onChanged(): FakeEventHandlers {
    this.context.requireSet(7, 'WorksheetCollection.onChanged');
    return new FakeEventHandlers(this.context);
  }
  protected _elements(): unknown[] {
    return this.context.model.sheets;
  }
  protected _item(element: unknown): FakeWorksheet {
    const id = (element as SheetModel).id;
    return new FakeWorksheet(this.context, () => {
      const sheet = this.context.model.sheetById(id);
      if (!sheet) throw fail.itemNotFound(`Worksheet id ${id}`);
      return sheet;
    });
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.model.sheet(name));
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    this.context.requireSet(4, 'WorksheetCollection.getItemOrNullObject');
    return new FakeWorksheet(this.context, () => this.context.model.findSheet(name) ?? null, true);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () =>
      this.context.model.sheetById(this.context.model.activeSheetId ?? ''),
    );
  }
  add(name: string): FakeWorksheet {
    let created: SheetModel | undefined;
    this.context.enqueue('WorksheetCollection.add', name, () => {
      created = this.context.model.addSheet(name);
    });
    return new FakeWorksheet(this.context, () => created);
  }
}

export class FakeWorksheet extends FakeClientObject {
  protected readonly _type = 'Worksheet';
  protected override readonly _scalars: Record<string, Scalar> = {
    id: (t: SheetModel) => t.id,
    name: (t: SheetModel) => t.name,
    visibility: (t: SheetModel) => t.visibility,
    position: (t: SheetModel) => this.context.model.sheets.indexOf(t),
  };
  protected override readonly _navNames = ['protection', 'tables', 'charts'];

  get id(): string {
    return this._get('id');
  }
  get name(): string {
    return this._get('name');
  }
  set name(name: string) {
    this._set('name', name, (t: SheetModel) => this.context.model.renameSheet(t, name));
  }
  get visibility(): string {
    return this._get('visibility');
  }
  set visibility(visibility: SheetModel['visibility']) {
    this._set('visibility', visibility, (t: SheetModel) => this.context.model.setVisibility(t, visibility));
  }
  get protection(): FakeProtection {
    this.context.requireSet(2, 'Worksheet.protection');
    return this._nav('protection', () => new FakeProtection(this.context, () => this._resolve()));
  }
  get tables(): FakeTableCollection {
    return this._nav(
      'tables',
      () => new FakeTableCollection(this.context, () => this._resolve<SheetModel>()),
    );
  }
  get charts(): FakeChartCollection {
    return this._nav(
      'charts',
      () => new FakeChartCollection(this.context, () => this._resolve<SheetModel>()),
    );
  }
  get freezePanes(): FakeFreezePanes {
    this.context.requireSet(7, 'Worksheet.freezePanes');
    return this._nav('freezePanes', () => new FakeFreezePanes(this.context, () => this._resolve()));
  }
  get pageLayout(): FakePageLayout {
    this.context.requireSet(9, 'Worksheet.pageLayout');
    return this._nav('pageLayout', () => new FakePageLayout(this.context, () => this._resolve()));
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this._resolve<SheetModel>();
      if (address === undefined)
        return { sheet, rect: { top: 1, left: 1, bottom: 1_048_576, right: 16_384 } };
      const rect = parseRange(address);
      if (!rect) throw fail.invalidArgument(`address '${address}'`);
      return { sheet, rect };
    });
  }
  getRanges(address: string): FakeRangeAreas {
    this.context.requireSet(9, 'Worksheet.getRanges');
    return new FakeRangeAreas(this.context, () => {
      const sheet = this._resolve<SheetModel>();
      const rects = address.split(/[,;]/).map((a) => parseRange(a.trim()));
      if (rects.some((r) => !r)) throw fail.invalidArgument(`address '${address}'`);
      return { sheet, rects: rects as Rect[] };
    });
  }
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this._resolve<SheetModel>();
      return {
        sheet,
        rect: this.context.model.usedRect(sheet, valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 },
      };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.context.requireSet(4, 'Worksheet.getUsedRangeOrNullObject');
    return new FakeRange(
      this.context,
      () => {
        const sheet = this._resolve<SheetModel>();
        const rect = this.context.model.usedRect(sheet, valuesOnly);
        return rect ? { sheet, rect } : null;
      },
      true,
    );
  }
  activate(): void {
    this._call('activate', null, (t: SheetModel) => {
      if (t.visibility !== 'Visible') throw fail.invalidArgument('cannot activate a hidden sheet');
      this.context.model.activeSheetId = t.id;
    });
  }
  delete(): void {
    this._call('delete', null, (t: SheetModel) => this.context.model.deleteSheet(t));
  }
}

/** Worksheet.freezePanes (ExcelApi 1.7): the rows frozen at the top. */
export class FakeFreezePanes extends FakeClientObject {
  protected readonly _type = 'WorksheetFreezePanes';
  freezeRows(count: number): void {
    this._call('freezeRows', count, (t: SheetModel) => {
      if (!Number.isInteger(count) || count < 0) throw fail.invalidArgument(`freezeRows(${count})`);
      t.frozenRows = count;
    });
  }
  unfreeze(): void {
    this._call('unfreeze', null, (t: SheetModel) => (t.frozenRows = 0));
  }
}

/** Worksheet.pageLayout (ExcelApi 1.9): paper, orientation, fit to pages and print titles, recorded. */
export class FakePageLayout extends FakeClientObject {
  protected readonly _type = 'PageLayout';
  set paperSize(size: string) {
    this._set('paperSize', size, (t: SheetModel) => (t.pageLayout.paperSize = size));
  }
  set orientation(orientation: string) {
    this._set('orientation', orientation, (t: SheetModel) => {
      if (orientation !== 'Portrait' && orientation !== 'Landscape')
        throw fail.invalidArgument(`orientation '${orientation}'`);
      t.pageLayout.orientation = orientation;
    });
  }
  set zoom(zoom: PageLayoutModel['zoom']) {
    this._set('zoom', zoom, (t: SheetModel) => (t.pageLayout.zoom = { ...zoom }));
  }
  setPrintTitleRows(rows: string): void {
    this._call('setPrintTitleRows', rows, (t: SheetModel) => {
      if (!/^\$?\d+:\$?\d+$/.test(rows)) throw fail.invalidArgument(`print title rows '${rows}'`);
      t.pageLayout.printTitleRows = rows;
    });
  }
}

export class FakeProtection extends FakeClientObject {
  protected readonly _type = 'WorksheetProtection';
  protected override readonly _scalars: Record<string, Scalar> = {
    protected: (t: SheetModel | { structure: true }) =>
      'structure' in t ? this.context.model.structureProtected : t.protected,
  };
  get protected(): boolean {
    return this._get('protected');
  }
}

// ---------------------------------------------------------------- tables

export class FakeTableCollection extends FakeCollection<FakeTable> {
  protected readonly _type = 'TableCollection';
  constructor(
    context: FakeContext,
    private readonly sheet?: () => SheetModel,
  ) {
    super(context, () => true);
  }
  protected _elements(): unknown[] {
    const sheet = this.sheet?.();
    return this.context.model.tables.filter((t) => !sheet || t.sheetId === sheet.id);
  }
  protected _item(element: unknown): FakeTable {
    const id = (element as TableModel).id;
    return new FakeTable(this.context, () => {
      const table = this.context.model.tables.find((t) => t.id === id);
      if (!table) throw fail.itemNotFound(`Table id ${id}`);
      return table;
    });
  }
  getItem(name: string): FakeTable {
    return new FakeTable(this.context, () => {
      const table = this.context.model.findTable(name);
      if (!table) throw fail.itemNotFound(`Table '${name}'`);
      return table;
    });
  }
  getItemOrNullObject(name: string): FakeTable {
    this.context.requireSet(4, 'TableCollection.getItemOrNullObject');
    return new FakeTable(this.context, () => this.context.model.findTable(name) ?? null, true);
  }
  add(address: string, hasHeaders: boolean): FakeTable {
    let created: TableModel | undefined;
    this.context.enqueue('TableCollection.add', [address, hasHeaders], () => {
      const model = this.context.model;
      const bang = address.lastIndexOf('!');
      const sheet = this.sheet
        ? this.sheet()
        : model.sheet(
            address
              .slice(0, bang)
              .replace(/^'(.*)'$/, '$1')
              .replace(/''/g, "'"),
          );
      const rect = parseRange(bang >= 0 ? address.slice(bang + 1) : address);
      if (!rect || (this.sheet && bang >= 0)) throw fail.invalidArgument(`address '${address}'`);
      created = model.addTable(sheet, rect, hasHeaders);
    });
    return new FakeTable(this.context, () => created);
  }
}

export class FakeTable extends FakeClientObject {
  protected readonly _type = 'Table';
  protected override readonly _scalars: Record<string, Scalar> = {
    id: (t: TableModel) => t.id,
    name: (t: TableModel) => t.name,
    style: (t: TableModel) => t.style,
    showHeaders: () => true,
    showTotals: (t: TableModel) => t.showTotals,
  };
  protected override readonly _navNames = ['worksheet', 'rows', 'autoFilter'];
  get name(): string {
    return this._get('name');
  }
  set name(name: string) {
    this._set('name', name, (t: TableModel) => this.context.model.renameTable(t, name));
  }
  set style(style: string) {
    this._set('style', style, (t: TableModel) => (t.style = style));
  }
  get worksheet(): FakeWorksheet {
    return this._nav(
      'worksheet',
      () =>
        new FakeWorksheet(this.context, () =>
          this.context.model.sheetById(this._resolve<TableModel>().sheetId),
        ),
    );
  }
  get showTotals(): boolean {
    return this._get('showTotals');
  }
  get rows(): FakeTableRows {
    return this._nav('rows', () => new FakeTableRows(this.context, () => this._resolve()));
  }
  /** Table.autoFilter (ExcelApi 1.9): whether the user's filter hides rows. */
  get autoFilter(): FakeAutoFilter {
    this.context.requireSet(9, 'Table.autoFilter');
    return this._nav('autoFilter', () => new FakeAutoFilter(this.context, () => this._resolve()));
  }
  /** getRange() covers the total row too; getDataBodyRange() is the data rows only (learn.microsoft.com, Excel.Table). */
  private range(part: 'all' | 'header' | 'body' | 'totals'): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this._resolve<TableModel>();
      const sheet = this.context.model.sheetById(t.sheetId) as SheetModel;
      if (part === 'totals' && !t.showTotals) throw fail.itemNotFound(`total row of '${t.name}'`);
      const rect =
        part === 'all'
          ? t.rect
          : part === 'header'
            ? { ...t.rect, bottom: t.rect.top }
            : part === 'totals'
              ? { ...t.rect, top: t.rect.bottom }
              : this.context.model.bodyRect(t);
      return { sheet, rect };
    });
  }
  getRange(): FakeRange {
    return this.range('all');
  }
  getTotalRowRange(): FakeRange {
    return this.range('totals');
  }
  resize(newRange: FakeRange | string): void {
    if (!this.context.requireSet(13, 'Table.resize')) return;
    this._call('resize', typeof newRange === 'string' ? newRange : 'Range', (t: TableModel) => {
      const sheet = this.context.model.sheetById(t.sheetId) as SheetModel;
      let rect: Rect | undefined;
      if (typeof newRange === 'string') {
        const bang = newRange.lastIndexOf('!');
        rect = parseRange(bang >= 0 ? newRange.slice(bang + 1) : newRange);
      } else {
        const target = newRange._resolve<RangeTarget>();
        if (target.sheet !== sheet) throw fail.invalidArgument('Table.resize to another sheet');
        rect = target.rect;
      }
      if (!rect) throw fail.invalidArgument(`address '${String(newRange)}'`);
      this.context.model.resizeTable(t, rect);
    });
  }
  getHeaderRowRange(): FakeRange {
    return this.range('header');
  }
  getDataBodyRange(): FakeRange {
    return this.range('body');
  }
  delete(): void {
    this._call('delete', null, (t: TableModel) => this.context.model.deleteTable(t));
  }
}

/**
 * Table.autoFilter (ExcelApi 1.9): `isDataFiltered` "Specifies if the AutoFilter has filter criteria"
 * (learn.microsoft.com/javascript/api/excel/excel.autofilter). Only that is modelled: where Excel puts values
 * written into a filtered table (office-js #224: in the wrong rows) is not, since the adapter never writes there.
 */
export class FakeAutoFilter extends FakeClientObject {
  protected readonly _type = 'AutoFilter';
  protected override readonly _scalars: Record<string, Scalar> = {
    enabled: () => true,
    isDataFiltered: (t: TableModel) => t.filtered,
  };
  get isDataFiltered(): boolean {
    return this._get('isDataFiltered');
  }
}

export class FakeTableRows extends FakeClientObject {
  protected readonly _type = 'TableRowCollection';
  protected override readonly _scalars: Record<string, Scalar> = {
    count: (t: TableModel) => t.rect.bottom - t.rect.top - (t.showTotals ? 1 : 0),
  };
  get count(): number {
    return this._get('count');
  }
  /** Without values, one empty row (calculated columns get their formula). */
  add(index?: number | null, values?: CellValue[][]): void {
    if (index !== null && index !== undefined) throw new Error('the fake only appends table rows');
    this._call('add', values ?? null, (t: TableModel) => {
      const width = t.rect.right - t.rect.left + 1;
      this.context.model.appendTableRows(t, values ?? [Array.from({ length: width }, () => null)]);
    });
  }
}

// ---------------------------------------------------------------- names

export class FakeNamedItemCollection extends FakeCollection<FakeNamedItem> {
  protected readonly _type = 'NamedItemCollection';
  protected _elements(): unknown[] {
    return this.context.model.names;
  }
  protected _item(element: unknown): FakeNamedItem {
    const name = element as NameModel;
    return new FakeNamedItem(this.context, () => {
      if (!this.context.model.names.includes(name)) throw fail.itemNotFound(`Name '${name.name}'`);
      return name;
    });
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => {
      const found = this.context.model.findName(name);
      if (!found) throw fail.itemNotFound(`Name '${name}'`);
      return found;
    });
  }
  add(name: string, reference: FakeRange | string, comment = ''): FakeNamedItem {
    this.context.requireSet(4, 'NamedItemCollection.add');
    let created: NameModel | undefined;
    this.context.enqueue(
      'NamedItemCollection.add',
      [name, typeof reference === 'string' ? reference : 'Range', comment],
      () => {
        const model = this.context.model;
        let sheet: SheetModel;
        let cell: string;
        if (typeof reference === 'string') {
          const text = reference.replace(/^=/, '');
          const bang = text.lastIndexOf('!');
          sheet = model.sheet(
            text
              .slice(0, bang)
              .replace(/^'(.*)'$/, '$1')
              .replace(/''/g, "'"),
          );
          cell = text.slice(bang + 1);
        } else {
          const target = reference._resolve<RangeTarget>();
          sheet = target.sheet;
          cell = rectText(target.rect).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
        }
        created = model.addName(name, sheet, cell, comment);
      },
    );
    return new FakeNamedItem(this.context, () => created);
  }
}

export class FakeNamedItem extends FakeClientObject {
  protected readonly _type = 'NamedItem';
  protected override readonly _scalars: Record<string, Scalar> = {
    name: (t: NameModel) => t.name,
    type: (t: NameModel) => this.context.model.nameValue(t).type,
    value: (t: NameModel) => this.context.model.nameValue(t).value,
    comment: (t: NameModel) => t.comment,
    visible: () => true,
  };
  get name(): string {
    return this._get('name');
  }
  get type(): string {
    return this._get('type');
  }
  get value(): string {
    return this._get('value');
  }
  delete(): void {
    this._call('delete', null, (t: NameModel) => {
      this.context.model.names = this.context.model.names.filter((n) => n !== t);
    });
  }
}

// ---------------------------------------------------------------- charts

export class FakeChartCollection extends FakeCollection<FakeChart> {
  protected readonly _type = 'ChartCollection';
  constructor(
    context: FakeContext,
    private readonly sheet: () => SheetModel,
  ) {
    super(context, () => sheet());
  }
  protected _elements(): unknown[] {
    const sheet = this.sheet();
    return sheet.charts.map((chart) => ({ sheet, chart }));
  }
  protected _item(element: unknown): FakeChart {
    const { sheet, chart } = element as { sheet: SheetModel; chart: ChartModel };
    return new FakeChart(this.context, () => {
      if (!sheet.charts.includes(chart)) throw fail.itemNotFound(`Chart '${chart.name}'`);
      return { sheet, chart };
    });
  }
  add(type: string, source: FakeRange, seriesBy = 'Auto'): FakeChart {
    let created: { sheet: SheetModel; chart: ChartModel } | undefined;
    this.context.enqueue('ChartCollection.add', [type, seriesBy], () => {
      const sheet = this.sheet();
      const range = source._resolve<RangeTarget>();
      if (range.sheet !== sheet) throw fail.invalidArgument('chart source on another sheet is not modelled');
      created = { sheet, chart: this.context.model.addChart(sheet, type, range.rect, seriesBy) };
    });
    return new FakeChart(this.context, () => created);
  }
  getItem(name: string): FakeChart {
    return new FakeChart(this.context, () => {
      const sheet = this.sheet();
      const chart = sheet.charts.find((c) => c.name === name);
      if (!chart) throw fail.itemNotFound(`Chart '${name}'`);
      return { sheet, chart };
    });
  }
}

type ChartTarget = { sheet: SheetModel; chart: ChartModel };

export class FakeChart extends FakeClientObject {
  protected readonly _type = 'Chart';
  protected override readonly _scalars: Record<string, Scalar> = {
    id: (t: ChartTarget) => t.chart.id,
    name: (t: ChartTarget) => t.chart.name,
    chartType: (t: ChartTarget) => t.chart.type,
  };
  protected override readonly _navNames = ['title'];
  get name(): string {
    return this._get('name');
  }
  set name(name: string) {
    this._set('name', name, (t: ChartTarget) => {
      this.context.model.guardWrite(t.sheet, 'Chart.name');
      t.chart.name = name;
    });
  }
  get title(): FakeChartTitle {
    return this._nav('title', () => new FakeChartTitle(this.context, () => this._resolve()));
  }
  setPosition(from: string, to?: string): void {
    this._call('setPosition', [from, to], (t: ChartTarget) => {
      this.context.model.guardWrite(t.sheet, 'Chart.setPosition');
      t.chart.anchor = { from, to };
    });
  }
  delete(): void {
    this._call('delete', null, (t: ChartTarget) => {
      this.context.model.guardWrite(t.sheet, 'Chart.delete');
      t.sheet.charts = t.sheet.charts.filter((c) => c !== t.chart);
    });
  }
}

export class FakeChartTitle extends FakeClientObject {
  protected readonly _type = 'ChartTitle';
  protected override readonly _scalars: Record<string, Scalar> = { text: (t: ChartTarget) => t.chart.title };
  set text(text: string) {
    this._set('text', text, (t: ChartTarget) => (t.chart.title = text));
  }
}

// ---------------------------------------------------------------- workbook

export class FakeWorkbook extends FakeClientObject {
  protected readonly _type = 'Workbook';
  protected override readonly _navNames = ['worksheets', 'tables', 'names', 'protection', 'functions'];
  get worksheets(): FakeWorksheetCollection {
    return this._nav('worksheets', () => new FakeWorksheetCollection(this.context, () => true));
  }
  get tables(): FakeTableCollection {
    return this._nav('tables', () => new FakeTableCollection(this.context));
  }
  get names(): FakeNamedItemCollection {
    return this._nav('names', () => new FakeNamedItemCollection(this.context, () => true));
  }
  get functions(): FakeFunctions {
    this.context.requireSet(2, 'Workbook.functions');
    return this._nav('functions', () => new FakeFunctions(this.context, () => true));
  }
  get protection(): FakeProtection {
    this.context.requireSet(7, 'Workbook.protection');
    return this._nav('protection', () => new FakeProtection(this.context, () => ({ structure: true })));
  }
  /** The selection's areas on the sheet shown (A1 on the active sheet when nothing was selected). */
  private selected(): { sheet: SheetModel; rects: Rect[] } {
    const model = this.context.model;
    const selection = model.selection;
    const sheet = selection ? model.sheetById(selection.sheetId) : model.sheetById(model.activeSheetId ?? '');
    if (!sheet) throw fail.itemNotFound('selection');
    if (!selection || sheet.id !== selection.sheetId)
      return { sheet, rects: [{ top: 1, left: 1, bottom: 1, right: 1 }] };
    return { sheet, rects: [selection.rect, ...(selection.more ?? [])] };
  }
  /** "If there are multiple ranges selected, this method will throw an error" (Workbook.getSelectedRange). */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, rects } = this.selected();
      if (rects.length > 1)
        throw new FakeRichApiError(
          'InvalidSelection',
          'The current selection is invalid for this operation.',
        );
      return { sheet, rect: rects[0] };
    });
  }
  /** Every area of the selection (ExcelApi 1.9). */
  getSelectedRanges(): FakeRangeAreas {
    this.context.requireSet(9, 'Workbook.getSelectedRanges');
    return new FakeRangeAreas(this.context, () => this.selected());
  }
}

/**
 * Workbook.functions (ExcelApi 1.2): only DATE, which is what tells the date system. DATE(year, month, day)
 * "Returns the number that represents the date in Microsoft Excel date-time code", counted from 1900-01-00 or
 * 1904-01-01 "depending on the workbook's date system" (Excel.Functions.date).
 */
export class FakeFunctions extends FakeClientObject {
  protected readonly _type = 'Functions';
  date(year: number, month: number, day: number): FakeFunctionResult {
    return new FakeFunctionResult(this.context, () => {
      const serial = Date.UTC(year, month - 1, day) / 86_400_000 + 25_569;
      const value = this.context.model.date1904 ? serial - 1462 : serial;
      return value < 0 ? { error: '#NUM!', value: null } : { error: null, value };
    });
  }
}

export class FakeFunctionResult extends FakeClientObject {
  protected readonly _type = 'FunctionResult';
  protected override readonly _scalars: Record<string, Scalar> = {
    value: (t: { value: number | null }) => t.value,
    error: (t: { error: string | null }) => t.error,
  };
  get value(): number | null {
    return this._get('value');
  }
  get error(): string | null {
    return this._get('error');
  }
}

export class FakeApplication extends FakeClientObject {
  protected readonly _type = 'Application';
  /** The fake does not calculate formulas; recalculation is recorded as a call. */
  calculate(type: string): void {
    this._call('calculate', type, () => undefined);
  }
  suspendApiCalculationUntilNextSync(): void {
    if (!this.context.requireSet(6, 'Application.suspendApiCalculationUntilNextSync')) return;
    this.context.calculationSuspended = true;
    this.context.enqueue('Application.suspendApiCalculationUntilNextSync', null, () => undefined);
  }
}
