/**
 * The preview's applications: the six 2013 sample applications as the Excel table «Søknader» on a sheet
 * of that name, written straight into the preview's ExcelJS workbook (the port has no call that makes a
 * user table other than «Prosjekter»). Preview only: ExcelJS is reached through the preview's port object,
 * never imported here, so nothing of it reaches the Office bundle.
 */
import { FORMATS } from '../../core/formats';
import type { WorkbookPort } from '../../port/workbookPort';
import { sampleApplicationsGrid } from '../../core/assessment';
import { APPLICATIONS } from '../../port/names';
import type { XlsxWorkbookPort } from '../../xlsx/xlsxPort';

/** True when it added them; false when the workbook already has a «Søknader» sheet. */
export function addSampleApplications(xlsx: XlsxWorkbookPort): boolean {
  if (xlsx.workbook.worksheets.some((s) => s.name === APPLICATIONS)) return false;
  const [headers, ...rows] = sampleApplicationsGrid(APPLICATIONS).values;
  const sheet = xlsx.workbook.addWorksheet(APPLICATIONS);
  sheet.addTable({
    name: APPLICATIONS,
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: headers.map((name) => ({ name: String(name), filterButton: true })),
    rows: rows.map((row) => row.map((cell) => (typeof cell === 'object' && cell !== null ? null : cell))),
  });
  headers.forEach((_, j) => (sheet.getCell(1, j + 1).numFmt = FORMATS.text));
  for (const column of [8, 9, 10]) {
    for (let r = 2; r <= rows.length + 1; r++) sheet.getCell(r, column).numFmt = FORMATS.kroner;
  }
  const widths = [10, 34, 26, 13, 30, 14, 6, 12, 13, 13, 10, 10, 9, 9, 9, 9, 9, 9, 9];
  widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  return true;
}

/**
 * In the preview, gives the sample workbook its applications the first time the panel opens, and shows
 * the sheet (selecting a cell tells the sheet view). Does nothing for any other port.
 */
export async function seedPreviewApplications(port: WorkbookPort): Promise<boolean> {
  const xlsx = port as Partial<XlsxWorkbookPort>;
  if (port.kind !== 'xlsx' || !xlsx.workbook?.worksheets) return false;
  if (!addSampleApplications(xlsx as XlsxWorkbookPort)) return false;
  await port.selectCell(APPLICATIONS, 'A1');
  return true;
}
