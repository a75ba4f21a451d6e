import fc from 'fast-check';
import { a1 } from '../../../src/core/cells';
import { formatKroner } from '../../../src/core/money';
import { sampleProjectsGrid } from '../../../src/core/sample';
import {
  findSumChecks,
  isSumWord,
  isTotalFormula,
  readCell,
  sumLabelRest,
  sumMismatches,
} from '../../../src/core/sumBlocks';
import type { CellValue, Grid } from '../../../src/core/types';
import { seedEmployment, seedFinancing, seedSummary2011 } from '../../fixtures/seedTables';

const at = (grid: Grid, cell: { row: number; column: number }) =>
  a1(grid.top + cell.row, grid.left + cell.column);

describe('sum labels', () => {
  it.each([
    ['Sum', ''],
    ['SUM', ''],
    ['I alt', ''],
    ['Totalt', ''],
    ['Total', ''],
    ['Sum bevilget', 'bevilget'],
    ['I alt, alle næringer', 'alle næringer'],
    ['Totalt:', ''],
  ])('«%s» is a sum label', (label, rest) => {
    expect(sumLabelRest(label)).toBe(rest);
  });

  it.each(['Summer', 'Totalkostnad', 'Ialt', 'Nyskaping', 'Antall bevilget'])('«%s» is not', (label) => {
    expect(sumLabelRest(label)).toBeUndefined();
  });
});

describe('cells as sums read them', () => {
  it.each<[CellValue, ReturnType<typeof readCell>]>([
    ['1 410 000', { kind: 'number', value: 1_410_000 }],
    ['1\u00a0410\u00a0000', { kind: 'number', value: 1_410_000 }],
    ['2,5', { kind: 'number', value: 2.5 }],
    ['kr 70 000,-', { kind: 'number', value: 70_000 }],
    [6232, { kind: 'number', value: 6232 }],
    ['01-03', { kind: 'text', text: '01-03' }],
    ['12993(x)', { kind: 'text', text: '12993(x)' }],
    ['  ', { kind: 'empty' }],
    [null, { kind: 'empty' }],
    [{ error: '#REF!' }, { kind: 'other' }],
  ])('%p', (value, expected) => {
    expect(readCell(value)).toEqual(expected);
  });
});

describe('finding the sums in the seed’s tables', () => {
  it('the 2011 table: a Sum per row, and «Sum bevilget» adding the «Bevilget beløp» rows only', () => {
    const grid = seedSummary2011();
    const checks = findSumChecks(grid);
    const across = checks.filter((c) => c.direction === 'across');
    const down = checks.filter((c) => c.direction === 'down');
    expect(across.map((c) => at(grid, c.total))).toEqual(Array.from({ length: 13 }, (_, i) => `K${i + 2}`));
    expect(across[0].parts.map((p) => at(grid, p))).toEqual(['D2', 'E2', 'F2', 'G2', 'H2', 'I2', 'J2']);
    expect(down.map((c) => at(grid, c.total))).toEqual([
      'D14',
      'E14',
      'F14',
      'G14',
      'H14',
      'I14',
      'J14',
      'K14',
    ]);
    expect(down[0]).toMatchObject({
      measure: 'Bevilget beløp',
      label: 'Sum bevilget',
      expected: 1_830_000,
      found: 1_830_000,
    });
    expect(down[0].parts.map((p) => at(grid, p))).toEqual(['D4', 'D8', 'D12']);
  });

  it('the employment table: «I alt, alle næringer» adds the sectors, not the year header nor the codes', () => {
    const grid = seedEmployment();
    const checks = findSumChecks(grid);
    expect(checks.map((c) => at(grid, c.total))).toEqual([
      'C20',
      'D20',
      'E20',
      'F20',
      'G20',
      'H20',
      'I20',
      'J20',
    ]);
    for (const check of checks) {
      expect(check.parts.map((p) => p.row + 1)).toEqual(Array.from({ length: 17 }, (_, i) => i + 3));
    }
    expect(checks.map((c) => c.expected)).toEqual([6467, 6303, 6233, 6333, 6643, 6331, 6206, 6232]);
  });

  it('the financing table: decimals in text, a Totalt column and an «I alt» row', () => {
    const grid = seedFinancing();
    const checks = findSumChecks(grid);
    expect(checks.map((c) => `${c.direction} ${at(grid, c.total)} ${c.expected} = ${c.found}`)).toEqual([
      'across E2 7.5 = 7.5',
      'across E3 1.5 = 1.5',
      'across E4 9 = 9',
      'down B4 3 = 3',
      'down C4 3 = 3',
      'down D4 3 = 3',
      'down E4 9 = 9',
    ]);
  });
});

/** A table with a Sum column and a Sum row, amounts as numbers or as Norwegian text. */
function table(matrix: number[][], asText: boolean[]): Grid {
  const show = (n: number, i: number): CellValue => (asText[i % asText.length] ? formatKroner(n) : n);
  const columns = matrix[0].length;
  const rowSums = matrix.map((row) => row.reduce((s, n) => s + n, 0));
  const columnSums = Array.from({ length: columns }, (_, c) => matrix.reduce((s, row) => s + row[c], 0));
  const grand = rowSums.reduce((s, n) => s + n, 0);
  const values: CellValue[][] = [
    ['Område', ...Array.from({ length: columns }, (_, c) => `Kolonne ${c + 1}`), 'Sum'],
    ...matrix.map((row, r) => [`Rad ${r + 1}`, ...[...row, rowSums[r]].map((n, c) => show(n, r + c))]),
    ['Sum', ...[...columnSums, grand].map((n, c) => show(n, c))],
  ];
  return { sheet: 'Ark1', top: 3, left: 2, values };
}

const amounts = fc.integer({ min: 0, max: 50_000_000 }).filter((n) => n < 1900 || n > 2100);
const matrices = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
  .chain(([rows, columns]) =>
    fc.array(fc.array(amounts, { minLength: columns, maxLength: columns }), {
      minLength: rows,
      maxLength: rows,
    }),
  );

describe('a total line under a project list', () => {
  const projects = () => sampleProjectsGrid().values.map((row) => [...row]);
  const columnSum = (rows: CellValue[][], c: number) =>
    rows.slice(1).reduce<number>((sum, row) => sum + (row[c] as number), 0);

  it('«Sum» / «I alt» alone in a cell is a sum word; «Summer» and «Total renovering» are not', () => {
    expect(['Sum', ' I  ALT ', 'totalt:', 'Total'].every(isSumWord)).toBe(true);
    expect(['Summer', 'Total renovering', 'Sum bevilget', ''].some(isSumWord)).toBe(false);
  });

  it.each([
    ['SUM(H2:H29)', true],
    ['=SUBTOTAL(109,[Bevilget])', false],
    ['SUBTOTAL(109,H2:H29)', true],
    ['_xlfn.AGGREGATE(9,5,H2:H29)', true],
    ['sum(h2:h29)', true],
    ['SUM(500000,200000)', false],
    ['AVERAGE(H2:H29)', false],
    ['SUMIF(E2:E29,"Fritid",H2:H29)', false],
  ])('%s is a totalling formula: %s', (formula, expected) => {
    expect(isTotalFormula(formula)).toBe(expected);
  });

  it('a right «I alt» line: each amount column is checked against the 28 rows above, and ties out', () => {
    const rows = projects();
    const total: CellValue[] = [
      'I alt',
      null,
      null,
      null,
      null,
      null,
      null,
      columnSum(rows, 7),
      columnSum(rows, 8),
    ];
    const grid: Grid = { sheet: 'Prosjekter', top: 1, left: 1, values: [...rows, total] };
    const checks = findSumChecks(grid);
    expect(checks.map((c) => [at(grid, c.total), c.parts.length, c.expected === c.found])).toEqual([
      ['H30', 28, true],
      ['I30', 28, true],
    ]);
    expect(sumMismatches(grid)).toEqual([]);
  });

  it('a row of =SUM(…) without a label is a sum row, named by its formula; =COUNTA(…) beside it is no sum', () => {
    const rows = projects();
    const total: CellValue[] = [28, null, null, null, null, null, null, columnSum(rows, 7) - 40_000];
    const formulas: (string | undefined)[][] = rows.map(() => []);
    formulas.push([
      'COUNTA(A2:A29)',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      'SUM(H2:H28)',
    ]);
    const grid: Grid = { sheet: 'Prosjekter', top: 1, left: 1, values: [...rows, total], formulas };
    const mismatches = sumMismatches(grid);
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]).toMatchObject({
      kind: 'total',
      check: { label: '=SUM(H2:H28)', total: { row: 29, column: 7 } },
    });
  });
});

describe('properties', () => {
  it('a table whose sums are right has no mismatch', () => {
    fc.assert(
      fc.property(matrices, fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }), (matrix, asText) => {
        const grid = table(matrix, asText);
        expect(sumMismatches(grid)).toEqual([]);
        expect(findSumChecks(grid)).toHaveLength(matrix.length + 1 + matrix[0].length + 1);
      }),
    );
  });

  it('changing any one amount or sum is reported once, at that cell, with the value it should have', () => {
    fc.assert(
      fc.property(
        matrices,
        fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 1, max: 1_000_000 }),
        (matrix, asText, r, c, change) => {
          const grid = table(matrix, asText);
          const row = 1 + (r % (matrix.length + 1));
          const column = 1 + (c % (matrix[0].length + 1));
          const cell = readCell(grid.values[row][column]);
          if (cell.kind !== 'number') throw new Error('expected a number');
          const changed = cell.value + change;
          fc.pre(changed < 1900 || changed > 2100);
          grid.values[row][column] = changed;
          const mismatches = sumMismatches(grid);
          expect(mismatches).toHaveLength(1);
          const [mismatch] = mismatches;
          expect(mismatch.kind).toBe('part');
          if (mismatch.kind !== 'part') return;
          expect(mismatch.cell).toEqual({ row, column });
          expect(mismatch.likely).toBe(cell.value);
        },
      ),
    );
  });
});
