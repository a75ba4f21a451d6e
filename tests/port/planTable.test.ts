/**
 * writePlanTable, the same on both ports: the Plan's `Kriterier` replaced in place (same size, grown,
 * shrunk), added below what the Plan sheet holds, or on a new Plan sheet laid out as createPlanSheet does.
 * Every cell outside the table is asserted unchanged.
 */
import {
  CRITERIA_HEADERS,
  criteriaFromTable,
  criteriaToTable,
  defaultCriteria,
  type Criterion,
} from '../../src/core/assessment';
import type { CellValue } from '../../src/core/types';
import { failure, implementations, type Built, type SheetFixture } from './fixtures';

/** The first `n` default criteria with weights 2, 3, 4, … */
function criteria(n: number): Criterion[] {
  return defaultCriteria()
    .slice(0, n)
    .map((c, i) => ({ ...c, weight: i + 2 }));
}

const rowsOf = (list: Criterion[]): CellValue[][] => criteriaToTable(list).rows;
/** The column order Kriterier had before the id moved last: workbooks made then still have it. */
const EARLIER_HEADERS = ['Id', 'Kriterium', 'Criterion (en)', 'Beskrivelse', 'Vekt'];
const earlierRowsOf = (list: Criterion[]): CellValue[][] =>
  list.map((c) => [c.id, c.name, c.nameEn, c.description, c.weight]);
const blank = (width: number): null[] => Array.from({ length: width }, () => null);

/**
 * The user's Plan sheet, made in the earlier column order: a title, `Kriterier` at A4:E6 (two criteria,
 * weights formatted '0.0'), a note to the right of the table (G5) and a decision note two empty rows below
 * it (A9).
 */
function userPlan(headers: string[] = EARLIER_HEADERS): SheetFixture[] {
  const [first, second] = earlierRowsOf(defaultCriteria().slice(0, 2));
  return [
    {
      name: 'Plan',
      values: [
        ['Plan for omstillingsprogrammet', ...blank(6)],
        blank(7),
        ['Kriterier for vurdering', ...blank(6)],
        [...headers, null, null],
        [...first, null, 'Mitt notat'],
        [...second, null, null],
        blank(7),
        blank(7),
        ['Vedtatt i styret 14.02.2013', ...blank(6)],
      ],
      formats: [
        [],
        [],
        [],
        [],
        [...blank(4).map(() => undefined), '0.0'],
        [...blank(4).map(() => undefined), '0.0'],
      ],
      tables: [{ name: 'Kriterier', address: 'A4:E6' }],
    },
  ];
}

/** The Plan sheet's cells A1:G12 as they were, with `rows` written into the table from row 5. */
function withRows(before: CellValue[][], rows: CellValue[][]): CellValue[][] {
  const after = before.map((row) => [...row]);
  rows.forEach((row, i) => (after[4 + i] = [...row, ...after[4 + i].slice(5)]));
  return after;
}

describe.each(implementations)('writePlanTable: %s', (_name, build) => {
  let built: Built;
  const open = async (fixture: SheetFixture[]) => (built = await build(fixture));
  const plan = () => built.inspect.values('Plan', 'A1:G12');

  test('the same number of rows: new rows in place, header, title and every cell around as they were', async () => {
    await open(userPlan());
    const before = plan();
    const result = await built.port.writePlanTable(criteriaToTable(criteria(2)));
    expect(result).toMatchObject({ sheet: 'Plan', address: 'Plan!A4:E6', rows: 2 });
    expect(plan()).toEqual(withRows(before, earlierRowsOf(criteria(2))));
    expect(built.inspect.formats('Plan', 'A5:E6')).toEqual([
      ['@', '@', '@', '@', '0.0'],
      ['@', '@', '@', '@', '0.0'],
    ]);
    expect(built.inspect.tables()).toContainEqual({ name: 'Kriterier', sheet: 'Plan', address: 'A4:E6' });
    const read = await built.port.readPlanTables();
    expect(criteriaFromTable(read?.Kriterier)).toMatchObject({ criteria: criteria(2), isDefault: false });
    expect(built.inspect.values('Logg', 'B2:D2')).toEqual([['Erstattet plantabell', 'Kriterier', 2]]);
  });

  test('more rows: the table grows into the empty rows below it; new rows take the last row’s formats', async () => {
    await open(userPlan());
    const before = plan();
    const result = await built.port.writePlanTable(criteriaToTable(criteria(4)));
    expect(result).toMatchObject({ address: 'Plan!A4:E8', rows: 4 });
    expect(plan()).toEqual(withRows(before, earlierRowsOf(criteria(4))));
    expect(built.inspect.values('Plan', 'A9')).toEqual([['Vedtatt i styret 14.02.2013']]);
    expect(built.inspect.formats('Plan', 'E7:E8')).toEqual([['0.0'], ['0.0']]);
    expect(built.inspect.tables()).toContainEqual({ name: 'Kriterier', sheet: 'Plan', address: 'A4:E8' });
    expect(criteriaFromTable((await built.port.readPlanTables())?.Kriterier).criteria).toEqual(criteria(4));
  });

  test('growing over a cell that is not empty is refused, naming the cells; nothing changes', async () => {
    await open(userPlan());
    const before = plan();
    const refused = await failure(built.port.writePlanTable(criteriaToTable(criteria(5))));
    expect(refused).toMatchObject({ code: 'table-blocked', details: { sheet: 'Plan' } });
    expect(refused.message).toBe(
      'Tabellen «Kriterier» på arket «Plan» trenger 3 rader til, men cellene under den (A7:E9) er ikke tomme. Tillegget skriver aldri over celler utenfor tabellen: flytt det som står der, og prøv igjen. Ingenting ble endret.',
    );
    expect(refused.messageEn).toContain('the cells below it (A7:E9) are not empty');
    expect(plan()).toEqual(before);
    expect(built.inspect.tables()).toEqual([{ name: 'Kriterier', sheet: 'Plan', address: 'A4:E6' }]);
    expect(built.inspect.sheets().map((s) => s.name)).toEqual(['Plan']);
  });

  test('fewer rows: the table shrinks and only the rows it covered are emptied', async () => {
    await open(userPlan());
    const before = plan();
    const result = await built.port.writePlanTable(criteriaToTable(criteria(1)));
    expect(result).toMatchObject({ address: 'Plan!A4:E5', rows: 1 });
    expect(plan()).toEqual(withRows(before, [...earlierRowsOf(criteria(1)), blank(5)]));
    expect(built.inspect.values('Plan', 'G5')).toEqual([['Mitt notat']]);
    expect(built.inspect.formats('Plan', 'A6:E6')).toEqual([
      ['General', 'General', 'General', 'General', 'General'],
    ]);
    expect(built.inspect.tables()).toContainEqual({ name: 'Kriterier', sheet: 'Plan', address: 'A4:E5' });

    // No rows at all: Excel keeps one data row in a table, so it stays, empty.
    await built.port.writePlanTable({ ...criteriaToTable([]), rows: [] });
    expect(plan()).toEqual(withRows(before, [blank(5), blank(5)]));
    expect(built.inspect.tables()).toContainEqual({ name: 'Kriterier', sheet: 'Plan', address: 'A4:E5' });
  });

  test('no such table on the Plan sheet: added below the last used row (or table), title above it', async () => {
    const periode: CellValue[][] = [
      ['Min plan', null],
      [null, null],
      ['Felt', 'Verdi'],
      ['Fra år', 2013],
      ['Til år', 2015],
    ];
    // The Periode table ends in an empty row 6, below the last value.
    await open([{ name: 'Plan', values: periode, tables: [{ name: 'Periode', address: 'A3:B6' }] }]);
    const result = await built.port.writePlanTable(criteriaToTable(criteria(2)));
    expect(result).toMatchObject({ sheet: 'Plan', address: 'Plan!A9:E11', rows: 2 });
    expect(built.inspect.values('Plan', 'A1:E11')).toEqual([
      ...periode.map((row) => [...row, null, null, null]),
      blank(5),
      blank(5),
      [criteriaToTable([]).title, null, null, null, null],
      CRITERIA_HEADERS,
      ...rowsOf(criteria(2)),
    ]);
    expect(built.inspect.tables()).toContainEqual({ name: 'Kriterier', sheet: 'Plan', address: 'A9:E11' });
    expect(Object.keys((await built.port.readPlanTables()) ?? {}).sort()).toEqual(['Kriterier', 'Periode']);
    expect(built.inspect.values('Logg', 'B2:D2')).toEqual([['La til plantabell', 'Kriterier', 2]]);
  });

  test('below a note further down than any table', async () => {
    await open([{ name: 'Plan', at: 'C12', values: [['Notat']] }]);
    const result = await built.port.writePlanTable(criteriaToTable(criteria(1)));
    expect(result.address).toBe('Plan!A15:E16');
    expect(built.inspect.values('Plan', 'A14:C14')).toEqual([[criteriaToTable([]).title, null, null]]);
  });

  test('no Plan sheet: one is made, laid out as createPlanSheet lays it out', async () => {
    const table = criteriaToTable(criteria(3));
    const other = await build([{ name: 'Ark1', values: [['x']] }]);
    await other.port.createPlanSheet([table]);
    await open([{ name: 'Ark1', values: [['x']] }]);
    const result = await built.port.writePlanTable(table);
    expect(result).toMatchObject({ sheet: 'Plan', address: 'Plan!A5:E8', rows: 3 });
    expect(built.inspect.values('Plan', 'A1:F10')).toEqual(other.inspect.values('Plan', 'A1:F10'));
    expect(built.inspect.formats('Plan', 'A1:F10')).toEqual(other.inspect.formats('Plan', 'A1:F10'));
    expect(built.inspect.tables()).toEqual(other.inspect.tables());
    expect(await built.port.listOwnedSheets()).not.toContain('Plan');
    expect(built.inspect.values('Logg', 'B2:D2')).toEqual([['La til plantabell', 'Kriterier', 3]]);
  });

  test('a table whose headers were changed is not written by position; nothing changes', async () => {
    const headers = [...EARLIER_HEADERS.slice(0, 4), 'Weight'];
    await open(userPlan(headers));
    const before = plan();
    const refused = await failure(built.port.writePlanTable(criteriaToTable(criteria(2))));
    expect(refused.code).toBe('wrong-headers');
    expect(refused.message).toContain('Id | Kriterium | Criterion (en) | Beskrivelse | Weight');
    expect(refused.message).toMatch(/Ingenting ble endret\.$/);
    expect(refused.messageEn).toContain('Put the headers back in that order');
    expect(plan()).toEqual(before);
  });

  test('the table name used on another sheet, or a protected Plan sheet: refused, nothing written', async () => {
    await open([
      { name: 'Ark1', values: [['Kriterium'], ['Egen']], tables: [{ name: 'Kriterier', address: 'A1:A2' }] },
    ]);
    const taken = await failure(built.port.writePlanTable(criteriaToTable(criteria(2))));
    expect(taken).toMatchObject({ code: 'table-name-taken' });
    expect(taken.message).toContain('«Kriterier» er allerede brukt på arket «Ark1»');
    expect(built.inspect.sheets().map((s) => s.name)).toEqual(['Ark1']);

    await open(userPlan().map((sheet) => ({ ...sheet, protected: true })));
    const before = plan();
    const locked = await failure(built.port.writePlanTable(criteriaToTable(criteria(4))));
    expect(locked).toMatchObject({ code: 'sheet-protected', details: { sheet: 'Plan' } });
    expect(plan()).toEqual(before);
    expect(built.inspect.sheets().map((s) => s.name)).toEqual(['Plan']);
  });
});
