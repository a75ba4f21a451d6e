/**
 * An in-memory WorkbookPort for the component tests: the sample project table, optional Plan tables, and a
 * record of every write, selection and mark, so a test can assert what the pane asked of the workbook.
 * `failNext` makes the next call of a method throw (a PortError, as the real ports do).
 */
import { planToTables, type PlanTable } from '../../../src/core/plan';
import { CANONICAL_HEADERS, FIELD_ORDER } from '../../../src/core/projects';
import { sampleProjectsGrid } from '../../../src/core/sample';
import type { CellValue, Grid } from '../../../src/core/types';
import { portErrors } from '../../../src/port/errors';
import type { MappingKind } from '../../../src/port/names';
import type { ColumnValidation, ValidationResult } from '../../../src/port/validation';
import type {
  AppendOptions,
  CellMark,
  OperationRead,
  OperationReadOptions,
  OwnedSheetSpec,
  SavedMapping,
  TableRead,
  WorkbookPort,
  WriteResult,
} from '../../../src/port/workbookPort';

type Method = keyof WorkbookPort;

export class FakePort implements WorkbookPort {
  readonly kind = 'xlsx' as const;
  readonly capabilities = { nativeCharts: false, hyperlinks: true, marks: true, liveSelection: false };
  projects: Grid | null;
  planTables: Record<string, CellValue[][]> | null = null;
  mappings: Partial<Record<MappingKind, SavedMapping>> = {};
  owned = new Map<string, OwnedSheetSpec>();
  marks: CellMark[] = [];
  selected: { sheet: string; cell: string } | null = null;
  selectedAddress: string | null = null;
  ranges: Record<string, Grid> = {};
  calls: { method: Method; args: unknown[] }[] = [];
  /** Reads for an operation answered (or failed): a panel shows the answer in the render that follows. */
  readsSettled = 0;
  private failures = new Map<Method, unknown>();

  constructor(options: { projects?: Grid | null; plan?: PlanTable[] } = {}) {
    this.projects = options.projects === undefined ? sampleProjectsGrid() : options.projects;
    if (options.plan) this.planTables = tablesByName(options.plan);
  }

  failNext(method: Method, error: unknown): void {
    this.failures.set(method, error);
  }

  callsOf(method: Method): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  private async enter(method: Method, args: unknown[]): Promise<void> {
    this.calls.push({ method, args });
    await Promise.resolve();
    const failure = this.failures.get(method);
    if (failure !== undefined) {
      this.failures.delete(method);
      throw failure;
    }
  }

  private tableRead(): TableRead | null {
    if (!this.projects) return null;
    const g = this.projects;
    const width = Math.max(1, ...g.values.map((r) => r.length));
    const address = `Prosjekter!A${g.top}:${String.fromCharCode(64 + width)}${g.top + g.values.length - 1}`;
    return { grid: g, source: 'table', tableName: 'Prosjekter', address };
  }

  async readProjects(): Promise<TableRead | null> {
    await this.enter('readProjects', []);
    return this.tableRead();
  }

  async readApplications(): Promise<TableRead | null> {
    await this.enter('readApplications', []);
    return null;
  }

  async readPlanTables(): Promise<Record<string, CellValue[][]> | null> {
    await this.enter('readPlanTables', []);
    return this.planTables;
  }

  async readForOperation(options: OperationReadOptions = {}): Promise<OperationRead> {
    try {
      return await this.answerRead(options);
    } finally {
      this.readsSettled++;
    }
  }

  private async answerRead(options: OperationReadOptions): Promise<OperationRead> {
    await this.enter('readForOperation', [options]);
    const range = typeof options.projects === 'object' ? options.projects.range : undefined;
    const projects = range ? this.rangeRead(range) : options.projects === false ? null : this.tableRead();
    return {
      projects,
      applications: null,
      payments: null,
      planTables: options.plan === false ? null : this.planTables,
      mappings: options.mapping === false ? {} : this.mappings,
      sheets: options.sheets && this.projects ? [this.projects] : [],
      ownedSheets: [...this.owned.keys()],
      marks: { sheets: [] },
    };
  }

  private rangeRead(range: string): TableRead {
    const grid = this.ranges[range];
    if (!grid) throw portErrors.invalidAddress(range);
    return { grid, source: 'range', address: range };
  }

  async readRange(address: string): Promise<Grid> {
    await this.enter('readRange', [address]);
    const grid = this.ranges[address];
    if (!grid) throw portErrors.invalidAddress(address);
    return grid;
  }

  async getSelectedAddress(): Promise<string | null> {
    await this.enter('getSelectedAddress', []);
    return this.selectedAddress;
  }

  async writeOwnedSheet(spec: OwnedSheetSpec): Promise<WriteResult> {
    await this.enter('writeOwnedSheet', [spec]);
    this.owned.set(spec.name, spec);
    const rows = spec.tables.reduce((sum, t) => sum + t.rows.length, 0);
    const charts = (spec.charts ?? []).map((c) => ({ name: c.name, kind: c.kind, native: false }));
    return { sheet: spec.name, rows, charts, warnings: [] };
  }

  async createPlanSheet(tables: PlanTable[]): Promise<WriteResult> {
    await this.enter('createPlanSheet', [tables]);
    if (this.planTables) throw portErrors.planExists();
    this.planTables = tablesByName(tables);
    return { sheet: 'Plan', rows: tables.reduce((s, t) => s + t.rows.length, 0), charts: [], warnings: [] };
  }

  async writePlanTable(table: PlanTable): Promise<WriteResult> {
    await this.enter('writePlanTable', [table]);
    this.planTables = { ...(this.planTables ?? {}), [table.name]: [table.headers, ...table.rows] };
    return { sheet: 'Plan', rows: table.rows.length, charts: [], warnings: [] };
  }

  async createProjectTable(): Promise<WriteResult> {
    await this.enter('createProjectTable', []);
    if (this.projects) throw portErrors.projectTableExists('Prosjekter');
    this.projects = {
      sheet: 'Prosjekter',
      top: 1,
      left: 1,
      values: [FIELD_ORDER.map((f) => CANONICAL_HEADERS[f])],
    };
    return { sheet: 'Prosjekter', rows: 0, charts: [], warnings: [] };
  }

  async createPaymentsTable(rows: CellValue[][]): Promise<WriteResult> {
    await this.enter('createPaymentsTable', [rows]);
    return { sheet: 'Utbetalinger', rows: rows.length, charts: [], warnings: [] };
  }

  async createApplicationsTable(criteria: string[]): Promise<WriteResult> {
    await this.enter('createApplicationsTable', [criteria]);
    return { sheet: 'Søknader', rows: 0, charts: [], warnings: [] };
  }

  /** Validation placed by addValidation and not yet removed: one entry per rule. */
  validations: ColumnValidation[] = [];

  async addValidation(rules: ColumnValidation[]): Promise<ValidationResult> {
    await this.enter('addValidation', [rules]);
    const tables = new Set(['Prosjekter', ...(this.planTables ? ['Omrader'] : [])]);
    const result: ValidationResult = { added: [], skipped: [] };
    for (const rule of rules) {
      if (!tables.has(rule.table))
        result.skipped.push({ table: rule.table, column: rule.column, reason: 'no-table' });
      else {
        this.validations.push(rule);
        result.added.push({ table: rule.table, column: rule.column, address: `${rule.table}!A2:A29` });
      }
    }
    return result;
  }

  async removeValidation(): Promise<number> {
    await this.enter('removeValidation', []);
    const removed = this.validations.length;
    this.validations = [];
    return removed;
  }

  async appendRows(target: string, rows: CellValue[][], options?: AppendOptions): Promise<WriteResult> {
    await this.enter('appendRows', options ? [target, rows, options] : [target, rows]);
    if (this.projects) this.projects = { ...this.projects, values: [...this.projects.values, ...rows] };
    return { sheet: target, rows: rows.length, charts: [], warnings: [] };
  }

  async markCells(marks: CellMark[]): Promise<{ marked: number; removed: number }> {
    await this.enter('markCells', [marks]);
    const removed = this.marks.length;
    this.marks = [...marks];
    return { marked: marks.length, removed };
  }

  async clearMarks(): Promise<{ marked: number; removed: number }> {
    await this.enter('clearMarks', []);
    const removed = this.marks.length;
    this.marks = [];
    return { marked: 0, removed };
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.enter('selectCell', [sheet, cell]);
    this.selected = { sheet, cell };
  }

  async readMapping(kind: MappingKind = 'projects'): Promise<SavedMapping | null> {
    await this.enter('readMapping', [kind]);
    return this.mappings[kind] ?? null;
  }

  async saveMapping(saved: SavedMapping, kind: MappingKind = 'projects'): Promise<void> {
    await this.enter('saveMapping', [saved, kind]);
    this.mappings[kind] = saved;
  }

  async listOwnedSheets(): Promise<string[]> {
    await this.enter('listOwnedSheets', []);
    return [...this.owned.keys()];
  }
}

export function tablesByName(tables: PlanTable[]): Record<string, CellValue[][]> {
  return Object.fromEntries(tables.map((t) => [t.name, [t.headers, ...t.rows]]));
}

export { planToTables };
