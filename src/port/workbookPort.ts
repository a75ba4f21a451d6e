/**
 * The WorkbookPort: everything the task pane, the custom-function helpers and the CLI may ask of a workbook.
 * Implemented over Office.js (src/excel, the only place Excel is touched) and over ExcelJS (src/xlsx).
 * Data flows one way: port.read… → core (pure) → findings / tables → port.write… (docs/ARCHITECTURE.md).
 */
import type { PlanTable } from '../core/plan';
import type { ColumnKind } from '../core/formats';
import type { CellValue, ColumnMapping, Grid, Severity } from '../core/types';
import type { MappingKind, SourceCandidate } from './names';
import type { ColumnValidation, ValidationResult } from './validation';

export type SourceKind = 'table' | 'sheet' | 'range';

/** A table the add-in reads: the project table or the applications table. */
export interface TableRead {
  /** Header row included; numberFormats filled (to tell text numbers from numbers). */
  grid: Grid;
  source: SourceKind;
  tableName?: string;
  /** Sheet-qualified A1 address of the grid, e.g. "Prosjekter!A1:O29". */
  address: string;
  /**
   * Other tables or sheets the name could have meant, not read: a sheet `Prosjekter` when the table
   * `Prosjekter` on another sheet was read, a second table whose name differs only in case. Absent when none.
   */
  ignored?: SourceCandidate[];
}

export interface OperationReadOptions {
  /** Read the project table (default true); `range` = the range the user pointed at. */
  projects?: boolean | { range?: string };
  /** Read the applications table `Søknader` (default false). */
  applications?: boolean | { range?: string };
  /** Read the payments table `Utbetalinger` (default false). */
  payments?: boolean;
  /** Read the Plan tables (default true). */
  plan?: boolean;
  /** Read the saved column mappings (default true). */
  mapping?: boolean;
  /** Also read every other sheet's used range (values only), for the sum checks (default false). */
  sheets?: boolean;
}

/**
 * The sheets a read looked at, so `markCells` can replace our marks there without reading the workbook's
 * layout again. Which rules are ours is always read again when marking: Excel's conditional-format ids are
 * positions that shift, so an id from an earlier read may name a rule of the user's by then.
 */
export interface MarkState {
  sheets: { name: string; protected: boolean }[];
}

export interface OperationRead {
  projects: TableRead | null;
  applications: TableRead | null;
  /** The payments table `Utbetalinger`, when asked for and there is one. */
  payments: TableRead | null;
  /** Plan tables by name (rows incl. header row), or null: the default plan is used. */
  planTables: Record<string, CellValue[][]> | null;
  mappings: Partial<Record<MappingKind, SavedMapping>>;
  /** Used ranges of the other sheets (values only), when asked for. */
  sheets: Grid[];
  ownedSheets: string[];
  marks: MarkState;
}

/** The column mapping the user confirmed, with the header texts it was made for. */
export interface SavedMapping {
  mapping: ColumnMapping;
  headers?: string[];
}

export interface OwnedTableSpec {
  /** Excel table name, unique in the workbook (letters, digits, underscore). */
  name: string;
  /** A bold line above the table. */
  title?: string;
  headers: string[];
  rows: CellValue[][];
  /** Per column (default 'general'); text cells are always written as Text. */
  columns?: ColumnKind[];
  /**
   * A sum row right under the table: `label` in the first column and, in each of `columns` (0-based, not
   * the first), a SUM formula over the column's data rows, so finance can see and trace it.
   */
  sum?: { label: string; columns: number[] };
  /** Hyperlinks: per data row, the cell the row's link in column `column` (0-based) jumps to. */
  links?: { column: number; targets: ({ sheet: string; cell: string } | undefined)[] };
}

export interface AppendOptions {
  /** What the log's line says was done (default «La til rader»). */
  action?: string;
}

export interface ChartSpec {
  name: string;
  /** 'line': goal vs actual per year; 'columns': granted vs frame per area. */
  kind: 'line' | 'columns';
  title: string;
  /** Name of a table in the same spec; first column = categories, the next `series` columns = series. */
  table: string;
  series: number;
}

export interface OwnedSheetSpec {
  name: string;
  title?: string;
  subtitle?: string;
  tables: OwnedTableSpec[];
  charts?: ChartSpec[];
  /**
   * Printed on A4, one page wide, the header row repeated on every page (one-table sheets); landscape when
   * the columns are wider than a portrait page, unless given here.
   */
  orientation?: 'portrait' | 'landscape';
  /** Printed on one page, shrunk to fit (a report to hand out), rather than one page wide and as tall as it takes. */
  onePage?: boolean;
  /** Text wider than this many characters wraps (default 50, MAX_TEXT_WIDTH in layout.ts). */
  wrapAt?: number;
  /** Make it the active sheet after writing (default true). */
  activate?: boolean;
  /** What the log says was done (default 'Skrev ark'). */
  action?: string;
}

export interface PortWarning {
  code: 'chart-not-saved' | 'no-hyperlinks' | 'no-charts' | 'log-recreated' | 'marks-unknown';
  message: string;
  messageEn: string;
}

export interface ChartResult {
  name: string;
  kind: ChartSpec['kind'];
  /** True when the workbook itself holds the chart; false when only the spec was kept (ExcelJS). */
  native: boolean;
}

export interface WriteResult {
  sheet: string;
  /** Sheet-qualified address of what was written (the last table, or the appended rows). */
  address?: string;
  rows: number;
  charts: ChartResult[];
  warnings: PortWarning[];
}

export interface CellMark {
  sheet: string;
  /** A1 address of one cell. */
  cell: string;
  severity: Severity;
}

export interface MarkResult {
  marked: number;
  removed: number;
  /** E.g. `marks-unknown`: Excel could not read the rules on a sheet, so nothing was changed there. */
  warnings?: PortWarning[];
}

export interface PortCapabilities {
  /** Charts are real Excel charts (Office) rather than specs kept for the preview (ExcelJS). */
  nativeCharts: boolean;
  hyperlinks: boolean;
  marks: boolean;
  /** Selecting a cell moves the user's view (Office), or only sets the saved view (ExcelJS). */
  liveSelection: boolean;
}

export interface WorkbookPort {
  readonly kind: 'office' | 'xlsx';
  readonly capabilities: PortCapabilities;
  /** Table `Prosjekter` → sheet `Prosjekter` → `range`; null when none is there. */
  readProjects(options?: { range?: string }): Promise<TableRead | null>;
  /** Table `Søknader` → sheet `Søknader` → `range`; null when none is there. */
  readApplications(options?: { range?: string }): Promise<TableRead | null>;
  /** The Plan tables by name, or null when the workbook has none (the default plan is used). */
  readPlanTables(): Promise<Record<string, CellValue[][]> | null>;
  /** Everything one operation needs, read in one go. */
  readForOperation(options?: OperationReadOptions): Promise<OperationRead>;
  /** A range the user points at ("Ark!B3:F20", or "B3:F20" on the active sheet). */
  readRange(address: string): Promise<Grid>;
  /** The selected range's sheet-qualified address, or null. */
  getSelectedAddress(): Promise<string | null>;
  /** Create the owned sheet, or replace what the add-in owns on it; logged in `Logg`. */
  writeOwnedSheet(spec: OwnedSheetSpec): Promise<WriteResult>;
  /** A new `Plan` sheet with the plan's tables; never over an existing one. */
  createPlanSheet(tables: PlanTable[]): Promise<WriteResult>;
  /**
   * One table of the `Plan` sheet (e.g. `Kriterier`): the Excel table of that name replaced in place (same
   * header, new rows; resized when the row count changes, taking only empty rows below it and emptying only
   * rows it covered), else added below the sheet's last used row with its title above it; the Plan sheet is
   * made when there is none. Logged in `Logg`.
   */
  writePlanTable(table: PlanTable): Promise<WriteResult>;
  /**
   * A `Prosjekter` table with the canonical headers, when the workbook has no project table. Excel gives a
   * table at least one data row, so it has one empty row, which the first appended row fills.
   */
  createProjectTable(): Promise<WriteResult>;
  /**
   * A new `Utbetalinger` table (payments) with its headers and `rows`, in one write, when the workbook has
   * no payments table or sheet; logged in `Logg`. The migration from the two payment columns uses it.
   */
  createPaymentsTable(rows: CellValue[][]): Promise<WriteResult>;
  /**
   * A `Søknader` table with the application headers and one score column per criterion (names as given),
   * when the workbook has none; one empty row, as createProjectTable.
   */
  createApplicationsTable(criteria: string[]): Promise<WriteResult>;
  /**
   * Data validation on columns of the user's tables: never a value changed, never the user's own validation
   * replaced (that column is skipped and said so); recorded on the settings sheet and logged.
   */
  addValidation(rules: ColumnValidation[]): Promise<ValidationResult>;
  /** Removes the validation addValidation placed, where it is still as placed; logged. Returns how many. */
  removeValidation(): Promise<number>;
  /**
   * Rows added after the last row of a table (by name) or a sheet; existing rows never change. A table
   * whose only data row is empty (a new table) gets the first row there. The log's line says `action`
   * (default «La til rader»), e.g. what the user confirmed before the rows were added.
   */
  appendRows(target: string, rows: CellValue[][], options?: AppendOptions): Promise<WriteResult>;
  /** Replace our marks on the sheets marked (and on `replacing.sheets`) with these. */
  markCells(marks: CellMark[], options?: { replacing?: MarkState }): Promise<MarkResult>;
  /** Remove every mark the add-in made; the user's own formatting is untouched. `removed` says how many. */
  clearMarks(): Promise<MarkResult>;
  selectCell(sheet: string, cell: string): Promise<void>;
  readMapping(kind?: MappingKind): Promise<SavedMapping | null>;
  saveMapping(saved: SavedMapping, kind?: MappingKind): Promise<void>;
  /** Names of the sheets the add-in made (including `Logg` and the hidden settings sheet). */
  listOwnedSheets(): Promise<string[]>;
}
