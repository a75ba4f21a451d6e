/**
 * Proxy objects of the Excel JS object model subset the add-in uses. Scalar properties throw
 * PropertyNotLoaded until loaded and synced; writes and calls queue until sync; getItem of a missing item
 * fails at sync with ItemNotFound; *OrNullObject gives isNullObject after sync. Calls on a child of a null
 * object fail with InvalidObjectPath (stricter than Excel may be: the port never relies on either).
 */
import type { CellValue } from '../../../src/core/types';
import { FakeContext, jsonBytes } from './context';
import { fail, propertyNotLoaded } from './errors';
import {
  excelSheetRef,
  parseRange,
  rectText,
  type ChartModel,
  type ConditionalFormatModel,
  type NameModel,
  type Rect,
  type SheetModel,
  type TableModel,
} from './model';

type Resolver = () => unknown;
type Scalar = (target: never) => unknown;

const NULL = Symbol('null object');

/** Parses what `load` accepts into property paths: 'a, b/c', ['a'], { select: 'a' }, { a: true, b: { c: true } }. */
function loadPaths(spec: unknown): string[][] {
  if (spec === undefined || spec === null) return [['*']];
  if (typeof spec === 'string')
    return spec
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => p.split('/'));
  if (Array.isArray(spec)) return spec.flatMap((s) => loadPaths(s));
  if (typeof spec === 'object') {
    const obj = spec as Record<string, unknown>;
    if (typeof obj.select === 'string') return loadPaths(obj.select);
    const paths: string[][] = [];
    for (const [key, value] of Object.entries(obj)) {
      if (key === '$all') paths.push(['*']);
      else if (value === true) paths.push([key]);
      else if (value && typeof value === 'object')
        for (const sub of loadPaths(value)) paths.push([key, ...sub]);
    }
    return paths;
  }
  throw fail.invalidArgument('load argument');
}

export abstract class FakeClientObject {
  protected readonly _loaded = new Map<string, unknown>();
  private _null: boolean | undefined;
  private _navs = new Map<string, FakeClientObject>();
  protected abstract readonly _type: string;
  protected readonly _scalars: Record<string, Scalar> = {};
  protected readonly _navNames: string[] = [];

  constructor(
    readonly context: FakeContext,
    private readonly _resolver: Resolver,
    private readonly _nullable = false,
  ) {
    if (_nullable && !context.executing) {
      context.enqueue('instantiate', null, () => {
        const isNull = this._resolveOrNull() === NULL;
        return {
          bytes: 8,
          commit: () => {
            this._null = isNull;
          },
        };
      });
    }
  }

  /** The model object, NULL for a null object; throws ItemNotFound etc. as the resolver does. */
  _resolveOrNull(): unknown {
    const target = this._resolver();
    return target === null || target === undefined ? NULL : target;
  }

  /** For calls and children: a null object here is an error. */
  _resolve<T>(): T {
    const target = this._resolveOrNull();
    if (target === NULL) throw fail.invalidObjectPath(`${this._type} (null object)`);
    return target as T;
  }

  get isNullObject(): boolean {
    if (this._null === undefined) {
      if (!this._nullable) return false;
      throw propertyNotLoaded('isNullObject', this._type);
    }
    return this._null;
  }

  protected _nav<T extends FakeClientObject>(name: string, make: () => T): T {
    let nav = this._navs.get(name) as T | undefined;
    if (!nav) {
      nav = make();
      this._navs.set(name, nav);
    }
    return nav;
  }

  protected _get<T>(property: string): T {
    if (!this._loaded.has(property)) throw propertyNotLoaded(property, this._type);
    return this._loaded.get(property) as T;
  }

  /** Queues a property write; `apply` runs at sync against the resolved target. */
  protected _set(property: string, value: unknown, apply: (target: never) => void): void {
    this.context.enqueue(`${this._type}.${property}=`, value, () => {
      apply(this._resolve<never>());
    });
  }

  protected _call(method: string, args: unknown, apply: (target: never) => void): void {
    this.context.enqueue(`${this._type}.${method}()`, args, () => {
      apply(this._resolve<never>());
    });
  }

  load(spec?: unknown): this {
    const paths = loadPaths(spec);
    this.context.enqueue(`${this._type}.load`, spec ?? null, () => {
      const commits: (() => void)[] = [];
      let bytes = 0;
      for (const path of paths) bytes += this._snapshot(path, commits);
      return { bytes, commit: () => commits.forEach((c) => c()) };
    });
    return this;
  }

  /** Reads the requested properties now (at sync) and returns their size; assigns them on commit. */
  _snapshot(path: string[], commits: (() => void)[]): number {
    const target = this._resolveOrNull();
    if (this._nullable) commits.push(() => (this._null = target === NULL));
    const [head, ...rest] = path;
    if (head === '*') {
      let bytes = 0;
      for (const name of Object.keys(this._scalars)) bytes += this._snapshot([name], commits);
      return bytes;
    }
    if (head in this._scalars && rest.length === 0) {
      const value = target === NULL ? null : this._scalars[head](target as never);
      commits.push(() => this._loaded.set(head, value));
      return jsonBytes(value) + 16;
    }
    if (this._navNames.includes(head)) {
      const child = (this as unknown as Record<string, FakeClientObject>)[head];
      if (target === NULL) return 0; // loading through a null object yields nulls, as Excel does
      return child._snapshot(rest.length ? rest : ['*'], commits);
    }
    throw fail.invalidArgument(`${this._type} has no loadable property '${head}'`);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this._loaded);
  }
}

/** A collection: `items` is filled by load; loading 'x' or 'items/x' loads x on each item. */
abstract class FakeCollection<T extends FakeClientObject> extends FakeClientObject {
  protected abstract _elements(): unknown[];
  protected abstract _item(element: unknown): T;

  get items(): T[] {
    return this._get<T[]>('items');
  }

  private _cache?: { sync: number; items: T[] };

  override _snapshot(path: string[], commits: (() => void)[]): number {
    const rest = path[0] === 'items' ? path.slice(1) : path;
    if (this._cache?.sync !== this.context.currentSync) {
      this._cache = { sync: this.context.currentSync, items: this._elements().map((e) => this._item(e)) };
    }
    const items = this._cache.items;
    commits.push(() => this._loaded.set('items', items));
    let bytes = 2;
    for (const item of items) bytes += item._snapshot(rest.length ? rest : ['*'], commits);
    return bytes;
  }
}

// ---------------------------------------------------------------- ranges

interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

function addressOf(t: RangeTarget): string {
  return `${excelSheetRef(t.sheet.name)}!${rectText(t.rect)}`;
}

export class FakeRange extends FakeClientObject {
  protected readonly _type = 'Range';
  protected override readonly _scalars: Record<string, Scalar> = {
    address: (t: RangeTarget) => addressOf(t),
    values: (t: RangeTarget) => this.context.model.readValues(t.sheet, t.rect),
    numberFormat: (t: RangeTarget) => this.context.model.readFormats(t.sheet, t.rect),
    formulas: (t: RangeTarget) => this.context.model.readFormulas(t.sheet, t.rect),
    rowCount: (t: RangeTarget) => t.rect.bottom - t.rect.top + 1,
    columnCount: (t: RangeTarget) => t.rect.right - t.rect.left + 1,
    rowIndex: (t: RangeTarget) => t.rect.top - 1,
    columnIndex: (t: RangeTarget) => t.rect.left - 1,
  };
  protected override readonly _navNames = ['format', 'conditionalFormats'];

  get address(): string {
    return this._get('address');
  }
  get values(): (string | number | boolean)[][] {
    return this._get('values');
  }
  set values(values: unknown) {
    this._set('values', values, (t: RangeTarget) => this.context.model.writeValues(t.sheet, t.rect, values));
  }
  get numberFormat(): string[][] {
    return this._get('numberFormat');
  }
  set numberFormat(formats: unknown) {
    this._set('numberFormat', formats, (t: RangeTarget) =>
      this.context.model.writeFormats(t.sheet, t.rect, formats),
    );
  }
  get formulas(): unknown[][] {
    return this._get('formulas');
  }
  set formulas(formulas: unknown) {
    this._set('formulas', formulas, (t: RangeTarget) =>
      this.context.model.writeValues(t.sheet, t.rect, formulas),
    );
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get format(): FakeRangeFormat {
    return this._nav('format', () => new FakeRangeFormat(this.context, () => this._resolve()));
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    this.context.requireSet(6, 'Range.conditionalFormats');
    return this._nav(
      'conditionalFormats',
      () => new FakeConditionalFormatCollection(this.context, () => [this._resolve<RangeTarget>()]),
    );
  }
  select(): void {
    this._call('select', null, (t: RangeTarget) => {
      this.context.model.activeSheetId = t.sheet.id;
      this.context.model.selection = { sheetId: t.sheet.id, rect: t.rect };
    });
  }
  clear(applyTo: string = 'All'): void {
    this._call('clear', applyTo, (t: RangeTarget) => {
      const model = this.context.model;
      if (applyTo === 'All' || applyTo === 'Contents') model.clear(t.sheet, t.rect);
      if (applyTo === 'All' || applyTo === 'Formats') {
        model.guardWrite(t.sheet, 'Range.clear');
        t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter(
          (cf) =>
            !cf.areas.every(
              (a) =>
                a.top >= t.rect.top &&
                a.bottom <= t.rect.bottom &&
                a.left >= t.rect.left &&
                a.right <= t.rect.right,
            ),
        );
      }
    });
  }
  private derived(name: string, make: (rect: Rect) => Rect): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this._resolve<RangeTarget>();
      const rect = make(t.rect);
      if (rect.top < 1 || rect.left < 1 || rect.bottom < rect.top || rect.right < rect.left)
        throw fail.invalidArgument(`Range.${name}`);
      return { sheet: t.sheet, rect };
    });
  }
  getLastRow(): FakeRange {
    return this.derived('getLastRow', (r) => ({ ...r, top: r.bottom }));
  }
  getOffsetRange(rows: number, columns: number): FakeRange {
    return this.derived('getOffsetRange', (r) => ({
      top: r.top + rows,
      bottom: r.bottom + rows,
      left: r.left + columns,
      right: r.right + columns,
    }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived('getResizedRange', (r) => ({
      ...r,
      bottom: r.bottom + deltaRows,
      right: r.right + deltaColumns,
    }));
  }
  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this._resolve<RangeTarget>();
      const r = t.rect.top + row;
      const c = t.rect.left + column;
      return { sheet: t.sheet, rect: { top: r, left: c, bottom: r, right: c } };
    });
  }
}

export class FakeRangeFormat extends FakeClientObject {
  protected readonly _type = 'RangeFormat';
  protected override readonly _navNames = ['font', 'fill'];
  get font(): FakeStyleFacet {
    return this._nav('font', () => new FakeStyleFacet(this.context, () => this._resolve(), 'font'));
  }
  get fill(): FakeStyleFacet {
    return this._nav('fill', () => new FakeStyleFacet(this.context, () => this._resolve(), 'fill'));
  }
  set columnWidth(points: number) {
    this._set('columnWidth', points, (t: RangeTarget) => {
      this.context.model.guardWrite(t.sheet, 'RangeFormat.columnWidth');
      for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths.set(c, points);
    });
  }
  autofitColumns(): void {
    this._call('autofitColumns', null, () => undefined);
  }
}

/** RangeFont / RangeFill: bold and colour, which is all the port sets. */
export class FakeStyleFacet extends FakeClientObject {
  protected readonly _type: string;
  constructor(
    context: FakeContext,
    resolver: Resolver,
    private readonly facet: 'font' | 'fill',
  ) {
    super(context, resolver);
    this._type = facet === 'font' ? 'RangeFont' : 'RangeFill';
  }
  set bold(bold: boolean) {
    this._set('bold', bold, (t: RangeTarget) => this.context.model.setCellStyle(t.sheet, t.rect, { bold }));
  }
  set color(color: string) {
    if (this.facet === 'fill')
      this._set('color', color, (t: RangeTarget) =>
        this.context.model.setCellStyle(t.sheet, t.rect, { fill: color }),
      );
    else this._set('color', color, () => undefined);
  }
}

export class FakeRangeAreas extends FakeClientObject {
  protected readonly _type = 'RangeAreas';
  protected override readonly _scalars: Record<string, Scalar> = {
    address: (t: { sheet: SheetModel; rects: Rect[] }) =>
      t.rects.map((r) => `${excelSheetRef(t.sheet.name)}!${rectText(r)}`).join(','),
  };
  protected override readonly _navNames = ['conditionalFormats'];
  get address(): string {
    return this._get('address');
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return this._nav(
      'conditionalFormats',
      () =>
        new FakeConditionalFormatCollection(this.context, () => {
          const t = this._resolve<{ sheet: SheetModel; rects: Rect[] }>();
          return t.rects.map((rect) => ({ sheet: t.sheet, rect }));
        }),
    );
  }
}

// ---------------------------------------------------------------- conditional formats

export class FakeConditionalFormatCollection extends FakeCollection<FakeConditionalFormat> {
  protected readonly _type = 'ConditionalFormatCollection';
  constructor(
    context: FakeContext,
    private readonly targets: () => RangeTarget[],
  ) {
    super(context, () => targets());
  }
  protected _elements(): unknown[] {
    const targets = this.targets();
    const sheet = targets[0].sheet;
    return this.context.model
      .conditionalFormatsOn(
        sheet,
        targets.map((t) => t.rect),
      )
      .map((cf) => ({ sheet, cf }));
  }
  protected _item(element: unknown): FakeConditionalFormat {
    const { sheet, cf } = element as { sheet: SheetModel; cf: ConditionalFormatModel };
    return new FakeConditionalFormat(this.context, () => {
      if (!sheet.conditionalFormats.includes(cf)) throw fail.itemNotFound(`ConditionalFormat '${cf.id}'`);
      return { sheet, cf };
    });
  }
  add(type: string): FakeConditionalFormat {
    let created: { sheet: SheetModel; cf: ConditionalFormatModel } | undefined;
    this.context.enqueue('ConditionalFormatCollection.add', type, () => {
      const targets = this.targets();
      const sheet = targets[0].sheet;
      created = {
        sheet,
        cf: this.context.model.addConditionalFormat(
          sheet,
          targets.map((t) => t.rect),
          type,
        ),
      };
    });
    return new FakeConditionalFormat(this.context, () => created);
  }
  getItem(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, () => {
      const sheet = this.targets()[0].sheet;
      const cf = sheet.conditionalFormats.find((c) => c.id === id);
      if (!cf) throw fail.itemNotFound(`ConditionalFormat '${id}'`);
      return { sheet, cf };
    });
  }
}

type CfTarget = { sheet: SheetModel; cf: ConditionalFormatModel };

export class FakeConditionalFormat extends FakeClientObject {
  protected readonly _type = 'ConditionalFormat';
  protected override readonly _scalars: Record<string, Scalar> = {
    id: (t: CfTarget) => t.cf.id,
    type: (t: CfTarget) => t.cf.type,
    priority: (t: CfTarget) => t.cf.priority,
    stopIfTrue: (t: CfTarget) => t.cf.stopIfTrue,
  };
  protected override readonly _navNames = ['custom', 'customOrNullObject'];
  get id(): string {
    return this._get('id');
  }
  get type(): string {
    return this._get('type');
  }
  set priority(priority: number) {
    this._set('priority', priority, (t: CfTarget) => {
      this.context.model.guardWrite(t.sheet, 'ConditionalFormat.priority');
      t.cf.priority = priority - 0.5;
      const ordered = [...t.sheet.conditionalFormats].sort((a, b) => a.priority - b.priority);
      ordered.forEach((cf, i) => (cf.priority = i));
    });
  }
  set stopIfTrue(stop: boolean) {
    this._set('stopIfTrue', stop, (t: CfTarget) => (t.cf.stopIfTrue = stop));
  }
  get custom(): FakeCustomConditionalFormat {
    return this._nav(
      'custom',
      () =>
        new FakeCustomConditionalFormat(this.context, () => {
          const t = this._resolve<CfTarget>();
          if (t.cf.type !== 'Custom') throw fail.invalidArgument('not a custom conditional format');
          return t;
        }),
    );
  }
  get customOrNullObject(): FakeCustomConditionalFormat {
    return this._nav(
      'customOrNullObject',
      () =>
        new FakeCustomConditionalFormat(
          this.context,
          () => {
            const t = this._resolveOrNull();
            return typeof t === 'object' && t !== null && (t as CfTarget).cf?.type === 'Custom' ? t : null;
          },
          true,
        ),
    );
  }
  delete(): void {
    this._call('delete', null, (t: CfTarget) => this.context.model.deleteConditionalFormat(t.sheet, t.cf));
  }
}

export class FakeCustomConditionalFormat extends FakeClientObject {
  protected readonly _type = 'CustomConditionalFormat';
  protected override readonly _navNames = ['rule', 'format'];
  get rule(): FakeCfRule {
    return this._nav(
      'rule',
      () => new FakeCfRule(this.context, () => (this._resolveOrNull() === NULL ? null : this._resolve())),
    );
  }
  get format(): FakeCfFormat {
    return this._nav('format', () => new FakeCfFormat(this.context, () => this._resolve()));
  }
}

export class FakeCfRule extends FakeClientObject {
  protected readonly _type = 'ConditionalFormatRule';
  protected override readonly _scalars: Record<string, Scalar> = {
    formula: (t: CfTarget) => t.cf.formula ?? '',
  };
  get formula(): string {
    return this._get('formula');
  }
  set formula(formula: string) {
    this._set('formula', formula, (t: CfTarget) => {
      this.context.model.guardWrite(t.sheet, 'ConditionalFormatRule.formula');
      t.cf.formula = formula;
    });
  }
}

export class FakeCfFormat extends FakeClientObject {
  protected readonly _type = 'ConditionalRangeFormat';
  protected override readonly _navNames = ['fill', 'font'];
  get fill(): FakeCfColor {
    return this._nav('fill', () => new FakeCfColor(this.context, () => this._resolve(), 'fill'));
  }
  get font(): FakeCfColor {
    return this._nav('font', () => new FakeCfColor(this.context, () => this._resolve(), 'fontColor'));
  }
}

export class FakeCfColor extends FakeClientObject {
  protected readonly _type = 'ConditionalRangeFill';
  constructor(
    context: FakeContext,
    resolver: Resolver,
    private readonly key: 'fill' | 'fontColor',
  ) {
    super(context, resolver);
  }
  set color(color: string) {
    this._set('color', color, (t: CfTarget) => {
      this.context.model.guardWrite(t.sheet, 'ConditionalRangeFormat');
      t.cf[this.key] = color;
    });
  }
}

// ---------------------------------------------------------------- worksheets

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  protected readonly _type = 'WorksheetCollection';
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
  };
  protected override readonly _navNames = ['worksheet', 'rows'];
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
  get rows(): FakeTableRows {
    return this._nav('rows', () => new FakeTableRows(this.context, () => this._resolve()));
  }
  private range(part: 'all' | 'header' | 'body'): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this._resolve<TableModel>();
      const sheet = this.context.model.sheetById(t.sheetId) as SheetModel;
      const rect =
        part === 'all'
          ? t.rect
          : part === 'header'
            ? { ...t.rect, bottom: t.rect.top }
            : { ...t.rect, top: t.rect.top + 1 };
      return { sheet, rect };
    });
  }
  getRange(): FakeRange {
    return this.range('all');
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

export class FakeTableRows extends FakeClientObject {
  protected readonly _type = 'TableRowCollection';
  protected override readonly _scalars: Record<string, Scalar> = {
    count: (t: TableModel) => t.rect.bottom - t.rect.top,
  };
  get count(): number {
    return this._get('count');
  }
  add(index: number | null | undefined, values: CellValue[][]): void {
    if (index !== null && index !== undefined) throw new Error('the fake only appends table rows');
    this._call('add', values, (t: TableModel) => this.context.model.appendTableRows(t, values));
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
  protected override readonly _navNames = ['worksheets', 'tables', 'names', 'protection'];
  get worksheets(): FakeWorksheetCollection {
    return this._nav('worksheets', () => new FakeWorksheetCollection(this.context, () => true));
  }
  get tables(): FakeTableCollection {
    return this._nav('tables', () => new FakeTableCollection(this.context));
  }
  get names(): FakeNamedItemCollection {
    return this._nav('names', () => new FakeNamedItemCollection(this.context, () => true));
  }
  get protection(): FakeProtection {
    this.context.requireSet(7, 'Workbook.protection');
    return this._nav('protection', () => new FakeProtection(this.context, () => ({ structure: true })));
  }
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const model = this.context.model;
      const selection = model.selection;
      const sheet = selection
        ? model.sheetById(selection.sheetId)
        : model.sheetById(model.activeSheetId ?? '');
      if (!sheet) throw fail.itemNotFound('selection');
      return {
        sheet,
        rect:
          selection && sheet.id === selection.sheetId
            ? selection.rect
            : { top: 1, left: 1, bottom: 1, right: 1 },
      };
    });
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
