/**
 * Workbook files for the CLI, over the xlsx port (src/xlsx): read by its bounded reader, ExcelJS only for
 * writing. The file's bytes are checked first (input.ts), so a file that is no workbook gets its own reason;
 * a zip with no workbook in it (no workbook part, no worksheet — Excel never saves one without) or a broken
 * zip is `corrupt-xlsx`. A limit reached (`read-limit`) or a part that cannot be read (`damaged`) says so
 * itself.
 */
import type { WorkbookPort } from '../port/workbookPort';
import { createXlsxPort, XlsxWorkbookPort } from '../xlsx/xlsxPort';
import { isOmstillingError, withCause } from '../core/errors';
import { nodeInflate } from './inflate';
import { inputProblem, readWorkbookFile } from './input';

export async function openWorkbookFile(path: string): Promise<WorkbookPort> {
  const bytes = await readWorkbookFile(path);
  try {
    return await XlsxWorkbookPort.openForReading(bytes, { platform: { inflate: nodeInflate } });
  } catch (error) {
    if (isOmstillingError(error)) throw error;
    // A broken zip or a zip without a workbook: whatever the reader tripped on means the same to the user.
    throw withCause(inputProblem('corrupt-xlsx', path), error);
  }
}

export function newWorkbook(): XlsxWorkbookPort {
  return createXlsxPort();
}

export function workbookBytes(port: XlsxWorkbookPort): Promise<Uint8Array> {
  return port.save();
}
