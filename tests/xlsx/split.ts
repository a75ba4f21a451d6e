/**
 * What the tests read a sheet in runs with, on one thread: a stand-in for the CLI's worker, and an inflater
 * that hands out chunks of chosen sizes (so rows are cut in small workbooks too).
 */
import { inflateSync } from 'fflate';
import type { Inflate } from '../../src/xlsx/read/book';
import type { RowRecords } from '../../src/xlsx/read/records';
import { parseRows, SplitFailed, type RowsHelper } from '../../src/xlsx/read/rows';

/**
 * The same-thread stand-in for the CLI's worker: parses each run a moment later, as the worker would, takes
 * the run's buffer as the worker does (detaching it, so a reader that touched a run after handing it over
 * would fail), and now and then fails a run as a worker out of memory would.
 */
export function sameThreadHelper(fails: (n: number) => boolean): RowsHelper & { handed: number } {
  let waiting = 0;
  const helper = {
    worthFrom: 0,
    handed: 0,
    get waiting() {
      return waiting;
    },
    prepare() {},
    async release() {},
    parse(run: Uint8Array): Promise<RowRecords> {
      const n = helper.handed++;
      const { byteOffset, byteLength } = run;
      const buffer = structuredClone(run.buffer, { transfer: [run.buffer as ArrayBuffer] });
      const taken = new Uint8Array(buffer, byteOffset, byteLength);
      waiting++;
      return new Promise((resolve, reject) =>
        setImmediate(() => {
          waiting--;
          try {
            if (fails(n)) throw new SplitFailed();
            resolve(parseRows(taken));
          } catch (error) {
            reject(error as Error);
          }
        }),
      );
    },
  };
  return helper;
}

/** Inflates whole, then hands out chunks of the sizes given in turn: each in a buffer of its own, or views. */
export function chunkedInflate(sizes: number[], ownBuffers: boolean): Inflate {
  return async function* (compressed) {
    const whole = inflateSync(compressed);
    for (let at = 0, n = 0; at < whole.length; n++) {
      const size = sizes[n % sizes.length];
      const chunk = whole.subarray(at, at + size);
      at += size;
      // A turn of the event loop between chunks, as a real inflater's: the helper's runs come back meanwhile.
      await new Promise(setImmediate);
      yield ownBuffers ? chunk.slice() : chunk;
    }
  };
}
