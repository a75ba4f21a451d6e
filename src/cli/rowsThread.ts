/**
 * A second thread for the reader (`RowsHelper`): while the main thread inflates a big sheet and parses half
 * its rows, a worker thread parses the other half. On this machine's two cores that took a 50 000-row
 * `sjekk` from 1 489 to 1 325 ms (median of 9, `npm run bench -- cli`; docs/cli.md has the figures). The runs
 * and the records cross over as transferred buffers, without a copy. The thread starts before a big sheet's
 * first run and ends with the sheet.
 *
 * Only the prebuilt CLI (dist-cli/) has the worker's JavaScript; run from the TypeScript sources, the reader
 * reads in one piece, as it does in the task pane.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RowRecords } from '../xlsx/read/records';
import { SplitFailed, type RowsHelper } from '../xlsx/read/rows';
import type { RowsReply, RowsRequest } from './rowsWorker';

const COMPILED_WORKER = path.join(__dirname, 'rowsWorker.js');

/**
 * Below this size a sheet is read on one thread: starting the second costs about what it saves
 * (`npm run bench -- cli`: a 10 000-row sheet, 4,6 MB of XML, read no faster; a 50 000-row one, 23 MB, did).
 */
const WORTH_FROM = 8 * 1024 * 1024;

/** The worker's heap is small: it holds a run of about 256 KB and its records at a time. */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 };

/** The helper, or none when there is no worker script (run from the sources). `worker`: for the tests. */
export function rowsThread(worker = COMPILED_WORKER): RowsHelper | undefined {
  return existsSync(worker) ? new RowsThread(worker) : undefined;
}

class RowsThread implements RowsHelper {
  readonly worthFrom = WORTH_FROM;
  private worker?: Worker;
  private next = 0;
  private readonly replies = new Map<number, { resolve(r: RowRecords): void; reject(e: Error): void }>();

  constructor(private readonly script: string) {}

  get waiting(): number {
    return this.replies.size;
  }

  prepare(): void {
    this.worker ??= this.start();
  }

  parse(run: Uint8Array): Promise<RowRecords> {
    const worker = (this.worker ??= this.start());
    const id = this.next++;
    return new Promise<RowRecords>((resolve, reject) => {
      this.replies.set(id, { resolve, reject });
      const buffer = run.buffer as ArrayBuffer;
      const request: RowsRequest = { id, buffer, at: run.byteOffset, length: run.byteLength };
      worker.postMessage(request, [buffer]);
    });
  }

  async release(): Promise<void> {
    this.fail();
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private start(): Worker {
    const worker = new Worker(this.script, { resourceLimits: WORKER_LIMITS });
    worker.on('message', (reply: RowsReply) => {
      const waiting = this.replies.get(reply.id);
      this.replies.delete(reply.id);
      if (reply.records) waiting?.resolve(reply.records);
      else waiting?.reject(new SplitFailed());
    });
    // Out of memory, or gone: the runs it had are read again on this thread (the sheet in one piece). A thread
    // let go exits later, when the next sheet may have a thread of its own: that one's runs are not its.
    const gone = () => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.fail();
    };
    worker.on('error', gone);
    worker.on('exit', gone);
    return worker;
  }

  private fail(): void {
    for (const waiting of this.replies.values()) waiting.reject(new SplitFailed());
    this.replies.clear();
  }
}
