/** TEMPORARY stub until the ExcelJS port lands. */
import type { PreviewWorkbook } from './types';

export async function openPreview(): Promise<PreviewWorkbook> {
  throw new Error('preview not ready');
}
