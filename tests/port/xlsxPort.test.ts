/**
 * What only the ExcelJS port has to get right: turning every ExcelJS value shape into CellValue, and
 * keeping what the add-in wrote when the workbook is saved and opened again (from bytes or a path).
 */
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { criteriaToTable, defaultCriteria } from '../../src/core/assessment';
import { mkdtemp, readFile, rm } from 'fs/promises';
import { tmpdir } from 'os';
import { join } from 'path';
import { dateToSerial, fromExcelJs } from '../../src/xlsx/cellValues';
import { writeNewFile } from '../../src/cli/input';
import { openWorkbookFile } from '../../src/cli/workbook';
import { XlsxWorkbookPort } from '../../src/xlsx/xlsxPort';
import { NOW, xlsxFrom, xlsxInspector } from './fixtures';

describe('ExcelJS values become the CellValues the core reads', () => {
  test.each([
    ['a number', 1_410_000, 1_410_000],
    ['text', 'Forstudie', 'Forstudie'],
    ['an empty string', '', null],
    ['nothing', null, null],
    ['a boolean', true, true],
    ['an error', { error: '#REF!' }, { error: '#REF!' }],
    [
      'rich text',
      { richText: [{ text: 'Attraktivitet ' }, { font: { bold: true }, text: 'for næringslivet' }] },
      'Attraktivitet for næringslivet',
    ],
    ['a formula with its result', { formula: 'SUM(H2:H29)', result: 2_600_000 }, 2_600_000],
    [
      'a formula whose result is an error',
      { formula: '1/0', result: { error: '#DIV/0!' } },
      { error: '#DIV/0!' },
    ],
    ['a formula never calculated', { formula: 'A1' }, null],
    ['a shared formula', { sharedFormula: 'H2', result: 440_000 }, 440_000],
    ['a hyperlink', { text: 'H7', hyperlink: "#'Prosjekter'!H7" }, 'H7'],
    [
      'a hyperlink with rich text',
      { text: { richText: [{ text: 'Se ' }, { text: 'H7' }] }, hyperlink: '#H7' },
      'Se H7',
    ],
  ])('%s', (_what, value, expected) => {
    expect(fromExcelJs(value)).toEqual(expected);
  });

  test('dates become Excel serial numbers in both date systems', () => {
    const date = new Date(Date.UTC(2012, 0, 1));
    expect(fromExcelJs(date)).toBe(40909);
    expect(fromExcelJs(date, true)).toBe(40909 - 1462);
    expect(fromExcelJs({ formula: 'TODAY()', result: date })).toBe(40909);
    expect(dateToSerial(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
  });

  test('a date typed into a workbook reads as the serial number Excel shows for it', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Prosjekter');
    sheet.getCell('A1').value = 'Vedtatt';
    sheet.getCell('A2').value = new Date(Date.UTC(2013, 5, 14));
    sheet.getCell('A2').numFmt = 'dd.mm.yyyy';
    const port = await XlsxWorkbookPort.open(
      new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer),
    );
    const read = await port.readProjects();
    expect(read?.grid.values).toEqual([['Vedtatt'], [41439]]);
    expect(read?.grid.numberFormats).toEqual([['General'], ['dd.mm.yyyy']]);
  });
});

describe('what the add-in wrote survives saving and opening again', () => {
  const projectsFixture = {
    name: 'Prosjekter',
    values: [
      ['Prosjekt', 'Innsatsområde', 'Bevilget'],
      ['A', 'Attraktivitet for næringslivet', 100_000],
    ],
    tables: [{ name: 'Prosjekter', address: 'A1:C2' }],
  };

  test('a table saved without a table style (as LibreOffice Calc saves it) can be written into', async () => {
    const port = await xlsxFrom([
      projectsFixture,
      { name: 'Notater', values: [['Notat'], ['Husk møtet']], tables: [{ name: 'Notater', address: 'A1:A2' }] },
    ]);
    const parts = unzipSync(await port.save());
    // ExcelJS reads every table of a file with one parser: a table after the first one without a style gets null.
    for (const table of Object.keys(parts).filter((name) => name.startsWith('xl/tables/')))
      parts[table] = strToU8(strFromU8(parts[table]).replace(/<tableStyleInfo[^>]*\/>/, ''));
    const calcSaved = await XlsxWorkbookPort.open(zipSync(parts), () => NOW);
    await calcSaved.appendRows('Prosjekter', [['B', 'Nyskaping i næringslivet', 200_000]]);
    const read = await (await XlsxWorkbookPort.open(await calcSaved.save())).readProjects();
    expect(read?.grid.values.map((row) => row[0])).toEqual(['Prosjekt', 'A', 'B']);
  });

  test('owned sheets, log, mapping, marks, links and grown tables', async () => {
    const port = await xlsxFrom([projectsFixture]);
    await port.appendRows('Prosjekter', [['B', 'Nyskaping i næringslivet', '200 000']]);
    await port.saveMapping({ mapping: { name: 0, area: 1, granted: 2 } });
    await port.markCells([{ sheet: 'Prosjekter', cell: 'C3', severity: 'warning' }]);
    const written = await port.writeOwnedSheet({
      name: 'Funn',
      tables: [
        {
          name: 'Funn',
          headers: ['Celle', 'Melding'],
          rows: [['C3', 'Beløpet er lagret som tekst']],
          links: { column: 0, targets: [{ sheet: 'Prosjekter', cell: 'C3' }] },
        },
      ],
      charts: [{ name: 'Graf', kind: 'line', title: 'Mål mot faktisk', table: 'Funn', series: 1 }],
    });
    expect(written.warnings.map((w) => w.code)).toEqual(['chart-not-saved']);
    expect(port.charts.get('Funn')).toEqual([
      expect.objectContaining({
        spec: expect.objectContaining({ name: 'Graf', kind: 'line' }),
        source: { top: 1, left: 1, bottom: 2, right: 2 },
      }),
    ]);

    const reopened = await XlsxWorkbookPort.open(await port.save(), () => NOW);
    const inspect = xlsxInspector(reopened);
    expect((await reopened.listOwnedSheets()).sort()).toEqual(['Funn', 'Logg', 'Omstilling_innstillinger']);
    expect(await reopened.readMapping()).toEqual({ mapping: { name: 0, area: 1, granted: 2 } });
    expect(inspect.sheets()).toContainEqual({ name: 'Omstilling_innstillinger', hidden: true });
    expect(inspect.rules('Prosjekter')).toEqual([
      { formula: 'ISTEXT("Omstilling-merke: advarsel")', areas: 'C3' },
    ]);
    expect(inspect.values('Funn', 'A1:B2')).toEqual([
      ['Celle', 'Melding'],
      ['C3', 'Beløpet er lagret som tekst'],
    ]);
    const link = reopened.workbook.getWorksheet('Funn')?.getCell('A2').value as { formula: string };
    expect(link.formula).toBe('HYPERLINK("#Prosjekter!C3","C3")');
    const read = await reopened.readProjects();
    expect(read).toMatchObject({ source: 'table', address: 'Prosjekter!A1:C3' });
    expect(read?.grid.values[2]).toEqual(['B', 'Nyskaping i næringslivet', '200 000']);
    expect(read?.grid.numberFormats?.[2][2]).toBe('@');
    expect(inspect.values('Logg', 'B2:D4')).toEqual([
      ['La til rader', 'Prosjekter', 1],
      ['Lagret kolonnekart', 'kolonnekart.prosjekter', 1],
      ['Skrev ark', 'Funn', 1],
    ]);
    expect(reopened.charts.size).toBe(0);
  });

  test('a Plan table grown and shrunk in place, and a new project table filled from row 2', async () => {
    const kriterier = criteriaToTable(defaultCriteria());
    const port = await xlsxFrom([{ name: 'Ark1', values: [['x']] }]);
    await port.createPlanSheet([{ ...kriterier, rows: kriterier.rows.slice(0, 2) }]);
    await port.writePlanTable(kriterier);
    await port.createProjectTable();
    await port.appendRows('Prosjekter', [['2013-01', 'Ny forstudie', ...Array(13).fill(null)]]);
    const grown = await XlsxWorkbookPort.open(await port.save(), () => NOW);
    expect((await grown.readPlanTables())?.Kriterier).toEqual([kriterier.headers, ...kriterier.rows]);
    expect(xlsxInspector(grown).tables()).toEqual(
      expect.arrayContaining([
        { name: 'Kriterier', sheet: 'Plan', address: 'A5:E12' },
        { name: 'Prosjekter', sheet: 'Prosjekter', address: 'A1:O2' },
      ]),
    );
    expect((await grown.readProjects())?.grid.values[1].slice(0, 2)).toEqual(['2013-01', 'Ny forstudie']);

    await grown.writePlanTable({ ...kriterier, rows: kriterier.rows.slice(0, 3) });
    const shrunk = await XlsxWorkbookPort.open(await grown.save(), () => NOW);
    expect((await shrunk.readPlanTables())?.Kriterier).toEqual([
      kriterier.headers,
      ...kriterier.rows.slice(0, 3),
    ]);
    expect(xlsxInspector(shrunk).values('Plan', 'A9:E12')).toEqual(Array(4).fill(Array(5).fill(null)));
  });

  test('a row whose remark wraps is as tall as its lines, so it does not run into the next (LibreOffice)', async () => {
    const port = await xlsxFrom([{ name: 'Prosjekter', values: [['Prosjekt'], ['A']] }]);
    const remark = 'Kari Nordby fratrer under behandlingen (eier i «Toten Sensor AS»). '.repeat(2).trim();
    await port.writeOwnedSheet({
      name: 'Ut',
      tables: [{ name: 'Ut', headers: ['Søknad', 'Merknad'], rows: [['S-04', remark], ['S-05', 'Kort.']] }],
    });
    const reopened = await XlsxWorkbookPort.open(await port.save(), () => NOW);
    const sheet = reopened.workbook.getWorksheet('Ut')!;
    expect(sheet.getColumn(2).width).toBe(50);
    // About 130 characters in a column 50 wide: three lines of 15 points; the short remark keeps Excel's height.
    expect(sheet.getRow(2).height).toBe(45);
    expect(sheet.getRow(3).height).toBeUndefined();
  });

  test('opening and saving by path (the CLI) round-trips the workbook', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'omstilling-port-'));
    try {
      const port = await xlsxFrom([{ name: 'Prosjekter', values: [['Prosjekt'], ['A']] }]);
      await port.writeOwnedSheet({ name: 'Ut', tables: [{ name: 'Ut', headers: ['x'], rows: [[1]] }] });
      const path = join(dir, 'ut.xlsx');
      await writeNewFile(path, await port.save(), false);
      expect((await readFile(path)).subarray(0, 2).toString()).toBe('PK');
      const opened = await openWorkbookFile(path);
      expect(await opened.listOwnedSheets()).toEqual(expect.arrayContaining(['Ut', 'Logg']));
      expect((await opened.readProjects())?.grid.values).toEqual([['Prosjekt'], ['A']]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('a sheet the user made after deleting ours (the owner name now #REF!) is not taken for ours', async () => {
    const port = await xlsxFrom([{ name: 'Prosjekter', values: [['x']] }]);
    await port.writeOwnedSheet({ name: 'Funn', tables: [{ name: 'Funn', headers: ['x'], rows: [[1]] }] });
    const names = port.workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] };
    names.model = names.model.map((n) =>
      n.ranges[0].includes('Funn') ? { ...n, ranges: ['#REF!$A$1'] } : n,
    );
    port.workbook.removeWorksheet(port.workbook.getWorksheet('Funn')!.id);
    port.workbook.addWorksheet('Funn').getCell('A1').value = 'mitt eget';
    expect(await port.listOwnedSheets()).not.toContain('Funn');
    const refused = await port
      .writeOwnedSheet({ name: 'Funn', tables: [{ name: 'Funn2', headers: ['x'], rows: [[1]] }] })
      .catch((e) => e);
    expect(refused.code).toBe('name-taken');
    expect(port.workbook.getWorksheet('Funn')?.getCell('A1').value).toBe('mitt eget');
  });
});

test('the ExcelJS port stays usable in the browser: no Node modules outside file.ts', async () => {
  for (const file of ['xlsxPort.ts', 'cellValues.ts']) {
    const source = await readFile(join(__dirname, '../../src/xlsx', file), 'utf8');
    expect(source).not.toMatch(/from '(fs|path|os|node:[^']+|fs\/promises)'/);
    expect(source).not.toMatch(/require\(/);
  }
});
