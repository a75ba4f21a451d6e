/**
 * Finds the sums people type into a sheet — a row labelled Sum / I alt / Totalt under a block of rows,
 * a column headed Sum / Totalt beside a block of columns — and checks them against their parts.
 * Pure: reads a Grid, returns checks. The sum-mismatch rule turns them into findings.
 */
import { parseAmount, parseNumber } from './money';
import { isBlank } from './cells';
import { isOneOf, mayStartWithOneOf, normalize } from './text';
import type { CellValue, Grid } from './types';

/** 0-based indices into grid.values. */
export interface CellRef {
  row: number;
  column: number;
}

/** One sum found in the grid: its total cell and the cells it should add up. */
export interface SumCheck {
  /** 'down': a sum row totals the cells above it; 'across': a sum column totals the cells to its left. */
  direction: 'down' | 'across';
  total: CellRef;
  parts: CellRef[];
  /** The sum's label as typed: the row label («Sum bevilget») or the column header («Sum»). */
  label: string;
  /** When the block mixes measures: the measure this sum adds («Bevilget beløp»). */
  measure?: string;
  /** What the parts add up to. */
  expected: number;
  /** What the total cell holds. */
  found: number;
}

/**
 * A sum that does not tie out. 'total': the total cell disagrees with its parts (either may be wrong).
 * 'part': one cell alone explains two or more failing sums (its row and its column), so it is the suspect.
 */
export type SumMismatch =
  | { kind: 'total'; check: SumCheck }
  | { kind: 'part'; cell: CellRef; found: number; likely: number; checks: SumCheck[] };

type Cell =
  { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'text'; text: string } | { kind: 'other' };

/** A cell as sums see it: numbers, Norwegian text numbers («1 410 000», «2,5») and labels. */
export function readCell(value: CellValue | undefined): Cell {
  if (value === undefined || value === null) return { kind: 'empty' };
  if (typeof value === 'number')
    return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'other' };
  if (typeof value !== 'string') return { kind: 'other' };
  if (value.trim() === '') return { kind: 'empty' };
  // Labels and names are most text cells: without a digit no parser can make a number of them.
  if (!/\d/.test(value)) return { kind: 'text', text: value };
  for (const parse of [parseNumber, parseAmount]) {
    const parsed = parse(value);
    if (parsed.kind === 'number') return { kind: 'number', value: parsed.value };
  }
  return { kind: 'text', text: value };
}

const SUM_WORDS = ['sum', 'i alt', 'totalt', 'total'];

/** «Sum», «I alt», «TOTALT», « total: » — a cell that is nothing but a sum word (case and spaces aside). */
export function isSumWord(text: string): boolean {
  return isOneOf(text, SUM_WORDS);
}

/**
 * A formula that totals a range: SUM, SUBTOTAL or AGGREGATE over a reference with a colon (=SUM(H2:H29),
 * =SUBTOTAL(109,H2:H29), what Excel's Total Row writes). Formulas are kept in English in the file and by
 * Office.js `formulas`, whatever the user's language; AGGREGATE may carry the `_xlfn.` prefix of newer
 * functions.
 */
export function isTotalFormula(formula: string | undefined): boolean {
  if (!formula) return false;
  return /^[=+]?\s*(?:_xlfn\.)?(?:SUM|SUBTOTAL|AGGREGATE)\s*\([^)]*:/i.test(formula.trim());
}

/**
 * A plain list's total line: a cell that is only a sum word (`Sum`, `I alt`, `Totalt`, `Total`) in any
 * column; or — on a row whose identifying cells (area, category: every real row has them) are empty — a
 * label such as «Sum bevilget» first, or amounts that are SUM/SUBTOTAL formulas (Excel's Total Row writes
 * SUBTOTAL). `totalledColumns` are the row's amount and count columns (0-based in `cells`).
 */
export function isTotalLine(
  cells: readonly CellValue[],
  formulas: readonly (string | undefined)[] | undefined,
  identifying: readonly (CellValue | undefined)[],
  totalledColumns: readonly number[],
): boolean {
  for (const cell of cells) if (typeof cell === 'string' && isSumWord(cell)) return true;
  if (identifying.some((cell) => !isBlank(cell))) return false;
  const first = cells.find((cell) => !isBlank(cell));
  if (typeof first === 'string' && sumLabelRest(first) !== undefined) return true;
  return totalledColumns.some((column) => isTotalFormula(formulas?.[column]));
}

/** «Sum bevilget» → «bevilget», «I alt, alle næringer» → «alle næringer», «Totalt» → «»; undefined if no sum label. */
export function sumLabelRest(text: string): string | undefined {
  // Asked of every text cell of a sheet: most are ruled out by their first letter.
  if (!mayStartWithOneOf(text, SUM_WORDS)) return undefined;
  const label = normalize(text);
  for (const word of SUM_WORDS) {
    if (label === word) return '';
    if (label.startsWith(word) && /^[\s,:]/.test(label.slice(word.length))) {
      return label.slice(word.length).replace(/^[\s,:]+/, '');
    }
  }
  return undefined;
}

/** Where labels may stand: the first three cells from a row's first non-empty cell. */
const LABEL_WINDOW = 3;

interface RowInfo {
  kind: 'empty' | 'header' | 'data' | 'sum';
  cells: Cell[];
  /** Column of the row's label (for sum rows: of the sum label); -1 when the row has none. */
  labelColumn: number;
  /** Normalised label. */
  label: string;
  /** The label as typed. */
  labelText: string;
  /** Sum rows: the label after its sum word. */
  sumRest?: string;
}

function isYearLike(value: number): boolean {
  return Number.isInteger(value) && value >= 1900 && value <= 2100;
}

/** 2008 2009 2010 2011 2008 …: year headers count up by one and may start over; amounts do not. */
function looksLikeYearHeaders(values: number[]): boolean {
  return values.every((value, i) => i === 0 || value === values[i - 1]! + 1 || value < values[i - 1]!);
}

function analyseRow(values: CellValue[], previous?: RowInfo, formulas?: (string | undefined)[]): RowInfo {
  const cells = values.map(readCell);
  const first = cells.findIndex((cell) => cell.kind !== 'empty');
  if (first < 0) return { kind: 'empty', cells, labelColumn: -1, label: '', labelText: '' };
  const labelCells = cells.slice(first, first + LABEL_WINDOW);
  const numberAfter = (column: number) => cells.some((cell, c) => c > column && cell.kind === 'number');
  for (let i = 0; i < labelCells.length; i++) {
    const cell = labelCells[i]!;
    if (cell.kind !== 'text') continue;
    const sumRest = sumLabelRest(cell.text);
    if (sumRest !== undefined && numberAfter(first + i)) {
      return {
        kind: 'sum',
        cells,
        labelColumn: first + i,
        label: normalize(cell.text),
        labelText: cell.text,
        sumRest,
      };
    }
  }
  let labelColumn = -1;
  labelCells.forEach((cell, i) => {
    if (cell.kind === 'text') labelColumn = first + i;
  });
  const labelCell = cells[labelColumn];
  const labelText = labelCell?.kind === 'text' ? labelCell.text : '';
  const numbers = cells.flatMap((cell, c) => (c > labelColumn && cell.kind === 'number' ? [cell.value] : []));
  // Years head a block: in sequence anywhere, or in any order (2000 2005 2010) where a block starts.
  const startsBlock = !previous || previous.kind !== 'data';
  const years = numbers.every(isYearLike) && (startsBlock || looksLikeYearHeaders(numbers));
  const label = { cells, labelColumn, label: normalize(labelText), labelText };
  const totalled = cells.some(
    (cell, c) => c > labelColumn && cell.kind === 'number' && isTotalFormula(formulas?.[c]),
  );
  // A row of =SUM(…) under a block is a sum row even without a label.
  if (totalled) return { kind: 'sum', ...label, sumRest: '' };
  const kind = numbers.length === 0 || years ? 'header' : 'data';
  return { kind, ...label };
}

function numberAt(info: RowInfo, column: number): number | undefined {
  const cell = info.cells[column];
  return cell?.kind === 'number' ? cell.value : undefined;
}

/**
 * Which rows of a block a sum row adds. A sum that names a measure adds the rows of that measure:
 * «Sum bevilget» the «Bevilget beløp» rows, «Sum antall bevilget» the «Antall bevilget» rows (the seed
 * repeats four measures per category). A plain «Sum» under a block that repeats all its labels adds the
 * amount rows («… beløp») if there is one such measure, and is left alone otherwise. Else every row counts
 * (a project table where an applicant appears twice is no mix of measures).
 */
function measureOf(sum: RowInfo, block: RowInfo[]): { measure?: string; rows: RowInfo[] } | undefined {
  const labels = block.map((row) => row.label).filter(Boolean);
  const distinct = [...new Set(labels)];
  const rest = sum.sumRest ?? '';
  const amountLabels = distinct.filter((label) => label.includes('beløp'));
  const named = rest
    ? (distinct.find((label) => label === rest) ??
      amountLabels.find((label) => label.startsWith(`${rest} `)) ??
      unique(distinct.filter((label) => label.split(' ').includes(rest))))
    : undefined;
  const repeating =
    distinct.length >= 2 && distinct.every((label) => labels.indexOf(label) !== labels.lastIndexOf(label));
  const pick = named ?? (repeating && !rest ? unique(amountLabels) : undefined);
  if (!pick) return repeating ? undefined : { rows: block };
  const rows = block.filter((row) => row.label === pick);
  return { measure: rows[0]!.labelText, rows };
}

function unique<T>(items: T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}

/** Every sum in the grid with what it should be and what it is. */
export function findSumChecks(grid: Grid): SumCheck[] {
  const rows: RowInfo[] = [];
  grid.values.forEach((values, r) =>
    rows.push(analyseRow(values, rows[rows.length - 1], grid.formulas?.[r])),
  );
  const checks: SumCheck[] = [];
  let sumColumns: { column: number; label: string }[] = [];

  rows.forEach((info, r) => {
    if (info.kind === 'empty') sumColumns = [];
    if (info.kind === 'header') {
      // A header row starts a block; its Sum / Totalt cells (not its first cell) head sum columns.
      const first = info.cells.findIndex((cell) => cell.kind !== 'empty');
      sumColumns = info.cells.flatMap((cell, column) =>
        cell.kind === 'text' && column > first && sumLabelRest(cell.text) !== undefined
          ? [{ column, label: cell.text }]
          : [],
      );
    }
    if (info.kind !== 'data' && info.kind !== 'sum') return;

    for (const { column, label } of sumColumns) {
      const found = numberAt(info, column);
      if (found === undefined || column <= info.labelColumn) continue;
      const parts: CellRef[] = [];
      for (let c = column - 1; c > info.labelColumn; c--) {
        const cell = info.cells[c]!;
        if (cell.kind === 'text' || sumColumns.some((sum) => sum.column === c)) break;
        if (cell.kind === 'number') parts.push({ row: r, column: c });
      }
      if (parts.length === 0) continue;
      parts.reverse();
      checks.push({
        direction: 'across',
        total: { row: r, column },
        parts,
        label,
        ...totals(rows, parts, found),
      });
    }

    if (info.kind !== 'sum') return;
    const block: { info: RowInfo; row: number }[] = [];
    for (let above = r - 1; above >= 0 && rows[above]!.kind === 'data'; above--) {
      block.unshift({ info: rows[above]!, row: above });
    }
    if (block.length === 0) return;
    const chosen = measureOf(
      info,
      block.map((b) => b.info),
    );
    if (!chosen) return;
    const included = block.filter((b) => chosen.rows.includes(b.info));
    info.cells.forEach((_, column) => {
      const found = numberAt(info, column);
      if (found === undefined || column <= info.labelColumn) return;
      // =AVERAGE(…) or =COUNTA(…) on a sum line is no sum; only a typed number or a totalling formula is.
      const formula = grid.formulas?.[r]?.[column];
      if (formula !== undefined && !isTotalFormula(formula)) return;
      const parts = included
        .filter((b) => column > b.info.labelColumn && numberAt(b.info, column) !== undefined)
        .map((b) => ({ row: b.row, column }));
      if (parts.length === 0) return;
      checks.push({
        direction: 'down',
        total: { row: r, column },
        parts,
        // A row of =SUM(…) may have no label: the formula then names the sum.
        label: info.labelText || (formula ? `=${formula.replace(/^=/, '')}` : ''),
        ...(chosen.measure ? { measure: chosen.measure } : {}),
        ...totals(rows, parts, found),
      });
    });
  });
  return checks;
}

function totals(rows: RowInfo[], parts: CellRef[], found: number): { expected: number; found: number } {
  const expected = parts.reduce((sum, part) => sum + (numberAt(rows[part.row]!, part.column) ?? 0), 0);
  return { expected, found };
}

/** Equal up to floating-point noise (2,5 + 0,5 = 3,0). */
export function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

const key = (cell: CellRef) => `${cell.row}:${cell.column}`;

/**
 * The sums that do not tie out. A single wrong cell inside a table breaks both its row's and its
 * column's sum by the same amount: such a cell is reported once, as the suspect, with the value that
 * would make both sums right. Anything else is reported at the total cell.
 */
export function sumMismatches(grid: Grid): SumMismatch[] {
  const checks = findSumChecks(grid);
  const failing = new Set(checks.filter((check) => !sameAmount(check.expected, check.found)));
  const roles = new Map<string, { cell: CellRef; uses: { check: SumCheck; error: number }[] }>();
  for (const check of checks) {
    // How far off a cell would be if it alone were wrong: parts push the sum up, the total pulls it down.
    const delta = check.expected - check.found;
    const uses: [CellRef, number][] = [
      [check.total, -delta],
      ...check.parts.map((part): [CellRef, number] => [part, delta]),
    ];
    for (const [cell, error] of uses) {
      const entry = roles.get(key(cell)) ?? { cell, uses: [] };
      entry.uses.push({ check, error });
      roles.set(key(cell), entry);
    }
  }

  const result: SumMismatch[] = [];
  const explained = new Set<SumCheck>();
  const suspects = [...roles.values()]
    .filter(
      ({ uses }) =>
        uses.length >= 2 &&
        uses.every(({ check, error }) => failing.has(check) && sameAmount(error, uses[0]!.error)),
    )
    .sort((a, b) => a.cell.row - b.cell.row || a.cell.column - b.cell.column);
  for (const { cell, uses } of suspects) {
    if (uses.some(({ check }) => explained.has(check))) continue;
    uses.forEach(({ check }) => explained.add(check));
    const found = valueAt(grid, cell);
    result.push({
      kind: 'part',
      cell,
      found,
      likely: found - uses[0]!.error,
      checks: uses.map(({ check }) => check),
    });
  }

  const reported = new Set(result.map((mismatch) => (mismatch.kind === 'part' ? key(mismatch.cell) : '')));
  for (const check of checks) {
    if (!failing.has(check) || explained.has(check) || reported.has(key(check.total))) continue;
    reported.add(key(check.total));
    result.push({ kind: 'total', check });
  }
  return result;
}

function valueAt(grid: Grid, cell: CellRef): number {
  const read = readCell(grid.values[cell.row]?.[cell.column]);
  return read.kind === 'number' ? read.value : 0;
}
