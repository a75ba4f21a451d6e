/**
 * The CLI's second thread for big sheets (src/cli/rowsThread.ts): a real worker thread, run from the sources.
 * What the reader does with it is tested with a same-thread stand-in (tests/xlsx/rows.test.ts); the whole
 * CLI on a sheet big enough for it, in tests/cli/bigSheet.test.ts.
 */
import * as path from 'node:path';
import { strToU8 } from 'fflate';
import { rowsThread } from '../../src/cli/rowsThread';
import { parseRows, SplitFailed } from '../../src/xlsx/read/rows';

const WORKER = path.join(__dirname, 'rowsWorkerFromSources.js');

const ROWS =
  '<row r="7"><c r="A7" t="s"><v>2</v></c><c r="B7" t="str"><f>A7&amp;"x"</f><v>_x0041_x</v></c></row>' +
  '<row><c t="e"><v>#N/A</v></c><c t="d"><v>2014-03-01</v></c><c t="b"><v>1</v></c></row>';

describe('the rows thread', () => {
  it('is there only where its worker script is (the prebuilt CLI), and pays from 8 MB of sheet', () => {
    expect(rowsThread(path.join(__dirname, 'no-such-worker.js'))).toBeUndefined();
    expect(rowsThread(WORKER)?.worthFrom).toBe(8 * 1024 * 1024);
  });

  it('parses runs on its thread as parseRows does here, taking each run’s buffer, and lets its thread go', async () => {
    const helper = rowsThread(WORKER)!;
    try {
      helper.prepare();
      const run = strToU8(ROWS);
      const expected = parseRows(run);
      const records = helper.parse(run);
      expect(run.byteLength).toBe(0); // handed over, not copied
      expect(helper.waiting).toBe(1);
      expect(await records).toEqual(expected);
      // A view into a bigger buffer: the worker reads only the run.
      const padded = strToU8(`xxxx${ROWS}yy`);
      expect(await helper.parse(padded.subarray(4, 4 + ROWS.length))).toEqual(expected);
      expect(helper.waiting).toBe(0);
    } finally {
      await helper.release();
    }
  });

  it('says SplitFailed for a run that is not whole rows, and for runs it had when let go', async () => {
    const helper = rowsThread(WORKER)!;
    try {
      await expect(helper.parse(strToU8('<row r="1"><c><v>1</v></c>'))).rejects.toThrow(SplitFailed);
      const cut = helper.parse(strToU8(ROWS));
      const released = helper.release();
      await expect(cut).rejects.toThrow(SplitFailed);
      await released;
      // It starts again when asked again.
      expect((await helper.parse(strToU8(ROWS))).count).toBe(5);
    } finally {
      await helper.release();
    }
  });
});
