/**
 * The WorkbookPort over Office.js. Each operation is one Excel.run: sync 1 reads the workbook map (and
 * whatever else can be known), the next sync writes everything in one batch, after every check that could
 * fail half-way has been made — so a refusal writes nothing. Syncs per operation: docs/workbook-port.md.
 */
import type { PlanTable } from '../core/plan';
import type { CellValue, Grid } from '../core/types';
import { parseAddress, rectColumns, rectRows, sheetAddress } from '../port/addresses';
import { gridMayHoldTotals } from '../port/totals';
import { portErrors, type PortError } from '../port/errors';
import { layoutOwnedSheet, logRow } from '../port/layout';
import { groupMarks, markedCells } from '../port/marks';
import {
  APPEND_ACTION,
  APPLICATIONS,
  PAYMENTS,
  PLAN_SHEET,
  PROJECTS,
  SETTINGS_KEYS,
  SETTINGS_ROWS,
  SETTINGS_SHEET,
  VALIDATION_SETTING,
  type MappingKind,
} from '../port/names';
import { planSheetSpec } from '../port/planTable';
import {
  applicationsTableSpec,
  paymentsTableSpec,
  projectTableSpec,
  type UserTableSpec,
} from '../port/userTables';
import {
  decodeValidations,
  encodeValidations,
  mergeRecords,
  type ColumnValidation,
  type ValidationResult,
} from '../port/validation';
import { decodeMapping, encodeMapping } from '../port/settings';
import type {
  AppendOptions,
  CellMark,
  MarkResult,
  MarkState,
  OperationRead,
  OperationReadOptions,
  OwnedSheetSpec,
  PortCapabilities,
  SavedMapping,
  TableRead,
  WorkbookPort,
  WriteResult,
} from '../port/workbookPort';
import { officeEnv, requirementsOf, type OfficeEnv, type Requirements } from './env';
import { watchChanges } from './changes';
import { deleteMarksStep, marksUnknown, readMarks } from './marks';
import type { ErrorScope } from './errors';
import { planTableWrite } from './planTableSteps';
import { clearStep, placeStep, planValidations, recordCell, stillOurs } from './validation';
import { runOperation } from './runner';
import {
  addOwnedSheetStep,
  appendTableRowsStep,
  checkLog,
  clearOwnedSheetStep,
  layoutSteps,
  logSteps,
  markSteps,
  settingSteps,
  textSafeCells,
  userTableSteps,
} from './ownedSteps';
import {
  loadItems,
  locate,
  planItems,
  planTablesFrom,
  settingsCells,
  settingsItem,
  toGrid,
  userRange,
  type ReadItem,
  type ReadResult,
} from './reads';
import { gridFrom } from './values';
import {
  findSheet,
  findTable,
  isOwned,
  loadDateSystem,
  readMap,
  sameName,
  type WorkbookMap,
} from './workbookMap';
import { runSteps, type WriteStep } from './writeSteps';

type Context = Excel.RequestContext;

function tableRead(
  item: ReadItem | null,
  result: ReadResult | null | undefined,
  date1904: boolean,
): TableRead | null {
  if (!item) return null;
  const grid = toGrid(result, item.sheet, date1904);
  const address = result?.address ?? sheetAddress(item.sheet, 'A1');
  const source = item.kind === 'table' ? 'table' : item.kind === 'used' ? 'sheet' : 'range';
  const read: TableRead = item.table
    ? { grid, source, tableName: item.table, address }
    : { grid, source, address };
  return item.ignored ? { ...read, ignored: item.ignored } : read;
}

export class OfficeWorkbookPort implements WorkbookPort {
  readonly kind = 'office' as const;
  readonly capabilities: PortCapabilities;
  private readonly requirements: Requirements;

  constructor(private readonly env: OfficeEnv = officeEnv()) {
    this.requirements = requirementsOf(env);
    this.capabilities = {
      nativeCharts: true,
      hyperlinks: true,
      marks: this.requirements.marks,
      liveSelection: true,
    };
  }

  /**
   * The user's edits (not the add-in's own writes), so the check can run again; returns the way to stop.
   * The pane finds this through `changesOf` (src/taskpane/services/portFactory.ts).
   */
  onChanged(listener: () => void): () => void {
    return watchChanges(this.env, this.requirements, listener);
  }

  private run<T>(batch: (context: Context, scope: ErrorScope) => Promise<T>, idempotent = true): Promise<T> {
    return runOperation(this.env, this.requirements, batch, { idempotent });
  }

  // ------------------------------------------------------------------ reads

  readProjects(options: { range?: string } = {}): Promise<TableRead | null> {
    return this.readForOperation({ projects: options, plan: false, mapping: false }).then((r) => r.projects);
  }

  readApplications(options: { range?: string } = {}): Promise<TableRead | null> {
    return this.readForOperation({
      projects: false,
      applications: options,
      plan: false,
      mapping: false,
    }).then((r) => r.applications);
  }

  readPlanTables(): Promise<Record<string, CellValue[][]> | null> {
    return this.readForOperation({ projects: false, plan: true, mapping: false }).then((r) => r.planTables);
  }

  readForOperation(options: OperationReadOptions = {}): Promise<OperationRead> {
    return this.run(async (context) => {
      const map = await readMap(context, this.requirements);
      const pick = (
        wanted: boolean | { range?: string } | undefined,
        name: string,
        key: string,
      ): ReadItem | null => {
        if (!wanted) return null;
        const range = typeof wanted === 'object' ? wanted.range : undefined;
        return range ? userRange(map, range, key) : locate(map, name, key);
      };
      const projects = pick(options.projects ?? true, PROJECTS, 'projects');
      const applications = pick(options.applications ?? false, APPLICATIONS, 'applications');
      const plan = options.plan === false ? [] : planItems(map);
      const settings = options.mapping === false ? null : settingsItem(map);
      const payments = pick(options.payments ?? false, PAYMENTS, 'payments');
      const main = [projects, applications, payments].filter((i): i is ReadItem => i !== null);
      const others = options.sheets
        ? map.sheets
            .filter(
              (s) =>
                s.visible &&
                !isOwned(map, s.name) &&
                !main.some((i) => i.kind !== 'range' && sameName(i.sheet, s.name)),
            )
            .map((s): ReadItem => ({ key: `sheet:${s.name}`, sheet: s.name, kind: 'used', formats: false }))
        : [];
      const items = [...main, ...plan, ...(settings ? [settings] : []), ...others];
      const markSheets = [...new Set([...main.map((i) => i.sheet), ...others.map((i) => i.sheet)])];
      const results = await loadItems(context, items);
      const saved = settingsCells(settings ? results.get('settings') : undefined);
      const mappings: OperationRead['mappings'] = {};
      for (const kind of Object.keys(saved) as MappingKind[]) {
        const mapping = decodeMapping(saved[kind]);
        if (mapping) mappings[kind] = mapping;
      }
      const markState: MarkState = {
        sheets: markSheets.map((name) => ({ name, protected: findSheet(map, name)?.protected ?? false })),
      };
      return {
        projects: tableRead(projects, projects && results.get('projects'), map.date1904),
        applications: tableRead(applications, applications && results.get('applications'), map.date1904),
        payments: tableRead(payments, payments && results.get('payments'), map.date1904),
        planTables: planTablesFrom(plan, results),
        mappings,
        // Only sheets that may hold a total: the sum checks have nothing to do on the others (as the xlsx port).
        sheets: others
          .map((item) => toGrid(results.get(item.key), item.sheet, map.date1904))
          .filter(gridMayHoldTotals),
        ownedSheets: map.owned,
        marks: markState,
      };
    });
  }

  readRange(address: string): Promise<Grid> {
    return this.run(async (context, scope) => {
      const parsed = parseAddress(address);
      if (!parsed) throw portErrors.invalidAddress(address);
      const sheet = parsed.sheet
        ? context.workbook.worksheets.getItem(parsed.sheet)
        : context.workbook.worksheets.getActiveWorksheet();
      scope.sheet = parsed.sheet;
      const range = sheet.getRange(address.slice(address.lastIndexOf('!') + 1));
      range.load('address,values,numberFormat');
      const date1904 = loadDateSystem(context);
      await context.sync();
      return gridFrom(range.address, range.values, range.numberFormat, date1904());
    });
  }

  /**
   * The selected range. Several areas (Ctrl+click) are refused with a message naming them: getSelectedRanges
   * (ExcelApi 1.9) shows them; before it, getSelectedRange throws for them (Workbook.getSelectedRange), which
   * errors.ts turns into the same message.
   */
  getSelectedAddress(): Promise<string | null> {
    return this.run(async (context, scope) => {
      scope.selection = true;
      if (!this.requirements.areasAndFilters) {
        const range = context.workbook.getSelectedRange();
        range.load('address');
        await context.sync();
        return range.address || null;
      }
      const areas = context.workbook.getSelectedRanges();
      areas.load('address,areaCount');
      await context.sync();
      if (areas.areaCount > 1) throw portErrors.multipleAreas(areas.address);
      return areas.address || null;
    });
  }

  readMapping(kind: MappingKind = 'projects'): Promise<SavedMapping | null> {
    return this.readForOperation({ projects: false, plan: false, mapping: true }).then(
      (r) => r.mappings[kind] ?? null,
    );
  }

  listOwnedSheets(): Promise<string[]> {
    return this.run(async (context) => (await readMap(context, this.requirements)).owned);
  }

  // ------------------------------------------------------------------ writes

  /** Runs the write steps plus the log line in one batch (more only past the payload limit). */
  private async write(
    context: Context,
    scope: ErrorScope,
    map: WorkbookMap,
    steps: WriteStep[],
    log: [string, string, number],
    undo?: (context: Context) => void,
  ) {
    const { steps: logging, warnings } = logSteps(
      map,
      logRow(this.env.now(), ...log, map.date1904),
      this.requirements,
    );
    await runSteps(context, [...steps, ...logging], this.requirements, scope, undo);
    return warnings;
  }

  writeOwnedSheet(spec: OwnedSheetSpec): Promise<WriteResult> {
    const layout = layoutOwnedSheet(spec);
    return this.run(async (context, scope) => {
      const map = await readMap(context, this.requirements);
      const existing = findSheet(map, spec.name);
      if (existing && !isOwned(map, existing.name)) throw portErrors.sheetNameTaken(existing.name);
      if (existing?.protected) throw portErrors.sheetProtected(existing.name);
      if (!existing && map.structureProtected) throw portErrors.workbookProtected();
      checkLog(map);
      const ownTables = existing
        ? map.tables.filter((t) => sameName(t.sheet, existing.name)).map((t) => t.name)
        : [];
      for (const table of layout.tables) {
        const clash = findTable(map, table.name);
        if ((clash && !ownTables.includes(clash.name)) || map.names.some((n) => sameName(n, table.name))) {
          throw portErrors.tableNameTaken(table.name, clash?.sheet);
        }
      }
      let charts: string[] = [];
      if (existing) {
        const collection = context.workbook.worksheets.getItem(existing.name).charts;
        collection.load('items/name');
        await context.sync();
        charts = collection.items.map((c) => c.name);
      }
      const sheet = existing?.name ?? spec.name;
      scope.sheet = sheet;
      const added = existing ? undefined : addOwnedSheetStep(map, sheet);
      const steps: WriteStep[] = [
        added ?? clearOwnedSheetStep(sheet, ownTables, charts, this.requirements.freezePanes),
      ];
      steps.push(...layoutSteps({ ...layout, sheet }, this.requirements));
      if (spec.activate !== false) {
        steps.push({ kind: 'call', bytes: 100, run: (c) => c.workbook.worksheets.getItem(sheet).activate() });
      }
      const rows = spec.tables.reduce((n, t) => n + t.rows.length, 0);
      const warnings = await this.write(
        context,
        scope,
        map,
        steps,
        [spec.action ?? 'Skrev ark', sheet, rows],
        added?.undo,
      );
      const last = layout.tables[layout.tables.length - 1];
      return {
        sheet,
        address: last ? sheetAddress(sheet, last.rect) : undefined,
        rows,
        charts: layout.charts.map((c) => ({ name: c.spec.name, kind: c.spec.kind, native: true })),
        warnings,
      };
    });
  }

  createPlanSheet(tables: PlanTable[]): Promise<WriteResult> {
    const layout = layoutOwnedSheet(planSheetSpec(tables));
    return this.run(async (context, scope) => {
      const map = await readMap(context, this.requirements);
      if (findSheet(map, PLAN_SHEET)) throw portErrors.planExists();
      if (map.structureProtected) throw portErrors.workbookProtected();
      checkLog(map);
      for (const table of layout.tables) {
        const clash = findTable(map, table.name);
        if (clash || map.names.some((n) => sameName(n, table.name)))
          throw portErrors.tableNameTaken(table.name, clash?.sheet);
      }
      scope.sheet = PLAN_SHEET;
      const steps: WriteStep[] = [
        { kind: 'call', bytes: 100, run: (c) => c.workbook.worksheets.add(PLAN_SHEET) },
        ...layoutSteps(layout, this.requirements),
      ];
      const rows = tables.reduce((n, t) => n + t.rows.length, 0);
      const undo = (c: Context) => c.workbook.worksheets.getItem(PLAN_SHEET).delete();
      const warnings = await this.write(
        context,
        scope,
        map,
        steps,
        ['Opprettet plan', PLAN_SHEET, rows],
        undo,
      );
      return { sheet: PLAN_SHEET, rows, charts: [], warnings };
    }, false);
  }

  writePlanTable(table: PlanTable): Promise<WriteResult> {
    // Checks the table before anything is read; also the layout when the Plan sheet has to be made.
    const newSheet = layoutOwnedSheet(planSheetSpec([table]));
    return this.run(async (context, scope) => {
      const map = await readMap(context, this.requirements);
      const sheet = findSheet(map, PLAN_SHEET);
      if (sheet?.protected) throw portErrors.sheetProtected(sheet.name);
      if (!sheet && map.structureProtected) throw portErrors.workbookProtected();
      checkLog(map);
      const clash = findTable(map, table.name);
      if (
        clash ? !sheet || !sameName(clash.sheet, sheet.name) : map.names.some((n) => sameName(n, table.name))
      )
        throw portErrors.tableNameTaken(table.name, clash?.sheet);
      const plan = await planTableWrite(context, scope, map, this.requirements, table, newSheet);
      const warnings = await this.write(
        context,
        scope,
        map,
        plan.steps,
        [plan.action, table.name, table.rows.length],
        plan.undo,
      );
      return {
        sheet: plan.sheet,
        address: sheetAddress(plan.sheet, plan.rect),
        rows: table.rows.length,
        charts: [],
        warnings,
      };
    });
  }

  createProjectTable(): Promise<WriteResult> {
    return this.createUserTable(projectTableSpec(), [], 'Opprettet prosjekttabell', (where) =>
      portErrors.projectTableExists(where),
    );
  }

  createApplicationsTable(criteria: string[]): Promise<WriteResult> {
    return this.createUserTable(applicationsTableSpec(criteria), [], 'Opprettet søknadstabell', (where) =>
      portErrors.tableExists(APPLICATIONS, where),
    );
  }

  createPaymentsTable(rows: CellValue[][]): Promise<WriteResult> {
    return this.createUserTable(paymentsTableSpec(), rows, 'Opprettet tabellen Utbetalinger', (where) =>
      portErrors.paymentsTableExists(where),
    );
  }

  /**
   * A table of the user's (projects, applications, payments) where there is none, in one batch: headers
   * and rows written, the table added over them (one empty data row when there are no rows), formatted,
   * frozen and printable (userTableSteps), logged.
   */
  private createUserTable(
    spec: UserTableSpec,
    rows: CellValue[][],
    action: string,
    exists: (where: string) => PortError,
  ): Promise<WriteResult> {
    return this.run(async (context, scope) => {
      const map = await readMap(context, this.requirements);
      const table = findTable(map, spec.name);
      if (table) throw exists(`tabellen «${table.name}» på arket «${table.sheet}»`);
      const sheet = findSheet(map, spec.name);
      if (sheet?.protected) throw portErrors.sheetProtected(sheet.name);
      if (!sheet && map.structureProtected) throw portErrors.workbookProtected();
      checkLog(map);
      if (sheet) {
        const used = context.workbook.worksheets.getItem(sheet.name).getUsedRangeOrNullObject(true);
        used.load('address');
        await context.sync();
        if (!used.isNullObject) throw exists(`arket «${sheet.name}» har allerede innhold`);
      }
      const sheetName = sheet?.name ?? spec.name;
      scope.sheet = sheetName;
      const steps: WriteStep[] = [];
      if (!sheet) steps.push({ kind: 'call', bytes: 100, run: (c) => c.workbook.worksheets.add(sheetName) });
      steps.push(...userTableSteps({ ...spec, sheet: sheetName }, rows, this.requirements));
      steps.push({
        kind: 'call',
        bytes: 100,
        run: (c) => c.workbook.worksheets.getItem(sheetName).activate(),
      });
      const warnings = await this.write(context, scope, map, steps, [action, spec.name, rows.length]);
      return {
        sheet: sheetName,
        address: sheetAddress(sheetName, {
          top: 1,
          left: 1,
          bottom: 1 + Math.max(rows.length, 1),
          right: spec.headers.length,
        }),
        rows: rows.length,
        charts: [],
        warnings,
      };
    }, false);
  }

  appendRows(target: string, rows: CellValue[][], options: AppendOptions = {}): Promise<WriteResult> {
    return this.run(async (context, scope) => {
      const map = await readMap(context, this.requirements);
      const table = findTable(map, target);
      const sheet = table ? findSheet(map, table.sheet) : findSheet(map, target);
      if (!sheet) throw portErrors.tableNotFound(target);
      if (sheet.protected) throw portErrors.sheetProtected(sheet.name);
      checkLog(map);
      const width = rows[0]?.length ?? 0;
      if (rows.some((r) => r.length !== width))
        throw portErrors.wrongWidth(target, width, Math.max(...rows.map((r) => r.length)));
      if (rows.length === 0) return { sheet: sheet.name, rows: 0, charts: [], warnings: [] };
      scope.sheet = sheet.name;
      scope.table = table?.name;
      const steps: WriteStep[] = [];
      let address: string;
      if (table) {
        const target = context.workbook.tables.getItem(table.name);
        const header = target.getHeaderRowRange();
        header.load('columnCount');
        // The data rows only: with a total row on, getRange().getLastRow() is the total row (Excel.Table).
        const body = target.getDataBodyRange();
        body.load('address,formulas');
        // Where the host can tell (ExcelApi 1.9): writes into a filtered table land in the wrong rows
        // (office-js #224), so the user is asked to clear the filter first.
        const filter = this.requirements.areasAndFilters
          ? context.workbook.tables.getItem(table.name).autoFilter
          : undefined;
        filter?.load('isDataFiltered');
        await context.sync();
        if (header.columnCount !== width) throw portErrors.wrongWidth(table.name, header.columnCount, width);
        if (filter?.isDataFiltered) throw portErrors.tableFiltered(table.name);
        const bodyAddress = body.address;
        const rect = parseAddress(bodyAddress)?.rect;
        if (!rect) throw portErrors.tableNotFound(table.name);
        // A new table's one empty data row takes the first row (Excel cannot make a table without one).
        const fill = rectRows(rect) === 1 && body.formulas[0].every((f) => f === '' || f === null);
        if (fill) steps.push(textSafeCells(sheet.name, rect.top, rect.left, rows.slice(0, 1)));
        const rest = fill ? rows.slice(1) : rows;
        for (let i = 0; i < rest.length; i += 200)
          steps.push(appendTableRowsStep(table.name, rest.slice(i, i + 200)));
        const top = fill ? rect.top : rect.bottom + 1;
        address = sheetAddress(sheet.name, { ...rect, top, bottom: top + rows.length - 1 });
      } else {
        const used = context.workbook.worksheets.getItem(sheet.name).getUsedRangeOrNullObject(true);
        used.load('address');
        await context.sync();
        const rect = used.isNullObject ? undefined : parseAddress(used.address)?.rect;
        if (rect && rectColumns(rect) !== width)
          throw portErrors.wrongWidth(sheet.name, rectColumns(rect), width);
        const top = rect ? rect.bottom + 1 : 1;
        const left = rect?.left ?? 1;
        steps.push(textSafeCells(sheet.name, top, left, rows));
        address = sheetAddress(sheet.name, {
          top,
          left,
          bottom: top + rows.length - 1,
          right: left + width - 1,
        });
      }
      const warnings = await this.write(context, scope, map, steps, [
        options.action ?? APPEND_ACTION,
        table?.name ?? sheet.name,
        rows.length,
      ]);
      return { sheet: sheet.name, address, rows: rows.length, charts: [], warnings };
    }, false);
  }

  saveMapping(saved: SavedMapping, kind: MappingKind = 'projects'): Promise<void> {
    return this.run(async (context, scope) => {
      const map = await readMap(context, this.requirements);
      const steps = settingSteps(map, SETTINGS_ROWS[kind], SETTINGS_KEYS[kind], encodeMapping(saved));
      checkLog(map);
      scope.sheet = SETTINGS_SHEET;
      await this.write(context, scope, map, steps, ['Lagret kolonnekart', SETTINGS_KEYS[kind], 1]);
    });
  }

  // ------------------------------------------------------------------ data validation

  addValidation(rules: ColumnValidation[]): Promise<ValidationResult> {
    return this.run(async (context, scope) => {
      if (!this.requirements.dataValidation)
        throw portErrors.unsupported('validering av kolonner', 'column validation', 'ExcelApi 1.8');
      const map = await readMap(context, this.requirements);
      const record = recordCell(context, map);
      const { result, placed } = await planValidations(context, map, rules);
      if (placed.length === 0) return result;
      checkLog(map);
      const merged = mergeRecords(
        decodeValidations(record?.values[0]?.[0]),
        placed.map((p) => p.validation),
      );
      scope.sheet = placed[0].validation.sheet;
      const steps: WriteStep[] = [
        ...placed.map(({ validation, column }) => placeStep(validation, column)),
        ...settingSteps(map, VALIDATION_SETTING.row, VALIDATION_SETTING.key, encodeValidations(merged)),
      ];
      const tables = [...new Set(result.added.map((a) => a.table))].join(', ');
      await this.write(context, scope, map, steps, ['La til validering', tables, placed.length]);
      return result;
    });
  }

  removeValidation(): Promise<number> {
    return this.run(async (context, scope) => {
      if (!this.requirements.dataValidation) return 0;
      const map = await readMap(context, this.requirements);
      const record = recordCell(context, map);
      await context.sync();
      const recorded = decodeValidations(record?.values[0]?.[0]);
      if (recorded.length === 0) return 0;
      checkLog(map);
      const ours = await stillOurs(context, map, recorded);
      for (const placed of ours) {
        const sheet = findSheet(map, placed.sheet);
        if (sheet?.protected) throw portErrors.sheetProtected(sheet.name);
      }
      scope.sheet = SETTINGS_SHEET;
      const steps: WriteStep[] = [
        ...ours.map(clearStep),
        ...settingSteps(map, VALIDATION_SETTING.row, VALIDATION_SETTING.key, encodeValidations([])),
      ];
      await this.write(context, scope, map, steps, ['Fjernet validering', SETTINGS_SHEET, ours.length]);
      return ours.length;
    });
  }

  // ------------------------------------------------------------------ marks and selection

  markCells(marks: CellMark[], options: { replacing?: MarkState } = {}): Promise<MarkResult> {
    if (!this.requirements.marks) {
      return Promise.reject(portErrors.unsupported('merking av celler', 'cell marks', 'ExcelApi 1.9'));
    }
    const groups = groupMarks(marks);
    const replacing = options.replacing;
    const known = replacing && groups.every((g) => replacing.sheets.some((s) => sameName(s.name, g.sheet)));
    return this.run(async (context, scope) => {
      // The sheets a read just looked at need no new map: 2 syncs (our rules, then delete + add).
      if (known && replacing) return this.replaceMarks(context, scope, replacing.sheets, groups);
      const map = await readMap(context, this.requirements);
      // Sheets read before may have gone since; the sheets to mark must be there.
      const earlier = (replacing?.sheets ?? []).map((s) => s.name).filter((name) => findSheet(map, name));
      const names = [...new Set([...groups.map((g) => g.sheet), ...earlier])];
      const sheets = names.map((name) => {
        const sheet = findSheet(map, name);
        if (!sheet) throw portErrors.sheetNotFound(name);
        return sheet;
      });
      return this.replaceMarks(context, scope, sheets, groups);
    });
  }

  /**
   * Reads which rules on `sheets` are ours (a sync of its own) and replaces them with `groups` (one more).
   * A sheet whose rules Excel cannot read is left alone and named in a warning.
   */
  private async replaceMarks(
    context: Context,
    scope: ErrorScope,
    sheets: { name: string; protected: boolean }[],
    groups: ReturnType<typeof groupMarks>,
  ): Promise<MarkResult> {
    const read = await readMarks(
      context,
      sheets.map((s) => s.name),
    );
    const unknown = read.filter((r) => r.ids === null).map((r) => r.sheet);
    const marking = groups.filter((g) => !unknown.some((sheet) => sameName(sheet, g.sheet)));
    for (const { sheet, ids } of read) {
      const isProtected = sheets.find((s) => sameName(s.name, sheet))?.protected;
      if (isProtected && ((ids?.length ?? 0) > 0 || marking.some((g) => sameName(g.sheet, sheet))))
        throw portErrors.sheetProtected(sheet);
    }
    const removed = read.reduce((n, r) => n + (r.ids?.length ?? 0), 0);
    const steps = [...(removed > 0 ? [deleteMarksStep(read)] : []), ...markSteps(marking)];
    if (steps.length) await runSteps(context, steps, this.requirements, scope);
    return {
      marked: markedCells(marking),
      removed,
      ...(unknown.length > 0 ? { warnings: [marksUnknown(unknown)] } : {}),
    };
  }

  clearMarks(): Promise<MarkResult> {
    if (!this.requirements.conditionalFormats) return Promise.resolve({ marked: 0, removed: 0 });
    return this.run(async (context, scope) => {
      const map = await readMap(context, this.requirements);
      return this.replaceMarks(context, scope, map.sheets, []);
    });
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    return this.run(async (context, scope) => {
      scope.sheet = sheet;
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  }
}

export function createOfficePort(env?: OfficeEnv): WorkbookPort {
  return new OfficeWorkbookPort(env);
}
