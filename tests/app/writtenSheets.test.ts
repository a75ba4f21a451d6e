/**
 * The sheets the pane writes, through the ExcelJS port: sum rows are SUM formulas over the table's own
 * columns that give the core's figures, and our own sum checks (sum-mismatch) accept them.
 */
import { writeTemplate } from '../../src/app/template';
import { followUpOf } from '../../src/app/followUp';
import { defaultPlan } from '../../src/core/plan';
import { dayOf } from '../../src/core/today';
import { findSumChecks, sumMismatches } from '../../src/core/sumBlocks';
import { allocationSheet, allocationView, initialInput } from '../../src/taskpane/services/allocation';
import { followUpSheet } from '../../src/taskpane/services/followUp';
import { createXlsxPort, type XlsxWorkbookPort } from '../../src/xlsx/xlsxPort';

async function sampleWorkbook(): Promise<XlsxWorkbookPort> {
  const port = createXlsxPort(undefined, () => new Date(2024, 4, 1, 12, 30));
  await writeTemplate(port, { example: true });
  return port;
}

/** The sheet's used range as a grid, values as a reader of the file sees them (formula results). */
async function usedGrid(port: XlsxWorkbookPort, sheet: string) {
  const ws = port.workbook.getWorksheet(sheet)!;
  return port.readRange(`'${sheet}'!A1:${ws.getColumn(ws.columnCount).letter}${ws.rowCount}`);
}

describe('sum rows in the sheets we write', () => {
  test('Fordeling: each table ends in a SUM row that the sum check finds and accepts', async () => {
    const port = await sampleWorkbook();
    const view = allocationView(defaultPlan, initialInput(defaultPlan));
    await port.writeOwnedSheet(allocationSheet(defaultPlan, view));
    const grid = await usedGrid(port, 'Fordeling');
    const sums = grid.values.flatMap((row, r) => (row[0] === 'Sum' ? [r] : []));
    expect(sums).toHaveLength(3);
    const frame = grid.values[sums[0]];
    // No fixed amounts typed: that column gets no sum.
    expect(frame.slice(1)).toEqual([1, null, 6_300_000, 6_300_000]);
    const ws = port.workbook.getWorksheet('Fordeling')!;
    const formula = ws.getCell(sums[0] + 1, 4).value as { formula: string };
    expect(formula.formula).toMatch(/^SUM\(D\d+:D\d+\)$/);
    expect(findSumChecks(grid).filter((c) => c.direction === 'down').length).toBeGreaterThanOrEqual(8);
    expect(sumMismatches(grid)).toEqual([]);
  });

  test('Oppfølging: money and jobs get sum rows equal to the core’s totals', async () => {
    const port = await sampleWorkbook();
    const today = dayOf(new Date(2016, 0, 15));
    const { followUp: result, planUsed } = await followUpOf(port, today);
    await port.writeOwnedSheet(followUpSheet(planUsed, result, today));
    const grid = await usedGrid(port, 'Oppfølging');
    const sums = grid.values.flatMap((row, r) => (row[0] === 'Sum' ? [r] : []));
    expect(sums).toHaveLength(2);
    const granted = result.perAreaYear.reduce((total, entry) => total + entry.granted, 0);
    expect(grid.values[sums[0]][2]).toBe(granted);
    expect(grid.values[sums[0]][1]).toBeNull();
    expect(sumMismatches(grid)).toEqual([]);
  });
});
