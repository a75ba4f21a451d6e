/**
 * A write = a list of steps sent in ONE sync. Only when Excel answers RequestPayloadSizeLimitExceeded
 * (Excel on the web, 5 MB) is it split: cell blocks by rows, into batches of half the size, halving again
 * on each further refusal. A refused request ran nothing, so retrying it is safe.
 * Bulk writes suspend calculation and ask for one recalculation afterwards.
 */
import { rectAddress } from '../port/addresses';
import { isPortError, portErrors } from '../port/errors';
import type { Requirements } from './env';
import { excelCode, isPayloadError, type ErrorScope } from './errors';

/** A small indivisible call sequence; it must look objects up by name (it may run in a later batch). */
export interface CallStep {
  kind: 'call';
  bytes: number;
  run(context: Excel.RequestContext): void;
}

/** Cells to write at (top, left) of `sheet`; formats first so Text cells keep what is written. */
export interface CellsStep {
  kind: 'cells';
  sheet: string;
  top: number;
  left: number;
  values: (string | number | boolean)[][];
  /** Per cell; null leaves that cell's format as it is. */
  formats?: (string | null)[][];
}

export type WriteStep = CallStep | CellsStep;

/** Cells written in one batch above which calculation is suspended (and redone once afterwards). */
const BULK_CELLS = 2_000;

function cellsBytes(step: CellsStep): number {
  return JSON.stringify(step.values).length + (step.formats ? JSON.stringify(step.formats).length : 0) + 100;
}

export function stepBytes(step: WriteStep): number {
  return step.kind === 'call' ? step.bytes : cellsBytes(step);
}

function cellCount(steps: WriteStep[]): number {
  return steps.reduce(
    (n, s) => n + (s.kind === 'cells' ? s.values.length * (s.values[0]?.length ?? 0) : 0),
    0,
  );
}

function queueCells(context: Excel.RequestContext, step: CellsStep): void {
  const width = step.values[0]?.length ?? 0;
  if (step.values.length === 0 || width === 0) return;
  const sheet = context.workbook.worksheets.getItem(step.sheet);
  const range = sheet.getRange(
    rectAddress({
      top: step.top,
      left: step.left,
      bottom: step.top + step.values.length - 1,
      right: step.left + width - 1,
    }),
  );
  // One 2-D array; null leaves that cell's format as it is
  // (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values).
  if (step.formats?.some((row) => row.some((f) => f !== null))) range.numberFormat = step.formats;
  range.values = step.values;
}

function queueBatch(context: Excel.RequestContext, steps: WriteStep[], requirements: Requirements): boolean {
  const bulk = requirements.conditionalFormats && cellCount(steps) > BULK_CELLS;
  if (bulk) context.application.suspendApiCalculationUntilNextSync();
  for (const step of steps) {
    if (step.kind === 'call') step.run(context);
    else queueCells(context, step);
  }
  return bulk;
}

async function syncBatch(
  context: Excel.RequestContext,
  steps: WriteStep[],
  requirements: Requirements,
): Promise<boolean> {
  const bulk = queueBatch(context, steps, requirements);
  await context.sync();
  return bulk;
}

/** Takes steps from the front up to `budget` bytes, splitting a cells step by rows; never an empty batch. */
export function takeBatch(steps: WriteStep[], budget: number): { batch: WriteStep[]; rest: WriteStep[] } {
  const batch: WriteStep[] = [];
  const rest = [...steps];
  let used = 0;
  while (rest.length > 0) {
    const step = rest[0];
    const bytes = stepBytes(step);
    if (used + bytes <= budget) {
      batch.push(step);
      used += bytes;
      rest.shift();
      continue;
    }
    if (step.kind === 'cells' && step.values.length > 1) {
      const perRow = (bytes - 100) / step.values.length;
      const fits = Math.floor((budget - used - 100) / Math.max(1, perRow));
      const rows = Math.min(step.values.length - 1, batch.length === 0 ? Math.max(1, fits) : fits);
      if (rows >= 1) {
        batch.push({ ...step, values: step.values.slice(0, rows), formats: step.formats?.slice(0, rows) });
        rest[0] = {
          ...step,
          top: step.top + rows,
          values: step.values.slice(rows),
          formats: step.formats?.slice(rows),
        };
      }
    } else if (batch.length === 0) {
      batch.push(step);
      rest.shift();
    }
    break;
  }
  return { batch, rest };
}

async function recalculate(context: Excel.RequestContext): Promise<void> {
  context.application.calculate('Recalculate');
  await context.sync();
}

/**
 * `undo` (optional) takes back what earlier batches did when a later one fails — only possible for what
 * this write created (a new sheet); otherwise the error says part may have been written.
 */
export async function runSteps(
  context: Excel.RequestContext,
  steps: WriteStep[],
  requirements: Requirements,
  scope: ErrorScope,
  undo?: (context: Excel.RequestContext) => void,
): Promise<void> {
  try {
    await runBatches(context, steps, requirements, scope);
  } catch (error) {
    if (undo && scope.wrote && (await tryUndo(context, undo)) !== 'failed') {
      scope.batches = 0;
      scope.wrote = false;
    } else if (scope.batches > 0 && isPortError(error) && error.code === 'too-large') {
      throw portErrors.tooLarge('Det som skulle skrives', error.details.excelCode, true);
    }
    throw error;
  }
}

/** 'nothing' when what undo removes was never made (the write failed before its first call ran). */
async function tryUndo(
  context: Excel.RequestContext,
  undo: (context: Excel.RequestContext) => void,
): Promise<'undone' | 'nothing' | 'failed'> {
  try {
    undo(context);
    await context.sync();
    return 'undone';
  } catch (error) {
    return excelCode(error) === 'ItemNotFound' ? 'nothing' : 'failed';
  }
}

async function runBatches(
  context: Excel.RequestContext,
  steps: WriteStep[],
  requirements: Requirements,
  scope: ErrorScope,
): Promise<void> {
  scope.wrote = true;
  let bulk: boolean;
  try {
    bulk = await syncBatch(context, steps, requirements);
  } catch (error) {
    if (!isPayloadError(error)) throw error;
    bulk = false;
    let budget = Math.floor(steps.reduce((n, s) => n + stepBytes(s), 0) / 2);
    let pending = steps;
    while (pending.length > 0) {
      const { batch, rest } = takeBatch(pending, budget);
      const sent = await trySyncBatch(context, batch, requirements);
      if (sent === 'too-large') {
        const smallest = batch.length === 1 && (batch[0].kind === 'call' || batch[0].values.length === 1);
        if (smallest) throw portErrors.tooLarge('Det som skulle skrives');
        budget = Math.floor(budget / 2);
        continue;
      }
      bulk = bulk || sent === 'bulk';
      scope.batches += 1;
      pending = rest;
    }
  }
  if (bulk) await recalculate(context);
}

async function trySyncBatch(
  context: Excel.RequestContext,
  batch: WriteStep[],
  requirements: Requirements,
): Promise<'bulk' | 'ok' | 'too-large'> {
  try {
    return (await syncBatch(context, batch, requirements)) ? 'bulk' : 'ok';
  } catch (error) {
    if (isPayloadError(error)) return 'too-large';
    throw error;
  }
}
