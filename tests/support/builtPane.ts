/**
 * The production build the tests share: `webpack --mode production` run once for the sources as they are,
 * kept in .cache/pane/<hash of the inputs>/ and reused by every test that needs a build (tests/ship/
 * build.test.ts, tests/e2e) and by later runs until a source changes. jest's globalSetup for the `built`
 * project (jest.config.js) makes it before any test starts, so no test hook waits for webpack under a
 * timeout. Test workers that find it missing (a file run on its own outside that project) build it the
 * same way; a lock keeps two processes from building it at once.
 */
import { execFile } from 'child_process';
import { createHash } from 'crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'fs';
import path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const CACHE = path.join(ROOT, '.cache', 'pane');
const WEBPACK = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');

/** The production URL the shared build is made for (the manifest is rewritten to it). */
export const BUILD_BASE_URL = 'https://intranett.example-kommune.no/omstilling';

/** What went into the build: a change to any of these makes a new one. */
const INPUTS = ['src', 'assets', 'manifest.xml', 'webpack.config.js', 'tsconfig.json', 'package-lock.json'];

export interface PaneBuild {
  /** The folder with the built add-in (what `npm run build` writes to dist/). */
  dir: string;
  /** webpack's exit code and what it printed. */
  code: number;
  output: string;
}

function filesUnder(relative: string): string[] {
  const full = path.join(ROOT, relative);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [relative];
  return readdirSync(full)
    .sort()
    .flatMap((name) => filesUnder(path.join(relative, name)));
}

function inputsHash(): string {
  const hash = createHash('sha256').update(BUILD_BASE_URL);
  for (const file of INPUTS.flatMap(filesUnder))
    hash.update(file).update(readFileSync(path.join(ROOT, file)));
  return hash.digest('hex').slice(0, 16);
}

function webpackBuild(outDir: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [WEBPACK, '--mode', 'production', '--env', `outDir=${outDir}`],
      { cwd: ROOT, env: { ...process.env, OMSTILLING_BASE_URL: `${BUILD_BASE_URL}/` }, maxBuffer: 1 << 26 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Takes the lock (a folder: mkdir is atomic), waiting while another process holds it. */
async function lock(dir: string): Promise<() => void> {
  const lockDir = `${dir}.lock`;
  for (;;) {
    try {
      mkdirSync(lockDir);
      return () => rmSync(lockDir, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // A lock left by a process that died (an interrupted run) is stale after half an hour.
      if (Date.now() - statSync(lockDir).mtimeMs > 30 * 60_000)
        rmSync(lockDir, { recursive: true, force: true });
      await sleep(500);
    }
  }
}

function readResult(dir: string): PaneBuild | undefined {
  const result = path.join(dir, '.build.json');
  if (!existsSync(result)) return undefined;
  return { dir, ...(JSON.parse(readFileSync(result, 'utf8')) as { code: number; output: string }) };
}

/** Keeps the newest few builds, so the cache does not grow with every change. */
function pruneOld(keep: string): void {
  const builds = readdirSync(CACHE)
    .filter((name) => !/\.(lock|staging)$/.test(name) && name !== path.basename(keep))
    .map((name) => ({ name, time: statSync(path.join(CACHE, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const old of builds.slice(2)) rmSync(path.join(CACHE, old.name), { recursive: true, force: true });
}

/** The shared production build for the current sources, made now if there is none yet. */
export async function builtPane(): Promise<PaneBuild> {
  const dir = path.join(CACHE, inputsHash());
  const ready = readResult(dir);
  if (ready) return ready;
  mkdirSync(CACHE, { recursive: true });
  const unlock = await lock(dir);
  try {
    const built = readResult(dir);
    if (built) return built;
    const staging = `${dir}.staging`;
    rmSync(staging, { recursive: true, force: true });
    const result = await webpackBuild(staging);
    // A failed build is not kept: the next run tries again (it may have been the machine, not the code).
    if (result.code !== 0) return { dir: staging, ...result };
    writeFileSync(path.join(staging, '.build.json'), JSON.stringify(result));
    renameSync(staging, dir);
    pruneOld(dir);
    return { dir, ...result };
  } finally {
    unlock();
  }
}

/** jest globalSetup of the `built` project. */
export default async function globalSetup(): Promise<void> {
  const build = await builtPane();
  if (build.code !== 0) process.stderr.write(`\nThe shared production build failed:\n${build.output}\n`);
}
