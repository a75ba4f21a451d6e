/**
 * Reading a project table of 10 000 and 50 000 realistic rows (scripts/make-corpus.ts's generator), three ways,
 * each in its own child process (so peak memory is that run's alone), interleaved, median of RUNS:
 *
 * - `exceljs`: ExcelJS's full load (`workbook.xlsx.load`) and a walk over every cell — how the CLI read
 *   before the bounded reader;
 * - `exceljs-stream`: ExcelJS's streaming WorkbookReader over every row — the other kept base considered;
 * - `reader`: the bounded reader (src/xlsx/read: DecompressionStream + saxes, as the preview reads) giving the
 *   project grid with formats.
 *
 * The whole `omstilling sjekk` (reading and every rule) is bench/cli.ts's.
 *
 * Reported: time inside the child from just before the work to just after it, the child's whole wall time
 * (Node's start and module loading included), and its peak resident memory (getrusage maxRSS).
 *
 *   npm run bench -- reader          or          npx tsx bench/reader.ts
 */
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { writeLargeWorkbook } from '../scripts/make-corpus';
import { XlsxReader } from '../src/xlsx/read/book';

const SIZES = [10_000, 50_000];
const RUNS = 5;
const MODES = ['exceljs', 'exceljs-stream', 'reader'] as const;
type Mode = (typeof MODES)[number];

interface Sample {
  ms: number;
  wallMs: number;
  peakRssMb: number;
  /** Cells seen, to show each did the whole job. */
  items: number;
}

// ------------------------------------------------------------------ the child: one measurement

async function work(mode: Mode, file: string): Promise<number> {
  let items = 0;
  switch (mode) {
    case 'exceljs': {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      workbook.worksheets[0].eachRow((row) => row.eachCell(() => items++));
      return items;
    }
    case 'exceljs-stream': {
      const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
        sharedStrings: 'cache',
        worksheets: 'emit',
      });
      for await (const sheet of reader) for await (const row of sheet) row.eachCell(() => items++);
      return items;
    }
    case 'reader': {
      const reader = await XlsxReader.open(readFileSync(file));
      const sheet = reader.sheet('Prosjekter');
      const used = sheet && (await reader.usedRect(sheet));
      if (!sheet || !used) throw new Error('no Prosjekter');
      const grid = await reader.grid(sheet, used, { formats: true, anchored: false });
      for (const row of grid.values) for (const cell of row) if (cell !== null) items++;
      return items;
    }
  }
}

async function child(mode: Mode, file: string): Promise<void> {
  const start = performance.now();
  const items = await work(mode, file);
  const ms = performance.now() - start;
  const peakRssMb = (process.resourceUsage().maxRSS * 1024) / 2 ** 20;
  process.stdout.write(JSON.stringify({ ms, peakRssMb, items }));
}

// ------------------------------------------------------------------ the parent

function measure(mode: Mode, file: string): Sample {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--require', 'tsx/cjs', __filename, '--child', mode, file], {
    cwd: path.join(__dirname, '..'),
    encoding: 'utf8',
    timeout: 10 * 60_000,
  });
  const wallMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`${mode} ${file}: exit ${result.status}\n${result.stderr}`);
  return { ...(JSON.parse(result.stdout) as Omit<Sample, 'wallMs'>), wallMs };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const pad = (text: string, width: number) => text.padStart(width);

export async function benchReader(): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), 'omstilling-bench-reader-'));
  try {
    console.log(
      `reading a project table, median of ${RUNS} runs each, one child process per run, interleaved`,
    );
    console.log('rows    file     mode              work ms   wall ms   peak RSS   cells');
    for (const rows of SIZES) {
      const file = path.join(folder, `prosjekter-${rows}.xlsx`);
      await writeLargeWorkbook(file, rows);
      const samples = new Map<Mode, Sample[]>(MODES.map((m) => [m, []]));
      for (let run = 0; run < RUNS; run++)
        for (const mode of MODES) samples.get(mode)?.push(measure(mode, file));
      for (const mode of MODES) {
        const s = samples.get(mode) ?? [];
        const m = (key: keyof Sample) => median(s.map((x) => x[key]));
        console.log(
          [
            String(rows).padEnd(6),
            pad(`${(statSync(file).size / 2 ** 20).toFixed(1)} MB`, 7),
            mode.padEnd(16),
            pad(m('ms').toFixed(0), 8),
            pad(m('wallMs').toFixed(0), 8),
            pad(`${m('peakRssMb').toFixed(0)} MB`, 9),
            pad(String(m('items')), 15),
          ].join('  '),
        );
      }
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const [flag, mode, file] = process.argv.slice(2);
  const run = flag === '--child' ? child(mode as Mode, file) : benchReader();
  run.catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
