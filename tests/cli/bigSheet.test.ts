/**
 * `omstilling sjekk` on a sheet big enough for the second thread (over 8 MB of XML: 20 000 rows of the
 * benchmark's workbook) says, through bin/omstilling.js, exactly what the check run in-process says (the
 * sources here read every sheet on one thread). After `npm ci` bin runs the prebuilt dist-cli/, which has the
 * worker; CI runs it so.
 */
import { readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { unzipSync } from 'fflate';
import { writeBenchWorkbook } from '../../bench/workbook';
import { binRun, cli } from './runCli';
import { tempFolder } from './fixtures';

const folder = tempFolder();
afterAll(() => rmSync(folder, { recursive: true, force: true }));

it('checks a 20 000-row sheet read on two threads as on one, finding for finding', async () => {
  const file = path.join(folder, 'prosjekter-20000.xlsx');
  await writeBenchWorkbook(file, 20_000);
  const sheet = unzipSync(readFileSync(file), { filter: (f) => f.name === 'xl/worksheets/sheet1.xml' });
  expect(sheet['xl/worksheets/sheet1.xml']?.length).toBeGreaterThan(8 * 1024 * 1024);
  const inProcess = await cli('sjekk', file, '--json');
  const bin = binRun(['sjekk', file, '--json']);
  expect(bin.stderr).toBe('');
  expect([bin.code, bin.stdout]).toEqual([inProcess.code, inProcess.stdout]);
  expect(JSON.parse(bin.stdout).findings.length).toBeGreaterThan(100);
});
