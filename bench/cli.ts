/**
 * `omstilling sjekk` on generated 10 000- and 50 000-row workbooks against a bare ExcelJS load of the same
 * file, side by side in one run. Each measurement is its own child process (so peak memory is that run's
 * alone), the two kinds interleaved, median of RUNS. Timed inside the child from just before the work to
 * just after it, so Node's start and module loading count for neither side (both load the same modules);
 * the whole process's wall time is printed too. Goal: sjekk ÷ bare load ≤ 1.25.
 *
 *   npm run bench -- cli          or          npx tsx bench/cli.ts
 */
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { writeLargeWorkbook } from '../scripts/make-corpus';
import { runCli } from '../src/cli/main';
import { defaultPlan, planFromTables } from '../src/core/plan';
import { readProjectTable } from '../src/core/projects';
import { runRules } from '../src/core/rules';
import { XlsxWorkbookPort } from '../src/xlsx/xlsxPort';

const SIZES = [10_000, 50_000];
const RUNS = 3;
const GOAL = 1.25;

type Mode = 'bare' | 'sjekk' | 'phases';
interface Sample {
  ms: number;
  wallMs: number;
  peakRssMb: number;
  peakHeapMb: number;
  /** Findings (sjekk) or rows (bare), to show both did the whole job. */
  items: number;
}

// ------------------------------------------------------------------ the child: one measurement

async function child(mode: Mode, file: string): Promise<void> {
  let peakHeap = 0;
  const sample = () => (peakHeap = Math.max(peakHeap, getHeapStatistics().used_heap_size));
  const sampler = setInterval(sample, 10);
  let items = 0;
  let ms: number;
  if (mode === 'phases') {
    clearInterval(sampler);
    process.stdout.write(JSON.stringify(await phases(file)));
    return;
  }
  if (mode === 'bare') {
    const start = performance.now();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    ms = performance.now() - start;
    items = workbook.worksheets[0]?.rowCount ?? 0;
  } else {
    let out = '';
    const start = performance.now();
    await runCli(['sjekk', file, '--json'], { out: (text) => (out = text), err: () => undefined });
    ms = performance.now() - start;
    items = (JSON.parse(out) as { findings: unknown[] }).findings.length;
  }
  sample();
  clearInterval(sampler);
  const peakRss = process.resourceUsage().maxRSS * 1024;
  process.stdout.write(JSON.stringify({ ms, peakRssMb: peakRss / 2 ** 20, peakHeapMb: peakHeap / 2 ** 20, items }));
}

/** Where sjekk's time goes, step by step as runCheck takes them (one cold run). */
async function phases(file: string): Promise<Record<string, number>> {
  const times: Record<string, number> = {};
  let last = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    times[name] = now - last;
    last = now;
  };
  const port = await XlsxWorkbookPort.open(await readFile(file));
  lap('ExcelJS load (port open)');
  const read = await port.readForOperation({ projects: true, plan: true, mapping: true, sheets: true });
  lap('port read');
  const plan = read.planTables ? planFromTables(read.planTables).plan : defaultPlan;
  const table = readProjectTable(read.projects!.grid, plan);
  lap('parse table (core)');
  const findings = runRules({ plan, table, sheets: [] });
  lap('rules (core)');
  JSON.stringify(findings, null, 2);
  lap('JSON');
  return times;
}

function measure(mode: Mode, file: string): Sample {
  const started = performance.now();
  const result = spawnChild(mode, file);
  const wallMs = performance.now() - started;
  return { ...(JSON.parse(result.stdout) as Omit<Sample, 'wallMs'>), wallMs };
}

function spawnChild(mode: Mode, file: string): { stdout: string } {
  const result = spawnSync(process.execPath, ['--require', 'tsx/cjs', __filename, '--child', mode, file], {
    cwd: path.join(__dirname, '..'),
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
    timeout: 10 * 60_000,
  });
  if (result.status !== 0) throw new Error(`${mode} ${file}: exit ${result.status}\n${result.stderr}`);
  return result;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (n: number, digits = 0) => n.toFixed(digits).padStart(7);

// ------------------------------------------------------------------ the parent: generate, measure, print

export async function benchCli(): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), 'omstilling-bench-'));
  try {
    console.log(`sjekk vs bare ExcelJS load, median of ${RUNS} runs each, interleaved, one child process per run`);
    console.log('rows      file   bare ms  sjekk ms   ratio   wall ratio   bare RSS  sjekk RSS  bare heap  sjekk heap  findings');
    for (const rows of SIZES) {
      const file = path.join(folder, `prosjekter-${rows}.xlsx`);
      await writeLargeWorkbook(file, rows);
      const samples: Record<'bare' | 'sjekk', Sample[]> = { bare: [], sjekk: [] };
      for (let run = 0; run < RUNS; run++) {
        for (const mode of ['bare', 'sjekk'] as const) samples[mode].push(measure(mode, file));
      }
      const m = (mode: 'bare' | 'sjekk', key: keyof Sample) => median(samples[mode].map((s) => s[key]));
      const ratio = m('sjekk', 'ms') / m('bare', 'ms');
      const wallRatio = m('sjekk', 'wallMs') / m('bare', 'wallMs');
      console.log(
        [
          String(rows).padEnd(6),
          `${(statSync(file).size / 2 ** 20).toFixed(1)} MB`.padStart(8),
          fmt(m('bare', 'ms')),
          fmt(m('sjekk', 'ms')),
          `${ratio.toFixed(2).padStart(7)}${ratio <= GOAL ? ' ✓' : ' ✗'}`,
          fmt(wallRatio, 2).padStart(10),
          `${fmt(m('bare', 'peakRssMb'))} MB`,
          `${fmt(m('sjekk', 'peakRssMb'))} MB`,
          `${fmt(m('bare', 'peakHeapMb'))} MB`,
          `${fmt(m('sjekk', 'peakHeapMb'))} MB`,
          fmt(m('sjekk', 'items')),
        ].join('  '),
      );
      const steps = JSON.parse(spawnChild('phases', file).stdout) as Record<string, number>;
      console.log(`        one cold run, step by step: ${Object.entries(steps).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', ')}`);
    }
    console.log(`goal: ratio ≤ ${GOAL} (✓ met, ✗ not met). RSS = peak resident set (getrusage), heap = peak V8 heap sampled every 10 ms.`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const [flag, mode, file] = process.argv.slice(2);
  const run = flag === '--child' ? child(mode as Mode, file) : benchCli();
  run.catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
