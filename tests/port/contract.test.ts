/**
 * The WorkbookPort contract: the same workbook content gives the same results through the Office.js
 * adapter (over the fake Excel) and through ExcelJS (over a real .xlsx saved and reopened).
 */
import { criteriaToTable, defaultCriteria } from '../../src/core/assessment';
import { columnLetters } from '../../src/core/cells';
import { defaultPlan, planFromTables, planToTables } from '../../src/core/plan';
import { CANONICAL_HEADERS, FIELD_ORDER, fieldCell, readProjectTable } from '../../src/core/projects';
import { sampleProjectsGrid } from '../../src/core/sample';
import type { CellValue } from '../../src/core/types';
import { excelSerial, layoutOwnedSheet, LOG_WIDTHS } from '../../src/port/layout';
import { applicationsTableSpec } from '../../src/port/userTables';
import { templateValidations } from '../../src/port/validation';
import type { OwnedSheetSpec, WorkbookPort } from '../../src/port/workbookPort';
import { failure, implementations, NOW, type Built, type SheetFixture } from './fixtures';

const sample = sampleProjectsGrid().values;
const HEADERS = FIELD_ORDER.map((f) => CANONICAL_HEADERS[f]);

/** The seed's 28 projects with what users type: a number stored as text, an error cell. */
function projectRows(): { values: CellValue[][]; formats: (string | undefined)[][] } {
  const values = sample.map((row) => [...row]);
  const formats: (string | undefined)[][] = values.map((row) => row.map(() => undefined));
  values[2][7] = '350 000';
  formats[2][7] = '@';
  values[4][11] = { error: '#REF!' };
  return { values, formats };
}

function projectsTableFixture(extra: SheetFixture[] = [], sheet: Partial<SheetFixture> = {}): SheetFixture[] {
  const { values, formats } = projectRows();
  return [
    { name: 'Prosjekter', values, formats, tables: [{ name: 'Prosjekter', address: 'A1:O29' }], ...sheet },
    ...extra,
  ];
}

const summarySpec = (rows: CellValue[][]): OwnedSheetSpec => ({
  name: 'Oppsummering',
  title: 'Oppsummering 2012',
  subtitle: 'Laget av Omstilling',
  tables: [
    {
      name: 'Oppsummering_omrader',
      title: 'Bevilget mot ramme',
      headers: ['Innsatsområde', 'Bevilget', 'Ramme'],
      rows,
      columns: ['text', 'kroner', 'kroner'],
      links: { column: 0, targets: rows.map((_, i) => ({ sheet: 'Prosjekter', cell: `E${i + 2}` })) },
    },
  ],
  charts: [
    {
      name: 'Bevilget_mot_ramme',
      kind: 'columns',
      title: 'Bevilget mot ramme',
      table: 'Oppsummering_omrader',
      series: 2,
    },
  ],
});

describe.each(implementations)('WorkbookPort contract: %s', (_name, build) => {
  let built: Built;
  let port: WorkbookPort;
  const open = async (fixture: SheetFixture[]) => {
    built = await build(fixture);
    port = built.port;
  };

  describe('reading the project table', () => {
    test('from the Excel table Prosjekter: every cell with its address and number format', async () => {
      await open(projectsTableFixture());
      const read = await port.readProjects();
      expect(read).toMatchObject({ source: 'table', tableName: 'Prosjekter', address: 'Prosjekter!A1:O29' });
      expect(read?.grid).toMatchObject({ sheet: 'Prosjekter', top: 1, left: 1 });
      expect(read?.grid.values).toEqual(projectRows().values);
      expect(read?.grid.numberFormats?.[2][7]).toBe('@');
      expect(read?.grid.numberFormats?.[3][7]).toBe('General');
      const table = readProjectTable(read!.grid, defaultPlan);
      expect(table.rows).toHaveLength(28);
      expect(fieldCell(table, table.rows[1], 'granted')).toBe('H3');
    });

    test('from the sheet Prosjekter when there is no table, wherever the headers start', async () => {
      await open([
        { name: 'Notater', values: [['Her står noe annet']] },
        { name: 'Prosjekter', at: 'B3', values: sample },
      ]);
      const read = await port.readProjects();
      expect(read).toMatchObject({ source: 'sheet', address: 'Prosjekter!B3:P31' });
      expect(read?.tableName).toBeUndefined();
      expect(read?.grid).toMatchObject({ top: 3, left: 2 });
      expect(read?.grid.values).toEqual(sample);
    });

    test('a table Prosjekter and a sheet Prosjekter elsewhere: the table is read, the sheet named as ignored', async () => {
      const { values } = projectRows();
      await open([
        { name: 'Ark1', values, tables: [{ name: 'Prosjekter', address: 'A1:O29' }] },
        { name: 'Prosjekter', values: [['Gamle prosjekter'], ...sample.slice(0, 3)] },
      ]);
      const read = await port.readProjects();
      expect(read).toMatchObject({ source: 'table', tableName: 'Prosjekter', address: "'Ark1'!A1:O29" });
      expect(read?.ignored).toEqual([{ source: 'sheet', name: 'Prosjekter', sheet: 'Prosjekter' }]);
      const operation = await port.readForOperation({ projects: true, plan: false, mapping: false });
      expect(operation.projects?.ignored).toEqual(read?.ignored);
    });

    test('a table Prosjekter on its own sheet Prosjekter leaves nothing ignored', async () => {
      await open(projectsTableFixture());
      expect((await port.readProjects())?.ignored).toBeUndefined();
    });

    test('from a range the user gives, on any sheet', async () => {
      await open([{ name: 'Ark 1', at: 'C5', values: sample.slice(0, 5) }]);
      const read = await port.readProjects({ range: "'Ark 1'!C5:Q9" });
      expect(read).toMatchObject({ source: 'range', address: "'Ark 1'!C5:Q9" });
      expect(read?.grid.values).toEqual(sample.slice(0, 5));
    });

    test('nothing when the workbook has no project table', async () => {
      await open([{ name: 'Ark1', values: [['x']] }]);
      expect(await port.readProjects()).toBeNull();
    });

    test('dates as serial numbers, booleans, errors and empty cells as the core expects them', async () => {
      await open([
        {
          name: 'Prosjekter',
          values: [
            ['Dato', 'Ja', 'Feil', 'Tom', 'Tekst'],
            [45413, true, { error: '#DIV/0!' }, null, '0123'],
          ],
          formats: [[], ['yyyy-mm-dd', undefined, undefined, undefined, '@']],
        },
      ]);
      const read = await port.readProjects();
      expect(read?.grid.values[1]).toEqual([45413, true, { error: '#DIV/0!' }, null, '0123']);
      expect(read?.grid.numberFormats?.[1]).toEqual(['yyyy-mm-dd', 'General', 'General', 'General', '@']);
    });

    test('a range the user points at, with or without a sheet name', async () => {
      await open([
        {
          name: 'Sum',
          values: [
            ['Sum', 10],
            ['Sum', 20],
          ],
        },
      ]);
      expect((await port.readRange('Sum!B1:B2')).values).toEqual([[10], [20]]);
      expect(await port.readRange('A2:B2')).toMatchObject({
        sheet: 'Sum',
        top: 2,
        left: 1,
        values: [['Sum', 20]],
      });
      expect((await failure(port.readRange('Sum!B1:'))).code).toBe('invalid-address');
    });
  });

  describe('the plan', () => {
    test('no Plan sheet: null, so the default plan is used', async () => {
      await open(projectsTableFixture());
      expect(await port.readPlanTables()).toBeNull();
    });

    test('createPlanSheet writes tables that read back into the same plan, and never over an existing Plan', async () => {
      await open(projectsTableFixture());
      const result = await port.createPlanSheet(planToTables(defaultPlan));
      expect(result.sheet).toBe('Plan');
      const tables = await port.readPlanTables();
      expect(Object.keys(tables ?? {}).sort()).toEqual(
        planToTables(defaultPlan)
          .map((t) => t.name)
          .sort(),
      );
      const back = planFromTables(tables!);
      expect(back.plan).toEqual(defaultPlan);
      const before = built.inspect.values('Plan', 'A1:H40');
      const refused = await failure(port.createPlanSheet(planToTables(defaultPlan)));
      expect(refused.code).toBe('exists');
      expect(refused.message).toContain('«Plan»');
      expect(built.inspect.values('Plan', 'A1:H40')).toEqual(before);
    });
  });

  describe('owned sheets', () => {
    const rows: CellValue[][] = [
      ['Nyskaping i næringslivet', 2_300_000, 4_400_000],
      ['Attraktivitet for næringslivet', 640_000, 1_900_000],
    ];

    test('writeOwnedSheet creates the sheet, links rows to cells, keeps text as text, and logs the write', async () => {
      await open(projectsTableFixture());
      const result = await port.writeOwnedSheet(summarySpec(rows));
      expect(result).toMatchObject({ sheet: 'Oppsummering', address: 'Oppsummering!A5:C7', rows: 2 });
      expect(built.inspect.values('Oppsummering', 'A1:C7')).toEqual([
        ['Oppsummering 2012', null, null],
        ['Laget av Omstilling', null, null],
        [null, null, null],
        ['Bevilget mot ramme', null, null],
        ['Innsatsområde', 'Bevilget', 'Ramme'],
        ...rows,
      ]);
      expect(built.inspect.formats('Oppsummering', 'A5:C6')).toEqual([
        ['@', '@', '@'],
        ['General', '#,##0', '#,##0'],
      ]);
      expect(built.inspect.tables()).toContainEqual({
        name: 'Oppsummering_omrader',
        sheet: 'Oppsummering',
        address: 'A5:C7',
      });
      expect(await port.listOwnedSheets()).toEqual(expect.arrayContaining(['Oppsummering', 'Logg']));
      expect(built.inspect.values('Logg', 'A1:D2')).toEqual([
        ['Tid', 'Handling', 'Mål', 'Rader'],
        [excelSerial(NOW), 'Skrev ark', 'Oppsummering', 2],
      ]);
      expect(result.charts).toEqual([
        { name: 'Bevilget_mot_ramme', kind: 'columns', native: port.capabilities.nativeCharts },
      ]);
      expect(result.warnings.some((w) => w.code === 'chart-not-saved')).toBe(!port.capabilities.nativeCharts);
    });

    test('a long remark wraps, and the other cells of its table sit at the top of the taller row', async () => {
      await open(projectsTableFixture());
      const remark = 'Søkeren fikk også bagatellmessig støtte fra fylket i 2012, så taket må sjekkes før vedtak.';
      await port.writeOwnedSheet({
        name: 'Merknader',
        tables: [{ name: 'Merknader', headers: ['Søknad', 'Beløp', 'Merknad'], rows: [['S-01', 250_000, remark]] }],
      });
      expect(built.inspect.style('Merknader', 'C2')).toMatchObject({ wrap: true, top: true });
      expect(built.inspect.style('Merknader', 'B2')).toMatchObject({ wrap: false, top: true });
      expect(built.inspect.values('Merknader', 'A2:C2')).toEqual([['S-01', 250_000, remark]]);
    });

    test('writing it again replaces only what the add-in owns there, and logs again', async () => {
      await open(projectsTableFixture());
      await port.writeOwnedSheet(summarySpec(rows));
      await port.writeOwnedSheet(summarySpec(rows.slice(0, 1)));
      expect(built.inspect.values('Oppsummering', 'A5:C7')).toEqual([
        ['Innsatsområde', 'Bevilget', 'Ramme'],
        rows[0],
        [null, null, null],
      ]);
      expect(built.inspect.tables().filter((t) => t.sheet === 'Oppsummering')).toEqual([
        { name: 'Oppsummering_omrader', sheet: 'Oppsummering', address: 'A5:C6' },
      ]);
      expect(built.inspect.values('Logg', 'B2:D3')).toEqual([
        ['Skrev ark', 'Oppsummering', 2],
        ['Skrev ark', 'Oppsummering', 1],
      ]);
      expect(built.inspect.values('Prosjekter', 'A1:O29')).toEqual(projectRows().values);
    });

    test('a written sheet reads right: fitted widths, styled and frozen header, print setup, ids last, a SUM row', async () => {
      await open(projectsTableFixture());
      const spec: OwnedSheetSpec = {
        name: 'Kontroll',
        title: 'Kontroll',
        tables: [
          {
            name: 'Funn',
            headers: ['Innsatsområde', 'Bevilget', 'Andel', 'Regel-id'],
            rows: [
              ['Nyskaping i næringslivet', 2_300_000, 0.7, 'zero-grant'],
              ['Attraktivitet for næringslivet', 640_000, 0.3, 'unknown-area'],
            ],
            columns: ['text', 'kroner', 'share', 'id'],
            sum: { label: 'Sum', columns: [1, 2] },
          },
        ],
      };
      const result = await port.writeOwnedSheet(spec);
      expect(result.address).toBe('Kontroll!A3:D5');
      expect(built.inspect.values('Kontroll', 'A6:D6')).toEqual([['Sum', 2_940_000, 1, null]]);
      expect(built.inspect.formulas('Kontroll', 'A6:D6')).toEqual([[null, 'SUM(B4:B5)', 'SUM(C4:C5)', null]]);
      expect(built.inspect.formats('Kontroll', 'B4:C6')).toEqual([
        ['#,##0', '0 %'],
        ['#,##0', '0 %'],
        ['#,##0', '0 %'],
      ]);
      expect(built.inspect.style('Kontroll', 'A3')).toEqual({
        bold: true,
        fill: 'D9E1F2',
        font: '1F3864',
        wrap: false,
      });
      expect(built.inspect.style('Kontroll', 'B6').bold).toBe(true);
      expect(built.inspect.style('Kontroll', 'D4').font).toBe('595959');
      const widths = built.inspect.widths('Kontroll', 4);
      expect(widths).toEqual(layoutOwnedSheet(spec).columnWidths);
      // Calibri sets «Attraktivitet for næringslivet» in about 170 px: 24 characters of 7 px.
      expect(widths[0]).toBeGreaterThanOrEqual(26);
      expect(widths[1]).toBeGreaterThanOrEqual('2 940 000'.length + 1);
      expect(built.inspect.view('Kontroll')).toEqual({
        frozenRows: 3,
        paper: 'A4',
        orientation: 'portrait',
        fit: { wide: 1, tall: 0 },
        titleRows: '3:3',
      });
      expect(built.inspect.widths('Logg', 4)).toEqual(LOG_WIDTHS);
      expect(built.inspect.view('Logg').frozenRows).toBe(1);
      expect(built.inspect.style('Logg', 'A1').bold).toBe(true);
    });

    test('a report sheet prints on one A4 landscape page', async () => {
      await open(projectsTableFixture());
      await port.writeOwnedSheet({
        name: 'Rapport',
        orientation: 'landscape',
        onePage: true,
        tables: [{ name: 'Rapport', headers: ['Område', 'Ramme'], rows: [['Nyskaping', 4_400_000]] }],
      });
      expect(built.inspect.view('Rapport')).toMatchObject({
        paper: 'A4',
        orientation: 'landscape',
        fit: { wide: 1, tall: 1 },
      });
    });

    test('an empty table still gets its one empty data row, as Excel makes it', async () => {
      await open(projectsTableFixture());
      const result = await port.writeOwnedSheet({
        name: 'Funn',
        tables: [{ name: 'Funn', headers: ['Celle', 'Melding'], rows: [] }],
      });
      expect(result).toMatchObject({ address: 'Funn!A1:B2', rows: 0 });
      expect(built.inspect.tables()).toContainEqual({ name: 'Funn', sheet: 'Funn', address: 'A1:B2' });
      expect(built.inspect.values('Funn', 'A1:B2')).toEqual([
        ['Celle', 'Melding'],
        [null, null],
      ]);
    });

    test("a sheet of the user's with the same name is never replaced", async () => {
      await open(projectsTableFixture([{ name: 'Oppsummering', values: [['Mine egne tall', 42]] }]));
      const refused = await failure(port.writeOwnedSheet(summarySpec(rows)));
      expect(refused.code).toBe('name-taken');
      expect(refused.message).toContain('«Oppsummering»');
      expect(refused.messageEn).toContain('"Oppsummering"');
      expect(built.inspect.values('Oppsummering', 'A1:C7')).toEqual([
        ['Mine egne tall', 42, null],
        ...Array.from({ length: 6 }, () => [null, null, null]),
      ]);
      expect(built.inspect.sheets().map((s) => s.name)).not.toContain('Logg');
    });
  });

  describe('the payments table', () => {
    test('createPaymentsTable makes Utbetalinger with its headers and rows in one write, logged, and only once', async () => {
      await open([{ name: 'Ark1', values: [['x']] }]);
      const rows = [
        ['2011-01', null, 220_000, 'Delutbetaling', null, 'Fra Prosjekter!I2'],
        ['2011-02', null, 60_000, 'Sluttutbetaling', null, 'Fra Prosjekter!J3'],
      ];
      const result = await port.createPaymentsTable(rows);
      expect(result).toMatchObject({ sheet: 'Utbetalinger', rows: 2 });
      expect(built.inspect.tables()).toContainEqual({
        name: 'Utbetalinger',
        sheet: 'Utbetalinger',
        address: 'A1:F3',
      });
      const read = await port.readForOperation({
        projects: false,
        payments: true,
        plan: false,
        mapping: false,
      });
      expect(read.payments?.grid.values).toEqual([
        ['Prosjektnr', 'Dato', 'Beløp', 'Type', 'Bilag', 'Merknad'],
        ...rows,
      ]);
      expect(built.inspect.values('Logg', 'B2:D2')).toEqual([
        ['Opprettet tabellen Utbetalinger', 'Utbetalinger', 2],
      ]);
      expect((await failure(port.createPaymentsTable(rows))).code).toBe('exists');
    });
  });

  describe('the project table', () => {
    test('createProjectTable makes the canonical table when there is none, and only then', async () => {
      await open([{ name: 'Ark1', values: [['x']] }]);
      await port.createProjectTable();
      expect(built.inspect.tables()).toContainEqual({
        name: 'Prosjekter',
        sheet: 'Prosjekter',
        address: 'A1:O2',
      });
      const read = await port.readProjects();
      expect(read).toMatchObject({ source: 'table', address: 'Prosjekter!A1:O2' });
      expect(read?.grid.values[0]).toEqual(HEADERS);
      expect(read?.grid.values[1]).toEqual(HEADERS.map(() => null));
      expect((await failure(port.createProjectTable())).code).toBe('exists');
    });

    test('rows appended to a new project table start in row 2: no empty row is left above them', async () => {
      await open([{ name: 'Ark1', values: [['x']] }]);
      await port.createProjectTable();
      const rows = sample.slice(1, 4);
      const first = await port.appendRows('Prosjekter', rows.slice(0, 2));
      expect(first).toMatchObject({ sheet: 'Prosjekter', address: 'Prosjekter!A2:O3', rows: 2 });
      const second = await port.appendRows('Prosjekter', rows.slice(2));
      expect(second.address).toBe('Prosjekter!A4:O4');
      expect(built.inspect.values('Prosjekter', 'A1:O5')).toEqual([
        HEADERS,
        ...rows,
        HEADERS.map(() => null),
      ]);
      expect(built.inspect.tables()).toContainEqual({
        name: 'Prosjekter',
        sheet: 'Prosjekter',
        address: 'A1:O4',
      });
      const read = await port.readProjects();
      expect(read?.grid.values).toEqual([HEADERS, ...rows]);
      expect(readProjectTable(read!.grid, defaultPlan).rows.map((r) => r.row)).toEqual([2, 3, 4]);
      expect(built.inspect.formats('Prosjekter', 'A2:B2')).toEqual([['@', '@']]);
    });

    test('a table whose one data row holds something keeps it; appended rows go below', async () => {
      await open([
        {
          name: 'Prosjekter',
          values: [HEADERS, HEADERS.map((_, i) => (i === 1 ? 'Eneste prosjekt' : null))],
          tables: [{ name: 'Prosjekter', address: 'A1:O2' }],
        },
      ]);
      const result = await port.appendRows('Prosjekter', sample.slice(1, 2));
      expect(result.address).toBe('Prosjekter!A3:O3');
      expect(built.inspect.values('Prosjekter', 'B2:B3')).toEqual([['Eneste prosjekt'], [sample[1][1]]]);
    });

    test('appendRows adds rows after the last row of a table and never changes existing rows', async () => {
      await open(projectsTableFixture([{ name: 'Under', values: [['annet']] }]));
      const added: CellValue[][] = [
        [
          '2013-01',
          'Ny forstudie',
          'Søker AS',
          '987 654 321',
          'Attraktivitet for næringslivet',
          'Forstudie',
          2013,
          150_000,
          null,
          null,
          'Aktiv',
          null,
          null,
          null,
          null,
        ],
        [
          '2013-02',
          'Nytt hovedprosjekt',
          'Bedrift AS',
          '912 345 678',
          'Nyskaping i næringslivet',
          'Hovedprosjekt',
          2013,
          400_000,
          200_000,
          null,
          'Aktiv',
          2,
          1,
          null,
          null,
        ],
      ];
      const result = await port.appendRows('Prosjekter', added);
      expect(result).toMatchObject({ sheet: 'Prosjekter', address: 'Prosjekter!A30:O31', rows: 2 });
      expect(built.inspect.values('Prosjekter', 'A1:O29')).toEqual(projectRows().values);
      expect(built.inspect.values('Prosjekter', 'A30:O31')).toEqual(added);
      expect(built.inspect.tables()).toContainEqual({
        name: 'Prosjekter',
        sheet: 'Prosjekter',
        address: 'A1:O31',
      });
      const read = await port.readProjects();
      expect(readProjectTable(read!.grid, defaultPlan).rows).toHaveLength(30);
      expect(built.inspect.values('Logg', 'B2:D2')).toEqual([['La til rader', 'Prosjekter', 2]]);
    });

    test('appendRows logs what the caller says was done (a confirmation), else «La til rader»', async () => {
      await open(projectsTableFixture());
      const row = projectRows().values[1].map((cell, c) => (c === 0 ? '2013-01' : cell));
      const action = 'La til rader; styret innvilget tross merknad: S-02 (bagatellstøtte)';
      await port.appendRows('Prosjekter', [row], { action });
      expect(built.inspect.values('Logg', 'B2:D2')).toEqual([[action, 'Prosjekter', 1]]);
    });

    test('appendRows to a sheet goes below its used range; rows of the wrong width are refused', async () => {
      await open([
        {
          name: 'Søknader',
          at: 'B2',
          values: [
            ['Søker', 'Beløp'],
            ['A AS', 100],
          ],
        },
      ]);
      const result = await port.appendRows('Søknader', [['B AS', 200]]);
      expect(result.address).toBe('Søknader!B4:C4');
      expect(built.inspect.values('Søknader', 'B2:C4')).toEqual([
        ['Søker', 'Beløp'],
        ['A AS', 100],
        ['B AS', 200],
      ]);
      const refused = await failure(port.appendRows('Søknader', [['C AS', 300, 'ekstra']]));
      expect(refused.code).toBe('wrong-width');
      expect(built.inspect.values('Søknader', 'B5:D5')).toEqual([[null, null, null]]);
      expect((await failure(port.appendRows('Finnes ikke', [['x']]))).code).toBe('not-found');
    });
  });

  describe('tables as people keep them', () => {
    const added = (): CellValue[] =>
      HEADERS.map((_, i) => (i === 0 ? '2013-09' : i === 6 ? 2013 : `ny ${i}`));
    const TOTAL: CellValue[] = HEADERS.map((_, i) => (i === 0 ? 'Sum' : null));
    const withTotalRow = (): SheetFixture[] => {
      const { values, formats } = projectRows();
      return [
        {
          name: 'Prosjekter',
          values: [...values, TOTAL],
          formats,
          tables: [{ name: 'Prosjekter', address: 'A1:O30', totalsRow: true }],
        },
      ];
    };

    test('a total row is not read as a project, and appended rows go above it', async () => {
      await open(withTotalRow());
      const read = await port.readProjects();
      expect(read?.address).toBe('Prosjekter!A1:O29');
      expect(read?.grid.values).toEqual(projectRows().values);
      const result = await port.appendRows('Prosjekter', [added()]);
      expect(result.address).toBe('Prosjekter!A30:O30');
      expect(built.inspect.values('Prosjekter', 'A29:O31')).toEqual([
        projectRows().values[28],
        added(),
        TOTAL,
      ]);
      expect(built.inspect.tables()).toContainEqual({
        name: 'Prosjekter',
        sheet: 'Prosjekter',
        address: 'A1:O31',
      });
      expect((await port.readProjects())?.grid.values).toEqual([...projectRows().values, added()]);
    });

    test('a filtered table is not written to: the user is asked to clear the filter, and nothing changes', async () => {
      await open(
        projectsTableFixture([], { tables: [{ name: 'Prosjekter', address: 'A1:O29', filtered: true }] }),
      );
      const refused = await failure(port.appendRows('Prosjekter', [added()]));
      expect(refused.code).toBe('table-filtered');
      expect(refused.message).toContain('«Prosjekter»');
      expect(refused.message).toContain('filter');
      expect(refused.messageEn).toContain('filter');
      expect(built.inspect.values('Prosjekter', 'A1:O30')).toEqual([
        ...projectRows().values,
        HEADERS.map(() => null),
      ]);
      expect(built.inspect.sheets().map((s) => s.name)).toEqual(['Prosjekter']);
    });

    test('a calculated column keeps its formula in the rows appended; the cells we fill are ours', async () => {
      const formula = 'Prosjekter[[#This Row],[Bevilget]]*2';
      const { values, formats } = projectRows();
      await open([
        {
          name: 'Prosjekter',
          values: values.map((row, i) => [...row, i === 0 ? 'Dobbelt' : null]),
          formats,
          tables: [{ name: 'Prosjekter', address: 'A1:P29', calculated: [{ column: 15, formula }] }],
        },
      ]);
      await port.appendRows('Prosjekter', [
        [...added(), null],
        [...added(), null],
      ]);
      expect(built.inspect.formulas('Prosjekter', 'P29:P31')).toEqual([[formula], [formula], [formula]]);
      expect(built.inspect.values('Prosjekter', 'A30:O31')).toEqual([added(), added()]);
    });

    test('text that looks like a formula, a number or a date stays text, in the rows and in the log', async () => {
      await open([{ name: '=Ark', values: [['Søker', 'Nr', 'Periode']] }]);
      await port.appendRows('=Ark', [['=1+1', '007', '2011-01']]);
      await port.appendRows('=Ark', [['=A1', '1e3', '50%']]);
      expect(built.inspect.values('=Ark', 'A2:C3')).toEqual([
        ['=1+1', '007', '2011-01'],
        ['=A1', '1e3', '50%'],
      ]);
      expect(built.inspect.formulas('=Ark', 'A2:C3')).toEqual([
        [null, null, null],
        [null, null, null],
      ]);
      expect(built.inspect.values('Logg', 'C2:C3')).toEqual([['=Ark'], ['=Ark']]);
      expect(built.inspect.formulas('Logg', 'C2:C3')).toEqual([[null], [null]]);
    });
  });

  describe('the 1904 date system', () => {
    // 2011-06-01 is serial 40695 in the 1900 system and 39233 in the 1904 system.
    const dated = (): SheetFixture[] => {
      const { values, formats } = projectRows();
      values[1][6] = 39233;
      formats[1][6] = 'yyyy';
      return [{ name: 'Prosjekter', values, formats, tables: [{ name: 'Prosjekter', address: 'A1:O29' }] }];
    };

    test('a date in År gives the year Excel shows, and the log’s time is the time now', async () => {
      built = await build(dated(), { date1904: true });
      port = built.port;
      const read = await port.readProjects();
      expect(read?.grid.values[1][6]).toBe(39233);
      expect(read?.grid.date1904).toBe(true);
      expect(readProjectTable(read!.grid, defaultPlan).rows[0].year).toBe(2011);
      await port.appendRows('Prosjekter', [projectRows().values[1]]);
      expect(built.inspect.values('Logg', 'A2')).toEqual([[excelSerial(NOW) - 1462]]);
    });

    test('in the 1900 system the same serial is 2007', async () => {
      await open(dated());
      const read = await port.readProjects();
      expect(read?.grid.date1904).toBeFalsy();
      expect(readProjectTable(read!.grid, defaultPlan).rows[0].year).toBe(2007);
    });
  });

  describe('the user tables and their pick-lists', () => {
    test('createApplicationsTable: the application headers and a score column per criterion, formatted, frozen, printable', async () => {
      await open([{ name: 'Ark1', values: [['x']] }]);
      const result = await port.createApplicationsTable(['Relevans', 'Giring']);
      const spec = applicationsTableSpec(['Relevans', 'Giring']);
      const last = columnLetters(spec.headers.length);
      expect(result).toMatchObject({ sheet: 'Søknader', address: `Søknader!A1:${last}2`, rows: 0 });
      expect(built.inspect.tables()).toContainEqual({
        name: 'Søknader',
        sheet: 'Søknader',
        address: `A1:${last}2`,
      });
      const headers = built.inspect.values('Søknader', `A1:${last}1`)[0];
      expect(headers.slice(0, 8)).toEqual([
        'Søknadsnr',
        'Prosjekt',
        'Søker',
        'Org.nr',
        'Innsatsområde',
        'Kategori',
        'År',
        'Søkt beløp',
      ]);
      expect(headers.slice(-2)).toEqual(['Relevans', 'Giring']);
      expect(built.inspect.formats('Søknader', 'G2:H2')).toEqual([['0', '#,##0']]);
      expect(built.inspect.style('Søknader', 'A1')).toMatchObject({ bold: true, fill: 'D9E1F2', wrap: true });
      expect(built.inspect.widths('Søknader', spec.headers.length)).toEqual(spec.widths);
      expect(built.inspect.view('Søknader')).toEqual({
        frozenRows: 1,
        paper: 'A4',
        orientation: 'landscape',
        fit: { wide: 1, tall: 0 },
        titleRows: '1:1',
      });
      expect((await failure(port.createApplicationsTable(['Relevans']))).code).toBe('exists');
      const read = await port.readApplications();
      expect(read).toMatchObject({ source: 'table', tableName: 'Søknader' });
    });

    test('addValidation puts pick-lists on, changes no value, keeps the user’s own; removeValidation takes ours away', async () => {
      await open(
        projectsTableFixture([], { userValidation: { ref: 'K2:K29', values: ['Aktiv', 'Avsluttet'] } }),
      );
      await port.createPlanSheet(planToTables(defaultPlan));
      const rules = templateValidations(['Relevans']);
      const result = await port.addValidation(rules);
      expect(result.added).toEqual([
        { table: 'Prosjekter', column: 'Innsatsområde', address: 'Prosjekter!E2:E29' },
        { table: 'Prosjekter', column: 'Kategori', address: 'Prosjekter!F2:F29' },
      ]);
      expect(result.skipped).toEqual([
        { table: 'Prosjekter', column: 'Status', reason: 'user-validation' },
        { table: 'Søknader', column: 'Innsatsområde', reason: 'no-table' },
        { table: 'Søknader', column: 'Kategori', reason: 'no-table' },
        { table: 'Søknader', column: 'Relevans', reason: 'no-table' },
      ]);
      expect(built.inspect.values('Prosjekter', 'A1:O29')).toEqual(projectRows().values);
      const area = built.inspect.validation('Prosjekter', 'E29');
      expect(area?.type).toBe('list');
      const source = /^Plan!\$A\$(\d+):\$A\$(\d+)$/.exec(area?.formula1 ?? '');
      expect(source).not.toBeNull();
      expect(built.inspect.values('Plan', `A${source![1]}:A${source![2]}`).flat()).toEqual(
        defaultPlan.areas.map((a) => a.name),
      );
      expect(built.inspect.validation('Prosjekter', 'F2')).toEqual({
        type: 'list',
        formula1: '"Forstudie,Forprosjekt,Hovedprosjekt"',
      });
      expect(built.inspect.validation('Prosjekter', 'K2')).toEqual({
        type: 'list',
        formula1: '"Aktiv,Avsluttet"',
      });
      expect(built.inspect.values('Logg', 'B3:D3')).toEqual([['La til validering', 'Prosjekter', 2]]);

      expect(await port.removeValidation()).toBe(2);
      expect(built.inspect.validation('Prosjekter', 'E2')).toBeUndefined();
      expect(built.inspect.validation('Prosjekter', 'F29')).toBeUndefined();
      expect(built.inspect.validation('Prosjekter', 'K2')).toEqual({
        type: 'list',
        formula1: '"Aktiv,Avsluttet"',
      });
      expect(built.inspect.values('Prosjekter', 'A1:O29')).toEqual(projectRows().values);
      expect(built.inspect.values('Logg', 'B4:D4')).toEqual([
        ['Fjernet validering', 'Omstilling_innstillinger', 2],
      ]);
      expect(await port.removeValidation()).toBe(0);
    });
  });

  describe('marks', () => {
    const fixture = () =>
      projectsTableFixture([], {
        userRule: { ref: 'H2:H29', formula: 'H2>1000000', fill: '#C6EFCE' },
        userFill: { cell: 'H3', color: '#FFFF00' },
      });

    test('markCells adds our rules over the cells, leaving the user’s own rule and fill alone', async () => {
      await open(fixture());
      const read = await port.readForOperation();
      const result = await port.markCells(
        [
          { sheet: 'Prosjekter', cell: 'H3', severity: 'warning' },
          { sheet: 'Prosjekter', cell: 'E4', severity: 'error' },
          { sheet: 'Prosjekter', cell: 'E5', severity: 'error' },
        ],
        { replacing: read.marks },
      );
      expect(result).toEqual({ marked: 3, removed: 0 });
      expect(built.inspect.rules('Prosjekter')).toEqual(
        expect.arrayContaining([
          { formula: 'H2>1000000', areas: 'H2:H29' },
          { formula: 'ISTEXT("Omstilling-merke: feil")', areas: 'E4:E5' },
          { formula: 'ISTEXT("Omstilling-merke: advarsel")', areas: 'H3' },
        ]),
      );
      expect(built.inspect.rules('Prosjekter')).toHaveLength(3);
      expect(built.inspect.fill('Prosjekter', 'H3')).toBe('FFFF00');
      expect(built.inspect.values('Prosjekter', 'A1:O29')).toEqual(projectRows().values);
    });

    test('marking again replaces our marks; clearMarks removes ours only', async () => {
      await open(fixture());
      await port.markCells([{ sheet: 'Prosjekter', cell: 'H3', severity: 'warning' }]);
      const read = await port.readForOperation();
      expect(
        await port.markCells([{ sheet: 'Prosjekter', cell: 'B9', severity: 'info' }], {
          replacing: read.marks,
        }),
      ).toEqual({
        marked: 1,
        removed: 1,
      });
      expect(built.inspect.rules('Prosjekter')).toEqual(
        expect.arrayContaining([{ formula: 'ISTEXT("Omstilling-merke: info")', areas: 'B9' }]),
      );
      expect(built.inspect.rules('Prosjekter')).toHaveLength(2);
      expect((await port.clearMarks()).removed).toBe(1);
      expect(built.inspect.rules('Prosjekter')).toEqual([{ formula: 'H2>1000000', areas: 'H2:H29' }]);
      expect(built.inspect.fill('Prosjekter', 'H3')).toBe('FFFF00');
    });
  });

  test('several marks above the user’s rule: replacing and clearing them removes ours only, the user’s rule stays', async () => {
    await open(
      projectsTableFixture([], { userRule: { ref: 'H2:H29', formula: 'H2>1000000', fill: '#C6EFCE' } }),
    );
    const findings = [
      { sheet: 'Prosjekter', cell: 'H3', severity: 'warning' as const },
      { sheet: 'Prosjekter', cell: 'E4', severity: 'error' as const },
      { sheet: 'Prosjekter', cell: 'B9', severity: 'info' as const },
    ];
    await port.markCells(findings);
    const read = await port.readForOperation();
    expect(await port.markCells(findings.slice(0, 2), { replacing: read.marks })).toEqual({
      marked: 2,
      removed: 3,
    });
    expect(built.inspect.rules('Prosjekter')).toHaveLength(3);
    expect((await port.clearMarks()).removed).toBe(2);
    expect(built.inspect.rules('Prosjekter')).toEqual([{ formula: 'H2>1000000', areas: 'H2:H29' }]);
  });

  test('no findings any more: marking nothing removes our old marks', async () => {
    await open(
      projectsTableFixture([], { userRule: { ref: 'H2:H29', formula: 'H2>1000000', fill: '#C6EFCE' } }),
    );
    await port.markCells([{ sheet: 'Prosjekter', cell: 'H3', severity: 'warning' }]);
    const read = await port.readForOperation();
    expect(await port.markCells([], { replacing: read.marks })).toEqual({ marked: 0, removed: 1 });
    expect(built.inspect.rules('Prosjekter')).toEqual([{ formula: 'H2>1000000', areas: 'H2:H29' }]);
  });

  describe('the column mapping and the combined read', () => {
    test('saveMapping stores the mapping in a hidden owned sheet; readMapping reads it back', async () => {
      await open(projectsTableFixture());
      expect(await port.readMapping()).toBeNull();
      const saved = { mapping: { name: 1, area: 4, category: 5, year: 6, granted: 7 }, headers: HEADERS };
      await port.saveMapping(saved);
      expect(await port.readMapping()).toEqual(saved);
      expect(await port.readMapping('applications')).toBeNull();
      expect(built.inspect.sheets()).toContainEqual({ name: 'Omstilling_innstillinger', hidden: true });
      expect(await port.listOwnedSheets()).toEqual(
        expect.arrayContaining(['Omstilling_innstillinger', 'Logg']),
      );
    });

    test('readForOperation gives projects, plan, mappings and the other visible sheets in one read', async () => {
      await open(
        projectsTableFixture([{ name: 'Oppsummering 2012', values: [['Sum bevilget', 5_240_000]] }]),
      );
      await port.saveMapping({ mapping: { name: 1 } });
      await port.writeOwnedSheet({
        name: 'Funn',
        tables: [{ name: 'Funn', headers: ['Celle', 'Melding'], rows: [['H3', 'Tall lagret som tekst']] }],
      });
      const read = await port.readForOperation({ sheets: true, applications: true });
      expect(read.projects?.address).toBe('Prosjekter!A1:O29');
      expect(read.applications).toBeNull();
      expect(read.planTables).toBeNull();
      expect(read.mappings).toEqual({ projects: { mapping: { name: 1 } } });
      expect(read.sheets).toEqual([
        { sheet: 'Oppsummering 2012', top: 1, left: 1, values: [['Sum bevilget', 5_240_000]] },
      ]);
      expect(read.ownedSheets.sort()).toEqual(['Funn', 'Logg', 'Omstilling_innstillinger']);
      expect(read.marks.sheets).toEqual([
        { name: 'Prosjekter', protected: false },
        { name: 'Oppsummering 2012', protected: false },
      ]);
    });
  });

  describe('protection and selection', () => {
    test('a protected sheet refuses writes with a clear message and keeps every cell', async () => {
      await open(projectsTableFixture([], { protected: true }));
      const refused = await failure(port.appendRows('Prosjekter', [HEADERS.map(() => 'x')]));
      expect(refused.code).toBe('sheet-protected');
      expect(refused.message).toMatch(/Arket «Prosjekter» er beskyttet.*Ingenting ble endret\./);
      expect(refused.messageEn).toMatch(/The sheet "Prosjekter" is protected.*Nothing was changed\./);
      expect(
        (await failure(port.markCells([{ sheet: 'Prosjekter', cell: 'A2', severity: 'error' }]))).code,
      ).toBe('sheet-protected');
      expect(built.inspect.values('Prosjekter', 'A1:O30')).toEqual([
        ...projectRows().values,
        HEADERS.map(() => null),
      ]);
      expect(built.inspect.rules('Prosjekter')).toEqual([]);
      expect(built.inspect.sheets().map((s) => s.name)).toEqual(['Prosjekter']);
    });

    test('selectCell moves the selection to a finding’s cell', async () => {
      await open(projectsTableFixture([{ name: 'Annet' }]));
      await port.selectCell('Prosjekter', 'H7');
      expect(await port.getSelectedAddress()).toBe('Prosjekter!H7');
      expect((await failure(port.selectCell('Borte', 'A1'))).code).toBe('not-found');
    });
  });
});

describe('both implementations agree on a whole session', () => {
  async function session(build: (fixture: SheetFixture[]) => Promise<Built>) {
    const { port, inspect } = await build(
      projectsTableFixture([{ name: 'Oppsummering 2012', values: [['Sum', 1]] }]),
    );
    const out: unknown[] = [];
    out.push(await port.createPlanSheet(planToTables(defaultPlan)));
    out.push(await port.writePlanTable(criteriaToTable(defaultCriteria())));
    const administration = planToTables(defaultPlan).find((t) => t.name === 'Administrasjon')!;
    out.push(await port.writePlanTable({ ...administration, rows: [['Programadministrasjon', 2_500_000]] }));
    out.push(await port.appendRows('Prosjekter', [HEADERS.map((_, i) => (i === 6 ? 2013 : `v${i}`))]));
    out.push(await port.saveMapping({ mapping: { granted: 7 } }));
    const spec = summarySpec([['A', 1, 2]]);
    const written = await port.writeOwnedSheet(spec);
    out.push({ ...written, charts: written.charts.map((c) => c.name), warnings: [] });
    const read = await port.readForOperation({ sheets: true });
    out.push({ ...read, marks: read.marks.sheets });
    out.push(await port.markCells([{ sheet: 'Prosjekter', cell: 'C3', severity: 'error' }]));
    out.push(
      inspect.values('Logg', 'A1:D8'),
      inspect.values('Plan', 'A1:H70'),
      inspect.formats('Plan', 'A1:H70'),
      inspect.values('Oppsummering', 'A1:C8'),
      inspect.widths('Oppsummering', 3),
      inspect.view('Oppsummering'),
      inspect.widths('Plan', 8),
      inspect.view('Plan'),
    );
    out.push(
      inspect.sheets(),
      inspect.tables().sort((a, b) => a.name.localeCompare(b.name)),
    );
    return out;
  }

  test('the same calls on the same workbook give the same results and the same cells', async () => {
    const [office, xlsx] = await Promise.all(implementations.map(([, build]) => session(build)));
    expect(office).toEqual(xlsx);
  });
});
