/**
 * What the tests read a sheet in runs with: an inflater that hands out chunks of chosen sizes (so rows are cut
 * in small workbooks too), or the whole part as one chunk (a chunk that holds `</sheetData>` after its last row
 * is not cut: the sheet is read in one piece).
 */
import { inflateSync } from 'fflate';
import type { Inflate } from '../../src/xlsx/read/book';
import * as rows from '../../src/xlsx/read/rows';

/** Inflates whole, then hands out chunks of the sizes given in turn: each in a buffer of its own, or views. */
export function chunkedInflate(sizes: number[], ownBuffers: boolean): Inflate {
  return async function* (compressed) {
    const whole = inflateSync(compressed);
    for (let at = 0, n = 0; at < whole.length; n++) {
      const size = sizes[n % sizes.length];
      const chunk = whole.subarray(at, at + size);
      at += size;
      // A turn of the event loop between chunks, as a real inflater's.
      await new Promise(setImmediate);
      yield ownBuffers ? chunk.slice() : chunk;
    }
  };
}

/** The same inflater, with each part in one chunk: sheets are read in one piece. */
export const inOnePiece = (): Inflate => chunkedInflate([Infinity], true);

/** Counts the runs of rows cut from sheets (read apart from the rest) while `read` runs. */
export async function runsCut(read: () => Promise<unknown>): Promise<number> {
  const parseRows = jest.spyOn(rows, 'parseRows');
  try {
    await read();
    return parseRows.mock.calls.length;
  } finally {
    parseRows.mockRestore();
  }
}
