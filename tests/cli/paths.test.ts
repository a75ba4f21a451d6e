/**
 * Only regular files are read: a pipe, a device, a folder, a symlink loop or a file over the size limit is
 * exit 2 with its reason in bokmål and English (never a hang, a stack or exit 3) — and what a cell holds is
 * printed with its control characters escaped.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, rmSync, symlinkSync, ftruncateSync } from 'node:fs';
import * as path from 'node:path';
import { printable } from '../../src/cli/format';
import { READ_LIMITS } from '../../src/xlsx/read/limits';
import { tempFolder, writeSampleWorkbook } from './fixtures';
import { cli } from './runCli';

/** What a terminal would act on: any control character but the newline between lines. */
// eslint-disable-next-line no-control-regex -- finding control characters is the test
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

const folder = tempFolder();
const at = (name: string) => path.join(folder, name);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function refused(file: string, code: string, nb: RegExp, en: RegExp): Promise<void> {
  const run = await cli('sjekk', file, '--json');
  expect({ exit: run.code, code: JSON.parse(run.stdout).error.code }).toEqual({ exit: 2, code });
  expect(run.stderr).toMatch(nb);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  const english = await cli('check', file, '--lang', 'en');
  expect(english.code).toBe(2);
  expect(english.stderr).toMatch(en);
}

describe('the file a command reads', () => {
  it('refuses a named pipe without waiting for a writer', async () => {
    const fifo = at('ror.xlsx');
    execFileSync('mkfifo', [fifo]);
    await refused(fifo, 'special-file', /navngitt rør \(FIFO\), ikke en vanlig fil/, /named pipe \(FIFO\)/);
  });

  it.each(['/dev/zero', '/dev/urandom'])('refuses the device %s', async (device) => {
    await refused(
      device,
      'special-file',
      /er en enhet, ikke en vanlig fil/,
      /is a device, not a regular file/,
    );
  });

  it('refuses a folder', async () => {
    mkdirSync(at('mappe.xlsx'));
    await refused(at('mappe.xlsx'), 'not-a-file', /er en mappe/, /is a folder/);
  });

  it('refuses a symlink loop with its reason (not an internal error)', async () => {
    symlinkSync(at('b.xlsx'), at('a.xlsx'));
    symlinkSync(at('a.xlsx'), at('b.xlsx'));
    await refused(at('a.xlsx'), 'symlink-loop', /peker i ring/, /points in a loop/);
  });

  it('refuses a file over the size limit before reading it (a 2,2 GB sparse file)', async () => {
    const big = at('stor.xlsx');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, Math.round(2.2 * 2 ** 30));
    closeSync(fd);
    const limit = `${Math.round(READ_LIMITS.fileBytes / 2 ** 20)} MB`;
    await refused(
      big,
      'file-too-large',
      new RegExp(`er 2 253 MB; grensen er ${limit} \\(grense «fileBytes»\\)`),
      new RegExp(`is 2 253 MB; the limit is ${limit}`),
    );
  });
});

describe('control characters from cells', () => {
  it('escapes every control character, so a cell cannot forge a line or drive the terminal', () => {
    expect(printable('a\u001b]0;tittel\u0007b')).toBe('a\\x1B]0;tittel\\x07b');
    expect(printable('x\n0 feil\r\t')).toBe('x\\n0 feil\\r\\t');
    expect(printable('\u009b2J \u202eabc \u2028')).toBe('\\x9B2J \\u202Eabc \\u2028');
    expect(printable('Nyskaping i næringslivet – 70 %')).toBe('Nyskaping i næringslivet – 70 %');
  });

  it('prints a cell holding escapes and a forged line escaped, in text and in JSON', async () => {
    const file = await writeSampleWorkbook(at('kontroll.xlsx'), {
      // How a file holds control characters: OOXML's _xHHHH_ escapes (ECMA-376 Part 1, §22.9.2.19 ST_Xstring).
      spoil: (v) => {
        v[1][4] = '_x001B_]0;pwned_x0007__x001B_[2J\n0 feil, 0 advarsler, 0 til informasjon.';
      },
    });
    const text = await cli('sjekk', file);
    expect(text.stdout).not.toMatch(RAW_CONTROL);
    expect(text.stdout).toContain('\\x1B]0;pwned\\x07\\x1B[2J\\n0 feil');
    expect(text.stdout.split('\n').filter((line) => line.startsWith('0 feil'))).toEqual([]);
    const json = await cli('sjekk', file, '--json');
    expect(json.stdout).not.toMatch(RAW_CONTROL);
    const messages = (JSON.parse(json.stdout) as { findings: { message: string }[] }).findings.map(
      (f) => f.message,
    );
    expect(messages.some((m) => m.includes('\u001b]0;pwned'))).toBe(true);
  });
});

describe('the files a command writes', () => {
  it('refuses a workbook or PDF name that Excel or a PDF reader would not open, before writing anything', async () => {
    const template = await cli('mal', at('plan.txt'), '--json');
    expect([template.code, JSON.parse(template.stdout).error.code]).toEqual([2, 'usage']);
    expect(template.stderr).toMatch(/«.*plan\.txt»: filen som skrives må ha et navn som slutter på \.xlsx/);
    const workbook = at('kilde.xlsx');
    await writeSampleWorkbook(workbook);
    const pdf = await cli('board-report', workbook, '--pdf', at('styret.docx'), '--lang', 'en');
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toMatch(/styret\.docx": the file written must have a name ending in \.pdf/);
    const copy = await cli('årsoppgjør', workbook, '--år', '2014', '--ut', at('kopi.csv'));
    expect(copy.code).toBe(2);
    expect([at('plan.txt'), at('kopi.csv'), at('kilde-styrerapport.xlsx')].filter(existsSync)).toEqual([]);
    // Upper case is the same name to Excel.
    expect((await cli('mal', at('PLAN.XLSX'))).code).toBe(0);
  });
});
