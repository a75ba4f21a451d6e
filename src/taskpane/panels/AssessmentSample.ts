/**
 * The preview's applications: the sample workbook (writeTemplate with the example) holds the six 2013
 * applications in the table «Søknader»; the first time the panel opens, the sheet view shows them.
 */
import type { WorkbookPort } from '../../port/workbookPort';

const shown = new WeakSet<WorkbookPort>();

/** In the preview, selects Søknader!A1 once per workbook (the sheet view follows the selection). */
export async function showPreviewApplications(port: WorkbookPort): Promise<boolean> {
  if (port.kind !== 'xlsx' || shown.has(port)) return false;
  shown.add(port);
  const read = await port.readApplications();
  if (!read) return false;
  await port.selectCell(read.grid.sheet, 'A1');
  return true;
}
