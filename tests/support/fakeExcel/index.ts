/**
 * A faithful in-memory Excel for testing the Office.js adapter where no Excel runs. See clientObject.ts,
 * context.ts and model.ts for what it models; docs/workbook-port.md lists what it does not.
 */
import type { CellValue } from '../../../src/core/types';
import { FakeContext, type FakeHost, type SyncRecord } from './context';
import {
  parseRange,
  rectText,
  WorkbookModel,
  type DataTypeValue,
  type Rect,
  type SheetModel,
  type TableModel,
} from './model';
import { FakeApplication, FakeWorkbook } from './bookProxies';

export { FakeRichApiError } from './errors';
export { WorkbookModel } from './model';
export type { SyncRecord } from './context';

export interface FakeExcelOptions {
  /** Highest ExcelApi 1.x the host supports (default 17). */
  apiMinor?: number;
  /** Request/response payload limit in bytes; Excel on the web has 5 MB, desktop effectively none. */
  payloadLimit?: number;
}

export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  constructor(readonly inner: FakeContext) {
    this.workbook = new FakeWorkbook(inner, () => true);
    this.application = new FakeApplication(inner, () => true);
    inner.requestContext = this;
  }
  sync(): Promise<void> {
    return this.inner.sync();
  }
}

export class FakeExcel implements FakeHost {
  readonly model = new WorkbookModel();
  apiMinor: number;
  payloadLimit: number;
  cellEditMode = false;
  syncs: SyncRecord[] = [];
  private syncCounter = 0;
  private injected: string[] = [];
  private hooks = new Map<number, (() => void)[]>();
  private editWaiters: (() => void)[] = [];
  runs = 0;
  changeHandlers = new Set<(event: unknown) => unknown>();
  /** Changes not yet told to the handlers, with who made them. */
  private changes: { sheetId: string; address: string; byUser: boolean }[] = [];
  private userEditing = false;

  constructor(options: FakeExcelOptions = {}) {
    this.apiMinor = options.apiMinor ?? 17;
    this.payloadLimit = options.payloadLimit ?? WEB_PAYLOAD_LIMIT;
    this.model.onDataChanged = (sheet, rect) =>
      this.changes.push({ sheetId: sheet.id, address: rectText(rect), byUser: this.userEditing });
  }

  // ---------- FakeHost ----------
  nextSync(): number {
    this.syncCounter += 1;
    return this.syncCounter;
  }
  takeInjectedFailure(): string | undefined {
    return this.injected.shift();
  }
  runHooks(sync: number): void {
    for (const hook of this.hooks.get(sync) ?? []) hook();
    this.hooks.delete(sync);
  }
  record(entry: SyncRecord): void {
    this.syncs.push(entry);
  }
  waitForCellEdit(): Promise<void> {
    return new Promise((resolve) => this.editWaiters.push(resolve));
  }

  // ---------- what the adapter gets ----------
  /** Excel.run(options?, batch): a new request context; pending calls are flushed when the batch ends. */
  /** Excel.run(options?, batch), or Excel.run(context, batch) to go on with an earlier context (an event's). */
  run = async <T>(optionsOrBatch: unknown, maybeBatch?: (context: never) => Promise<T>): Promise<T> => {
    const batch = (typeof optionsOrBatch === 'function' ? optionsOrBatch : maybeBatch) as (
      context: never,
    ) => Promise<T>;
    this.runs += 1;
    if (optionsOrBatch instanceof FakeRequestContext) {
      const result = await batch(optionsOrBatch as never);
      if (optionsOrBatch.inner.pending > 0) await optionsOrBatch.inner.sync();
      return result;
    }
    const options = (typeof optionsOrBatch === 'function' ? {} : optionsOrBatch) as {
      delayForCellEdit?: boolean;
    };
    const inner = new FakeContext(this, { delayForCellEdit: options.delayForCellEdit });
    const result = await batch(new FakeRequestContext(inner) as never);
    if (inner.pending > 0) await inner.sync();
    return result;
  };

  isSetSupported = (name: string, version?: string): boolean => {
    if (name !== 'ExcelApi') return false;
    const minor = Number((version ?? '1.1').split('.')[1] ?? 0);
    return minor <= this.apiMinor;
  };

  // ---------- test controls ----------
  get syncCount(): number {
    return this.syncCounter;
  }
  resetSyncs(): void {
    this.syncs = [];
  }
  /** The next sync fails with this code before running anything (e.g. 'GeneralException'). */
  failNextSync(code: string): void {
    this.injected.push(code);
  }
  /** Runs `hook` just before sync number `sync` (counted from the fake's creation) executes: a user acting between syncs. */
  beforeSync(sync: number, hook: () => void): void {
    this.hooks.set(sync, [...(this.hooks.get(sync) ?? []), hook]);
  }
  /** The user types `values` at `address`: the cells change (a change event follows, not from the add-in). */
  userEdit(sheetName: string, address: string, values: CellValue[][]): void {
    this.userEditing = true;
    try {
      this.model.writeValues(this.model.sheet(sheetName), parseRange(address) as Rect, values);
    } finally {
      this.userEditing = false;
    }
  }
  /**
   * Tells the registered handlers of the changes since the last call, one WorksheetChangedEventArgs each, and
   * waits for them. `triggerSource` (ExcelApi 1.14) says "ThisLocalAddin" for the add-in's own writes
   * (learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs); older hosts do not say.
   */
  async flushEvents(): Promise<void> {
    const changes = this.changes.splice(0);
    for (const change of changes) {
      const event = {
        type: 'WorksheetChanged',
        worksheetId: change.sheetId,
        address: change.address,
        changeType: 'RangeEdited',
        source: 'Local',
        ...(this.apiMinor >= 14 ? { triggerSource: change.byUser ? 'Unknown' : 'ThisLocalAddin' } : {}),
      };
      for (const handler of [...this.changeHandlers]) await handler(event);
    }
  }
  enterCellEdit(): void {
    this.cellEditMode = true;
  }
  exitCellEdit(): void {
    this.cellEditMode = false;
    for (const waiter of this.editWaiters.splice(0)) waiter();
  }

  // ---------- seeding and inspecting the workbook (no syncs) ----------
  addSheet(name: string): SheetModel {
    return this.model.addSheet(name);
  }
  sheet(name: string): SheetModel {
    return this.model.sheet(name);
  }
  /** Puts values (and formats) at `address` ("A1"-based) as if the user typed them, without coercion. */
  seed(sheetName: string, topLeft: string, values: CellValue[][], formats?: (string | undefined)[][]): Rect {
    const sheet = this.model.findSheet(sheetName) ?? this.model.addSheet(sheetName);
    const start = parseRange(topLeft) as Rect;
    values.forEach((row, i) =>
      row.forEach((value, j) => {
        const r = start.top + i;
        const c = start.left + j;
        const format = formats?.[i]?.[j];
        if (value === null && !format) return;
        let cells = sheet.rows.get(r);
        if (!cells) sheet.rows.set(r, (cells = new Map()));
        cells.set(c, { value, ...(format ? { format } : {}) });
      }),
    );
    const width = Math.max(1, ...values.map((r) => r.length));
    return {
      top: start.top,
      left: start.left,
      bottom: start.top + values.length - 1,
      right: start.left + width - 1,
    };
  }
  /** Puts a data type (entity, formatted number …) in one cell, as a linked data type or Excel's Stocks would. */
  seedDataType(sheetName: string, cell: string, dataType: DataTypeValue): void {
    const sheet = this.model.sheet(sheetName);
    const at = parseRange(cell) as Rect;
    const row = sheet.rows.get(at.top) ?? new Map();
    sheet.rows.set(at.top, row);
    row.set(at.left, { value: null, dataType });
  }
  addTable(sheetName: string, address: string, name: string): TableModel {
    const sheet = this.model.sheet(sheetName);
    const table = this.model.addTable(sheet, parseRange(address) as Rect, true);
    table.name = name;
    return table;
  }
  protect(sheetName: string): void {
    this.model.sheet(sheetName).protected = true;
  }
  /** Cell values as CellValue (errors as {error}, empty as null), for cell-by-cell assertions. */
  values(sheetName: string, address?: string): CellValue[][] {
    const sheet = this.model.sheet(sheetName);
    const rect = address ? (parseRange(address) as Rect) : this.model.usedRect(sheet, false);
    if (!rect) return [];
    const out: CellValue[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: CellValue[] = [];
      for (let c = rect.left; c <= rect.right; c++) row.push(this.model.shown(sheet, r, c));
      out.push(row);
    }
    return out;
  }
  /** A deep copy of everything, to assert a failed operation changed nothing. */
  snapshot(): string {
    const sheets = this.model.sheets.map((s) => ({
      ...s,
      rows: [...s.rows].map(([r, cells]) => [r, [...cells]]),
      columnWidths: [...s.columnWidths],
    }));
    return JSON.stringify({
      sheets,
      tables: this.model.tables,
      names: this.model.names,
      active: this.model.activeSheetId,
    });
  }
}
