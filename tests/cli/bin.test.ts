/**
 * `bin/omstilling.js` as a user runs it after `npm ci`: a child process, TypeScript run through tsx with no
 * build step. Few runs (each starts Node): the commands themselves are tested in-process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
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
    const curve = binRun(['curve', '--base', '6232', '--from', '2011', '--to', '2016', '--rate', '1 %', '--json']);
    expect(JSON.parse(curve.stdout).curve.map((p: { value: number }) => p.value)).toEqual([
      6232, 6294, 6357, 6421, 6485, 6550,
    ]);
  });

  it('stops quietly when the reader of its output goes away (| head)', () => {
    const weights = Array.from({ length: 8000 }, () => '1').join(' ');
    const piped = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" fordel 8000000 ${weights} | head -2`], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(piped.stdout.split('\n').slice(0, 2)).toEqual([expect.stringMatching(/^Andel +Beløp$/), expect.stringMatching(/^1 +1\s000$/)]);
    expect(piped.stderr).toBe('');
  });
});
