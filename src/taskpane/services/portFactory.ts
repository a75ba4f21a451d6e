/**
 * The port for where the pane runs. Inside Excel: the Office.js port. Elsewhere: the ExcelJS port over a
 * sample workbook, loaded on demand so ExcelJS never weighs on the Office path.
 */
import type { WorkbookPort } from '../../port/workbookPort';
import { offersDownloads, type Host } from '../host';
import type { PreviewWorkbook } from '../preview/types';
import type { WatchChanges } from '../workbook';

export interface Started {
  mode: 'office' | 'preview';
  port: WorkbookPort;
  /** Whether a file offered for download reaches the user here (not in Excel for Mac and iPad). */
  downloads: boolean;
  preview?: PreviewWorkbook;
  watchChanges?: WatchChanges;
}

/** A port may offer change events (`onChanged(listener) → unsubscribe`); without them the check runs on demand. */
export function changesOf(port: WorkbookPort): WatchChanges | undefined {
  const source = port as WorkbookPort & { onChanged?: (listener: () => void) => () => void };
  return typeof source.onChanged === 'function' ? (listener) => source.onChanged!(listener) : undefined;
}

export async function startPort(host: Host): Promise<Started> {
  if (host.mode === 'office') {
    const { createOfficePort } = await import(/* webpackChunkName: "office-port" */ '../../excel/officePort');
    const port = createOfficePort();
    return { mode: 'office', port, downloads: offersDownloads(host.platform), watchChanges: changesOf(port) };
  }
  const { openPreview } = await import(/* webpackChunkName: "preview" */ '../preview/previewWorkbook');
  const preview = await openPreview();
  return {
    mode: 'preview',
    port: preview.port,
    downloads: true,
    preview,
    watchChanges: (listener) => preview.subscribe((change) => change === 'edit' && listener()),
  };
}
