/**
 * Faults the Office adapter must survive: each gives a clear bokmål + English message, writes nothing
 * partial, and leaves the user's data as it was, cell by cell.
 */
import { criteriaToTable, defaultCriteria } from '../../src/core/assessment';
import { sampleProjectsGrid } from '../../src/core/sample';
import type { CellValue } from '../../src/core/types';
import { fromOffice } from '../../src/excel/values';
import type { OwnedSheetSpec } from '../../src/port/workbookPort';
import type { FakeExcel } from '../support/fakeExcel';
import { failure, fakeFrom, officeBuilt, type SheetFixture } from './fixtures';

const sample = sampleProjectsGrid().values;
const width = sample[0].length;
const newRow = (id: string): CellValue[] => sample[1].map((v, i) => (i === 0 ? id : v));

function projects(extra: SheetFixture[] = []): SheetFixture[] {
  return [
    { name: 'Prosjekter', values: sample, tables: [{ name: 'Prosjekter', address: 'A1:O29' }] },
    ...extra,
  ];
}

function setup(fixture: SheetFixture[] = projects(), options = {}) {
  const fake = fakeFrom(fixture, options);
  return { fake, port: officeBuilt(fake).port };
}

function expectUnchanged(fake: FakeExcel, before: string): void {
  expect(fake.snapshot()).toBe(before);
  expect(fake.values('Prosjekter', 'A1:O29')).toEqual(sample);
}

function summary(rows: number, name = 'Oppsummering'): OwnedSheetSpec {
  return {
    name,
    title: 'Funn',
    tables: [
      {
        name: 'Funn',
        headers: ['Celle', 'Regel', 'Melding', 'Beløp'],
        rows: Array.from({ length: rows }, (_, i) => [
          `H${i + 2}`,
          'number-as-text',
          `Beløpet i H${i + 2} er lagret som tekst: «${i} 000»`,
          i * 1000,
        ]),
        links: {
          column: 0,
          targets: Array.from({ length: rows }, (_, i) => ({ sheet: 'Prosjekter', cell: `H${i + 2}` })),
        },
      },
    ],
  };
}

describe('a protected sheet', () => {
  test('appending to a protected project table is refused before anything is written', async () => {
    const { fake, port } = setup(projects());
    fake.protect('Prosjekter');
    const before = fake.snapshot();
    const refused = await failure(port.appendRows('Prosjekter', [newRow('2013-01')]));
    expect(refused).toMatchObject({ code: 'sheet-protected', details: { sheet: 'Prosjekter' } });
    expect(refused.message).toBe(
      'Arket «Prosjekter» er beskyttet, så tillegget kan ikke skrive der. Opphev beskyttelsen (Se gjennom → Opphev arkbeskyttelse) og prøv igjen. Ingenting ble endret.',
    );
    expect(refused.messageEn).toContain('The sheet "Prosjekter" is protected');
    expectUnchanged(fake, before);
  });

  test('a protected Logg stops an owned-sheet write before it starts', async () => {
    const { fake, port } = setup(projects());
    await port.writeOwnedSheet(summary(2, 'Første'));
    fake.protect('Logg');
    const before = fake.snapshot();
    const refused = await failure(port.writeOwnedSheet(summary(3)));
    expect(refused).toMatchObject({ code: 'sheet-protected', details: { sheet: 'Logg' } });
    expectUnchanged(fake, before);
    expect(fake.model.findSheet('Oppsummering')).toBeUndefined();
  });

  test('a sheet protected between our read and our write: Excel refuses the first call, nothing lands', async () => {
    const { fake, port } = setup(projects());
    // appendRows on a table: sync 1 map, sync 2 the table's width, sync 3 the write.
    fake.beforeSync(fake.syncCount + 3, () => fake.protect('Prosjekter'));
    const before = fake.snapshot().replace('"protected":false', '"protected":true');
    const refused = await failure(port.appendRows('Prosjekter', [newRow('2013-01')]));
    expect(refused).toMatchObject({ code: 'sheet-protected', details: { sheet: 'Prosjekter' } });
    expectUnchanged(fake, before);
  });
});

describe('a protected Plan sheet (saving the criteria)', () => {
  const headers = criteriaToTable([]).headers;
  const kriterier = criteriaToTable(defaultCriteria().slice(0, 3));
  const planSheet = (): SheetFixture => ({
    name: 'Plan',
    values: [
      ['Kriterier for vurdering', null],
      [...headers],
      ...kriterier.rows,
      [null],
      ['Merknad', 'Min egen'],
    ],
    tables: [{ name: 'Kriterier', address: 'A2:E5' }],
  });
  const weights = (weight: number) =>
    criteriaToTable(
      defaultCriteria()
        .map((c, i) => ({ ...c, weight: i < 3 ? weight : 1 }))
        .slice(0, 3),
    );
  const planCells = (fake: FakeExcel) => fake.values('Plan', 'A1:F8');

  test('refused before anything is written: a clear message, every cell as it was', async () => {
    const { fake, port } = setup(projects([planSheet()]));
    fake.protect('Plan');
    const before = fake.snapshot();
    const cells = planCells(fake);
    const refused = await failure(port.writePlanTable(weights(3)));
    expect(refused).toMatchObject({ code: 'sheet-protected', details: { sheet: 'Plan' } });
    expect(refused.message).toBe(
      'Arket «Plan» er beskyttet, så tillegget kan ikke skrive der. Opphev beskyttelsen (Se gjennom → Opphev arkbeskyttelse) og prøv igjen. Ingenting ble endret.',
    );
    expect(refused.messageEn).toBe(
      'The sheet "Plan" is protected, so the add-in cannot write there. Unprotect it (Review → Unprotect Sheet) and try again. Nothing was changed.',
    );
    expect(fake.syncCount).toBe(1);
    expect(planCells(fake)).toEqual(cells);
    expectUnchanged(fake, before);
    expect(fake.model.findSheet('Logg')).toBeUndefined();
  });

  test.each([
    ['the same rows', 3],
    ['more rows', 4],
  ])(
    'protected between our read and our write (%s): Excel refuses the first call, nothing lands',
    async (_label, n) => {
      const { fake, port } = setup(projects([planSheet()]));
      const cells = planCells(fake);
      // writePlanTable: sync 1 the map, sync 2 the table, sync 3 the write.
      fake.beforeSync(fake.syncCount + 3, () => fake.protect('Plan'));
      const unlocked = '"name":"Plan","visibility":"Visible","protected":false';
      expect(fake.snapshot()).toContain(unlocked);
      const before = fake.snapshot().replace(unlocked, unlocked.replace('false', 'true'));
      const table = criteriaToTable(defaultCriteria().slice(0, n));
      const refused = await failure(port.writePlanTable(table));
      expect(refused).toMatchObject({ code: 'sheet-protected', details: { sheet: 'Plan' } });
      expect(refused.message).toMatch(/^Arket «Plan» er beskyttet.*Ingenting ble endret\.$/);
      expect(planCells(fake)).toEqual(cells);
      expect(fake.model.tables.find((t) => t.name === 'Kriterier')?.rect).toEqual({
        top: 2,
        left: 1,
        bottom: 5,
        right: 5,
      });
      expect(fake.snapshot()).toBe(before);
    },
  );

  test('before ExcelApi 1.13 new weights are saved in place; a change in the number of rows is refused', async () => {
    const { fake, port } = setup(projects([planSheet()]), { apiMinor: 12 });
    await expect(port.writePlanTable(weights(4))).resolves.toMatchObject({ address: 'Plan!A2:E5' });
    expect(fake.values('Plan', 'C3:C5')).toEqual([[4], [4], [4]]);
    const before = fake.snapshot();
    const refused = await failure(port.writePlanTable(criteriaToTable(defaultCriteria().slice(0, 4))));
    expect(refused.code).toBe('unsupported');
    expect(refused.message).toContain('endring av antall rader i en tabell (krever ExcelApi 1.13)');
    expect(refused.message).toMatch(/Ingenting ble endret\.$/);
    expectUnchanged(fake, before);
    expect(fake.syncs.every((s) => !s.error)).toBe(true);
  });
});

describe('cell-edit mode', () => {
  test('without delayForCellEdit (before ExcelApi 1.11) the user is told to finish editing; nothing changes', async () => {
    const { fake, port } = setup(projects(), { apiMinor: 10 });
    fake.enterCellEdit();
    const before = fake.snapshot();
    const refused = await failure(port.appendRows('Prosjekter', [newRow('2013-01')]));
    expect(refused.code).toBe('cell-edit-mode');
    expect(refused.message).toBe(
      'Excel er opptatt med redigering av en celle. Fullfør redigeringen (trykk Enter eller Esc) og prøv igjen. Ingenting ble endret.',
    );
    expect(refused.messageEn).toContain('Finish editing (press Enter or Esc)');
    expectUnchanged(fake, before);
  });

  test('with delayForCellEdit the operation waits for the user and then completes', async () => {
    const { fake, port } = setup(projects());
    fake.enterCellEdit();
    const pending = port.appendRows('Prosjekter', [newRow('2013-01')]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fake.values('Prosjekter', 'A30')).toEqual([[null]]);
    fake.exitCellEdit();
    await expect(pending).resolves.toMatchObject({ rows: 1, address: 'Prosjekter!A30:O30' });
    expect(fake.values('Prosjekter', 'A30:O30')).toEqual([newRow('2013-01')]);
  });
});

describe('the payload limit (Excel on the web)', () => {
  test('a read too large for one request is read in blocks of rows, with the same result', async () => {
    const rows = Array.from({ length: 600 }, (_, i) => newRow(`2012-${i}`));
    const fixture: SheetFixture[] = [{ name: 'Prosjekter', values: [sample[0], ...rows] }];
    const whole = await officeBuilt(fakeFrom(fixture)).port.readProjects();
    const { fake, port } = setup(fixture, { payloadLimit: 60_000 });
    const chunked = await port.readProjects();
    expect(chunked).toEqual(whole);
    expect(chunked?.grid.values).toHaveLength(601);
    const refused = fake.syncs.filter((s) => s.error === 'ResponsePayloadSizeLimitExceeded').length;
    console.log(
      `read 600 rows under a 60 kB limit: ${fake.syncCount} syncs, ${refused} refused by the limit`,
    );
    expect(fake.syncCount).toBeGreaterThan(3);
  });

  test('a write too large for one request goes in row blocks; every cell lands once and the log once', async () => {
    const { fake, port } = setup(projects(), { payloadLimit: 40_000 });
    const result = await port.writeOwnedSheet(summary(1500));
    expect(result.rows).toBe(1500);
    const written = fake.values('Oppsummering', 'A3:D1503');
    expect(written[0]).toEqual(['Celle', 'Regel', 'Melding', 'Beløp']);
    expect(written.slice(1)).toEqual(summary(1500).tables[0].rows.map((r) => [r[0], r[1], r[2], r[3]]));
    expect(fake.model.tables.find((t) => t.name === 'Funn')?.rect).toEqual({
      top: 3,
      left: 1,
      bottom: 1503,
      right: 4,
    });
    expect(fake.values('Logg', 'B2:D3')).toEqual([
      ['Skrev ark', 'Oppsummering', 1500],
      [null, null, null],
    ]);
    const writes = fake.syncs.filter((s) => s.ops > 0 && !s.error).length;
    console.log(`write of 1500 rows under a 40 kB limit: ${fake.syncCount} syncs (${writes} accepted)`);
    expect(fake.syncs.some((s) => s.error === 'RequestPayloadSizeLimitExceeded')).toBe(true);
    expect(
      fake.syncs.every((s) => s.requestBytes <= 40_000 || s.error === 'RequestPayloadSizeLimitExceeded'),
    ).toBe(true);
  });

  test('when even one row is too large the new sheet is taken away again and the message says so', async () => {
    const { fake, port } = setup(projects(), { payloadLimit: 2_500 });
    const spec = summary(3);
    spec.tables[0].rows[2][2] = 'Svært lang melding. '.repeat(150);
    const before = fake.snapshot();
    const refused = await failure(port.writeOwnedSheet(spec));
    expect(refused.code).toBe('too-large');
    expect(refused.message).toMatch(/for stort.*Ingenting ble endret\.$/);
    // The sheet and its first rows had landed in earlier batches; they were taken away again.
    expect(fake.syncs.filter((s) => s.ops > 0 && !s.error).length).toBeGreaterThanOrEqual(3);
    expectUnchanged(fake, before);
  });
});

describe('the workbook changes between our read and our write', () => {
  test('the project table is deleted (converted to a range) before the rows are appended', async () => {
    const { fake, port } = setup(projects());
    fake.beforeSync(fake.syncCount + 3, () => {
      fake.model.tables = fake.model.tables.filter((t) => t.name !== 'Prosjekter');
    });
    const refused = await failure(port.appendRows('Prosjekter', [newRow('2013-01')]));
    expect(refused).toMatchObject({ code: 'not-found' });
    expect(refused.message).toBe(
      'Fant ikke tabellen «Prosjekter». Den kan være slettet eller gitt nytt navn mens tillegget arbeidet. Les inn på nytt og prøv igjen. Ingenting ble endret.',
    );
    expect(fake.values('Prosjekter', 'A1:O30')).toEqual([...sample, Array(width).fill(null)]);
    expect(fake.model.findSheet('Logg')).toBeUndefined();
  });

  test('the user makes a sheet with the owned name meanwhile: refused, their sheet kept', async () => {
    const { fake, port } = setup(projects());
    fake.beforeSync(fake.syncCount + 2, () => fake.seed('Oppsummering', 'A1', [['Min egen']]));
    const refused = await failure(port.writeOwnedSheet(summary(2)));
    expect(refused).toMatchObject({ code: 'name-taken', details: { sheet: 'Oppsummering' } });
    expect(fake.values('Oppsummering', 'A1:B2')).toEqual([
      ['Min egen', null],
      [null, null],
    ]);
    expect(fake.model.findSheet('Logg')).toBeUndefined();
    expect(fake.values('Prosjekter', 'A1:O29')).toEqual(sample);
  });

  test('an owned sheet name already taken by a sheet of the user is never written', async () => {
    const { fake, port } = setup(projects([{ name: 'Oppsummering', values: [['Notat', 1]] }]));
    const before = fake.snapshot();
    const refused = await failure(port.writeOwnedSheet(summary(2)));
    expect(refused.code).toBe('name-taken');
    expect(refused.message).toContain('Tillegget skriver aldri over dine egne ark');
    expectUnchanged(fake, before);
  });

  test('our marks removed by the user meanwhile: marking falls back to what is there', async () => {
    const { fake, port } = setup(projects());
    await port.markCells([{ sheet: 'Prosjekter', cell: 'H2', severity: 'error' }]);
    const read = await port.readForOperation();
    fake.sheet('Prosjekter').conditionalFormats = [];
    const result = await port.markCells([{ sheet: 'Prosjekter', cell: 'H3', severity: 'error' }], {
      replacing: read.marks,
    });
    expect(result.marked).toBe(1);
    expect(fake.sheet('Prosjekter').conditionalFormats.map((cf) => cf.areas)).toEqual([
      [{ top: 3, left: 8, bottom: 3, right: 8 }],
    ]);
  });
});

describe('a conditional format Excel cannot read back (office-js #6396, #6827)', () => {
  const fixture = () =>
    projects([{ name: 'Annet', values: [['Sum', 1]] }]).map((sheet) =>
      sheet.name === 'Prosjekter'
        ? { ...sheet, userRule: { ref: 'H2:H29', formula: 'H2>1', fill: '#C6EFCE', unreadable: true } }
        : sheet,
    );

  test('does not block reading the workbook', async () => {
    const { port } = setup(fixture());
    const read = await port.readForOperation({ sheets: true });
    expect(read.projects?.grid.values).toEqual(sample);
    expect(read.sheets.map((s) => s.sheet)).toEqual(['Annet']);
  });

  test('marks on that sheet are unknown: left alone, and the result says so; other sheets are marked', async () => {
    const { fake, port } = setup(fixture());
    const result = await port.markCells([
      { sheet: 'Prosjekter', cell: 'H3', severity: 'error' },
      { sheet: 'Annet', cell: 'B1', severity: 'warning' },
    ]);
    expect(result).toMatchObject({ marked: 1, removed: 0 });
    expect(result.warnings?.map((w) => w.code)).toEqual(['marks-unknown']);
    expect(result.warnings?.[0].message).toContain('«Prosjekter»');
    expect(fake.sheet('Prosjekter').conditionalFormats).toHaveLength(1);
    expect(fake.sheet('Annet').conditionalFormats).toHaveLength(1);
    const cleared = await port.clearMarks();
    expect(cleared).toMatchObject({ removed: 1 });
    expect(cleared.warnings?.map((w) => w.code)).toEqual(['marks-unknown']);
    expect(fake.sheet('Prosjekter').conditionalFormats).toHaveLength(1);
    expect(fake.sheet('Annet').conditionalFormats).toHaveLength(0);
  });
});

describe('GeneralException and older Excel', () => {
  test('a read is retried once after GeneralException', async () => {
    const { fake, port } = setup(projects());
    fake.failNextSync('GeneralException');
    await expect(port.readProjects()).resolves.toMatchObject({ source: 'table' });
    expect(fake.runs).toBe(2);
  });

  test('a second GeneralException is reported plainly; an append is not retried blind', async () => {
    const { fake, port } = setup(projects());
    fake.failNextSync('GeneralException');
    fake.failNextSync('GeneralException');
    const read = await failure(port.readProjects());
    expect(read.code).toBe('excel-error');
    expect(read.message).toMatch(/^Excel kunne ikke fullføre handlingen \(kode GeneralException\)\./);
    expect(read.message).not.toContain('internal error');
    const before = fake.snapshot();
    fake.beforeSync(fake.syncCount + 3, () => fake.failNextSync('GeneralException'));
    const append = await failure(port.appendRows('Prosjekter', [newRow('2013-01')]));
    expect(append.code).toBe('excel-error');
    expect(append.message).toContain('Noe kan være skrevet');
    expect(fake.runs).toBe(3);
    expectUnchanged(fake, before);
  });

  test('an owned-sheet write is retried after GeneralException (it replaces, so it cannot double)', async () => {
    const { fake, port } = setup(projects());
    fake.beforeSync(fake.syncCount + 2, () => fake.failNextSync('GeneralException'));
    await port.writeOwnedSheet(summary(2));
    expect(fake.values('Logg', 'B2:D3')).toEqual([
      ['Skrev ark', 'Oppsummering', 2],
      [null, null, null],
    ]);
  });

  test('without ExcelApi 1.9 marks are refused naming what is missing; reading still works', async () => {
    const { fake, port } = setup(projects(), { apiMinor: 8 });
    expect(port.capabilities.marks).toBe(false);
    const refused = await failure(port.markCells([{ sheet: 'Prosjekter', cell: 'A2', severity: 'error' }]));
    expect(refused.code).toBe('unsupported');
    expect(refused.message).toContain('merking av celler (krever ExcelApi 1.9)');
    expect(refused.messageEn).toContain('cell marks (needs ExcelApi 1.9)');
    await expect(port.readProjects()).resolves.toMatchObject({ source: 'table' });
    expect(fake.syncs.every((s) => !s.error)).toBe(true);
  });

  test('without ExcelApi 1.6 nothing reads conditional formats, and there are no marks to clear', async () => {
    const { fake, port } = setup(projects(), { apiMinor: 5 });
    await expect(port.readForOperation()).resolves.toMatchObject({
      marks: { sheets: [{ name: 'Prosjekter' }] },
    });
    await expect(port.clearMarks()).resolves.toEqual({ marked: 0, removed: 0 });
    expect(fake.syncs.every((s) => !s.error)).toBe(true);
  });

  test('below ExcelApi 1.4 the add-in says it needs Excel 2016 or newer', async () => {
    const { port } = setup(projects(), { apiMinor: 3 });
    const refused = await failure(port.readProjects());
    expect(refused.code).toBe('unsupported');
    expect(refused.message).toContain('ExcelApi 1.4 (Excel 2016 eller nyere)');
  });
});

describe('bulk writes', () => {
  test('calculation is suspended for a bulk write and one recalculation follows', async () => {
    const { fake, port } = setup(projects());
    await port.writeOwnedSheet(summary(1000));
    const write = fake.syncs.find((s) => s.calculationSuspended);
    expect(write).toBeDefined();
    expect(fake.syncs[fake.syncs.length - 1]).toMatchObject({ ops: 1, calculationSuspended: false });
  });
});

describe('number formats and the log', () => {
  test('the formats of mixed text and number rows go in one 2-D array, not one call per cell', async () => {
    const { fake, port } = setup([{ name: 'Søknader', values: [['Søker', 'Beløp', 'Nr']] }]);
    const rows: CellValue[][] = Array.from({ length: 300 }, (_, i) => [`Søker ${i}`, i * 1000, `00${i}`]);
    await port.appendRows('Søknader', rows);
    expect(fake.values('Søknader', 'A2:C3')).toEqual([
      ['Søker 0', 0, '000'],
      ['Søker 1', 1000, '001'],
    ]);
    const write = fake.syncs[fake.syncs.length - 1];
    // 300 rows: one call per cell would be 900; the first log line brings its sheet, widths and print setup.
    expect(write.ops).toBeLessThan(30);
  });

  test('a log line is text whatever the row above holds: a sheet called "=Funn" is no formula', async () => {
    const { fake, port } = setup(projects());
    await port.writeOwnedSheet(summary(1));
    // The user resets the log's columns to General.
    fake.model.writeFormats(fake.sheet('Logg'), { top: 2, left: 1, bottom: 2, right: 4 }, [
      ['General', 'General', 'General', 'General'],
    ]);
    await port.writeOwnedSheet({ name: '=Funn', tables: [{ name: 'Funn2', headers: ['a'], rows: [[1]] }] });
    expect(fake.values('Logg', 'B3:C3')).toEqual([['Skrev ark', '=Funn']]);
    expect(fake.model.cell(fake.sheet('Logg'), 3, 3)?.formula).toBeUndefined();
  });
});

describe('the selection', () => {
  const twoAreas = (fake: FakeExcel) => {
    const sheet = fake.sheet('Prosjekter');
    fake.model.selection = {
      sheetId: sheet.id,
      rect: { top: 2, left: 1, bottom: 5, right: 3 },
      more: [{ top: 8, left: 1, bottom: 9, right: 3 }],
    };
  };

  test('one area: its address', async () => {
    const { fake, port } = setup(projects());
    fake.model.selection = {
      sheetId: fake.sheet('Prosjekter').id,
      rect: { top: 2, left: 1, bottom: 5, right: 3 },
    };
    expect(await port.getSelectedAddress()).toBe('Prosjekter!A2:C5');
  });

  test('several areas (Ctrl+click): a clear message naming them, not an Excel error', async () => {
    const { fake, port } = setup(projects());
    twoAreas(fake);
    const refused = await failure(port.getSelectedAddress());
    expect(refused.code).toBe('multiple-areas');
    expect(refused.message).toContain('Prosjekter!A2:C5,Prosjekter!A8:C9');
    expect(refused.messageEn).toContain('one block');
  });

  test('before ExcelApi 1.9 (no getSelectedRanges) the same message, from Excel’s refusal', async () => {
    const { fake, port } = setup(projects(), { apiMinor: 8 });
    twoAreas(fake);
    const refused = await failure(port.getSelectedAddress());
    expect(refused.code).toBe('multiple-areas');
  });
});

describe('the user’s undo history', () => {
  test('making an owned sheet keeps it on the web: its owner name is added without a comment', async () => {
    const { fake, port } = setup(projects());
    await port.writeOwnedSheet(summary(1));
    await port.saveMapping({ mapping: { name: 1 } });
    expect(fake.model.names.filter((n) => n.name.startsWith('Omstilling_eier_'))).toHaveLength(3);
    expect(fake.model.undoCleared).toBe(false);
  });
});

describe('data types (entities, formatted numbers)', () => {
  test('a cell holding one reads as Range.values gives it, its basicValue: the number, or #VALUE! for an entity', async () => {
    const { fake, port } = setup(projects());
    fake.seedDataType('Prosjekter', 'H3', {
      type: 'FormattedNumber',
      basicValue: 640000,
      basicType: 'Double',
      numberFormat: '#,##0 "kr"',
    });
    fake.seedDataType('Prosjekter', 'C3', {
      type: 'Entity',
      text: 'Toten Næringsforening',
      basicValue: '#VALUE!',
      basicType: 'Error',
    });
    const read = await port.readProjects();
    expect(read?.grid.values[2][7]).toBe(640000);
    expect(read?.grid.values[2][2]).toEqual({ error: '#VALUE!' });
  });

  test('a data type that arrives as its JSON object is unwrapped the same way', () => {
    expect(fromOffice({ type: 'FormattedNumber', basicValue: 640000, basicType: 'Double' })).toBe(640000);
    expect(fromOffice({ type: 'Entity', text: 'Toten', basicValue: '#VALUE!', basicType: 'Error' })).toEqual({
      error: '#VALUE!',
    });
    expect(fromOffice({ type: 'String', basicValue: 'Aktiv', basicType: 'String' })).toBe('Aktiv');
  });
});
