/** Fake Range, RangeFormat, RangeAreas and conditional formats. */
import { FakeContext } from './context';
import { fail } from './errors';
import { FakeClientObject, FakeCollection, NULL, type Resolver, type Scalar } from './clientObject';
import {
  excelSheetRef,
  intersects,
  parseRange,
  rectText,
  type ConditionalFormatModel,
  type Rect,
  type SheetModel,
  type ValidationModel,
} from './model';

// ---------------------------------------------------------------- ranges

export interface RangeTarget {
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
  protected override readonly _navNames = ['format', 'dataValidation', 'conditionalFormats'];

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
  get dataValidation(): FakeDataValidation {
    this.context.requireSet(8, 'Range.dataValidation');
    return this._nav('dataValidation', () => new FakeDataValidation(this.context, () => this._resolve()));
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
      if (applyTo !== 'All' && applyTo !== 'Contents' && applyTo !== 'Formats')
        throw fail.invalidArgument(`clear('${applyTo}')`);
      model.clear(t.sheet, t.rect, applyTo);
      if (applyTo === 'All' || applyTo === 'Formats') {
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
  /** The smallest range holding both (ExcelApi 1.1); both on one sheet. */
  getBoundingRect(other: FakeRange | string): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this._resolve<RangeTarget>();
      const o =
        typeof other === 'string'
          ? { sheet: t.sheet, rect: parseRange(other) }
          : other._resolve<RangeTarget>();
      if (!o.rect || o.sheet !== t.sheet) throw fail.invalidArgument('Range.getBoundingRect');
      return {
        sheet: t.sheet,
        rect: {
          top: Math.min(t.rect.top, o.rect.top),
          left: Math.min(t.rect.left, o.rect.left),
          bottom: Math.max(t.rect.bottom, o.rect.bottom),
          right: Math.max(t.rect.right, o.rect.right),
        },
      };
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

/**
 * Range.dataValidation: the validations intersecting the range decide what is read — none: type 'None';
 * one covering the whole range: its type and rule; anything else: 'Inconsistent'. Setting a rule over
 * cells that already have a different one is refused (clear first), as Excel does.
 */
export class FakeDataValidation extends FakeClientObject {
  protected readonly _type = 'DataValidation';
  protected override readonly _scalars: Record<string, Scalar> = {
    type: (t: RangeTarget) => {
      const found = this.found(t);
      if (found === null) return 'None';
      if (found === 'mixed') return 'Inconsistent';
      return found.rule.list ? 'List' : 'Decimal';
    },
    rule: (t: RangeTarget) => {
      const found = this.found(t);
      return found && found !== 'mixed' ? JSON.parse(JSON.stringify(found.rule)) : {};
    },
  };
  get type(): string {
    return this._get('type');
  }
  get rule(): ValidationModel['rule'] {
    return this._get('rule');
  }
  set rule(rule: ValidationModel['rule']) {
    this._set('rule', rule, (t: RangeTarget) => {
      this.context.model.guardWrite(t.sheet, 'DataValidation.rule');
      const same = JSON.stringify(rule);
      if (t.sheet.validations.some((v) => intersects(v.rect, t.rect) && JSON.stringify(v.rule) !== same))
        throw fail.invalidArgument('the range already has data validation; clear it first');
      t.sheet.validations = t.sheet.validations.filter((v) => !intersects(v.rect, t.rect));
      t.sheet.validations.push({ rect: { ...t.rect }, rule: JSON.parse(same) });
    });
  }
  set errorAlert(alert: ValidationModel['errorAlert']) {
    this._set('errorAlert', alert, (t: RangeTarget) => {
      for (const v of t.sheet.validations) if (intersects(v.rect, t.rect)) v.errorAlert = { ...alert };
    });
  }
  clear(): void {
    this._call('clear', null, (t: RangeTarget) => {
      this.context.model.guardWrite(t.sheet, 'DataValidation.clear');
      // Cells of the range lose their validation; parts of a validation outside the range keep it.
      t.sheet.validations = t.sheet.validations.flatMap((v) => subtract(v, t.rect));
    });
  }
  private found(t: RangeTarget): ValidationModel | null | 'mixed' {
    const hits = t.sheet.validations.filter((v) => intersects(v.rect, t.rect));
    if (hits.length === 0) return null;
    const [hit] = hits;
    const covers =
      hits.length === 1 &&
      hit.rect.top <= t.rect.top &&
      hit.rect.left <= t.rect.left &&
      hit.rect.bottom >= t.rect.bottom &&
      hit.rect.right >= t.rect.right;
    return covers ? hit : 'mixed';
  }
}

/** `v` without the cells of `rect`: up to four blocks around it. */
function subtract(v: ValidationModel, rect: Rect): ValidationModel[] {
  if (!intersects(v.rect, rect)) return [v];
  const r = v.rect;
  const parts: Rect[] = [
    { top: r.top, left: r.left, bottom: Math.min(r.bottom, rect.top - 1), right: r.right },
    { top: Math.max(r.top, rect.bottom + 1), left: r.left, bottom: r.bottom, right: r.right },
    {
      top: Math.max(r.top, rect.top),
      left: r.left,
      bottom: Math.min(r.bottom, rect.bottom),
      right: Math.min(r.right, rect.left - 1),
    },
    {
      top: Math.max(r.top, rect.top),
      left: Math.max(r.left, rect.right + 1),
      bottom: Math.min(r.bottom, rect.bottom),
      right: r.right,
    },
  ];
  return parts.filter((p) => p.top <= p.bottom && p.left <= p.right).map((p) => ({ ...v, rect: p }));
}

/** Excel's default column width in points (8.43 characters of Calibri 11). */
export const DEFAULT_COLUMN_POINTS = 48;

export class FakeRangeFormat extends FakeClientObject {
  protected readonly _type = 'RangeFormat';
  protected override readonly _navNames = ['font', 'fill'];
  protected override readonly _scalars: Record<string, Scalar> = {
    // The width when every column of the range has the same one, else null (as Excel answers).
    columnWidth: (t: RangeTarget) => {
      const widths = new Set<number>();
      for (let c = t.rect.left; c <= t.rect.right && widths.size < 2; c++)
        widths.add(t.sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_POINTS);
      return widths.size === 1 ? [...widths][0] : null;
    },
  };
  get columnWidth(): number {
    return this._get('columnWidth');
  }
  set columnWidth(points: number) {
    this._set('columnWidth', points, (t: RangeTarget) => {
      this.context.model.guardWrite(t.sheet, 'RangeFormat.columnWidth');
      for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths.set(c, points);
    });
  }
  set wrapText(wrap: boolean) {
    this._set('wrapText', wrap, (t: RangeTarget) =>
      this.context.model.setCellStyle(t.sheet, t.rect, { wrap }),
    );
  }
  set verticalAlignment(alignment: string) {
    this._set('verticalAlignment', alignment, (t: RangeTarget) =>
      this.context.model.setCellStyle(t.sheet, t.rect, { verticalAlignment: alignment }),
    );
  }
  get font(): FakeStyleFacet {
    return this._nav('font', () => new FakeStyleFacet(this.context, () => this._resolve(), 'font'));
  }
  get fill(): FakeStyleFacet {
    return this._nav('fill', () => new FakeStyleFacet(this.context, () => this._resolve(), 'fill'));
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
    else
      this._set('color', color, (t: RangeTarget) =>
        this.context.model.setCellStyle(t.sheet, t.rect, { fontColor: color }),
      );
  }
}

export class FakeRangeAreas extends FakeClientObject {
  protected readonly _type = 'RangeAreas';
  protected override readonly _scalars: Record<string, Scalar> = {
    address: (t: { sheet: SheetModel; rects: Rect[] }) =>
      t.rects.map((r) => `${excelSheetRef(t.sheet.name)}!${rectText(r)}`).join(','),
    areaCount: (t: { rects: Rect[] }) => t.rects.length,
  };
  protected override readonly _navNames = ['conditionalFormats'];
  get address(): string {
    return this._get('address');
  }
  get areaCount(): number {
    return this._get('areaCount');
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

/**
 * A rule as the API sees it: by position. `ConditionalFormat.id` is "the priority of the conditional format in
 * the current ConditionalFormatCollection" and add() inserts "at the first/top priority"
 * (learn.microsoft.com/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-id-member,
 * excel.conditionalformatcollection#excel-excel-conditionalformatcollection-add-member(1)). So an id or a loaded
 * item names whatever rule is at that position when the batch runs: delete position 0 and what was 1 is now 0.
 */
type CfTarget = { sheet: SheetModel; cf: ConditionalFormatModel; position: number };

export class FakeConditionalFormatCollection extends FakeCollection<FakeConditionalFormat> {
  protected readonly _type = 'ConditionalFormatCollection';
  constructor(
    context: FakeContext,
    private readonly targets: () => RangeTarget[],
  ) {
    super(context, () => targets());
  }
  /** The rules on the ranges, top priority first. */
  private list(): { sheet: SheetModel; rules: ConditionalFormatModel[] } {
    const targets = this.targets();
    const sheet = targets[0].sheet;
    return {
      sheet,
      rules: this.context.model.conditionalFormatsOn(
        sheet,
        targets.map((t) => t.rect),
      ),
    };
  }
  /** The rule at `position` when the batch runs; a rule Excel cannot read fails whatever touches it. */
  private at(position: number): CfTarget {
    const { sheet, rules } = this.list();
    const cf = Number.isInteger(position) ? rules[position] : undefined;
    if (!cf) throw fail.itemNotFound(`ConditionalFormat '${position}'`);
    if (cf.unreadable) throw fail.itemNotFound(`ConditionalFormat '${position}' (unreadable)`);
    return { sheet, cf, position };
  }
  protected _elements(): unknown[] {
    return this.list().rules.map((_, position) => position);
  }
  protected _item(element: unknown): FakeConditionalFormat {
    const position = element as number;
    return new FakeConditionalFormat(this.context, () => this.at(position));
  }
  add(type: string): FakeConditionalFormat {
    let created: CfTarget | undefined;
    this.context.enqueue('ConditionalFormatCollection.add', type, () => {
      const targets = this.targets();
      const sheet = targets[0].sheet;
      const cf = this.context.model.addConditionalFormat(
        sheet,
        targets.map((t) => t.rect),
        type,
      );
      created = { sheet, cf, position: 0 };
    });
    // The object add() returns stays the rule it made, whatever is added after it.
    return new FakeConditionalFormat(this.context, () => created);
  }
  getItem(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, () => this.at(Number(id)));
  }
  getItemAt(index: number): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, () => this.at(index));
  }
}

export class FakeConditionalFormat extends FakeClientObject {
  protected readonly _type = 'ConditionalFormat';
  protected override readonly _scalars: Record<string, Scalar> = {
    id: (t: CfTarget) => String(t.position),
    type: (t: CfTarget) => t.cf.type,
    priority: (t: CfTarget) => t.position,
    stopIfTrue: (t: CfTarget) => t.cf.stopIfTrue,
  };
  protected override readonly _navNames = ['custom', 'customOrNullObject'];
  get id(): string {
    return this._get('id');
  }
  get type(): string {
    return this._get('type');
  }
  get priority(): number {
    return this._get('priority');
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
