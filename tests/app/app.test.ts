/** The application operations over the ExcelJS port, on real workbooks built in memory. */
import ExcelJS from 'exceljs';
import { criteriaFromTable, defaultCriteria } from '../../src/core/assessment';
import { runCheck } from '../../src/app/check';
import { OmstillingError } from '../../src/core/errors';
import { followUpOf } from '../../src/app/followUp';
import { loadWorkbook } from '../../src/app/load';
import { summaryOf } from '../../src/app/summary';
import { writeTemplate } from '../../src/app/template';
import { gridFromSheets, hasSumLabel } from '../../src/app/check';
import { defaultPlan, planFromTables, planToTables } from '../../src/core/plan';
import { CANONICAL_HEADERS, FIELD_ORDER, fieldCell, readProjectTable } from '../../src/core/projects';
import { sampleProjectsGrid } from '../../src/core/sample';
import { summarize, summaryLayout } from '../../src/core/summary';
import type { CellValue } from '../../src/core/types';
import { isPortError } from '../../src/port/errors';
import type { WorkbookPort } from '../../src/port/workbookPort';
import { createXlsxPort, XlsxWorkbookPort } from '../../src/xlsx/xlsxPort';

/** The default plan has no euro rate for 2011 or 2012 (none we could cite): one info each, at their first grant. */
const NO_RATES = ['exchange-rate-missing Prosjekter!G2', 'exchange-rate-missing Prosjekter!G13'];

type Sheet = { name: string; rows: CellValue[][]; top?: number; table?: string; hidden?: boolean };

const sample = () => sampleProjectsGrid().values.map((row) => [...row]);
const toExcel = (cell: CellValue): ExcelJS.CellValue =>
  cell && typeof cell === 'object' ? ({ error: cell.error } as ExcelJS.CellErrorValue) : cell;

function workbookWith(...sheets: Sheet[]): XlsxWorkbookPort {
  const workbook = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, spec.hidden ? { state: 'hidden' } : {});
    const top = spec.top ?? 1;
    if (spec.table) {
      const [headers, ...rows] = spec.rows;
      sheet.addTable({
        name: spec.table,
        ref: `A${top}`,
        headerRow: true,
        columns: headers.map((name) => ({ name: String(name) })),
        rows: rows.map((row) => row.map(toExcel)),
      });
    } else {
      spec.rows.forEach((row, r) =>
        row.forEach((cell, c) => (sheet.getCell(top + r, c + 1).value = toExcel(cell))),
      );
    }
  }
  return new XlsxWorkbookPort(workbook);
}

/** The port, with a tally of which port methods an operation called. */
function counted(port: WorkbookPort): { port: WorkbookPort; calls: string[] } {
  const calls: string[] = [];
  const proxy = new Proxy(port, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(String(key));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { port: proxy, calls };
}

const summary2011 = () =>
  summaryLayout(
    summarize(readProjectTable(sampleProjectsGrid(), defaultPlan).rows),
    2011,
    defaultPlan.legacy.areas,
  );

describe('loadWorkbook', () => {
  it('reads plan, project table and mapping in one port call, with the default plan when there is no Plan sheet', async () => {
    const { port, calls } = counted(workbookWith({ name: 'Prosjekter', rows: sample() }));
    const loaded = await loadWorkbook(port);
    expect(calls).toEqual(['readForOperation']);
    expect(loaded).toMatchObject({
      plan: defaultPlan,
      planSource: 'default',
      planFindings: [],
      planProblems: [],
    });
    expect(loaded.table?.rows).toHaveLength(28);
    expect(loaded.projectSource).toMatchObject({
      source: 'sheet',
      address: 'Prosjekter!A1:O29',
      mapping: 'headers',
    });
    expect(loaded.sheets).toBeUndefined();
  });

  it('reads the other sheets in the same call when asked', async () => {
    const { port, calls } = counted(
      workbookWith({ name: 'Prosjekter', rows: sample() }, { name: 'Oversikt', rows: summary2011() }),
    );
    const loaded = await loadWorkbook(port, { sheets: true });
    expect(calls).toEqual(['readForOperation']);
    expect(loaded.sheets?.map((g) => g.sheet)).toEqual(['Oversikt']);
  });

  it('finds the project table as an Excel table named Prosjekter on any sheet', async () => {
    const loaded = await loadWorkbook(
      workbookWith({ name: 'Ark1', rows: sample(), top: 4, table: 'Prosjekter' }),
    );
    expect(loaded.projectSource).toMatchObject({
      source: 'table',
      tableName: 'Prosjekter',
      address: "'Ark1'!A4:O32",
    });
    expect(loaded.table?.rows[0]).toMatchObject({ row: 5, id: '2011-01' });
    expect(fieldCell(loaded.table!, loaded.table!.rows[0], 'granted')).toBe('H5');
  });

  it('has no table when the workbook has none, or only an empty Prosjekter sheet', async () => {
    for (const port of [
      workbookWith({ name: 'Ark1', rows: [['Hei']] }),
      workbookWith({ name: 'Prosjekter', rows: [] }),
    ]) {
      const loaded = await loadWorkbook(port);
      expect(loaded.table).toBeNull();
      expect(loaded.projectSource).toBeNull();
    }
  });

  it('uses the mapping the user confirmed while the headers are unchanged, and the headers when they changed', async () => {
    const headers = ['Kol 1', 'Kol 2', 'Kol 3', 'Kol 4', 'Kol 5'];
    const rows: CellValue[][] = [
      headers,
      ['Sensorer', 'Nyskaping i næringslivet', 'Forstudie', 2013, 100_000],
    ];
    const mapping = { name: 0, area: 1, category: 2, year: 3, granted: 4 };
    const port = workbookWith({ name: 'Prosjekter', rows });
    await port.saveMapping({ mapping, headers });
    const loaded = await loadWorkbook(port);
    expect(loaded.projectSource?.mapping).toBe('saved');
    expect(loaded.table?.rows[0]).toMatchObject({
      name: 'Sensorer',
      area: 'Nyskaping i næringslivet',
      granted: 100_000,
    });
    expect((await runCheck(port)).counts.error).toBe(0);

    const changed = workbookWith({
      name: 'Prosjekter',
      rows: [['Kol 1', 'Kol X', ...headers.slice(2)], rows[1]],
    });
    await changed.saveMapping({ mapping, headers });
    const reloaded = await loadWorkbook(changed);
    expect(reloaded.projectSource?.mapping).toBe('headers');
    expect((await runCheck(changed)).findings.filter((f) => f.rule === 'required-field')).toHaveLength(5);
  });

  it('reads the plan from the Plan sheet, saying which cells it could not read and where it does not add up', async () => {
    const port = createXlsxPort();
    const tables = planToTables(defaultPlan).map((t) =>
      t.name === 'Omrader'
        ? { ...t, rows: t.rows.map((row, i) => (i === 0 ? [row[0], row[1], 'mye', row[3]] : row)) }
        : t,
    );
    await port.createPlanSheet(tables);
    await port.createProjectTable();
    const loaded = await loadWorkbook(port);
    expect(loaded.planSource).toBe('workbook');
    expect(loaded.planFindings.length).toBeGreaterThan(0);
    const check = await runCheck(port);
    expect(check.plan).toBe('workbook');
    expect(
      check.findings.some((f) => f.rule === 'plan-table' && f.sheet === 'Plan' && /Omrader/.test(f.message)),
    ).toBe(true);
  });
});

describe('runCheck', () => {
  it('runs every rule with the sum checks on every sheet and no second read', async () => {
    const wrong = summary2011();
    wrong[3][8] = 1_400_000; // I4: the Sum of «Bevilget beløp», Forstudie, is 1 410 000
    const { port, calls } = counted(
      workbookWith({ name: 'Prosjekter', rows: sample() }, { name: 'Oversikt', rows: wrong }),
    );
    const result = await runCheck(port);
    expect(calls).toEqual(['readForOperation']);
    expect(result.plan).toBe('default');
    expect(result.projects).toEqual({ address: 'Prosjekter!A1:O29', rows: 28 });
    expect(result.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual([
      'sum-mismatch Oversikt!I4',
      'zero-grant Prosjekter!H26',
      'zero-grant Prosjekter!H28',
      ...NO_RATES,
    ]);
    expect(result.counts).toEqual({ error: 1, warning: 2, info: 2 });
    const without = await runCheck(port, { includeSheets: false });
    expect(without.findings.map((f) => f.rule)).toEqual([
      'zero-grant',
      'zero-grant',
      'exchange-rate-missing',
      'exchange-rate-missing',
    ]);
  });

  it('checks a Sum row under the projects on the project sheet itself, and does not count it as a project', async () => {
    const rows = sample();
    rows.push(['Sum', null, null, null, null, null, null, 7_800_000]);
    const result = await runCheck(workbookWith({ name: 'Prosjekter', rows }));
    expect(result.projects.rows).toBe(28);
    expect(result.findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`)).toEqual([
      'sum-mismatch Prosjekter!H30',
      'zero-grant Prosjekter!H26',
      'zero-grant Prosjekter!H28',
      ...NO_RATES,
    ]);
  });

  it('a right «I alt» line under 28 projects: 28 rows, its sums verified, no finding about it', async () => {
    const rows = sample();
    const column = (c: number) => rows.slice(1).reduce((sum, row) => sum + (row[c] as number), 0);
    rows.push(['I alt', null, null, null, null, null, null, column(7), column(8), column(9)]);
    const result = await runCheck(workbookWith({ name: 'Prosjekter', rows }));
    expect(result.projects.rows).toBe(28);
    expect(result.counts).toEqual({ error: 0, warning: 2, info: 2 });
    const loaded = await loadWorkbook(workbookWith({ name: 'Prosjekter', rows }));
    expect(loaded.table?.totalRows).toEqual([30]);
  });

  it('a title above the headers (row 3 or row 5): 28 rows and no false findings', async () => {
    for (const above of [
      [['Prosjekter 2011–2012'], []],
      [['Omstilling Vestre Toten'], [], ['Bevilgninger, kr'], []],
    ]) {
      const result = await runCheck(workbookWith({ name: 'Prosjekter', rows: [...above, ...sample()] }));
      expect(result.projects.rows).toBe(28);
      expect(result.findings.map((f) => f.rule)).toEqual([
        'zero-grant',
        'zero-grant',
        'exchange-rate-missing',
        'exchange-rate-missing',
      ]);
    }
  });

  it('compares the summary range with the computed summary, cut from the sheets already read', async () => {
    const wrong = summary2011();
    wrong[3][3] = 640_001; // D4
    const { port, calls } = counted(
      workbookWith({ name: 'Prosjekter', rows: sample() }, { name: 'Oversikt', rows: wrong }),
    );
    const result = await runCheck(port, { summaryRange: 'Oversikt!A1:I14' });
    expect(calls).toEqual(['readForOperation']);
    expect(result.findings.filter((f) => f.rule === 'summary-mismatch').map((f) => f.cell)).toEqual(['D4']);
    const right = workbookWith(
      { name: 'Prosjekter', rows: sample() },
      { name: 'Oversikt', rows: summary2011() },
    );
    expect((await runCheck(right, { summaryRange: "'Oversikt'!A1:I14" })).counts.error).toBe(0);
  });

  it('reads the summary range in a second call only when no sheet read holds it', async () => {
    const { port, calls } = counted(
      workbookWith(
        { name: 'Prosjekter', rows: sample() },
        { name: 'Skjult', rows: summary2011(), hidden: true },
      ),
    );
    const result = await runCheck(port, { summaryRange: 'Skjult!A1:I14' });
    expect(calls).toEqual(['readForOperation', 'readRange']);
    expect(result.counts.error).toBe(0);
  });

  it('refuses a summary range that is no range before reading anything', async () => {
    const { port, calls } = counted(workbookWith({ name: 'Prosjekter', rows: sample() }));
    await expect(runCheck(port, { summaryRange: 'Oversikt!ZZ' })).rejects.toMatchObject({
      code: 'invalid-address',
      messageEn: expect.stringContaining('"Oversikt!ZZ" is not a valid cell range'),
    });
    const error = await runCheck(port, { summaryRange: 'Oversikt!ZZ' }).catch((e: unknown) => e);
    expect(isPortError(error)).toBe(true);
    expect(calls).toEqual([]);
  });

  it('says what the reading found: a header twice, a header nearly right, an unnamed column', async () => {
    const rows = sample();
    rows[0][7] = 'Bevilgt';
    rows[0][14] = 'Prosjekt';
    rows[0][13] = null;
    const result = await runCheck(workbookWith({ name: 'Prosjekter', rows }));
    const at = (rule: string) => result.findings.filter((f) => f.rule === rule).map((f) => f.cell);
    expect(at('unknown-header')).toEqual(['H1']);
    expect(at('duplicate-header')).toEqual(['O1']);
    expect(at('unnamed-column')).toEqual(['N1']);
    expect(result.findings.find((f) => f.rule === 'unnamed-column')?.message).toMatch(/«Nye bedrifter»/);
    expect(result.findings.find((f) => f.rule === 'unknown-header')?.messageEn).toMatch(/did you mean "Bevilget"/);
  });

  it('two candidates for the project table: a warning naming the one read and the one ignored', async () => {
    const tableAndSheet = await runCheck(
      workbookWith(
        { name: 'Ark1', rows: sample(), table: 'Prosjekter' },
        { name: 'Prosjekter', rows: [['Gamle prosjekter, ikke i bruk']] },
      ),
    );
    expect(tableAndSheet.projects.rows).toBe(28);
    const warning = tableAndSheet.findings.find((f) => f.rule === 'ambiguous-source');
    expect(warning).toMatchObject({ severity: 'warning', sheet: 'Ark1', cell: 'A1' });
    expect(warning?.message).toBe(
      'Prosjekttabellen kunne vært flere steder: tabellen «Prosjekter» på arket «Ark1» leses, arket «Prosjekter» leses ikke. Gi det som ikke er prosjekttabellen et annet navn, så er det ingen tvil.',
    );
    expect(warning?.messageEn).toContain('the table "Prosjekter" on the sheet "Ark1" is read, the sheet "Prosjekter" is not');

    // Excel forbids two tables whose names differ only in case; an .xlsx from another program may have them.
    const twoTables = await runCheck(
      workbookWith(
        { name: 'Ark1', rows: sample(), table: 'Prosjekter' },
        { name: 'Ark2', rows: sample().slice(0, 3), table: 'PROSJEKTER' },
      ),
    );
    expect(twoTables.findings.find((f) => f.rule === 'ambiguous-source')?.message).toContain(
      'tabellen «Prosjekter» på arket «Ark1» leses, tabellen «PROSJEKTER» på arket «Ark2» leses ikke',
    );
  });

  it('throws an OmstillingError with both languages when there is no project table', async () => {
    const port = workbookWith({ name: 'Ark1', rows: [['Hei']] });
    const followUpToday = (p: WorkbookPort) => followUpOf(p, { year: 2014, month: 6, day: 1 });
    for (const operation of [runCheck, summaryOf, followUpToday]) {
      const error = await operation(port).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OmstillingError);
      expect(error).toMatchObject({
        code: 'no-project-table',
        messageEn: expect.stringContaining('No project table'),
      });
    }
  });
});

describe('summaryOf and followUpOf', () => {
  const port = () => workbookWith({ name: 'Prosjekter', rows: sample() });

  it('gives the plan’s summary per year, with the year’s areas as columns', async () => {
    const result = await summaryOf(port());
    expect(result.records).toEqual(summarize(readProjectTable(sampleProjectsGrid(), defaultPlan).rows));
    expect(result.layouts.map((l) => l.year)).toEqual([2011, 2012]);
    for (const { table } of result.layouts)
      expect(table[0]).toEqual(['', '', '', ...defaultPlan.legacy.areas, 'Sum']);
    expect(result.layouts.map(({ table }) => table[table.length - 1].at(-1))).toEqual([2_600_000, 5_240_000]);
    expect(result.layouts[0].table).toEqual(summary2011());
  });

  it('gives the follow-up against the plan it used', async () => {
    const result = await followUpOf(port(), { year: 2016, month: 1, day: 1 });
    expect(result.plan).toBe('default');
    expect(result.planUsed).toBe(defaultPlan);
    expect(result.followUp.perAreaYear.reduce((sum, r) => sum + r.granted, 0)).toBe(7_840_000);
  });
});

describe('writeTemplate', () => {
  it('writes the default plan, its criteria and empty project and application tables that read back as such', async () => {
    const port = createXlsxPort();
    const result = await writeTemplate(port);
    expect(result).toMatchObject({ projects: 0, applications: 0 });
    expect(result.validation.skipped).toEqual([]);
    expect(result.validation.added.map((a) => `${a.table}[${a.column}]`)).toEqual([
      'Prosjekter[Innsatsområde]',
      'Prosjekter[Kategori]',
      'Prosjekter[Status]',
      'Søknader[Innsatsområde]',
      'Søknader[Kategori]',
      ...defaultCriteria().map((c) => `Søknader[${c.name}]`),
    ]);
    const reopened = await XlsxWorkbookPort.open(await port.save());
    const tables = await reopened.readPlanTables();
    expect(planFromTables(tables ?? {})).toEqual({ plan: defaultPlan, findings: [] });
    // Kriterier is on the Plan sheet, so the assessment reads the criteria from the workbook.
    expect(criteriaFromTable(tables?.Kriterier)).toMatchObject({
      criteria: defaultCriteria(),
      isDefault: false,
    });
    const applications = await reopened.readApplications();
    expect(applications).toMatchObject({ source: 'table', tableName: 'Søknader' });
    expect(applications?.grid.values[0].slice(-7)).toEqual(defaultCriteria().map((c) => c.name));
    const projects = await reopened.readProjects();
    expect(projects).toMatchObject({ source: 'table', tableName: 'Prosjekter' });
    expect(projects?.grid.values[0]).toEqual(FIELD_ORDER.map((field) => CANONICAL_HEADERS[field]));
    expect(await runCheck(reopened)).toMatchObject({ findings: [], plan: 'workbook' });
  });

  it('fills in the 28 sample projects with example, summarised as the plan’s tables', async () => {
    const port = createXlsxPort();
    expect(await writeTemplate(port, { example: true })).toMatchObject({ projects: 28, applications: 6 });
    const reopened = await XlsxWorkbookPort.open(await port.save());
    expect((await loadWorkbook(reopened)).projectSource?.address).toBe('Prosjekter!A1:O29');
    const summary = await summaryOf(reopened);
    expect(summary.plan).toBe('workbook');
    expect(summary.records).toEqual(summarize(readProjectTable(sampleProjectsGrid(), defaultPlan).rows));
    expect((await runCheck(reopened)).counts).toEqual({ error: 0, warning: 2, info: 2 });
  });

  it('never writes over a plan the workbook already has', async () => {
    const port = createXlsxPort();
    await writeTemplate(port);
    await expect(writeTemplate(port)).rejects.toMatchObject({ code: 'exists' });
  });
});

describe('helpers', () => {
  it('cuts a range out of a used-range grid (it ends where the sheet does), and out of a table grid only when inside', () => {
    const grid = {
      sheet: 'Oversikt',
      top: 2,
      left: 2,
      values: [
        [1, 2],
        [3, 4],
      ],
    };
    const whole = {
      sheet: 'Oversikt',
      top: 2,
      left: 2,
      values: [
        [1, 2],
        [3, 4],
      ],
    };
    expect(gridFromSheets([grid], 'oversikt!B2:D3')).toEqual(whole);
    // A range over the whole sheet costs what the sheet holds, not 17 billion cells.
    expect(gridFromSheets([grid], 'Oversikt!B2:XFD1048576')).toEqual(whole);
    expect(gridFromSheets([grid], 'Oversikt!C3')?.values).toEqual([[4]]);
    expect(gridFromSheets([grid], 'Oversikt!B2:D3', false)).toBeUndefined();
    expect(gridFromSheets([grid], 'Annet!B2')).toBeUndefined();
    expect(gridFromSheets([grid], 'B2')).toBeUndefined();
  });

  it('passes only sheets with a Sum, I alt or Totalt label on to the sum checks', () => {
    const grid = (values: CellValue[][]) => ({ sheet: 'A', top: 1, left: 1, values });
    expect(hasSumLabel(grid([['Sum', 1]]))).toBe(true);
    expect(hasSumLabel(grid([['x', 'I alt']]))).toBe(true);
    expect(hasSumLabel(grid([['Totalt, alle']]))).toBe(true);
    expect(hasSumLabel(grid([['Summen av alt', 'Altså', 'Totalentreprise', 3]]))).toBe(false);
  });
});
