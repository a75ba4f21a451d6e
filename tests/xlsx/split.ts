/**
 * What the tests read a part in runs with: an inflater that hands out chunks of chosen sizes (so rows and
 * shared strings are cut in small workbooks too), or one whose chunks are too small ever to hold two end tags
 * (`</si>` is 5 bytes, `</row>` 6): nothing is cut, and every part is read in one piece by saxes.
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

/** The same inflation in chunks of 9 bytes, handed out at once: nothing is cut, every part read in one piece. */
export function inOnePiece(): Inflate {
  return async function* (compressed) {
    const whole = inflateSync(compressed);
    for (let at = 0; at < whole.length; at += ONE_PIECE) yield whole.slice(at, at + ONE_PIECE);
  };
}
export const ONE_PIECE = 9;

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
