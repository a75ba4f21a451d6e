/**
 * `npm run bench -- cli`: the command line as a user runs it, whole processes, each figure paired with its
 * reference in the same run so the machine's load falls on both sides alike:
 *
 * - `omstilling --version` ÷ `node -e ''` (what starting the tool costs over starting Node);
 * - `omstilling sjekk <file> --json` ÷ a bare `new ExcelJS.Workbook().xlsx.readFile(file)`, on generated
 *   10 000- and 50 000-row workbooks (bench/workbook.ts), with the peak memory of each;
 * - the floor under it (bench/saxes-floor.js: the sheet and shared strings inflated and tokenised by saxes,
 *   nothing kept) ÷ the same ExcelJS load;
 * - `npx omstilling --version` − `node bin/omstilling.js --version` (what npx adds to every run).
 *
 * Every run spawns the subject and its reference back to back (order swapped every other run), RUNS times;
 * the table gives the median and the spread (min–max) of the per-pair ratios, the median wall time of each
 * side, peak resident memory (getrusage in the process itself, bench/usage.js) and CPU time. Asserts
 * nothing; marks each goal met (✓) or not (✗).
 *
 *   npm run bench -- cli            BENCH_RUNS=9 BENCH_ROWS=50000 npm run bench -- cli
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { writeBenchWorkbook } from './workbook';

const ROOT = path.join(__dirname, '..');
const OUT = path.join(__dirname, 'out');
const BIN = path.join(ROOT, 'bin', 'omstilling.js');
const USAGE = path.join(__dirname, 'usage.js');
const BARE = path.join(__dirname, 'bare-exceljs.js');
const FLOOR = path.join(__dirname, 'saxes-floor.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SIZES = (process.env.BENCH_ROWS ?? '10000,50000').split(',').filter(Boolean).map(Number);
const MIB = 2 ** 20;

interface Probe {
  label: string;
  command: string;
  args: string[];
  /** Exit codes that mean it did its job (sjekk exits 1 when it finds errors). */
  ok?: number[];
}

interface Sample {
  wallMs: number;
  cpuMs: number;
  peakRssMib: number;
}

interface Figure {
  name: string;
  subject: Probe;
  reference: Probe;
  /** 'ratio': subject ÷ reference; 'difference': subject − reference, in ms. */
  compare: 'ratio' | 'difference';
  goal?: { ratio?: number; subjectRssMib?: number };
}

const node = (label: string, ...args: string[]): Probe => ({ label, command: process.execPath, args });

/** One process, timed from the parent (spawn to exit), with peak memory and CPU from inside it. */
function measure(probe: Probe): Sample {
  const usageFile = path.join(OUT, `usage-${process.pid}.jsonl`);
  rmSync(usageFile, { force: true });
  const devNull = openSync('/dev/null', 'w');
  const started = performance.now();
  const result = spawnSync(probe.command, probe.args, {
    cwd: ROOT,
    stdio: ['ignore', devNull, 'pipe'],
    encoding: 'utf8',
    timeout: 10 * 60_000,
    env: {
      ...process.env,
      OMSTILLING_BENCH_USAGE: usageFile,
      // Every node process of the run reports, npx's own included.
      NODE_OPTIONS: [process.env.NODE_OPTIONS, `--require ${USAGE}`].filter(Boolean).join(' '),
    },
  });
  const wallMs = performance.now() - started;
  closeSync(devNull);
  if (!(probe.ok ?? [0]).includes(result.status ?? -1)) {
    throw new Error(`${probe.label}: exit ${result.status ?? result.signal}\n${result.stderr}`);
  }
  const lines = existsSync(usageFile)
    ? readFileSync(usageFile, 'utf8').trim().split('\n').filter(Boolean)
    : [];
  rmSync(usageFile, { force: true });
  const usages = lines.map((line) => JSON.parse(line) as { maxRssKb: number; cpuUs: number });
  return {
    wallMs,
    cpuMs: usages.reduce((sum, u) => sum + u.cpuUs, 0) / 1000,
    peakRssMib: Math.max(0, ...usages.map((u) => u.maxRssKb)) / 1024,
  };
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
function median(values: number[]): number {
  const s = sorted(values);
  const middle = Math.floor(s.length / 2);
  return s.length % 2 ? s[middle] : (s[middle - 1] + s[middle]) / 2;
}
const spread = (values: number[], digits: number) =>
  `${sorted(values)[0].toFixed(digits)}–${sorted(values)[values.length - 1].toFixed(digits)}`;

/** The benchmark workbook of `rows` rows, made again when the generator changed since. */
async function workbook(rows: number): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, `prosjekter-${rows}.xlsx`);
  const generator = path.join(__dirname, 'workbook.ts');
  if (!existsSync(file) || statSync(file).mtimeMs < statSync(generator).mtimeMs) {
    await writeBenchWorkbook(file, rows);
  }
  return file;
}

function figures(files: Map<number, string>): Figure[] {
  const list: Figure[] = [
    {
      name: '--version ÷ node -e',
      subject: node('omstilling --version', BIN, '--version'),
      reference: node("node -e ''", '-e', ''),
      compare: 'ratio',
      goal: { ratio: 2 },
    },
  ];
  for (const [rows, file] of files) {
    list.push({
      name: `sjekk ${rows / 1000}k ÷ ExcelJS`,
      subject: { ...node(`sjekk ${rows}`, BIN, 'sjekk', file, '--json'), ok: [0, 1] },
      reference: node(`ExcelJS readFile ${rows}`, BARE, file),
      compare: 'ratio',
      goal: { ratio: 0.5, subjectRssMib: 200 },
    });
    // No goal: what inflating and tokenising alone costs, the part of `sjekk` no code of ours can shorten.
    list.push({
      name: `saxes ${rows / 1000}k ÷ ExcelJS`,
      subject: node(`saxes floor ${rows}`, FLOOR, file),
      reference: node(`ExcelJS readFile ${rows}`, BARE, file),
      compare: 'ratio',
    });
  }
  list.push({
    name: 'npx − node bin',
    subject: {
      label: 'npx omstilling --version',
      command: 'npx',
      args: ['--no-install', 'omstilling', '--version'],
    },
    reference: node('node bin/omstilling.js --version', BIN, '--version'),
    compare: 'difference',
  });
  return list;
}

export async function benchCli(): Promise<void> {
  const files = new Map<number, string>();
  for (const rows of SIZES) files.set(rows, await workbook(rows));
  // The bin says which code it runs (the prebuilt dist-cli/ or the sources through tsx) under OMSTILLING_DEBUG.
  const which = spawnSync(process.execPath, [BIN, '--version'], {
    encoding: 'utf8',
    env: { ...process.env, OMSTILLING_DEBUG: '1' },
  }).stderr.trim();
  console.log(
    `whole processes, ${RUNS} paired runs (subject next to its reference, order swapped every other run)`,
  );
  console.log(
    `${which}${which.includes('tsx') ? ' — npm run build:cli first to measure the prebuilt CLI' : ''}`,
  );
  const all = figures(files);
  const samples = all.map(() => ({ subject: [] as Sample[], reference: [] as Sample[] }));
  for (let run = 0; run < RUNS; run++) {
    all.forEach((figure, i) => {
      const order = run % 2 === 0 ? (['subject', 'reference'] as const) : (['reference', 'subject'] as const);
      for (const side of order) samples[i][side].push(measure(figure[side]));
    });
  }
  console.log(
    'figure                 wall: median (min–max)  CPU: median (min–max)  goal (wall)            ' +
      'subject ms  reference ms  peak RSS subject / reference',
  );
  all.forEach((figure, i) => {
    const { subject, reference } = samples[i];
    const compare = (key: 'wallMs' | 'cpuMs') =>
      subject.map((s, k) =>
        figure.compare === 'ratio' ? s[key] / reference[k][key] : s[key] - reference[k][key],
      );
    const digits = figure.compare === 'ratio' ? 2 : 0;
    const unit = figure.compare === 'difference' ? ' ms' : '';
    const shown = (values: number[]) =>
      `${median(values).toFixed(digits)}${unit} (${spread(values, digits)})`;
    const wall = compare('wallMs');
    const rss = median(subject.map((s) => s.peakRssMib));
    const goals: string[] = [];
    if (figure.goal?.ratio !== undefined) {
      goals.push(`≤ ${figure.goal.ratio}${median(wall) <= figure.goal.ratio ? ' ✓' : ' ✗'}`);
    }
    if (figure.goal?.subjectRssMib !== undefined) {
      goals.push(`RSS ≤ ${figure.goal.subjectRssMib}${rss <= figure.goal.subjectRssMib ? ' ✓' : ' ✗'}`);
    }
    console.log(
      [
        figure.name.padEnd(22),
        shown(wall).padEnd(23),
        shown(compare('cpuMs')).padEnd(22),
        (goals.join(', ') || '—').padEnd(22),
        median(subject.map((s) => s.wallMs))
          .toFixed(0)
          .padStart(10),
        median(reference.map((s) => s.wallMs))
          .toFixed(0)
          .padStart(13),
        `${rss.toFixed(0).padStart(8)} / ${median(reference.map((s) => s.peakRssMib)).toFixed(0)} MiB`,
      ].join('  '),
    );
  });
  for (const [rows, file] of files)
    console.log(`${rows} rows: ${file} (${(statSync(file).size / MIB).toFixed(1)} MiB)`);
}

if (require.main === module) {
  benchCli().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
