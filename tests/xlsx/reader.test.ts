/**
 * The bounded .xlsx reader (src/xlsx/read) through the port and the CLI: files that brought the old
 * ExcelJS load down read right or stop with a clear `read-limit` (exit 2), and cells read as Excel shows them
 * (merges, 1904 dates, %-formatted shares, table total rows).
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { deflateSync, strToU8, unzipSync } from 'fflate';
import { loadWorkbook } from '../../src/app/load';
import { writeTemplate } from '../../src/app/template';
import { FORMATS } from '../../src/core/formats';
import type { CellValue } from '../../src/core/types';
import { XlsxReader } from '../../src/xlsx/read/book';
import { XlsxWorkbookPort } from '../../src/xlsx/xlsxPort';
import { cli } from '../cli/runCli';
import { tempFolder } from '../cli/fixtures';
import {
  afterSheetData,
  appendRows,
  deflatedRepeat,
  minimalWorkbook,
  patch,
  sampleRows,
  textCell,
  workbookBytes,
} from './hostile';

const folder = tempFolder();
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const SHEET1 = 'xl/worksheets/sheet1.xml';

function file(name: string, bytes: Uint8Array): string {
  const at = path.join(folder, name);
  writeFileSync(at, bytes);
  return at;
}

async function check(name: string, bytes: Uint8Array, ...options: string[]) {
  const run = await cli('sjekk', file(name, bytes), '--json', ...options);
  return { ...run, body: JSON.parse(run.stdout) };
}

/** What `sjekk` says in text: «28 prosjektrader i Prosjekter!A1:O29». */
async function rowsRead(name: string, bytes: Uint8Array): Promise<string> {
  const run = await cli('sjekk', file(name, bytes));
  expect(run.stderr).toBe('');
  return /(\d+) prosjektrader i (\S+)\./.exec(run.stdout)?.slice(1).join(' ') ?? run.stdout;
}

describe('files that brought the old reader down', () => {
  it('reads a stray cell at XFD1048576 without a grid over the whole sheet: 28 rows', async () => {
    const bytes = patch(await workbookBytes(), {
      [SHEET1]: appendRows(`<row r="1048576">${textCell('XFD1048576', 'glemt')}</row>`),
    });
    const port = await XlsxWorkbookPort.openForReading(bytes);
    const read = await port.readProjects();
    expect([read?.address, read?.grid.values.length, read?.grid.values[0].length]).toEqual([
      'Prosjekter!A1:O29',
      29,
      15,
    ]);
    expect(await rowsRead('stray.xlsx', bytes)).toBe('28 Prosjekter!A1:O29');
  });

  it('refuses a sheet whose far cells are more than a stray note, naming the range', async () => {
    const far = Array.from(
      { length: 150 },
      (_, i) => `<row r="${1_000_000 + i}">${textCell(`XFD${1_000_000 + i}`, 'x')}</row>`,
    );
    const bytes = patch(await workbookBytes(), { [SHEET1]: appendRows(far.join('')) });
    const run = await check('far.xlsx', bytes);
    expect(run.code).toBe(2);
    expect(run.body.error.code).toBe('read-limit');
    expect(run.stderr).toMatch(
      /området Prosjekter!A1:XFD1000149 har mer enn 5 000 000 celler \(grense «gridCells»\)/,
    );
  });

  it('treats a merge and a data validation over the whole sheet as metadata: 28 rows', async () => {
    const bytes = patch(await workbookBytes(), {
      [SHEET1]: afterSheetData(
        '<mergeCells count="1"><mergeCell ref="Q1:XFD1048576"/></mergeCells>' +
          '<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
      ),
    });
    expect(await rowsRead('merge-validation.xlsx', bytes)).toBe('28 Prosjekter!A1:O29');
  });

  it('will not hand ExcelJS a file it would expand cell by cell: a write into it stops with read-limit', async () => {
    const bytes = patch(await workbookBytes(), {
      [SHEET1]: afterSheetData('<mergeCells count="1"><mergeCell ref="Q1:XFD1048576"/></mergeCells>'),
    });
    const error = await XlsxWorkbookPort.open(bytes).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'read-limit' });
    expect((error as Error).message).toMatch(
      /sammenslåtte celler og datavalidering på arket «Prosjekter».*excelJsExpandedCells/,
    );
    // Reading it is fine; a write on a port opened for reading is refused the same way, before anything changes.
    const port = await XlsxWorkbookPort.openForReading(bytes);
    await expect(port.appendRows('Prosjekter', [sampleRows()[1] as CellValue[]])).rejects.toMatchObject({
      code: 'read-limit',
    });
    expect((await port.readProjects())?.grid.values.length).toBe(29);
  });

  it('lets a write into a file with one validation over a whole column (a Kategori list on F:F) go to ExcelJS', async () => {
    const bytes = patch(await workbookBytes(), {
      [SHEET1]: afterSheetData(
        '<dataValidations count="1"><dataValidation type="list" sqref="F1:F1048576"><formula1>"Forstudie,Forprosjekt,Hovedprosjekt"</formula1></dataValidation></dataValidations>',
      ),
    });
    // The check only: ExcelJS itself takes ~4 s and ~250 MB over the 1 048 576 cells (measured by hand).
    await expect((await XlsxReader.open(bytes)).checkSafeForExcelJs()).resolves.toBeUndefined();
    expect((await (await XlsxWorkbookPort.openForReading(bytes)).readProjects())?.grid.values.length).toBe(
      29,
    );
  });

  it('writes into a copy only of a file ExcelJS can load: årsoppgjør --ut on a whole-sheet merge is exit 2', async () => {
    const bytes = patch(
      await workbookBytes((workbook) => {
        workbook.addWorksheet('Notater').getCell('A1').value = 'Notater fra styremøtet';
      }),
      {
        'xl/worksheets/sheet2.xml': afterSheetData(
          '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
        ),
      },
    );
    const copy = path.join(folder, 'kopi.xlsx');
    const run = await cli('årsoppgjør', file('notater.xlsx', bytes), '--år', '2013', '--ut', copy, '--json');
    expect([run.code, JSON.parse(run.stdout).error.code]).toEqual([2, 'read-limit']);
    expect(run.stderr).toMatch(/arket «Notater» dekker mer enn 1 100 000 celler.*«excelJsExpandedCells»/);
    expect(existsSync(copy)).toBe(false);
    // Reading it (no copy asked for) is fine.
    expect((await cli('årsoppgjør', file('notater.xlsx', bytes), '--år', '2013')).code).toBe(0);
  });

  it('reads a table whose ref claims the whole sheet as far as it has content: 28 rows', async () => {
    const bytes = patch(
      await workbookBytes((workbook) => {
        const sheet = workbook.addWorksheet('Ark1');
        const [headers, ...rows] = sampleRows();
        sheet.addTable({
          name: 'Prosjekter',
          ref: 'A1',
          columns: headers.map((h) => ({ name: String(h) })),
          rows: rows as unknown as ExcelJS_Rows,
        });
      }),
      { 'xl/tables/table1.xml': (xml) => xml.replace(/ref="A1:O29"/g, 'ref="A1:XFD1048576"') },
    );
    const read = await (await XlsxWorkbookPort.openForReading(bytes)).readProjects();
    expect([read?.source, read?.grid.values.length, read?.grid.values[0].length]).toEqual(['table', 29, 15]);
    expect(await rowsRead('table-whole-sheet.xlsx', bytes)).toMatch(/^28 /);
  });

  it('reads --oppsummering over a whole sheet as far as the sheet has content', async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.addWorksheet('Oversikt').addRow(['Sum', 1]);
    });
    for (const range of ['Prosjekter!A1:XFD1048576', 'Oversikt!A1:XFD1048576', 'Oversikt!C5000:XFD1048576']) {
      const run = await check('oppsummering.xlsx', bytes, '--oppsummering', range);
      expect([range, run.code, run.stderr]).toEqual([range, 0, '']);
    }
  });

  it('refuses a zip bomb before inflating it (its zip entry tells the size), naming the limit (nb and en)', async () => {
    const bomb = deflatedRepeat(
      '<worksheet><sheetData>',
      ' '.repeat(1 << 16),
      20_000,
      '</sheetData></worksheet>',
    );
    // About 1 MB that inflates to 1,3 GB, as the bomb in the issue.
    expect([bomb.data.length < 2 * 2 ** 20, bomb.size > 1.2e9]).toEqual([true, true]);
    const bytes = minimalWorkbook({ data: bomb.data, deflated: { size: bomb.size } });
    const nb = await check('bombe.xlsx', bytes);
    expect([nb.code, nb.body.error.code]).toEqual([2, 'read-limit']);
    expect(nb.stderr).toMatch(
      /delen «xl\/worksheets\/sheet1\.xml» pakkes ut til mer enn 200 ganger sin egen størrelse.*«inflateRatio»/,
    );
    const en = await cli('check', file('bombe.xlsx', bytes), '--lang', 'en');
    expect(en.stderr).toMatch(
      /the part "xl\/worksheets\/sheet1\.xml" unpacks to more than 200 times its own size.*"inflateRatio"/,
    );
  });

  it('stops a zip bomb whose entry lies about its size once it has inflated its ratio times its compressed size', async () => {
    const bomb = deflatedRepeat(
      '<worksheet><sheetData>',
      ' '.repeat(1 << 16),
      20_000,
      '</sheetData></worksheet>',
    );
    const bytes = minimalWorkbook({ data: bomb.data, deflated: { size: 4096 } });
    // A ratio of 10 rather than 200, so the test inflates 10 MB rather than 200 before it stops.
    const reader = await XlsxReader.open(bytes, { inflateRatio: 10 });
    await expect(reader.cells(reader.sheet('Ark1')!)).rejects.toThrow(
      /10 ganger sin egen størrelse.*«inflateRatio»/,
    );
  });

  it('says a part whose deflate data is cut short is damaged, in the CLI (Node zlib) and the preview (DecompressionStream)', async () => {
    const sheet = deflateSync(
      strToU8('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>'),
    );
    const bytes = minimalWorkbook({ data: sheet.subarray(0, sheet.length - 8), deflated: { size: 90 } });
    const run = await check('avkuttet.xlsx', bytes);
    expect([run.code, run.body.error.code]).toEqual([2, 'damaged']);
    const reader = await XlsxReader.open(bytes);
    await expect(reader.cells(reader.sheet('Ark1')!)).rejects.toThrow(/sheet1\.xml» i filen kan ikke leses/);
  });

  it('reads a letter whose bytes fall on both sides of a 32 KB decoding slice (æ, ø, å stay whole)', async () => {
    const head = '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>';
    // 'ø' is two bytes in UTF-8: its first byte is the last of the first 32 KB slice.
    const text = `${'a'.repeat(32 * 1024 - 1 - head.length)}ø og å`;
    const xml = `${head}${text}</t></is></c></row></sheetData></worksheet>`;
    expect(strToU8(xml).subarray(32 * 1024 - 1, 32 * 1024 + 1)).toEqual(strToU8('ø'));
    const reader = await XlsxReader.open(minimalWorkbook({ data: strToU8(xml) }));
    expect((await reader.cells(reader.sheet('Ark1')!)).value(1, 1)).toBe(text);
  });

  it('counts each byte once against the limit for all parts: a workbook of exactly that size reads', async () => {
    // A 300 KB sheet, read in several chunks.
    const rows = Array.from(
      { length: 6000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
    );
    const bytes = minimalWorkbook({
      data: strToU8(`<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`),
    });
    const everything = Object.values(unzipSync(bytes)).reduce((sum, part) => sum + part.length, 0);
    const reader = await XlsxReader.open(bytes, { totalBytes: everything });
    expect((await reader.cells(reader.sheet('Ark1')!)).count).toBe(6000);
    const sheet = unzipSync(bytes)['xl/worksheets/sheet1.xml']!.length;
    const short = await XlsxReader.open(bytes, { totalBytes: sheet });
    await expect(short.cells(short.sheet('Ark1')!)).rejects.toThrow(/til sammen/);
  });

  it('stops a part that inflates past its size limit, and all parts past theirs', async () => {
    const bytes = await workbookBytes();
    const reader = await XlsxReader.open(bytes, { partBytes: 4096 });
    await expect(reader.cells(reader.sheet('Prosjekter')!)).rejects.toThrow(/pakkes ut til mer enn/);
    await expect(XlsxReader.open(bytes, { totalBytes: 2048 })).rejects.toThrow(/til sammen/);
  });

  it('says a part whose XML is broken is damaged (exit 2), and expands no entity a DOCTYPE declares', async () => {
    const broken = patch(await workbookBytes(), {
      [SHEET1]: (xml) => xml.replace('</sheetData>', '<row><c></sheetData>'),
    });
    const run = await check('skadet.xlsx', broken);
    expect([run.code, run.body.error.code]).toEqual([2, 'damaged']);
    expect(run.stderr).toMatch(/delen «xl\/worksheets\/sheet1\.xml» i filen kan ikke leses/);
    const entity = minimalWorkbook({
      data: strToU8(
        '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>',
      ),
    });
    const bomb = await XlsxReader.open(entity);
    await expect(bomb.cells(bomb.sheet('Ark1')!)).rejects.toThrow(/kan ikke leses/);
  });
});

describe('cells as Excel shows them', () => {
  it('reads a merged range as Excel shows it: the value in its top-left cell only, the merge in Grid.merges', async () => {
    // E2:E4 merged, with the values ExcelJS (or another writer) left in E3 and E4.
    const bytes = patch(await workbookBytes(), {
      [SHEET1]: afterSheetData('<mergeCells count="1"><mergeCell ref="E2:E4"/></mergeCells>'),
    });
    const grid = (await (await XlsxWorkbookPort.openForReading(bytes)).readProjects())!.grid;
    expect(grid.values.slice(1, 5).map((row) => row[4])).toEqual([
      'Nyskaping i næringslivet',
      null,
      null,
      sampleRows()[4][4],
    ]);
    expect(grid.merges).toEqual([{ top: 2, left: 5, bottom: 4, right: 5 }]);
  });

  it('a note merged beside the table makes no project rows: 28', async () => {
    const bytes = patch(
      await workbookBytes((_, sheet) => {
        sheet.getCell('Q2').value =
          'Merk: tallene for 2012 er foreløpige og kan endre seg når regnskapet er avsluttet.';
      }),
      { [SHEET1]: afterSheetData('<mergeCells count="1"><mergeCell ref="Q2:T20000"/></mergeCells>') },
    );
    expect(await rowsRead('notat.xlsx', bytes)).toMatch(/^28 /);
  });

  it('counts dates from 1904 when the workbook says so: a date in År is its own year, not four years early', async () => {
    const serial1904 = 39_155; // 15.03.2011 in the 1904 system (40 617 in the 1900 system)
    const bytes = patch(
      await workbookBytes((_, sheet) => {
        sheet.getCell('G2').value = serial1904;
        sheet.getCell('G2').numFmt = 'dd.mm.yyyy';
      }),
      { 'xl/workbook.xml': (xml) => xml.replace(/<workbookPr/, '<workbookPr date1904="1"') },
    );
    const grid = (await (await XlsxWorkbookPort.openForReading(bytes)).readProjects())!.grid;
    // The serial as the file (and Office.js) has it, and the grid says which system it counts in.
    expect([grid.values[1][6], grid.date1904]).toEqual([serial1904, true]);
    const summary = await cli('oppsummer', file('1904.xlsx', bytes), '--json');
    const years = (JSON.parse(summary.stdout).summary as { year: number }[]).map((r) => r.year);
    expect([...new Set(years)].sort()).toEqual([2011, 2012]);
  });

  it('reads a %-formatted share of 0,7 as 70 %', async () => {
    const port = new XlsxWorkbookPort();
    await writeTemplate(port);
    const plan = port.workbook.getWorksheet('Plan')!;
    plan.eachRow((row) => {
      const name = row.getCell(1).value;
      const share =
        name === 'Nyskaping i næringslivet'
          ? 0.7
          : name === 'Attraktivitet for næringslivet'
            ? 0.3
            : undefined;
      if (share === undefined) return;
      row.getCell(2).value = share;
      row.getCell(2).numFmt = FORMATS.share;
    });

    const reopened = await XlsxWorkbookPort.openForReading(await port.save());
    const loaded = await loadWorkbook(reopened);
    expect(loaded.plan.areas.map((a) => a.sharePercent)).toEqual([70, 30]);
    expect(loaded.planProblems.map((p) => p.code)).not.toContain('share-sum');
  });

  it('never reads an Excel table’s total row as data: 28 rows', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Ark1');
      const [headers, ...rows] = sampleRows();
      sheet.addTable({
        name: 'Prosjekter',
        ref: 'A1',
        totalsRow: true,
        columns: headers.map((h, c) => ({
          name: String(h),
          ...(c === 0 ? { totalsRowLabel: 'Sum' } : c === 7 ? { totalsRowFunction: 'sum' as const } : {}),
        })),
        rows: rows as unknown as ExcelJS_Rows,
      });
    });
    const read = await (await XlsxWorkbookPort.openForReading(bytes)).readProjects();
    expect([read?.address, read?.grid.values.length]).toEqual(["'Ark1'!A1:O29", 29]);
    const run = await check('totalrad.xlsx', bytes);
    expect(run.body.findings.filter((f: { rule: string }) => f.rule === 'required-field')).toEqual([]);
    expect(await rowsRead('totalrad.xlsx', bytes)).toBe("28 'Ark1'!A1:O29");
  });

  it('takes a plan period of 1–100 000 000 for what it is, a typo: oppfolging answers with the default period', async () => {
    const port = new XlsxWorkbookPort();
    await writeTemplate(port, { example: true });
    port.workbook.getWorksheet('Plan')!.eachRow((row) => {
      if (row.getCell(1).value === 'Fra år') row.getCell(2).value = 1;
      if (row.getCell(1).value === 'Til år') row.getCell(2).value = 100_000_000;
    });
    const run = await cli('oppfolging', file('periode.xlsx', await port.save()));
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toMatch(/Per innsatsområde, 2013–2015/);
    const checked = await check('periode.xlsx', await port.save());
    expect(checked.body.findings.map((f: { message: string }) => f.message)).toContainEqual(
      expect.stringMatching(/Perioden 1–100000000 i tabellen «Periode» kan ikke brukes/),
    );
  });
});

type ExcelJS_Rows = import('exceljs').CellValue[][];
