/** Node-only: open and save .xlsx files by path (the CLI). Kept apart so the browser bundle has no `fs`. */
import { readFile, writeFile } from 'fs/promises';
import { XlsxWorkbookPort } from './xlsxPort';

export async function openXlsxFile(path: string, now?: () => Date): Promise<XlsxWorkbookPort> {
  return XlsxWorkbookPort.open(await readFile(path), now);
}

export async function saveXlsxFile(port: XlsxWorkbookPort, path: string): Promise<void> {
  await writeFile(path, await port.save());
}
