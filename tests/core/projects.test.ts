import fc from 'fast-check';
import { defaultPlan } from '../../src/core/plan';
import {
  CANONICAL_HEADERS,
  FIELD_ORDER,
  fieldCell,
  REQUIRED_FIELDS,
  findHeaderRow,
  mapHeaders,
  matchCategory,
  matchStatus,
  readProjectTable,
} from '../../src/core/projects';
import { sampleProjectsGrid } from '../../src/core/sample';
import type { CellValue, Grid, ProjectField } from '../../src/core/types';

const HEADER = FIELD_ORDER.map((field) => CANONICAL_HEADERS[field]);

function grid(values: CellValue[][], extra: Partial<Grid> = {}): Grid {
  return { sheet: 'Prosjekter', top: 1, left: 1, values, ...extra };
}

describe('mapHeaders', () => {
  it.each<[string, ProjectField]>([
    ['Prosjektnr', 'id'],
    ['Prosjektnummer', 'id'],
    ['Project no.', 'id'],
    ['Prosjekt', 'name'],
    ['Prosjektnavn', 'name'],
    ['Project name', 'name'],
    ['Søker', 'applicant'],
    ['Applicant', 'applicant'],
    ['Org.nr', 'orgNo'],
    ['Org. nr.', 'orgNo'],
    ['Organisasjonsnummer', 'orgNo'],
    ['Innsatsområde', 'area'],
    ['Område', 'area'],
    ['  OMRÅDE ', 'area'],
    ['Focus area', 'area'],
    ['focus\u00a0area', 'area'],
    ['Kategori', 'category'],
    ['Category', 'category'],
    ['År', 'year'],
    ['Year', 'year'],
    ['Bevilget', 'granted'],
    ['Beløp', 'granted'],
    ['Tilskudd', 'granted'],
    ['Bevilget (kr)', 'granted'],
    ['Bevilget beløp', 'granted'],
    ['Granted', 'granted'],
    ['Utbetalt ved godkjenning', 'paidAtApproval'],
    ['Utbetalt  ved\u202fgodkjenning', 'paidAtApproval'],
    ['Paid at approval', 'paidAtApproval'],
    ['Utbetalt ved avslutning', 'paidAtCompletion'],
    ['Paid at completion', 'paidAtCompletion'],
    ['Status', 'status'],
    ['Nye arbeidsplasser', 'newJobs'],
    ['New jobs', 'newJobs'],
    ['Sikrede arbeidsplasser', 'securedJobs'],
    ['Secured jobs', 'securedJobs'],
    ['Nye bedrifter', 'newCompanies'],
    ['New companies', 'newCompanies'],
    ['Utløst finansiering', 'leveragedFunding'],
    ['Triggered funding', 'leveragedFunding'],
  ])('reads %j as %s', (header, field) => {
    const { mapping, unknown } = mapHeaders(['', header]);
    expect(mapping[field]).toBe(1);
    expect(unknown).toEqual([]);
  });

  it('maps the canonical header row completely, in order', () => {
    const result = mapHeaders(HEADER);
    expect(result.mapping).toEqual(Object.fromEntries(FIELD_ORDER.map((field, i) => [field, i])));
    expect(result).toMatchObject({ missing: [], duplicates: [], unknown: [] });
  });

  it('names the required columns that are missing', () => {
    expect(mapHeaders(['Prosjekt', 'Søker']).missing).toEqual(REQUIRED_FIELDS.filter((f) => f !== 'name'));
    expect(REQUIRED_FIELDS).toEqual(['name', 'area', 'category', 'year', 'granted']);
  });

  it('keeps the first of two columns for one field and reports both', () => {
    const result = mapHeaders(['Bevilget', 'Prosjekt', 'Beløp']);
    expect(result.mapping.granted).toBe(0);
    expect(result.duplicates).toEqual([{ field: 'granted', columns: [0, 2] }]);
  });

  it('lists headers it does not know, with a suggestion when close, and ignores blank ones', () => {
    const result = mapHeaders(['Bevilgt', null, '  ', 'Kommentar', 42]);
    expect(result.unknown).toEqual([
      { column: 0, header: 'Bevilgt', suggestion: 'Bevilget' },
      { column: 3, header: 'Kommentar' },
      { column: 4, header: '42' },
    ]);
    expect(result.mapping.granted).toBeUndefined();
  });
});

describe('matchCategory and matchStatus', () => {
  it.each([
    ['Forstudie', 'prestudy'],
    ['forstudie ', 'prestudy'],
    ['Prestudy', 'prestudy'],
    ['Pre-study', 'prestudy'],
    ['Forprosjekt', 'preproject'],
    ['Pre-project', 'preproject'],
    ['Preproject', 'preproject'],
    ['Hovedprosjekt', 'mainProject'],
    ['HOVEDPROSJEKT', 'mainProject'],
    ['Main project', 'mainProject'],
  ])('category %j → %s', (text, category) => {
    expect(matchCategory(text)).toEqual({ category });
  });

  it.each([
    ['Forprosjket', 'Forprosjekt'],
    ['Forstuide', 'Forstudie'],
    ['Hovedprosjet', 'Hovedprosjekt'],
    ['Main projet', 'Main project'],
  ])('category near miss %j only suggests %j', (text, suggestion) => {
    expect(matchCategory(text)).toEqual({ suggestion });
  });

  it.each<CellValue>(['Skisse', 17, true, { error: '#N/A' }, null, ''])(
    'category %j gives nothing',
    (value) => {
      expect(matchCategory(value)).toEqual({});
    },
  );

  it.each([
    ['Aktiv', 'active'],
    ['Active', 'active'],
    ['Avsluttet', 'closed'],
    ['Closed', 'closed'],
    ['Trukket', 'withdrawn'],
    ['Withdrawn', 'withdrawn'],
    ['', 'active'],
    [null, 'active'],
    ['   ', 'active'],
  ])('status %j → %s', (value, status) => {
    expect(matchStatus(value)).toEqual({ status });
  });

  it('status near misses only suggest', () => {
    expect(matchStatus('Avslutet')).toEqual({ suggestion: 'Avsluttet' });
    expect(matchStatus('Trukke')).toEqual({ suggestion: 'Trukket' });
    expect(matchStatus('Ukjent tilstand')).toEqual({});
    expect(matchStatus(1)).toEqual({});
  });
});

describe('findHeaderRow', () => {
  it('skips blank rows above the headers', () => {
    expect(findHeaderRow(grid([[null, ''], [], ['  ', null], HEADER]))).toBe(3);
  });
  it('is -1 for an empty grid', () => {
    expect(findHeaderRow(grid([]))).toBe(-1);
    expect(findHeaderRow(grid([[null], ['']]))).toBe(-1);
  });

  it('finds the headers below a title and a subtitle (row 3, row 5)', () => {
    expect(findHeaderRow(grid([['Prosjekter 2011–2012'], [], HEADER]))).toBe(2);
    const subtitled = [['Omstillingsprogram Vestre Toten'], [], ['Bevilgede prosjekter, kr'], [], HEADER];
    expect(findHeaderRow(grid(subtitled))).toBe(4);
  });

  it('finds a partial header row below a title when it clearly names more columns', () => {
    const partial = ['Prosjekt', 'Innsatsområde', 'Bevilget', 'Merknad'];
    expect(findHeaderRow(grid([['Prosjekt: oversikt'], partial, ['A', 'Nyskaping', 5]]))).toBe(1);
  });

  it('keeps the first row when it is the header row, even with a required header misspelt', () => {
    const misspelt = HEADER.map((h) => (h === 'Bevilget' ? 'Bevilgt' : h));
    const rows = sampleProjectsGrid().values.slice(1);
    expect(findHeaderRow(grid([misspelt, ...rows]))).toBe(0);
  });
});

describe('readProjectTable: layouts people keep', () => {
  const sampleRows = () => sampleProjectsGrid().values.map((row) => [...row]);
  const read = (values: CellValue[][], extra: Partial<Grid> = {}) =>
    readProjectTable(grid(values, extra), defaultPlan);
  const totalsOf = (rows: CellValue[][]): CellValue[] =>
    rows[0].map((_, c) =>
      c >= 7
        ? rows.slice(1).reduce((sum, row) => sum + (typeof row[c] === 'number' ? (row[c] as number) : 0), 0)
        : null,
    );

  it('a title above the headers: the rows above are not data, 28 projects', () => {
    const table = read([['Prosjekter 2011–2012'], [], ...sampleRows()]);
    expect(table.headerRow).toBe(3);
    expect(table.rows).toHaveLength(28);
    expect(table.rows[0]).toMatchObject({ row: 4, id: '2011-01', granted: 440_000 });
  });

  it.each(['Sum', 'I alt', '  TOTALT ', 'total'])(
    'a «%s» line under a plain list is a total, not a project',
    (label) => {
      const rows = sampleRows();
      const total = totalsOf(rows);
      total[0] = label;
      const table = read([...rows, total]);
      expect(table.rows).toHaveLength(28);
      expect(table.totalRows).toEqual([30]);
    },
  );

  it('the sum word may stand in any column, e.g. under the project names', () => {
    const rows = sampleRows();
    const total = totalsOf(rows);
    total[1] = 'Sum';
    expect(read([...rows, total]).totalRows).toEqual([30]);
  });

  it('«Sum bevilget» and a row of SUM/SUBTOTAL formulas are totals; a project with a formula is not', () => {
    const rows = sampleRows();
    const labelled = totalsOf(rows);
    labelled[0] = 'Sum bevilget';
    const unlabelled = totalsOf(rows);
    const formulas: (string | undefined)[][] = [...rows, labelled, unlabelled].map(() => []);
    formulas[30][7] = 'SUBTOTAL(109,H2:H29)';
    // A project whose amount is a formula over a range still has area and category: it stays a project.
    formulas[1][7] = 'SUM(Budsjett!B2:B5)';
    const table = read([...rows, labelled, unlabelled], { formulas });
    expect(table.rows).toHaveLength(28);
    expect(table.totalRows).toEqual([30, 31]);
  });

  it('a project named «Total renovering av kaia» is a project', () => {
    const rows = sampleRows();
    rows[1][1] = 'Total renovering av kaia';
    expect(read(rows).rows).toHaveLength(28);
  });

  it('a cell inside a merge is empty as Excel shows it, and names the merge’s top-left cell', () => {
    const rows = sampleRows();
    // E2:E4 merged; ExcelJS copies the value into E3 and E4, Excel shows them empty.
    rows[2][4] = rows[1][4];
    rows[3][4] = rows[1][4];
    const table = read(rows, { merges: [{ top: 2, left: 5, bottom: 4, right: 5 }] });
    expect(table.rows).toHaveLength(28);
    expect(table.rows.slice(0, 3).map((r) => [r.raw.area, r.area, r.merged?.area])).toEqual([
      ['Nyskaping i næringslivet', 'Nyskaping i næringslivet', undefined],
      [null, undefined, 'E2'],
      [null, undefined, 'E2'],
    ]);
  });

  it('a merged note beside or below the table makes no project rows', () => {
    const rows: CellValue[][] = sampleRows().map((row) => [...row, null, null]);
    rows[1][16] = 'Merk: beløp i hele kroner';
    // The note is merged Q2:R20000; a port that copies it into every cell must not make 19 999 rows.
    const tall: CellValue[][] = [...rows];
    for (let r = rows.length; r < 20_000; r++)
      tall.push([...Array(16).fill(null), 'Merk: beløp i hele kroner', null]);
    for (let r = 2; r < rows.length; r++) tall[r][16] = 'Merk: beløp i hele kroner';
    const below: CellValue[] = [
      'Kilde: styrevedtak 2011–2012',
      ...Array(17).fill('Kilde: styrevedtak 2011–2012'),
    ];
    tall.push([], below);
    const merges = [
      { top: 2, left: 17, bottom: 20_000, right: 18 },
      { top: 20_002, left: 1, bottom: 20_002, right: 18 },
    ];
    const table = read(tall, { merges });
    expect(table.rows).toHaveLength(28);
    expect(table.rows.at(-1)?.row).toBe(29);
  });

  it('a row with content only outside the mapped columns is no project', () => {
    const rows: CellValue[][] = sampleRows().map((row) => [...row, null]);
    rows.push([...Array(15).fill(null), 'Notat: se styresak 12/2012']);
    expect(read(rows).rows).toHaveLength(28);
  });
});

describe('readProjectTable', () => {
  it('reads the 28 sample projects with typed values', () => {
    const table = readProjectTable(sampleProjectsGrid(), defaultPlan);
    expect(table.rows).toHaveLength(28);
    expect(table.headerRow).toBe(1);
    const first = table.rows[0];
    expect(first).toMatchObject({
      row: 2,
      id: '2011-01',
      area: 'Nyskaping i næringslivet',
      category: 'prestudy',
      year: 2011,
      granted: 440_000,
      paidAtApproval: 220_000,
      paidAtCompletion: 0,
      status: 'active',
      orgNo: '918452036',
    });
    expect(fieldCell(table, first, 'granted')).toBe('H2');
    expect(first.raw.orgNo).toBe('918 452 036');
    expect(table.rows.filter((r) => r.area === 'Velferdsinnovasjon')).toHaveLength(4);
  });

  it('reads what people type: amounts as text, English labels, synonyms, a shifted table', () => {
    const table = readProjectTable(
      grid(
        [
          [],
          [null, 'Project name', 'Focus area', 'Category', 'Year', 'Beløp', 'Status', 'Kommentar'],
          [null, 'Ny sveiselinje', 'Nyskaping', 'Main project', '2013', '1 410 000 kr', 'Closed', 'x'],
          [null, null, null, null, null, null, null, null],
          [null, 'Kulturnettverk', 'Attraktivitet', 'Forstudie', 2014, 'kr 70 000,-', '', null],
        ],
        { sheet: 'Ark1', top: 5, left: 2 },
      ),
      defaultPlan,
    );
    expect(table.headerRow).toBe(6);
    expect(table.rows.map((r) => r.row)).toEqual([7, 9]);
    expect(table.rows[0]).toMatchObject({
      name: 'Ny sveiselinje',
      area: 'Nyskaping i næringslivet',
      category: 'mainProject',
      year: 2013,
      granted: 1_410_000,
      status: 'closed',
    });
    expect(fieldCell(table, table.rows[0], 'name')).toBe('C7');
    expect(fieldCell(table, table.rows[0], 'granted')).toBe('G7');
    expect(table.rows[1]).toMatchObject({
      area: 'Attraktivitet for næringslivet',
      granted: 70_000,
      status: 'active',
    });
  });

  it('leaves unreadable cells undefined, keeps the raw cell, and gives a suggestion elsewhere', () => {
    const table = readProjectTable(
      grid([
        ['Prosjekt', 'Innsatsområde', 'Kategori', 'År', 'Bevilget', 'Status'],
        ['A', 'Nyskapning', 'Forprosjket', 'i fjor', { error: '#REF!' }, 'Avslutet'],
      ]),
      defaultPlan,
    );
    const [row] = table.rows;
    expect(row).toMatchObject({
      name: 'A',
      area: undefined,
      category: undefined,
      year: undefined,
      granted: undefined,
    });
    expect(row.status).toBeUndefined();
    expect(row.raw).toMatchObject({
      area: 'Nyskapning',
      category: 'Forprosjket',
      granted: { error: '#REF!' },
    });
  });

  it('takes the year of a date cell', () => {
    const table = readProjectTable(
      {
        ...grid([
          ['Prosjekt', 'År'],
          ['A', 41275],
          ['B', 41275],
        ]),
        numberFormats: [
          ['General', 'General'],
          ['General', 'dd.mm.yyyy'],
          ['General', 'General'],
        ],
      },
      defaultPlan,
    );
    expect(table.rows.map((r) => r.year)).toEqual([2013, undefined]);
  });

  it('uses a confirmed mapping instead of guessing', () => {
    const table = readProjectTable(
      grid([
        ['Tekst', 'Penger'],
        ['Ny sveiselinje', '250 000'],
      ]),
      defaultPlan,
      { name: 0, granted: 1, year: 9 },
    );
    expect(table.mapping).toEqual({ name: 0, granted: 1, year: 9 });
    expect(table.rows[0]).toMatchObject({ name: 'Ny sveiselinje', granted: 250_000, year: undefined });
    expect(fieldCell(table, table.rows[0], 'year')).toBe('J2');
  });

  it('never throws, whatever the cells hold', () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.string(),
      fc.constantFrom(
        'Forstudie',
        'Trukket',
        'Nyskaping',
        '2013',
        '1 410 000',
        '2,5 mill',
        '(70 000)',
        '−5',
        'NaN',
      ),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.constantFrom('#REF!', '#N/A', '#DIV/0!').map((error) => ({ error })),
    );
    const headerCell = fc.oneof(cell, fc.constantFrom(...HEADER, 'Beløp', 'Område', 'Year'));
    const rows = fc.array(fc.array(cell, { maxLength: 18 }), { maxLength: 8 });
    const mapping = fc.option(
      fc.dictionary(fc.constantFrom(...FIELD_ORDER), fc.integer({ min: -2, max: 30 })),
      { nil: undefined },
    );
    fc.assert(
      fc.property(fc.array(headerCell, { maxLength: 18 }), rows, mapping, (header, body, columns) => {
        const table = readProjectTable(grid([header, ...body]), defaultPlan, columns);
        for (const row of table.rows) {
          for (const amount of [
            row.granted,
            row.paidAtApproval,
            row.paidAtCompletion,
            row.leveragedFunding,
          ]) {
            if (amount !== undefined) expect(Number.isInteger(amount)).toBe(true);
          }
        }
      }),
      { numRuns: 1500 },
    );
  });
});
