/** The saved column mapping, stored as JSON in a fixed cell of the hidden settings sheet. */
import type { CellValue, ColumnMapping } from '../core/types';
import type { SavedMapping } from './workbookPort';

export function encodeMapping(saved: SavedMapping): string {
  return JSON.stringify({ version: 1, mapping: saved.mapping, headers: saved.headers });
}

/** Anything unreadable (edited by hand, another add-in's sheet) reads as "no mapping saved". */
export function decodeMapping(cell: CellValue | undefined): SavedMapping | null {
  if (typeof cell !== 'string' || cell.trim() === '') return null;
  try {
    const parsed = JSON.parse(cell) as { version?: unknown; mapping?: unknown; headers?: unknown };
    if (parsed.version !== 1 || typeof parsed.mapping !== 'object' || parsed.mapping === null) return null;
    const mapping: ColumnMapping = {};
    for (const [field, column] of Object.entries(parsed.mapping as Record<string, unknown>)) {
      if (Number.isInteger(column) && (column as number) >= 0)
        (mapping as Record<string, number>)[field] = column as number;
    }
    const headers = Array.isArray(parsed.headers) ? parsed.headers.map((h) => String(h)) : undefined;
    return headers ? { mapping, headers } : { mapping };
  } catch (error) {
    if (error instanceof SyntaxError) return null;
    throw error;
  }
}
