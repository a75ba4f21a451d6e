/**
 * `bin/omstilling.js` as a user runs it after `npm ci`: a child process running the prebuilt dist-cli/ (or
 * the sources through tsx where that build is missing or stale). Few runs (each starts Node): the commands
 * themselves are tested in-process.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import * as path from 'node:path';
import { binRun, BIN } from './runCli';
import { tempFolder } from './fixtures';

const folder = tempFolder();
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('bin/omstilling.js', () => {
  it('is the package.json bin entry', () => {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
    };
    expect(path.resolve(__dirname, '..', '..', pkg.bin.omstilling)).toBe(BIN);
  });

  it('prints help in bokmål and in English', () => {
    const nb = binRun(['--hjelp']);
    expect(nb.code).toBe(0);
    expect(nb.stdout).toMatch(/^Bruk: omstilling <kommando>/m);
    const en = binRun(['--help', '--lang', 'en']);
    expect(en.stdout).toMatch(/^Usage: omstilling <command>/m);
  });

  it('makes a workbook from the template, checks it (exit 0), and refuses to overwrite it (exit 2)', () => {
    const file = path.join(folder, 'eksempel.xlsx');
    expect(binRun(['mal', file, '--eksempel']).code).toBe(0);
    expect(existsSync(file)).toBe(true);
    const check = binRun(['check', file, '--json']);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.stdout)).toMatchObject({ plan: 'workbook', counts: { error: 0 } });
    const again = binRun(['mal', file]);
    expect(again.code).toBe(2);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 with one line and no stack trace for a missing file, and runs the pure commands', () => {
    const missing = binRun(['sjekk', path.join(folder, 'borte.xlsx')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^omstilling: Fant ikke filen «.*borte\.xlsx»\.\n$/);
    const curve = binRun([
      'curve',
      '--base',
      '6232',
      '--from',
      '2011',
      '--to',
      '2016',
      '--rate',
      '1 %',
      '--json',
    ]);
    expect(JSON.parse(curve.stdout).curve.map((p: { value: number }) => p.value)).toEqual([
      6232, 6294, 6357, 6421, 6485, 6550,
    ]);
  });

  it('stops quietly when the reader of its output goes away (| head)', () => {
    const weights = Array.from({ length: 8000 }, () => '1').join(' ');
    const piped = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${BIN}" fordel 8000000 ${weights} | head -2`],
      {
        encoding: 'utf8',
        timeout: 120_000,
      },
    );
    expect(piped.stdout.split('\n').slice(0, 2)).toEqual([
      expect.stringMatching(/^Andel +Beløp$/),
      expect.stringMatching(/^1 +1\s000$/),
    ]);
    expect(piped.stderr).toBe('');
  });

  it('loads no command code, workbook reader or ExcelJS for --version and --hjelp', () => {
    const ROOT = path.join(__dirname, '..', '..');
    const loaded = (...argv: string[]) => {
      const script = `require('./src/cli/main.ts').runCli(${JSON.stringify(argv)}, { out() {}, err() {} })
        .then(() => process.stdout.write(JSON.stringify(Object.keys(require.cache))))`;
      const child = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 120_000,
      });
      return (JSON.parse(child.stdout) as string[]).map((file) => path.relative(ROOT, file));
    };
    for (const argv of [['--version'], ['--hjelp'], ['sjekk', '--help']]) {
      const files = loaded(...argv);
      expect(files).toContain(path.join('src', 'cli', 'main.ts'));
      expect({
        argv,
        heavy: files.filter((file) =>
          /^src[/\\](app[/\\](?!errors)|core[/\\]rules|xlsx)|exceljs|commands[/\\]/.test(file),
        ),
      }).toEqual({ argv, heavy: [] });
    }
  });

  describe('runs the prebuilt dist-cli/ only while it matches the sources', () => {
    // A stand-in checkout: the real bin, and a main.ts and a "built" main.js that say which one ran — the
    // sources through a lazy import() of TypeScript, as the commands are loaded.
    const tree = path.join(folder, 'checkout');
    const source = path.join(tree, 'src', 'cli', 'main.ts');
    const mainTs = `export async function runCli(): Promise<number> {
      const { who } = await import('./who');
      process.stdout.write(who);
      return 0;
    }\n`;
    const mainJs = `exports.runCli = async () => { process.stdout.write('prebuilt'); return 0; };\n`;
    const run = () =>
      spawnSync(process.execPath, [path.join(tree, 'bin', 'omstilling.js')], {
        encoding: 'utf8',
        timeout: 120_000,
      }).stdout;
    const writeBuild = () =>
      writeFileSync(
        path.join(tree, 'dist-cli', 'build.json'),
        JSON.stringify({ main: 'src/cli/main.js', sources: { 'src/cli/main.ts': statSync(source).mtimeMs } }),
      );

    beforeAll(() => {
      mkdirSync(path.join(tree, 'bin'), { recursive: true });
      cpSync(BIN, path.join(tree, 'bin', 'omstilling.js'));
      symlinkSync(path.join(__dirname, '..', '..', 'node_modules'), path.join(tree, 'node_modules'), 'dir');
      mkdirSync(path.dirname(source), { recursive: true });
      writeFileSync(source, mainTs);
      writeFileSync(path.join(tree, 'src', 'cli', 'who.ts'), "export const who: string = 'sources';\n");
      mkdirSync(path.join(tree, 'dist-cli', 'src', 'cli'), { recursive: true });
      writeFileSync(path.join(tree, 'dist-cli', 'src', 'cli', 'main.js'), mainJs);
    });

    it('the build when its sources are unchanged', () => {
      writeBuild();
      expect(run()).toBe('prebuilt');
    });

    it('the sources through tsx when one changed after the build', () => {
      writeBuild();
      const later = new Date(statSync(source).mtimeMs + 5_000);
      utimesSync(source, later, later);
      expect(run()).toBe('sources');
    });

    it('the sources through tsx when there is no build', () => {
      rmSync(path.join(tree, 'dist-cli', 'build.json'));
      expect(run()).toBe('sources');
    });
  });
});
