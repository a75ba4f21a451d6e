/**
 * Workbook files for the CLI, over the ExcelJS port (src/xlsx). The file's bytes are checked first
 * (input.ts), so a file that is no workbook gets its own reason; a zip ExcelJS cannot read is a damaged or
 * foreign zip.
 */
import type { WorkbookPort } from '../port/workbookPort';
import { createXlsxPort, XlsxWorkbookPort } from '../xlsx/xlsxPort';
import { withCause } from '../core/errors';
import { inputProblem, readWorkbookFile } from './input';

export async function openWorkbookFile(path: string): Promise<WorkbookPort> {
  const bytes = await readWorkbookFile(path);
  let port: XlsxWorkbookPort;
  try {
    port = await XlsxWorkbookPort.open(bytes);
  } catch (error) {
    // ExcelJS and the zip reader throw all kinds of errors for a damaged file: each means the same to the user.
    throw withCause(inputProblem('corrupt-xlsx', path), error);
  }
  // Excel never saves a workbook without a sheet: a zip that opens to none holds no workbook.
  if (port.workbook.worksheets.length === 0) throw inputProblem('corrupt-xlsx', path);
  return port;
}

export function newWorkbook(): XlsxWorkbookPort {
  return createXlsxPort();
}

export function workbookBytes(port: XlsxWorkbookPort): Promise<Uint8Array> {
  return port.save();
}
