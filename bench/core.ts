/**
 * Core benchmark: read, summarise, follow up and (when the rule set exists) check a project table of
 * 10 000 and 50 000 rows. Prints the median of several runs and rows per second; asserts nothing.
 * Run alone with `npx tsx bench/core.ts`, or through `npm run bench`.
 */
import { performance } from 'node:perf_hooks';
import { followUp } from '../src/core/followUp';
import { defaultPlan } from '../src/core/plan';
import { readProjectTable } from '../src/core/projects';
import { summarize } from '../src/core/summary';
import type { Grid, Plan, ProjectTable } from '../src/core/types';
import { benchRows } from './workbook';

const SIZES = [10_000, 50_000];
const RUNS = 7;

type RunRules = (ctx: { plan: Plan; table: ProjectTable }) => unknown;

/** The benchmark's rows (bench/workbook.ts) as a grid, the way a port hands them to the core. */
function projectGrid(count: number): Grid {
  return { sheet: 'Prosjekter', top: 1, left: 1, values: benchRows(count) };
}

async function loadRules(): Promise<RunRules | undefined> {
  const path = '../src/core/rules/index';
  try {
    const rules = (await import(path)) as { runRules?: unknown };
    return typeof rules.runRules === 'function' ? (rules.runRules as RunRules) : undefined;
  } catch (_missing) {
    // A checkout without the rules (an old one benchmarked for comparison): benchmark without them.
    return undefined;
  }
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function time<T>(work: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = work();
  return { result, ms: performance.now() - start };
}

export async function benchCore(): Promise<void> {
  const runRules = await loadRules();
  if (!runRules) console.log('(src/core/rules/index.ts has no runRules yet: rules not timed)');
  for (const size of SIZES) {
    const grid = projectGrid(size);
    const steps: Record<string, number[]> = { read: [], summarize: [], followUp: [], rules: [], total: [] };
    for (let run = 0; run <= RUNS; run++) {
      const read = time(() => readProjectTable(grid, defaultPlan));
      const summary = time(() => summarize(read.result.rows));
      const follow = time(() => followUp(read.result.rows, defaultPlan, { year: 2014, month: 6, day: 1 }));
      const rules = runRules ? time(() => runRules({ plan: defaultPlan, table: read.result })) : { ms: 0 };
      if (run === 0) continue; // warm-up
      steps.read.push(read.ms);
      steps.summarize.push(summary.ms);
      steps.followUp.push(follow.ms);
      steps.rules.push(rules.ms);
      steps.total.push(read.ms + summary.ms + follow.ms + rules.ms);
    }
    const parts = Object.entries(steps)
      .filter(([name]) => runRules || name !== 'rules')
      .map(([name, times]) => `${name} ${median(times).toFixed(1)} ms`)
      .join(', ');
    const rowsPerSecond = Math.round(size / (median(steps.total) / 1000));
    console.log(
      `${size} rows (median of ${RUNS}): ${parts}; ${rowsPerSecond.toLocaleString('nb-NO')} rows/s`,
    );
  }
}

if (require.main === module) {
  benchCore().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
