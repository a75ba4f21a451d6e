/**
 * Data validation over Office.js (Range.dataValidation, ExcelApi 1.8): what src/port/validation.ts decides,
 * read and written in the port's syncs. Sync 2 reads the tables' headers and data ranges and the record on
 * the settings sheet; sync 3 reads what validation the target cells have now; the write is one batch.
 */
import { parseAddress, rectAddress, sheetAddress, type Rect } from '../port/addresses';
import { portErrors } from '../port/errors';
import { SETTINGS_SHEET, VALIDATION_SETTING } from '../port/names';
import {
  columnOf,
  placeValidation,
  sameValidation,
  VALIDATION_TITLE,
  validationMessage,
  type ColumnValidation,
  type PlacedValidation,
  type ValidationResult,
} from '../port/validation';
import { findSheet, findTable, isOwned, type WorkbookMap } from './workbookMap';
import type { CallStep } from './writeSteps';

type Context = Excel.RequestContext;
type Rule = Omit<PlacedValidation, 'sheet' | 'address'>;

function rectOf(address: string): Rect {
  const rect = parseAddress(address)?.rect;
  if (!rect) throw new Error(`Excel gave an address the port cannot read: ${address}`);
  return rect;
}

/** Excel's answer for a range's validation, as a placed rule; null for none, 'mixed' for several. */
function ruleFrom(validation: Excel.DataValidation): Rule | null | 'mixed' {
  const type = validation.type as string;
  if (type === 'None') return null;
  const rule = validation.rule;
  if (type === 'List' && rule.list) {
    const source = String(rule.list.source);
    // A range comes back as "=Plan!$A$5:$A$6"; a list of values as "Forstudie,Forprosjekt,Hovedprosjekt".
    return { type: 'list', formula1: source.startsWith('=') ? source.slice(1) : `"${source}"` };
  }
  if (type === 'Decimal' && rule.decimal) {
    return {
      type: 'decimal',
      formula1: String(rule.decimal.formula1),
      ...(rule.decimal.formula2 !== undefined ? { formula2: String(rule.decimal.formula2) } : {}),
    };
  }
  return 'mixed';
}

/** The rule as Office.js sets it. */
function officeRule(placed: PlacedValidation): Excel.DataValidationRule {
  if (placed.type === 'decimal') {
    return {
      decimal: {
        formula1: Number(placed.formula1),
        formula2: Number(placed.formula2),
        operator: 'Between' as Excel.DataValidationOperator,
      },
    };
  }
  const quoted = /^"(.*)"$/.exec(placed.formula1);
  return { list: { inCellDropDown: true, source: quoted ? quoted[1] : `=${placed.formula1}` } };
}

/** Places one validation: cleared first (Excel refuses a rule over another), then the rule and its alert. */
export function placeStep(placed: PlacedValidation, column: string): CallStep {
  const rule = officeRule(placed);
  return {
    kind: 'call',
    bytes: 400,
    run: (context) => {
      const validation = context.workbook.worksheets
        .getItem(placed.sheet)
        .getRange(placed.address).dataValidation;
      validation.clear();
      validation.rule = rule;
      validation.errorAlert = {
        showAlert: true,
        style: 'Stop' as Excel.DataValidationAlertStyle,
        title: VALIDATION_TITLE,
        message: validationMessage(placed, column),
      };
    },
  };
}

export function clearStep(placed: PlacedValidation): CallStep {
  return {
    kind: 'call',
    bytes: 200,
    run: (context) =>
      context.workbook.worksheets.getItem(placed.sheet).getRange(placed.address).dataValidation.clear(),
  };
}

/** The cell holding the record on the settings sheet, its value loaded at the next sync (none: no record). */
export function recordCell(context: Context, map: WorkbookMap): Excel.Range | undefined {
  const sheet = findSheet(map, SETTINGS_SHEET);
  if (!sheet || !isOwned(map, sheet.name)) return undefined;
  return context.workbook.worksheets
    .getItem(sheet.name)
    .getRange(`B${VALIDATION_SETTING.row}`)
    .load('values');
}

/**
 * Where each rule goes (syncs 2 and 3): the column's data cells, the list's source, and whether the cells
 * hold validation of the user's.
 */
export async function planValidations(
  context: Context,
  map: WorkbookMap,
  rules: ColumnValidation[],
): Promise<{ result: ValidationResult; placed: { validation: PlacedValidation; column: string }[] }> {
  const names = [
    ...new Set(rules.flatMap((r) => [r.table, ...(r.rule.kind === 'listFrom' ? [r.rule.table] : [])])),
  ];
  const tables = new Map(
    names.flatMap((name) => {
      const found = findTable(map, name);
      if (!found) return [];
      const table = context.workbook.tables.getItem(found.name);
      const header = table.getHeaderRowRange().load('address,values');
      const body = table.getDataBodyRange().load('address');
      return [[name, { sheet: found.sheet, header, body }] as const];
    }),
  );
  await context.sync();
  // Per rule, in the order given: what became of it.
  const outcomes: (
    | { added: ValidationResult['added'][number]; validation: PlacedValidation }
    | { skipped: ValidationResult['skipped'][number] }
  )[] = [];
  const skip = (rule: ColumnValidation, reason: ValidationResult['skipped'][number]['reason']) =>
    outcomes.push({ skipped: { table: rule.table, column: rule.column, reason } });
  const candidates: {
    validation: PlacedValidation;
    rule: ColumnValidation;
    now: Excel.DataValidation;
    at: number;
  }[] = [];
  for (const rule of rules) {
    const table = tables.get(rule.table);
    if (!table) {
      skip(rule, 'no-table');
      continue;
    }
    const column = columnOf(table.header.values[0] ?? [], rule.column);
    if (column < 0) {
      skip(rule, 'no-column');
      continue;
    }
    const body = rectOf(table.body.address);
    const cells = { ...body, left: body.left + column, right: body.left + column };
    let source: { sheet: string; rect: Rect } | undefined;
    if (rule.rule.kind === 'listFrom') {
      const from = tables.get(rule.rule.table);
      const fromColumn = from ? columnOf(from.header.values[0] ?? [], rule.rule.column) : -1;
      if (from && fromColumn >= 0) {
        const data = rectOf(from.body.address);
        source = {
          sheet: from.sheet,
          rect: { ...data, left: data.left + fromColumn, right: data.left + fromColumn },
        };
      }
    }
    const validation = placeValidation(rule.rule, table.sheet, cells, source);
    if (!validation) {
      skip(rule, 'no-list');
      continue;
    }
    const now = context.workbook.worksheets.getItem(table.sheet).getRange(rectAddress(cells)).dataValidation;
    now.load('type,rule');
    candidates.push({ validation, rule, now, at: outcomes.length });
    outcomes.push({ skipped: { table: rule.table, column: rule.column, reason: 'user-validation' } });
  }
  if (candidates.length > 0) await context.sync();
  for (const { validation, rule, now, at } of candidates) {
    const existing = ruleFrom(now);
    if (existing !== null && (existing === 'mixed' || !sameValidation(existing, validation))) continue;
    const sheet = findSheet(map, validation.sheet);
    if (sheet?.protected) throw portErrors.sheetProtected(sheet.name);
    const address = sheetAddress(validation.sheet, validation.address);
    outcomes[at] = { added: { table: rule.table, column: rule.column, address }, validation };
  }
  const result: ValidationResult = { added: [], skipped: [] };
  const placed: { validation: PlacedValidation; column: string }[] = [];
  for (const outcome of outcomes) {
    if ('skipped' in outcome) result.skipped.push(outcome.skipped);
    else {
      result.added.push(outcome.added);
      placed.push({ validation: outcome.validation, column: outcome.added.column });
    }
  }
  return { result, placed };
}

/** Which recorded validations are still as placed (sync): those "Fjern" clears. */
export async function stillOurs(
  context: Context,
  map: WorkbookMap,
  record: PlacedValidation[],
): Promise<PlacedValidation[]> {
  const present = record
    .filter((placed) => findSheet(map, placed.sheet))
    .map((placed) => {
      const now = context.workbook.worksheets.getItem(placed.sheet).getRange(placed.address).dataValidation;
      now.load('type,rule');
      return { placed, now };
    });
  if (present.length > 0) await context.sync();
  return present.flatMap(({ placed, now }) => {
    const rule = ruleFrom(now);
    return rule !== null && rule !== 'mixed' && sameValidation(rule, placed) ? [placed] : [];
  });
}
