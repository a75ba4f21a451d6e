/**
 * `omstilling styrerapport` on a real .xlsx: the sheet «Styrerapport» in a copy (values only, not one
 * formula), and with --pdf a PDF whose text (poppler's pdftotext) holds the frames and the warnings, with
 * æøå intact, on two A4 landscape pages. The workbook given is never changed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { EXIT } from '../../src/cli/context';
import { sampleApplicationsGrid } from '../../src/core/assessment';
import { sampleProjectsGrid } from '../../src/core/sample';
import type { CellValue } from '../../src/core/types';
import { xlsxFrom } from '../port/fixtures';
import { cli } from './runCli';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'omstilling-styrerapport-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NYSKAPING = 'Nyskaping i næringslivet';
const ATTRAKTIVITET = 'Attraktivitet for næringslivet';

/** The sample projects with four grants in 2013–2014 (Attraktivitet 150 000 over its frame), and the applications. */
async function workbook(name: string): Promise<string> {
  const [headers, ...rows] = sampleProjectsGrid().values;
  const grant = (id: string, area: string, year: number, granted: number, paid: number): CellValue[] =>
    headers.map(
      (h) =>
        ({
          Prosjektnr: id,
          Prosjekt: `Prosjekt ${id}`,
          Søker: 'Toten Bedrift AS',
          Innsatsområde: area,
          Kategori: 'Forprosjekt',
          År: year,
          Bevilget: granted,
          'Utbetalt ved godkjenning': paid,
          Status: 'Aktiv',
          // 1 000 000 triggered by the period's 3 700 000 granted: a leverage of 0,27 (0.27 in English).
          'Utløst finansiering': id === '2013-01' ? 1_000_000 : null,
        })[String(h)] ?? null,
    );
  const projects = [
    headers,
    ...rows,
    grant('2013-01', NYSKAPING, 2013, 1_200_000, 600_000),
    grant('2013-02', ATTRAKTIVITET, 2013, 700_000, 700_000),
    grant('2014-01', NYSKAPING, 2014, 450_000, 200_000),
    grant('2014-02', ATTRAKTIVITET, 2014, 1_350_000, 400_000),
  ];
  const applications = sampleApplicationsGrid().values;
  const port = await xlsxFrom([
    {
      name: 'Prosjekter',
      values: projects,
      tables: [{ name: 'Prosjekter', address: `A1:O${projects.length}` }],
    },
    {
      name: 'Søknader',
      values: applications,
      tables: [{ name: 'Søknader', address: `A1:S${applications.length}` }],
    },
  ]);
  const file = path.join(dir, name);
  writeFileSync(file, await port.save());
  return file;
}

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('omstilling styrerapport', () => {
  it('writes Styrerapport with values only into a copy, and a two-page PDF whose text holds the frames', async () => {
    const source = await workbook('arbeidsbok.xlsx');
    const before = readFileSync(source);
    const pdf = path.join(dir, 'rapport.pdf');
    const run = await cli('styrerapport', source, '--pdf', pdf, '--dato', '2014-06-01');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(EXIT.ok);
    expect(plain(run.stdout)).toContain(
      'Attraktivitet for næringslivet  1 900 000  2 050 000  1 100 000   −150 000',
    );
    expect(run.stdout).toContain('arbeidsbok-styrerapport.xlsx');
    expect(readFileSync(source).equals(before)).toBe(true);

    const copy = new ExcelJS.Workbook();
    await copy.xlsx.readFile(path.join(dir, 'arbeidsbok-styrerapport.xlsx'));
    const sheet = copy.getWorksheet('Styrerapport');
    expect(sheet).toBeDefined();
    const formulas: string[] = [];
    const texts: string[] = [];
    sheet?.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula || cell.type === ExcelJS.ValueType.Formula) formulas.push(cell.address);
        if (typeof cell.value === 'string') texts.push(plain(cell.value));
      }),
    );
    expect(formulas).toEqual([]);
    expect(texts).toContain(NYSKAPING);
    expect(texts.some((t) => t.startsWith('Søker 85,7 % av prosjektets budsjett'))).toBe(true);
    expect(sheet?.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1, fitToHeight: 1 });

    const text = plain(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }));
    expect(text).toContain('Styrerapport — Omstillingsplan 2013–2015');
    for (const frame of ['Ramme 4 400 000 kr', 'Ramme 1 900 000 kr', 'overtrukket med 150 000 kr'])
      expect(text).toContain(frame);
    expect(text).toContain('Rammer og bruk per innsatsområde, 2013–2015');
    expect(text).toContain('Tiltak i Attraktivitet for næringslivet 2014');
    expect(text).toContain('Søker 85,7 % av prosjektets budsjett');
    expect(text).toContain('Mangler poeng for «Gjennomføringsevne».');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+2\b/);
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
    expect(execFileSync('pdffonts', [pdf], { encoding: 'utf8' })).toMatch(
      /DejaVuSans\S*\s+CID TrueType\s+Identity-H\s+yes/,
    );
  });

  it('speaks English, --ut names the copy, and an existing file is kept without --overskriv', async () => {
    const source = await workbook('english.xlsx');
    const out = path.join(dir, 'copy.xlsx');
    const pdf = path.join(dir, 'report.pdf');
    const first = await cli(
      'board-report',
      source,
      '--out',
      out,
      '--pdf',
      pdf,
      '--date',
      '2014-06-01',
      '--lang',
      'en',
    );
    expect(first.code).toBe(EXIT.ok);
    expect(first.stdout).toContain('Board report — Omstillingsplan 2013–2015');
    const text = plain(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
    expect(text).toContain('Frames and use per focus area, 2013–2015');
    expect(text).toContain('Applies for 85.7 % of the project’s budget');
    // One voice: English has the decimal point and straight quotes, as the pane has.
    expect(text).toContain('Leverage: 0.27 kr triggered per krone granted');
    expect(text).not.toMatch(/\d,\d|[«»]/);
    const again = await cli('board-report', source, '--out', out, '--lang', 'en');
    expect(again.code).not.toBe(EXIT.ok);
    expect(again.stderr).toContain(out);
  });

  it('refuses to write over the workbook it reads', async () => {
    const source = await workbook('same.xlsx');
    const run = await cli('styrerapport', source, '--ut', source, '--overskriv');
    expect(run.code).toBe(EXIT.unusable);
    expect(run.stderr).toContain('er arbeidsboken selv');
  });

  it('a PDF path that cannot be written leaves no sheet copy behind either (exit 2)', async () => {
    const source = await workbook('half.xlsx');
    const out = path.join(dir, 'half-copy.xlsx');
    const run = await cli(
      'styrerapport',
      source,
      '--ut',
      out,
      '--pdf',
      path.join(dir, 'finnes-ikke', 'r.pdf'),
    );
    expect(run.code).toBe(EXIT.unusable);
    expect(run.stderr).toContain('mappen finnes ikke');
    expect(existsSync(out)).toBe(false);
  });

  it('--json gives the overview and the applications', async () => {
    const source = await workbook('json.xlsx');
    const run = await cli(
      'styrerapport',
      source,
      '--ut',
      path.join(dir, 'json-copy.xlsx'),
      '--dato',
      '2014-06-01',
      '--json',
    );
    const out = JSON.parse(run.stdout);
    expect(out.today).toBe('2014-06-01');
    expect(out.overview.areas.map((a: { area: string; remaining: number }) => [a.area, a.remaining])).toEqual(
      [
        [NYSKAPING, 2_750_000],
        [ATTRAKTIVITET, -150_000],
      ],
    );
    expect(out.applications).toHaveLength(6);
  });
});
