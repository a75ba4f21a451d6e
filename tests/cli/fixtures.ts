/** Workbooks for the CLI tests, written with ExcelJS the way Excel would save them. */
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { defaultPlan } from '../../src/core/plan';
import { readProjectTable } from '../../src/core/projects';
import { sampleProjectsGrid } from '../../src/core/sample';
import { summarize, summaryLayout } from '../../src/core/summary';
import type { CellValue } from '../../src/core/types';

export function tempFolder(): string {
  return mkdtempSync(path.join(tmpdir(), 'omstilling-cli-'));
}

/** The 2011 summary in the plan's layout (the five legacy areas, A1:I14), computed from the sample projects. */
export function sampleSummary2011(): CellValue[][] {
  const rows = readProjectTable(sampleProjectsGrid(), defaultPlan).rows;
  return summaryLayout(summarize(rows), 2011, defaultPlan.legacy.areas);
}

/**
 * The sample projects on `Prosjekter` (no Plan sheet: the default plan is used), and optionally an
 * `Oversikt` sheet with `summary` from A1. `spoil` may change project cells (row 0 = headers).
 */
export async function writeSampleWorkbook(
  file: string,
  options: { summary?: CellValue[][]; spoil?: (values: CellValue[][]) => void } = {},
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const values = sampleProjectsGrid().values.map((row) => [...row]);
  options.spoil?.(values);
  const sheet = workbook.addWorksheet('Prosjekter');
  for (const row of values)
    sheet.addRow(row.map((cell) => (cell && typeof cell === 'object' ? { error: cell.error } : cell)));
  if (options.summary) {
    const summary = workbook.addWorksheet('Oversikt');
    for (const row of options.summary) summary.addRow(row);
  }
  await workbook.xlsx.writeFile(file);
  return file;
}
