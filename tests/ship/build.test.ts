/**
 * The production build (made once for all tests that need one): what IT deploys must be complete, point at
 * the production URL and pass the offline manifest validation.
 */
import { execFile } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import os from 'os';
import path from 'path';
import { PANE_FIRST_LOAD_BUDGET_BYTES, paneFirstLoad } from '../../bench/bundle';
import { formatIssue, validateManifest } from '../../src/manifest/validate';
import { BUILD_BASE_URL, builtPane, type PaneBuild } from '../support/builtPane';

const ROOT = path.resolve(__dirname, '..', '..');
const WEBPACK = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
const BASE_URL = BUILD_BASE_URL;

function webpackBuild(outDir: string, baseUrl: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [WEBPACK, '--mode', 'production', '--env', `outDir=${outDir}`],
      {
        cwd: ROOT,
        env: { ...process.env, OMSTILLING_BASE_URL: baseUrl },
        timeout: 240_000,
        maxBuffer: 1 << 24,
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

describe('npm run build', () => {
  // The build every test that needs one shares (tests/support/builtPane.ts): made by jest's globalSetup.
  let build: PaneBuild;
  let outDir: string;
  const read = (file: string): string => readFileSync(path.join(outDir, file), 'utf8');

  beforeAll(async () => {
    build = await builtPane();
    outDir = build.dir;
  });

  it('succeeds', () => {
    expect(build.output).not.toMatch(/ERROR/);
    expect(build.code).toBe(0);
  });

  it('writes the page, both functions metadata files, the manifest and the icons', () => {
    for (const file of [
      'taskpane.html',
      'functions.js',
      'functions.json',
      'functions-nb.json',
      'manifest.xml',
      'assets/support.html',
      ...[16, 32, 64, 80, 128].map((size) => `assets/icon-${size}.png`),
    ]) {
      expect({ file, exists: existsSync(path.join(outDir, file)) }).toEqual({ file, exists: true });
    }
  });

  it('rewrites every manifest URL to the production base URL', () => {
    const manifest = read('manifest.xml');
    expect(manifest).not.toContain('localhost');
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((url) => !url.startsWith(`${BASE_URL}/`))).toEqual([]);
    expect(manifest).toContain('<AppDomain>https://intranett.example-kommune.no</AppDomain>');
    expect(manifest).toContain(`<bt:Override Locale="nb-NO" Value="${BASE_URL}/functions-nb.json" />`);
  });

  it('passes the offline validation in production mode, against the functions metadata it built', () => {
    const result = validateManifest(read('manifest.xml'), {
      mode: 'production',
      functions: JSON.parse(read('functions.json')),
      functionsNb: JSON.parse(read('functions-nb.json')),
    });
    expect(result.issues.map(formatIssue)).toEqual([]);
  });

  it('builds functions.json from the JSDoc, with the same ids as the nb-NO overlay', () => {
    const ids = (file: string) =>
      (JSON.parse(read(file)).functions as Array<{ id: string }>).map((f) => f.id).sort();
    expect(ids('functions.json').length).toBeGreaterThan(0);
    expect(ids('functions-nb.json')).toEqual(ids('functions.json'));
  });

  it('makes taskpane.html the shared runtime: it loads the functions, commands and taskpane bundles', () => {
    const html = read('taskpane.html');
    const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)/g)].map((m) => m[1]);
    expect(scripts[0]).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    const local = scripts.slice(1).map((src) => src.split('?')[0]);
    expect(local).toEqual([
      expect.stringMatching(/^runtime\.[0-9a-f]{8}\.js$/),
      'functions.js',
      expect.stringMatching(/^commands\.[0-9a-f]{8}\.js$/),
      expect.stringMatching(/^taskpane\.[0-9a-f]{8}\.js$/),
    ]);
    for (const file of local) expect(existsSync(path.join(outDir, file))).toBe(true);
  });

  it('keeps everything the pane loads before its first render inside Excel within the gzip budget', () => {
    const first = paneFirstLoad(outDir);
    expect(first.files.map((f) => f.file)).toEqual([
      'taskpane.html',
      expect.stringMatching(/^runtime\./),
      'functions.js',
      expect.stringMatching(/^commands\./),
      expect.stringMatching(/^taskpane\./),
      ...first.files.slice(5).map(() => expect.stringMatching(/\.js$/)),
    ]);
    expect(first.gzipBytes).toBeLessThanOrEqual(PANE_FIRST_LOAD_BUDGET_BYTES);
  });

  it('refuses a production base URL over http, saying why', async () => {
    const never = path.join(mkdtempSync(path.join(os.tmpdir(), 'omstilling-dist-')), 'never');
    const failed = await webpackBuild(never, 'http://intranett.example-kommune.no/omstilling');
    expect(failed.code).not.toBe(0);
    expect(failed.output).toContain('must use https');
    expect(existsSync(never)).toBe(false);
    rmSync(path.dirname(never), { recursive: true, force: true });
  }, 60_000);
});
