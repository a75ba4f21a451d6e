/** The worker thread of rowsThread.ts: parses each run of rows it is sent, and sends back its records. */
import { parentPort } from 'node:worker_threads';
import type { RowRecords } from '../xlsx/read/records';
import { parseRows } from '../xlsx/read/rows';

export interface RowsReply {
  id: number;
  /** None when the run was not whole rows (the reader then reads the sheet in one piece). */
  records?: RowRecords;
}

/** A run of rows: `length` bytes at `at` in `buffer` (the buffer is handed over whole, without a copy). */
export interface RowsRequest {
  id: number;
  buffer: ArrayBuffer;
  at: number;
  length: number;
}

parentPort?.on('message', ({ id, buffer, at, length }: RowsRequest) => {
  let reply: RowsReply;
  try {
    reply = { id, records: parseRows(new Uint8Array(buffer, at, length)) };
  } catch (_notWholeRows) {
    // SplitFailed (or a run that is not XML at all): the reader reads the sheet again in one piece, and says
    // what is wrong with it then, in the user's words.
    reply = { id };
  }
  const transfer = reply.records ? [reply.records.ints.buffer, reply.records.numbers.buffer] : [];
  parentPort?.postMessage(reply, transfer as ArrayBuffer[]);
});
