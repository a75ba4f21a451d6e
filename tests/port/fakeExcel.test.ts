/**
 * The fake Excel fails the way Excel fails. If it were lenient, the Office adapter could pass its tests and
 * still break the first time a programme leader opens the add-in.
 */
import { FakeExcel } from '../support/fakeExcel';

type Ctx = Excel.RequestContext;

async function run<T>(
  fake: FakeExcel,
  batch: (context: Ctx) => Promise<T>,
  options: Excel.RunOptions = {},
): Promise<T> {
  return fake.run(options, batch as never);
}

async function rejection(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected a rejection');
}

function fakeWithData(): FakeExcel {
  const fake = new FakeExcel();
  fake.seed('Data', 'A1', [
    ['Prosjekt', 'Bevilget'],
    ['Forstudie A', 100],
  ]);
  return fake;
}

describe('loading', () => {
  test('reading range.values without load throws PropertyNotLoaded, also after a sync', async () => {
    const fake = fakeWithData();
    const error = await rejection(
      run(fake, async (context) => {
        const range = context.workbook.worksheets.getItem('Data').getRange('A1:B2');
        await context.sync();
        return range.values;
      }),
    );
    expect(error.code).toBe('PropertyNotLoaded');
    expect(error.message).toContain("'values' is not available");
  });

  test('a loaded property is there only after sync', async () => {
    const fake = fakeWithData();
    await run(fake, async (context) => {
      const range = context.workbook.worksheets.getItem('Data').getRange('A1:B2');
      range.load('values');
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([
        ['Prosjekt', 'Bevilget'],
        ['Forstudie A', 100],
      ]);
      expect(() => range.address).toThrow(/'address' is not available/);
    });
  });

  test('collection items and navigation properties load through paths', async () => {
    const fake = fakeWithData();
    fake.addTable('Data', 'A1:B2', 'Tabell');
    await run(fake, async (context) => {
      const tables = context.workbook.tables;
      tables.load('items/name,items/worksheet/name');
      expect(() => tables.items).toThrow(/not available/);
      await context.sync();
      expect(tables.items.map((t) => [t.name, t.worksheet.name])).toEqual([['Tabell', 'Data']]);
    });
  });

  test('isNullObject is known only after sync; calls on a null object fail the sync', async () => {
    const fake = fakeWithData();
    await run(fake, async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Borte');
      const present = context.workbook.worksheets.getItemOrNullObject('Data');
      expect(() => missing.isNullObject).toThrow(/not available/);
      await context.sync();
      expect([missing.isNullObject, present.isNullObject]).toEqual([true, false]);
    });
    const error = await rejection(
      run(fake, async (context) => {
        context.workbook.worksheets.getItemOrNullObject('Borte').getRange('A1').load('values');
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidObjectPath');
  });
});

describe('batching', () => {
  test('writes queue until sync, then run in order', async () => {
    const fake = fakeWithData();
    await run(fake, async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('B2').values = [[200]];
      expect(fake.values('Data', 'B2')).toEqual([[100]]);
      await context.sync();
      expect(fake.values('Data', 'B2')).toEqual([[200]]);
    });
  });

  test('getItem of a missing item fails at sync with ItemNotFound, not when called', async () => {
    const fake = fakeWithData();
    await run(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Borte');
      const range = sheet.getRange('A1');
      range.load('values');
      const error = await rejection(context.sync());
      expect(error.code).toBe('ItemNotFound');
    });
  });

  test('values of the wrong size fail with InvalidArgument; calls before it stay done, calls after it never run', async () => {
    const fake = fakeWithData();
    const error = await rejection(
      run(fake, async (context) => {
        const sheet = context.workbook.worksheets.getItem('Data');
        sheet.getRange('A3').values = [['før']];
        sheet.getRange('A4:B4').values = [['for', 'mange', 'kolonner']];
        sheet.getRange('A5').values = [['etter']];
        await context.sync();
      }),
    );
    expect(error.code).toBe('InvalidArgument');
    expect(fake.values('Data', 'A3:A5')).toEqual([['før'], [null], [null]]);
  });

  test('a protected sheet refuses writes with AccessDenied', async () => {
    const fake = fakeWithData();
    fake.protect('Data');
    const error = await rejection(
      run(fake, async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('A1').values = [['x']];
        await context.sync();
      }),
    );
    expect(error.code).toBe('AccessDenied');
    expect(fake.values('Data', 'A1')).toEqual([['Prosjekt']]);
  });

  test('strings are typed into cells as Excel types them, unless the cell is Text', async () => {
    const fake = fakeWithData();
    await run(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      sheet.getRange('C1:C2').numberFormat = [['@'], ['General']];
      sheet.getRange('C1:D2').values = [
        ['2011-01', '0123'],
        ['2011-01', '=HYPERLINK("#Data!A1","A1")'],
      ];
      await context.sync();
    });
    const [[text, number], [date, link]] = fake.values('Data', 'C1:D2');
    expect([text, number, link]).toEqual(['2011-01', 123, 'A1']);
    expect(date).toBe(40544);
  });

  test('every sync is counted, and Excel.run flushes what is left at the end', async () => {
    const fake = fakeWithData();
    await run(fake, async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('A1').load('values');
      await context.sync();
      context.workbook.worksheets.getItem('Data').getRange('A9').values = [['sist']];
    });
    expect(fake.syncCount).toBe(2);
    expect(fake.values('Data', 'A9')).toEqual([['sist']]);
  });
});

describe('what Excel on the web and users do', () => {
  test('a request over the payload limit is refused before anything runs, with an estimate', async () => {
    const fake = new FakeExcel({ payloadLimit: 10_000 });
    fake.addSheet('Data');
    const error = await rejection(
      run(fake, async (context) => {
        const sheet = context.workbook.worksheets.getItem('Data');
        sheet.getRange('A1').values = [['liten']];
        sheet.getRange('A2:A2001').values = Array.from({ length: 2000 }, (_, i) => [`rad ${i}`]);
        await context.sync();
      }),
    );
    expect(error.code).toBe('RequestPayloadSizeLimitExceeded');
    expect(error.message).toMatch(/estimated \d+ bytes, limit 10000/);
    expect(fake.values('Data', 'A1')).toEqual([[null]]);
  });

  test('a response over the payload limit fails the read', async () => {
    const fake = new FakeExcel({ payloadLimit: 10_000 });
    fake.seed(
      'Data',
      'A1',
      Array.from({ length: 2000 }, (_, i) => [`rad ${i}`]),
    );
    const error = await rejection(
      run(fake, async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('A1:A2000').load('values');
        await context.sync();
      }),
    );
    expect(error.code).toBe('ResponsePayloadSizeLimitExceeded');
  });

  test('cell-edit mode fails a batch, unless the run asked to wait for the user (ExcelApi 1.11)', async () => {
    const fake = fakeWithData();
    fake.enterCellEdit();
    const error = await rejection(run(fake, async (context) => context.sync()));
    expect(error.code).toBe('InvalidOperationInCellEditMode');
    const waiting = run(
      fake,
      async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('A3').values = [['etter redigering']];
        await context.sync();
      },
      { delayForCellEdit: true },
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fake.values('Data', 'A3')).toEqual([[null]]);
    fake.exitCellEdit();
    await waiting;
    expect(fake.values('Data', 'A3')).toEqual([['etter redigering']]);
  });

  test('an API newer than the host fails at sync with ApiNotFound', async () => {
    const fake = new FakeExcel({ apiMinor: 8 });
    fake.addSheet('Data');
    expect(fake.isSetSupported('ExcelApi', '1.9')).toBe(false);
    const error = await rejection(
      run(fake, async (context) => {
        context.workbook.worksheets.getItem('Data').getRanges('A1, B2').load('address');
        await context.sync();
      }),
    );
    expect(error.code).toBe('ApiNotFound');
  });

  test('a name follows its sheet when renamed and turns #REF! when the sheet is deleted', async () => {
    const fake = fakeWithData();
    fake.addSheet('Annet');
    const read = async () =>
      run(fake, async (context) => {
        const names = context.workbook.names;
        names.load('items/name,items/type,items/value');
        await context.sync();
        return names.items.map((n) => [n.name, n.type, n.value]);
      });
    await run(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      context.workbook.names.add('Merke', sheet.getRange('A1'));
      sheet.name = 'Data 2';
      await context.sync();
    });
    expect(await read()).toEqual([['Merke', 'Range', "'Data 2'!$A$1"]]);
    await run(fake, async (context) => {
      context.workbook.worksheets.getItem('Data 2').delete();
      await context.sync();
    });
    expect(await read()).toEqual([['Merke', 'Error', '#REF!']]);
  });
});

describe('tables and clearing', () => {
  function withTables(apiMinor = 17): FakeExcel {
    const fake = new FakeExcel({ apiMinor });
    fake.seed('Plan', 'A1', [
      ['Kriterium', 'Vekt'],
      ['Relevans', 1],
      ['Giring', 2],
      [null, null],
      ['Annet', 'Tall'],
      ['x', 1],
    ]);
    fake.addTable('Plan', 'A1:B3', 'Kriterier');
    fake.addTable('Plan', 'A5:B6', 'Annet');
    return fake;
  }
  const resize = (fake: FakeExcel, address: string) =>
    run(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Plan');
      context.workbook.tables.getItem('Kriterier').resize(sheet.getRange(address));
      await context.sync();
    });
  const rect = (fake: FakeExcel) => fake.model.tables.find((t) => t.name === 'Kriterier')?.rect;

  test('Table.resize keeps every cell; it refuses to move the header row or to overlap another table', async () => {
    const fake = withTables();
    await resize(fake, 'A1:B2');
    expect(rect(fake)).toEqual({ top: 1, left: 1, bottom: 2, right: 2 });
    expect(fake.values('Plan', 'A3:B3')).toEqual([['Giring', 2]]);
    await resize(fake, 'A1:B4');
    expect(rect(fake)).toEqual({ top: 1, left: 1, bottom: 4, right: 2 });
    expect((await rejection(resize(fake, 'A2:B4'))).code).toBe('InvalidArgument');
    expect((await rejection(resize(fake, 'A1:B5'))).code).toBe('InvalidArgument');
    expect(rect(fake)).toEqual({ top: 1, left: 1, bottom: 4, right: 2 });
  });

  test('Table.resize needs ExcelApi 1.13; on a protected sheet it is AccessDenied', async () => {
    expect((await rejection(resize(withTables(12), 'A1:B4'))).code).toBe('ApiNotFound');
    const fake = withTables();
    fake.protect('Plan');
    expect((await rejection(resize(fake, 'A1:B4'))).code).toBe('AccessDenied');
    expect(rect(fake)).toEqual({ top: 1, left: 1, bottom: 3, right: 2 });
  });

  test("clear('Contents') keeps number formats, clear('Formats') keeps values, clear('All') takes both", async () => {
    const fake = new FakeExcel();
    fake.seed('Plan', 'A1', [[1, 2, 3]], [['0.0', '0.0', '0.0']]);
    await run(fake, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Plan');
      sheet.getRange('A1').clear('Contents');
      sheet.getRange('B1').clear('Formats');
      sheet.getRange('C1').clear('All');
      await context.sync();
    });
    expect(fake.values('Plan', 'A1:C1')).toEqual([[null, 2, null]]);
    expect(fake.model.readFormats(fake.sheet('Plan'), { top: 1, left: 1, bottom: 1, right: 3 })).toEqual([
      ['0.0', 'General', 'General'],
    ]);
  });
});

describe('conditional formats', () => {
  // ConditionalFormat.id is "the priority of the conditional format in the current ConditionalFormatCollection"
  // and add() puts a rule "at the first/top priority" (learn.microsoft.com/javascript/api/excel/excel.conditionalformat,
  // excel.conditionalformatcollection): ids are positions, and they shift.
  function withRules(): FakeExcel {
    const fake = new FakeExcel();
    fake.seed('Ark', 'A1', [[1, 2, 3]]);
    return fake;
  }
  const addRule = (context: Ctx, formula: string) => {
    const rule = context.workbook.worksheets
      .getItem('Ark')
      .getRange('A1:C1')
      .conditionalFormats.add('Custom');
    rule.custom.rule.formula = formula;
  };
  const formulas = (fake: FakeExcel) =>
    run(fake, async (context) => {
      const rules = context.workbook.worksheets.getItem('Ark').getRange().conditionalFormats;
      rules.load('items/id,items/priority,items/customOrNullObject/rule/formula');
      await context.sync();
      return rules.items.map((r) => [r.id, r.customOrNullObject.rule.formula]);
    });

  test('add() puts a rule on top; ids are positions in the collection', async () => {
    const fake = withRules();
    await run(fake, async (context) => {
      addRule(context, '=A1>1');
      addRule(context, '=A1>2');
      await context.sync();
    });
    expect(await formulas(fake)).toEqual([
      ['0', '=A1>2'],
      ['1', '=A1>1'],
    ]);
  });

  test('deleting by id in ascending order in one batch deletes the wrong rule: the ids shift', async () => {
    const fake = withRules();
    await run(fake, async (context) => {
      addRule(context, '=USER()');
      addRule(context, '=MARK(1)');
      addRule(context, '=MARK(2)');
      await context.sync();
    });
    await run(fake, async (context) => {
      const rules = context.workbook.worksheets.getItem('Ark').getRange().conditionalFormats;
      rules.getItem('0').delete();
      rules.getItem('1').delete();
      await context.sync();
    });
    expect(await formulas(fake)).toEqual([['0', '=MARK(1)']]);
  });

  test('a rule Excel cannot read back fails any load of it (office-js #6396, #6827)', async () => {
    const fake = withRules();
    await run(fake, async (context) => {
      addRule(context, '=A1>1');
      await context.sync();
    });
    fake.sheet('Ark').conditionalFormats[0].unreadable = true;
    expect((await rejection(formulas(fake))).code).toBe('ItemNotFound');
  });
});
