/**
 * A second spreadsheet engine: LibreOffice Calc (headless, tests/interop/calc.ts) opens what the ExcelJS
 * port writes — the template (`omstilling mal --eksempel`) and every sheet kind the pane and the CLI write —
 * and shows it as a person would: CSV "as shown" in an English and a Norwegian profile, PDF as printed.
 * The checks are what a reader notices: amounts grouped, shares as percentages, no ### at the widths we fit,
 * text that begins with =, +, - or @ shown as text, sums equal to the core's figures after Calc recalculates
 * them, A4 one page wide. Also the round trip: a workbook re-saved by Calc reads back to the same findings.
 *
 * All conversions are four soffice runs made side by side, once, before the tests.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { runAssessment, writeRecommendationSheet } from '../../src/app/assess';
import { runCheck } from '../../src/app/check';
import { migratePayments, writeYearEndSheet, yearEndOf } from '../../src/app/finance';
import { followUpOf } from '../../src/app/followUp';
import { writeTemplate } from '../../src/app/template';
import { allocate } from '../../src/core/allocation';
import { defaultPlan, projectMoney } from '../../src/core/plan';
import { FIELD_ORDER } from '../../src/core/projects';
import { dayOf } from '../../src/core/today';
import type { CellValue, Finding, ProjectField } from '../../src/core/types';
import { allocationSheet, allocationView, initialInput } from '../../src/taskpane/services/allocation';
import { findingsSheet } from '../../src/taskpane/services/check';
import { followUpSheet } from '../../src/taskpane/services/followUp';
import { goalSheet, goalView } from '../../src/taskpane/services/goals';
import { XlsxWorkbookPort, createXlsxPort } from '../../src/xlsx/xlsxPort';
import { CSV_AS_SHOWN, PDF, XLSX, convert, printed, rowOf, shown, type Printed } from './calc';

const NOW = () => new Date(2016, 0, 15, 9, 30);
const TODAY = dayOf(NOW());
const NBSP = '\u00a0';
/** Four soffice runs side by side on a loaded machine: minutes at worst, seconds usually. */
jest.setTimeout(240_000);

let dir: string;
const out = { en: '', nb: '', pdf: '', resaved: '' };
/** The sheets written into `ark.xlsx`, in order, and the ones printed one by one. */
let written: string[];
let printedSheets: Record<string, Printed>;
let totals: { followUpGranted: number; yearEndGranted: number; applied: number };

async function save(port: XlsxWorkbookPort, name: string): Promise<string> {
  const path = join(dir, `${name}.xlsx`);
  writeFileSync(path, await port.save());
  return path;
}

/** The example workbook with every sheet the add-in writes, and a row typed to look like formulas. */
async function everySheet(): Promise<XlsxWorkbookPort> {
  const port = createXlsxPort(undefined, NOW);
  await writeTemplate(port, { example: true });
  const typed: Partial<Record<ProjectField, CellValue>> = {
    id: '=SUM(1;2)',
    name: '+47 prosjekt',
    applicant: '-minus AS',
    orgNo: '@ved',
    area: 'Nyskaping i næringslivet',
    category: 'Forstudie',
    year: 2013,
    granted: 100_000,
    status: 'Aktiv',
  };
  await port.appendRows('Prosjekter', [FIELD_ORDER.map((field) => typed[field] ?? null)]);

  const goal = defaultPlan.goals[1];
  const { followUp, planUsed } = await followUpOf(port, TODAY);
  await port.writeOwnedSheet(allocationSheet(defaultPlan, allocationView(defaultPlan, initialInput(defaultPlan))));
  await port.writeOwnedSheet(
    goalSheet(goal, 'yearly', goalView(goal, 'yearly', { 2013: '13 000', 2014: '12 900' }, TODAY)),
  );
  await port.writeOwnedSheet(followUpSheet(planUsed, followUp, TODAY));
  await port.writeOwnedSheet(findingsSheet((await runCheck(port)).findings, 'nb', NOW()));
  const assessment = await runAssessment(port);
  await writeRecommendationSheet(port, assessment, { now: NOW() });
  await migratePayments(port);
  const yearEnd = await yearEndOf(port, { year: 2013 });
  await writeYearEndSheet(port, yearEnd);

  totals = {
    followUpGranted: followUp.perAreaYear.reduce((sum, entry) => sum + entry.granted, 0),
    yearEndGranted: yearEnd.statement.perAreaYear.reduce((sum, row) => sum + row.granted, 0),
    applied: assessment.result.assessments.reduce((sum, a) => sum + (a.application.applied ?? 0), 0),
  };
  // Calc must show its own sums: the cached results go, so only its recalculation can fill them in.
  for (const sheet of port.workbook.worksheets)
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const formula = (cell.value as { formula?: string } | null)?.formula;
        if (formula && /^(SUM|SUBTOTAL)\(/.test(formula)) cell.value = { formula };
      }),
    );
  return port;
}

/** One file per sheet with every other sheet hidden, so each PDF holds that sheet's pages only. */
async function onePerSheet(file: string, names: string[]): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const files: string[] = [];
  for (const [i, name] of names.entries()) {
    workbook.worksheets.forEach((sheet, index) => {
      sheet.state = sheet.name === name ? 'visible' : 'hidden';
      if (sheet.name === name) workbook.views = [{ activeTab: index } as ExcelJS.WorkbookView];
    });
    const path = join(dir, `print-${i}.xlsx`);
    await workbook.xlsx.writeFile(path);
    files.push(path);
  }
  return files;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'omstilling-calc-'));
  const template = createXlsxPort(undefined, NOW);
  await writeTemplate(template, { example: true });
  const mal = await save(template, 'mal');
  const port = await everySheet();
  const ark = await save(port, 'ark');
  written = port.workbook.worksheets.filter((s) => s.state === 'visible').map((s) => s.name);
  const prints = await onePerSheet(ark, written);

  Object.assign(out, {
    en: join(dir, 'csv-en'),
    nb: join(dir, 'csv-nb'),
    pdf: join(dir, 'pdf'),
    resaved: join(dir, 'resaved'),
  });
  await Promise.all([
    convert({ files: [mal, ark], to: CSV_AS_SHOWN, out: out.en, locale: 'en-US' }),
    convert({ files: [mal, ark], to: CSV_AS_SHOWN, out: out.nb, locale: 'nb-NO' }),
    convert({ files: prints, to: PDF, out: out.pdf, locale: 'nb-NO' }),
    convert({ files: [mal], to: XLSX, out: out.resaved }),
  ]);
  printedSheets = {};
  for (const [i, name] of written.entries()) printedSheets[name] = await printed(join(out.pdf, `print-${i}.pdf`));
});

afterAll(() => {
  if (!process.env.KEEP_CALC) rmSync(dir, { recursive: true, force: true });
  else console.log(dir);
});

test('every sheet kind is there to look at', () => {
  expect(written).toEqual(
    expect.arrayContaining([
      'Plan',
      'Prosjekter',
      'Søknader',
      'Logg',
      'Fordeling',
      'Oppfølging',
      'Kontroll',
      'Innstilling',
      'Utbetalinger',
      'Årsoppgjør',
    ]),
  );
  expect(readdirSync(out.pdf).filter((f) => f.endsWith('.pdf'))).toHaveLength(written.length);
});

describe('the template, as LibreOffice Calc shows it', () => {
  test('amounts are grouped in both locales, the areas’ frames as the plan has them', () => {
    const en = shown(out.en, 'mal', 'Plan');
    const nb = shown(out.nb, 'mal', 'Plan');
    expect(rowOf(en, 'Nyskaping i næringslivet')).toContain('4,400,000');
    expect(rowOf(nb, 'Nyskaping i næringslivet')).toContain(`4${NBSP}400${NBSP}000`);
    expect(rowOf(en, 'Tilskudd OFK')).toContain('2,500,000');
    const projects = shown(out.en, 'mal', 'Prosjekter');
    const granted = projects[0].indexOf('Bevilget');
    expect(projects.slice(1)).toHaveLength(28);
    for (const row of projects.slice(1)) expect(row[granted]).toMatch(/^\d{1,3}(,\d{3})*$/);
  });

  test('the growth rates are percentages, the years plain years', () => {
    const population = rowOf(shown(out.en, 'mal', 'Plan'), 'Folketall');
    expect(population).toEqual(expect.arrayContaining(['12,928', '2012', '0.5 %', '2017']));
  });

  test('Kriterier on Plan, Søknader with a score column per criterion, the log time readable', () => {
    const plan = shown(out.en, 'mal', 'Plan').flat();
    expect(plan).toEqual(expect.arrayContaining(['Kriterium', 'Relevans', 'Giring']));
    const applications = shown(out.en, 'mal', 'Søknader');
    expect(applications[0]).toEqual(expect.arrayContaining(['Søknadsnr', 'Søkt beløp', 'Relevans', 'Giring']));
    expect(applications.slice(1).filter((r) => r[0])).toHaveLength(6);
    const asked = applications[0].indexOf('Søkt beløp');
    for (const row of applications.slice(1)) expect(row[asked]).toMatch(/^\d{1,3}(,\d{3})*$/);
    const log = shown(out.en, 'mal', 'Logg');
    expect(log.flat()).toContain('2016-01-15 09:30');
  });
});

describe('the written sheets, as LibreOffice Calc shows them', () => {
  test('Fordeling: shares as percentages, frames grouped, the sums Calc computes are the core’s', () => {
    const rows = shown(out.en, 'ark', 'Fordeling');
    const [frameNy, frameAt] = allocate(projectMoney(defaultPlan), [70, 30], { unit: 100_000 });
    expect(rowOf(rows, 'Nyskaping i næringslivet')).toEqual(
      expect.arrayContaining(['70.0 %', (frameNy ?? 0).toLocaleString('en-US')]),
    );
    const sum = rowOf(rows, 'Sum');
    expect(sum).toEqual(expect.arrayContaining(['100.0 %', ((frameNy ?? 0) + (frameAt ?? 0)).toLocaleString('en-US')]));
  });

  test('Oppfølging, Årsoppgjør and Innstilling: the sums Calc computes are the core’s', () => {
    expect(rowOf(shown(out.en, 'ark', 'Oppfølging'), 'Sum')).toContain(totals.followUpGranted.toLocaleString('en-US'));
    expect(rowOf(shown(out.en, 'ark', 'Årsoppgjør'), 'Sum')).toContain(totals.yearEndGranted.toLocaleString('en-US'));
    expect(totals.applied).toBeGreaterThan(0);
    expect(rowOf(shown(out.nb, 'ark', 'Innstilling'), 'Sum')).toContain(
      totals.applied.toLocaleString('nb-NO').replace(/\s/g, NBSP),
    );
  });

  test('the findings sheet: rule names first, ids last', () => {
    const rows = shown(out.nb, 'ark', 'Kontroll');
    const header = rowOf(rows, 'Alvorlighet');
    expect(header.filter(Boolean)).toEqual(['Alvorlighet', 'Regel', 'Ark', 'Celle', 'Melding', 'Regel-id']);
    const zero = rows.find((r) => r.includes('zero-grant'));
    expect(zero?.[header.indexOf('Regel')]).toBe('Bevilget 0 kr');
  });

  test('strings beginning with =, +, - or @ are shown as typed, never computed', () => {
    const projects = shown(out.en, 'ark', 'Prosjekter');
    expect(projects[projects.length - 1].slice(0, 4)).toEqual(['=SUM(1;2)', '+47 prosjekt', '-minus AS', '@ved']);
  });

  test('Målkurve: years as years, targets grouped, gaps with their sign', () => {
    const name = written.find((s) => s.startsWith('Målkurve')) as string;
    const rows = shown(out.nb, 'ark', name);
    expect(rowOf(rows, '2017')).toContain(`13${NBSP}255`);
    expect(rowOf(rows, '2013').some((cell) => /^[+-−]\d/.test(cell))).toBe(true);
  });

  test('Utbetalinger: the amounts paid grouped, dates as dates', () => {
    const rows = shown(out.en, 'ark', 'Utbetalinger');
    const amount = rows[0].indexOf('Beløp');
    expect(amount).toBeGreaterThanOrEqual(0);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows.slice(1)) expect(row[amount]).toMatch(/^\d{1,3}(,\d{3})*$/);
  });
});

describe('printed by LibreOffice Calc', () => {
  test('A4 and one page wide: every page shows the sheet’s first column', () => {
    for (const [name, pdf] of Object.entries(printedSheets)) {
      expect({ name, notA4: pdf.sizes.filter((s) => !/\(A4\)/.test(s)) }).toEqual({ name, notA4: [] });
      expect({ name, pages: pdf.pages.length }).toEqual({ name, pages: expect.any(Number) });
      for (const page of pdf.pages) expect(page).toMatch(/\S/);
    }
    // One page wide and readable: the Plan's columns wrap at 30 characters, so it takes two pages, not one
    // shrunk to under half size.
    expect(printedSheets.Plan.pages.length).toBeGreaterThanOrEqual(2);
    expect(printedSheets.Plan.pages.length).toBeLessThanOrEqual(3);
  });

  test('no ### anywhere at the widths we fit', () => {
    for (const [name, pdf] of Object.entries(printedSheets))
      expect({ name, hashes: pdf.pages.join('').includes('###') }).toEqual({ name, hashes: false });
  });

  test('the Prosjekter header row is repeated on every printed page, its headers not cut', () => {
    for (const page of printedSheets.Prosjekter.pages) expect(page).toMatch(/Prosjektnr/);
    expect(printedSheets.Prosjekter.pages[0]).toMatch(/Innsatsområde/);
  });
});

describe('a workbook re-saved by LibreOffice Calc', () => {
  test('reads back to the same findings', async () => {
    const key = (f: Finding) => `${f.rule} ${f.sheet}!${f.cell} ${f.severity}`;
    const findings = async (file: string) =>
      (await runCheck(await XlsxWorkbookPort.openForReading(readFileSync(file)))).findings.map(key);
    const before = await findings(join(dir, 'mal.xlsx'));
    expect(before.length).toBeGreaterThan(0);
    expect(await findings(join(out.resaved, 'mal.xlsx'))).toEqual(before);
  });

  test('opens for writing too (a table Calc saved without a table style)', async () => {
    const port = await XlsxWorkbookPort.open(readFileSync(join(out.resaved, 'mal.xlsx')));
    expect((await runCheck(port)).findings.length).toBeGreaterThan(0);
  });
});
