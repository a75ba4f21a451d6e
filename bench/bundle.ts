/**
 * `npm run bench -- bundle`: what the task pane downloads before its first render inside Excel, against its
 * budget, and the gzip size of each entry and lazy chunk of the production build (dist/). Builds first,
 * every time: a dist/ left from an earlier build once gave 169.7 KB where the sources made 168.0. Sizes are
 * what a browser downloads: each file gzipped on its own. 1 KB = 1024 bytes.
 */
import { readdirSync, readFileSync } from 'fs';
import path from 'path';
import { gzipSync } from 'zlib';
import type { Configuration } from 'webpack';

const ROOT = path.resolve(__dirname, '..');
export const DIST = path.join(ROOT, 'dist');
/**
 * The task pane must open fast on a municipal laptop over a slow line: everything taskpane.html loads before
 * its first render inside Excel (paneFirstLoad), gzipped, stays within 170 KiB. No panel's code is in it
 * (panels/index.ts: each is fetched on first use, the first tab's while the workbook is read).
 */
export const PANE_FIRST_LOAD_BUDGET_BYTES = 170 * 1024;

export interface EntrySize {
  entry: string;
  files: string[];
  bytes: number;
  gzipBytes: number;
}

type ConfigFactory = (env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<Configuration>;

/** The production build, in this process. Resolves when dist/ (or outDir) is written; rejects on errors. */
export async function buildProduction(outDir = DIST): Promise<void> {
  const webpack = (await import('webpack')).default;
  const factory = (await import(path.join(ROOT, 'webpack.config.js'))).default as ConfigFactory;
  const config = await factory({ outDir }, { mode: 'production' });
  await new Promise<void>((resolve, reject) => {
    webpack(config).run((error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString('errors-only')));
      resolve();
    });
  });
}

const gzipBytes = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

/** Each entry's initial JavaScript (from entrypoints.json), raw and gzipped. */
export function entrySizes(distDir = DIST): EntrySize[] {
  const entrypoints = JSON.parse(readFileSync(path.join(distDir, 'entrypoints.json'), 'utf8')) as Record<
    string,
    string[]
  >;
  return Object.entries(entrypoints).map(([entry, files]) => ({
    entry,
    files,
    bytes: files.reduce((sum, file) => sum + readFileSync(path.join(distDir, file)).length, 0),
    gzipBytes: files.reduce((sum, file) => sum + gzipBytes(path.join(distDir, file)), 0),
  }));
}

/** Chunks loaded on demand (dynamic import), which don't count against an entry's budget. */
export function lazyChunks(distDir = DIST): Array<{ file: string; gzipBytes: number }> {
  const initial = new Set(entrySizes(distDir).flatMap((entry) => entry.files));
  return readdirSync(distDir)
    .filter((file) => file.endsWith('.js') && !initial.has(file))
    .map((file) => ({ file, gzipBytes: gzipBytes(path.join(distDir, file)) }));
}

/**
 * Everything taskpane.html makes Office download before the pane's first render: the page, its scripts (the
 * shared runtime: webpack runtime, functions, commands, taskpane) and the office-port chunk the pane
 * imports at start inside Excel. Not office.js, which is Microsoft's and cached by Office.
 */
export function paneFirstLoad(distDir = DIST): {
  files: Array<{ file: string; gzipBytes: number }>;
  gzipBytes: number;
} {
  const html = readFileSync(path.join(distDir, 'taskpane.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)]
    .map((match) => match[1].split('?')[0])
    .filter((src) => !/^https?:/.test(src));
  const lazy = JSON.parse(readFileSync(path.join(distDir, 'lazy-chunks.json'), 'utf8')) as Record<
    string,
    string[]
  >;
  if (!lazy['office-port']) throw new Error('lazy-chunks.json: no office-port chunk');
  const files = [...new Set(['taskpane.html', ...scripts, ...lazy['office-port']])].map((file) => ({
    file,
    gzipBytes: gzipBytes(path.join(distDir, file)),
  }));
  return { files, gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** The first-load lines: each file, then the total against the budget. */
export function firstLoadReport(distDir = DIST): string[] {
  const first = paneFirstLoad(distDir);
  const verdict = first.gzipBytes <= PANE_FIRST_LOAD_BUDGET_BYTES ? 'ok' : 'OVER';
  return [
    'taskpane.html i Excel, før første opptegning / in Excel, before first render:',
    ...first.files.map((f) => `  ${f.file.padEnd(30)} ${kb(f.gzipBytes).padStart(10)} gzip`),
    `  ${'i alt / total'.padEnd(30)} ${kb(first.gzipBytes).padStart(10)} gzip  budsjett/budget ${kb(PANE_FIRST_LOAD_BUDGET_BYTES)}: ${verdict}`,
  ];
}

export async function benchBundle(): Promise<void> {
  console.log('bygger / building (npm run build)…');
  await buildProduction();
  for (const line of firstLoadReport()) console.log(line);
  for (const size of entrySizes()) {
    console.log(
      `${size.entry.padEnd(10)} ${kb(size.gzipBytes).padStart(10)} gzip ${kb(size.bytes).padStart(10)} raw`,
    );
  }
  for (const chunk of lazyChunks()) {
    console.log(`  lazy ${chunk.file.padEnd(28)} ${kb(chunk.gzipBytes).padStart(10)} gzip`);
  }
}

if (require.main === module) {
  benchBundle().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
