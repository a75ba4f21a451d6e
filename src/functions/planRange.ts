/**
 * The plan from a range over the Plan sheet, the optional last argument of RAMME, RESTRAMME and OPPSUMMERING.
 * A function that reads the workbook with Excel.run is invisible to Excel's dependency tracking, so its
 * result goes stale when the plan is edited; with the plan passed as a range (=RAMME("Nyskaping";;Plan!A1:F80))
 * Excel recalculates it whenever a cell of the range changes, and no Excel.run is needed.
 *
 * The range holds the plan's tables as `createPlanSheet` lays them out: a title, the header row, the rows and
 * an empty row. Each table is found by its header row (the years of Finansiering may be any); the three
 * Felt/Verdi tables (Periode, Resultatmaal, Grenser) by the fields in their first column. A table ends at its
 * first empty row. What the range lacks comes from the default plan, as with the workbook's Plan sheet.
 */
import { inputError } from '../core/errors';
import { bilingual, defineMessages } from '../core/messages';
import { defaultPlan, planFromTables, planToTables, type PlanTable } from '../core/plan';
import { normalize } from '../core/text';
import type { CellValue, Plan } from '../core/types';
import { ARGS } from './args';

const messages = defineMessages({
  planRangeEmpty: {
    nb:
      '«{arg}» inneholder ingen av planens tabeller. Gi området på arket Plan der tabellene står, med ' +
      'overskriftene, f.eks. Plan!A1:F80.',
    en:
      '"{arg}" holds none of the plan\'s tables. Give the range on the Plan sheet where the tables are, with ' +
      'their headers, e.g. Plan!A1:F80.',
  },
});

const TABLES = planToTables(defaultPlan);
const isYear = (text: string) => /^\d{4}$/.test(text);

/** A cell as text for matching headers and labels ('' when empty). */
function textOf(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'string' || typeof cell === 'number' ? normalize(String(cell)) : '';
}

/** A cell as the plan tables read it: '' is empty; anything that is not a plain value is an error. */
function cellOf(cell: unknown): CellValue {
  if (cell === undefined || cell === '') return null;
  if (cell === null || typeof cell === 'string' || typeof cell === 'number' || typeof cell === 'boolean')
    return cell;
  const error = (cell as { error?: unknown }).error;
  return { error: typeof error === 'string' ? error : '#VALUE!' };
}

/**
 * How many cells from `column` the header of `table` takes on `row`, or 0 when it is not there. A year
 * header (Finansiering's 2013, 2014, …) stands for one or more year columns.
 */
function headerWidth(table: PlanTable, row: unknown[], column: number): number {
  let at = column;
  for (const header of table.headers) {
    if (isYear(header)) {
      const first = at;
      while (at < row.length && isYear(textOf(row[at]))) at++;
      if (at === first) return 0;
    } else if (textOf(row[at]) === normalize(header)) {
      at++;
    } else {
      return 0;
    }
  }
  return at - column;
}

/** The keyed table whose fields the first column holds (Periode, Resultatmaal and Grenser share a header). */
function keyedTable(candidates: PlanTable[], labels: string[]): PlanTable | undefined {
  return candidates.find((table) => table.rows.some((row) => labels.includes(textOf(row[0]))));
}

/** The plan's tables in `range`, by name, header row first. */
export function planTablesIn(range: unknown[][]): Record<string, CellValue[][]> {
  const tables: Record<string, CellValue[][]> = {};
  for (let r = 0; r < range.length; r++) {
    const row = range[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const matches = TABLES.map((table) => ({ table, width: headerWidth(table, row, c) })).filter(
        (m) => m.width > 0 && !(m.table.name in tables),
      );
      if (matches.length === 0) continue;
      const width = matches[0].width;
      const body: CellValue[][] = [];
      for (let b = r + 1; b < range.length; b++) {
        const cells = Array.from({ length: width }, (_, j) => cellOf(range[b]?.[c + j]));
        if (cells.every((cell) => cell === null)) break;
        body.push(cells);
      }
      const table =
        matches.length === 1
          ? matches[0].table
          : keyedTable(
              matches.map((m) => m.table),
              body.map((cells) => textOf(cells[0])),
            );
      if (!table) continue;
      tables[table.name] = [row.slice(c, c + width).map(cellOf), ...body];
      r += body.length;
      break;
    }
  }
  return tables;
}

/** The plan a range over the Plan sheet describes (the default plan fills in what it lacks). */
export function planFromRange(range: unknown[][]): Plan {
  const tables = planTablesIn(range);
  if (Object.keys(tables).length === 0) {
    const text = bilingual(messages, 'planRangeEmpty', { arg: { nb: ARGS.plan.nb, en: ARGS.plan.en } });
    throw inputError('plan-range-empty', { nb: text.nb, en: text.en });
  }
  return planFromTables(tables).plan;
}
