/**
 * Sync budget: read + validate + mark the project table in at most 4 syncs while Excel's payload limit is
 * not reached (2 to read: the workbook map, then every range at once; 2 to replace the marks: which rules
 * are ours, read in the same run that deletes them, then delete + add). Past the limit (Excel on the web,
 * 5 MB) the read goes in blocks of rows; the counts are printed.
 */
import { criteriaToTable, defaultCriteria } from '../../src/core/assessment';
import { defaultPlan, planFromTables } from '../../src/core/plan';
import { readProjectTable } from '../../src/core/projects';
import { runRules } from '../../src/core/rules';
import { sampleProjectsGrid } from '../../src/core/sample';
import type { CellValue } from '../../src/core/types';
import type { CellMark } from '../../src/port/workbookPort';
import { WEB_PAYLOAD_LIMIT } from '../support/fakeExcel';
import { fakeFrom, officeBuilt } from './fixtures';

const [headers, ...seedRows] = sampleProjectsGrid().values;

/** n project rows built from the seed's 28, with ids made unique and about 1 % typed wrongly. */
function projectRows(n: number): CellValue[][] {
  return Array.from({ length: n }, (_, i) => {
    const row = [...seedRows[i % seedRows.length]];
    row[0] = `${row[6]}-${String(i + 1).padStart(5, '0')}`;
    if (i % 97 === 5) row[7] = `${row[7]}`.replace(/(\d)(?=(\d{3})+$)/g, '$1 ');
    if (i % 101 === 7) row[4] = 'Nyskapning';
    return row;
  });
}

/**
 * The same size against the same limit is measured once per file: the table below and the web-limit test
 * after it ask for the same runs (50 000 rows take several seconds each).
 */
const measured = new Map<string, ReturnType<typeof measure>>();
function readValidateMark(n: number, payloadLimit: number): ReturnType<typeof measure> {
  const key = `${n}/${payloadLimit}`;
  if (!measured.has(key)) measured.set(key, measure(n, payloadLimit));
  return measured.get(key)!;
}

async function measure(n: number, payloadLimit: number) {
  const fake = fakeFrom(
    [
      {
        name: 'Prosjekter',
        values: [headers, ...projectRows(n)],
        tables: [{ name: 'Prosjekter', address: `A1:O${n + 1}` }],
      },
    ],
    {
      payloadLimit,
    },
  );
  const { port } = officeBuilt(fake);
  const start = fake.syncCount;
  const read = await port.readForOperation();
  const plan = read.planTables ? planFromTables(read.planTables).plan : defaultPlan;
  const table = readProjectTable(read.projects!.grid, plan, read.mappings.projects?.mapping);
  const findings = runRules({ plan, table });
  const marks: CellMark[] = findings.map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity }));
  const marked = await port.markCells(marks, { replacing: read.marks });
  return {
    syncs: fake.syncCount - start,
    refused: fake.syncs.filter((s) => s.error).length,
    largestResponse: Math.max(...fake.syncs.map((s) => s.responseBytes)),
    rows: table.rows.length,
    findings: findings.length,
    marked: marked.marked,
    fake,
  };
}

const sizes = [100, 10_000, 50_000];

describe.each([
  ['Excel on the web (5 MB payload limit)', WEB_PAYLOAD_LIMIT],
  ['Excel on the desktop (no payload limit)', Number.POSITIVE_INFINITY],
])('%s', (label, limit) => {
  test.each(sizes)('read + validate + mark %i rows', async (n) => {
    const result = await readValidateMark(n, limit);
    const mb = (result.largestResponse / 1024 / 1024).toFixed(2);
    console.log(
      `${label}: ${n} rows → ${result.syncs} syncs (${result.refused} refused by the limit), largest response ${mb} MB, ${result.findings} findings, ${result.marked} cells marked`,
    );
    expect(result.rows).toBe(n);
    expect(result.findings).toBeGreaterThan(0);
    expect(result.marked).toBeGreaterThan(0);
    if (result.refused === 0) expect(result.syncs).toBeLessThanOrEqual(4);
    // Where the limit is reached only the read is split: 1 refused read, 1 for the addresses, then blocks.
    else expect(result.syncs).toBeLessThanOrEqual(4 + 1 + Math.ceil(result.largestResponse / (limit / 4)));
  });
});

test('under the web limit, 100 and 10 000 rows stay within the budget; 50 000 realistic rows do not fit in 5 MB', async () => {
  const small = await readValidateMark(10_000, WEB_PAYLOAD_LIMIT);
  expect(small.refused).toBe(0);
  expect(small.syncs).toBeLessThanOrEqual(4);
  const large = await readValidateMark(50_000, WEB_PAYLOAD_LIMIT);
  expect(large.refused).toBeGreaterThan(0);
  expect(large.fake.syncs.every((s) => s.responseBytes <= WEB_PAYLOAD_LIMIT || s.error)).toBe(true);
});

describe('syncs per operation (docs/workbook-port.md lists the same)', () => {
  test('each operation reads in one sync after the workbook map and writes in one more', async () => {
    const fake = fakeFrom([
      {
        name: 'Prosjekter',
        values: [headers, ...seedRows],
        tables: [{ name: 'Prosjekter', address: 'A1:O29' }],
      },
      { name: 'Notater', values: [['Notat']] },
    ]);
    const { port } = officeBuilt(fake);
    const counts: [string, number][] = [];
    const count = async (label: string, operation: () => Promise<unknown>) => {
      const start = fake.syncCount;
      await operation();
      counts.push([label, fake.syncCount - start]);
    };
    let read = await port.readForOperation();
    await count('readForOperation', async () => (read = await port.readForOperation({ sheets: true })));
    await count('readProjects', () => port.readProjects());
    await count('readPlanTables (no Plan sheet)', () => port.readPlanTables());
    await count('readRange', () => port.readRange('Prosjekter!A1:C3'));
    await count('getSelectedAddress', () => port.getSelectedAddress());
    await count('listOwnedSheets', () => port.listOwnedSheets());
    await count('markCells with the read’s mark state', () =>
      port.markCells([{ sheet: 'Prosjekter', cell: 'H3', severity: 'error' }], { replacing: read.marks }),
    );
    await count('markCells without it', () =>
      port.markCells([{ sheet: 'Prosjekter', cell: 'H4', severity: 'error' }]),
    );
    await count('clearMarks', () => port.clearMarks());
    await count('writeOwnedSheet (new sheet)', () =>
      port.writeOwnedSheet({ name: 'Ut', tables: [{ name: 'Ut', headers: ['a'], rows: [[1]] }] }),
    );
    await count('writeOwnedSheet (replacing it)', () =>
      port.writeOwnedSheet({ name: 'Ut', tables: [{ name: 'Ut', headers: ['a'], rows: [[2]] }] }),
    );
    await count('appendRows (table)', () => port.appendRows('Prosjekter', [seedRows[0]]));
    await count('saveMapping', () => port.saveMapping({ mapping: { name: 1 } }));
    await count('readMapping', () => port.readMapping());
    await count('createPlanSheet', () =>
      port.createPlanSheet([
        { name: 'Periode', title: 'Periode', headers: ['Felt', 'Verdi'], rows: [['Fra år', 2013]] },
      ]),
    );
    await count('readPlanTables (Plan sheet)', () => port.readPlanTables());
    const kriterier = criteriaToTable(defaultCriteria());
    await count('writePlanTable (adding it to the Plan sheet)', () => port.writePlanTable(kriterier));
    await count('writePlanTable (replacing it, one row fewer)', () =>
      port.writePlanTable({ ...kriterier, rows: kriterier.rows.slice(1) }),
    );
    await count('selectCell', () => port.selectCell('Prosjekter', 'H3'));
    console.log(counts.map(([label, n]) => `${label}: ${n}`).join('\n'));
    expect(Object.fromEntries(counts)).toEqual({
      readForOperation: 2,
      readProjects: 2,
      'readPlanTables (no Plan sheet)': 1,
      'readPlanTables (Plan sheet)': 2,
      'writePlanTable (adding it to the Plan sheet)': 3,
      'writePlanTable (replacing it, one row fewer)': 3,
      readRange: 1,
      getSelectedAddress: 1,
      listOwnedSheets: 1,
      'markCells with the read’s mark state': 2,
      'markCells without it': 3,
      clearMarks: 3,
      'writeOwnedSheet (new sheet)': 2,
      'writeOwnedSheet (replacing it)': 3,
      'appendRows (table)': 3,
      saveMapping: 2,
      readMapping: 2,
      createPlanSheet: 2,
      selectCell: 1,
    });
    expect(fake.syncs.every((s) => !s.error)).toBe(true);
  });

  test('writePlanTable on a workbook without a Plan sheet: the map, then the write', async () => {
    const fake = fakeFrom([{ name: 'Ark1', values: [['x']] }]);
    const { port } = officeBuilt(fake);
    const start = fake.syncCount;
    await port.writePlanTable(criteriaToTable(defaultCriteria()));
    expect(fake.syncCount - start).toBe(2);
    expect(fake.syncs.every((s) => !s.error)).toBe(true);
  });
});
