/**
 * The batching half of the fake: a request context that queues every call and property write until
 * `sync()`, runs them in order against the model, and only then fills loaded properties. Like Excel it
 * stops at the first failing call (the calls before it stay applied), rejects a request over the payload
 * limit before running anything, and refuses to run while a cell is being edited.
 */
import { FakeRichApiError, fail } from './errors';
import type { WorkbookModel } from './model';

export interface FakeHost {
  model: WorkbookModel;
  /** ExcelApi minor version the host supports (1.17 → 17). */
  apiMinor: number;
  payloadLimit: number;
  cellEditMode: boolean;
  waitForCellEdit(): Promise<void>;
  nextSync(): number;
  takeInjectedFailure(): string | undefined;
  runHooks(sync: number): void;
  record(entry: SyncRecord): void;
  /** Handlers registered with WorksheetCollection.onChanged (kept until removed). */
  changeHandlers: Set<(event: unknown) => unknown>;
}

export interface SyncRecord {
  sync: number;
  ops: number;
  requestBytes: number;
  responseBytes: number;
  calculationSuspended: boolean;
  error?: string;
}

export interface Op {
  what: string;
  requestBytes: number;
  /** Runs against the model; may return work to do once the whole batch succeeded (loads). */
  run(): { commit: () => void; bytes: number } | void;
}

const OP_OVERHEAD = 64;

export function jsonBytes(value: unknown): number {
  return value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value), 'utf8');
}

export class FakeContext {
  private queue: Op[] = [];
  calculationSuspended = false;
  /** True while a batch runs: proxies made then (loaded items, navigations) queue nothing. */
  executing = false;
  /** Number of the sync being run (collections reuse their item proxies within one). */
  currentSync = 0;
  /** The Excel.RequestContext this belongs to (what an event handler result's `context` is). */
  requestContext?: unknown;

  constructor(
    readonly host: FakeHost,
    readonly options: { delayForCellEdit?: boolean },
  ) {}

  get model(): WorkbookModel {
    return this.host.model;
  }

  enqueue(what: string, args: unknown, run: Op['run']): void {
    this.queue.push({ what, requestBytes: OP_OVERHEAD + jsonBytes(args), run });
  }

  /** An API from a newer requirement set than the host has fails at sync with ApiNotFound. */
  requireSet(minor: number, what: string): boolean {
    if (this.host.apiMinor >= minor) return true;
    if (this.executing) throw fail.apiNotFound(what, `ExcelApi 1.${minor}`);
    this.enqueue(what, null, () => {
      throw fail.apiNotFound(what, `ExcelApi 1.${minor}`);
    });
    return false;
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const suspended = this.calculationSuspended;
    this.calculationSuspended = false;
    const sync = this.host.nextSync();
    this.currentSync = sync;
    const requestBytes = ops.reduce((n, op) => n + op.requestBytes, 0);
    const entry: SyncRecord = {
      sync,
      ops: ops.length,
      requestBytes,
      responseBytes: 0,
      calculationSuspended: suspended,
    };
    await Promise.resolve();
    try {
      this.host.runHooks(sync);
      const injected = this.host.takeInjectedFailure();
      if (injected) throw new FakeRichApiError(injected, 'Injected failure.');
      if (this.host.cellEditMode) {
        if (this.options.delayForCellEdit && this.host.apiMinor >= 11) await this.host.waitForCellEdit();
        else throw fail.cellEditMode();
      }
      if (requestBytes > this.host.payloadLimit)
        throw fail.requestTooLarge(requestBytes, this.host.payloadLimit);
      const commits: (() => void)[] = [];
      this.executing = true;
      try {
        for (const op of ops) {
          const result = op.run();
          if (result) {
            commits.push(result.commit);
            entry.responseBytes += result.bytes;
          }
        }
      } finally {
        this.executing = false;
      }
      if (entry.responseBytes > this.host.payloadLimit) {
        throw fail.responseTooLarge(entry.responseBytes, this.host.payloadLimit);
      }
      for (const commit of commits) commit();
    } catch (error) {
      entry.error = (error as { code?: string }).code ?? String(error);
      throw error;
    } finally {
      this.host.record(entry);
    }
  }
}
