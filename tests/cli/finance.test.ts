/** The finance commands end to end: `avstem` on the planted ledger fixture, `årsoppgjør` on the sample. */
import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { paymentsFromColumns, PAYMENT_COLUMNS, PAYMENT_HEADERS } from '../../src/core/payments';
import { defaultPlan } from '../../src/core/plan';
import { readProjectTable } from '../../src/core/projects';
import { sampleProjectsGrid } from '../../src/core/sample';
import { tempFolder, writeSampleWorkbook } from './fixtures';
import { cli, jsonOf } from './runCli';

const LEDGER = path.join(__dirname, '../fixtures/finance/hovedbok-2011-2012.csv');

/** The sample with its payments moved into an `Utbetalinger` sheet (plus `extra` payment rows). */
async function sampleWithPayments(file: string, extra: (string | number | null)[][] = []): Promise<string> {
  await writeSampleWorkbook(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.addWorksheet('Utbetalinger');
  sheet.addRow(PAYMENT_COLUMNS.map((field) => PAYMENT_HEADERS[field]));
  const projects = readProjectTable(sampleProjectsGrid(), defaultPlan);
  for (const row of [...paymentsFromColumns(projects), ...extra]) sheet.addRow(row);
  await workbook.xlsx.writeFile(file);
  return file;
}

describe('omstilling avstem / reconcile', () => {
  it('finds exactly the three planted differences, naming the ledger line and the cell (exit 1)', async () => {
    const workbook = await writeSampleWorkbook(path.join(tempFolder(), 'prosjekter.xlsx'));
    const run = await cli('avstem', workbook, LEDGER);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Tegnsett: windows-1252/);
    expect(run.stdout).toMatch(/prosjekttabellens to utbetalingskolonner/);
    expect(run.stdout).toMatch(/Prosjekter!I4 .*40\s000 kr til prosjekt «2011-03»/);
    expect(run.stdout).toMatch(/hovedbok-2011-2012\.csv linje \d+ \(bilag 2012\d+, 15\.03\.2012\)/);
    expect(run.stdout).toMatch(/3 feil, 0 advarsler/);
    const json = jsonOf(await cli('reconcile', workbook, LEDGER, '--json', '--lang', 'en')) as {
      findings: { rule: string; cell: string; message: string }[];
      payments: string;
    };
    expect(json.payments).toBe('columns');
    expect(json.findings.map((f) => f.rule)).toEqual([
      'payment-without-ledger',
      'ledger-difference',
      'ledger-wrong-project',
    ]);
    expect(json.findings[2]?.message).toMatch(/booked on project "2012-06"/);
  });

  it('reads the payments table when the workbook has one, and points at its rows', async () => {
    const workbook = await sampleWithPayments(path.join(tempFolder(), 'med-utbetalinger.xlsx'));
    const json = jsonOf(await cli('avstem', workbook, LEDGER, '--json')) as {
      findings: { sheet: string }[];
      payments: string;
    };
    expect(json.payments).toBe('table');
    expect(json.findings.map((f) => f.sheet)).toEqual(['Utbetalinger', 'Utbetalinger', 'Utbetalinger']);
  });

  it('a ledger without the needed columns, or a missing file, is exit 2 with the reason', async () => {
    const folder = tempFolder();
    const workbook = await writeSampleWorkbook(path.join(folder, 'p.xlsx'));
    const bad = path.join(folder, 'bad.csv');
    writeFileSync(bad, 'Dato;Tekst\n01.01.2013;x\n');
    const run = await cli('avstem', workbook, bad);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Fant ikke kolonnene «Prosjekt», «Beløp» i bad\.csv/);
    expect((await cli('avstem', workbook, path.join(folder, 'finnes-ikke.csv'))).code).toBe(2);
    expect((await cli('avstem', workbook)).code).toBe(2);
  });

  it('an empty ledger, or bytes that are neither CSV text nor a workbook, get the file reason (exit 2)', async () => {
    const folder = tempFolder();
    const workbook = await writeSampleWorkbook(path.join(folder, 'p.xlsx'));
    const empty = path.join(folder, 'tom.csv');
    writeFileSync(empty, '');
    const emptyRun = await cli('avstem', workbook, empty);
    expect(emptyRun.code).toBe(2);
    expect(emptyRun.stderr).toContain('er tom (0 byte)');
    const binary = path.join(folder, 'tilfeldig.xlsx');
    writeFileSync(binary, Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 37) % 256)));
    const binaryRun = await cli('reconcile', workbook, binary, '--lang', 'en');
    expect(binaryRun.code).toBe(2);
    expect(binaryRun.stderr).toContain('is not an Excel workbook (.xlsx)');
  });
});

describe('omstilling mal --utbetalinger / template --payments', () => {
  it('moves the two payment columns into Utbetalinger in a copy; the copy checks clean and reconciles the same', async () => {
    const folder = tempFolder();
    const workbook = await writeSampleWorkbook(path.join(folder, 'p.xlsx'));
    const before = readFileSync(workbook);
    expect((await cli('mal', '--utbetalinger', workbook)).code).toBe(2);
    const copy = path.join(folder, 'p-utbetalinger.xlsx');
    const run = await cli('mal', '--utbetalinger', workbook, '--ut', copy);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Flyttet 33 utbetalinger .* til tabellen Utbetalinger/);
    expect(readFileSync(workbook).equals(before)).toBe(true);
    const check = jsonOf(await cli('sjekk', copy, '--json')) as { findings: { rule: string }[] };
    expect(check.findings.filter((f) => f.rule.startsWith('payment') || f.rule.includes('final'))).toEqual(
      [],
    );
    const reconciled = jsonOf(await cli('avstem', copy, LEDGER, '--json')) as {
      payments: string;
      findings: unknown[];
    };
    expect(reconciled.payments).toBe('table');
    expect(reconciled.findings).toHaveLength(3);
    const again = await cli('mal', '--utbetalinger', copy, '--overskriv');
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/har allerede tabellen Utbetalinger/);
  });
});

describe('omstilling årsoppgjør / year-end', () => {
  it('the fund equation holds: opening + received − paid = closing, and the sources split the payments exactly', async () => {
    const workbook = await sampleWithPayments(path.join(tempFolder(), 'aar.xlsx'), [
      ['2012-01', '15.05.2013', 100_000, 'Delutbetaling', 'B-1', null],
      ['2012-02', '15.06.2014', 50_000, 'Delutbetaling', 'B-2', null],
      ['2011-02', '20.06.2014', 10_000, 'Tilbakebetaling', 'B-3', null],
    ]);
    const run = await cli('årsoppgjør', workbook, '--år', '2014', '--json');
    expect(run.code).toBe(0);
    const { yearEnd } = jsonOf(run) as {
      yearEnd: {
        fund: { opening: number; received: number; paid: number; closing: number };
        sources: { source: string; amount: number }[];
        totals: { granted: number; paid: number; returned: number; commitments: number };
        paidBeforePeriod: number;
      };
    };
    expect(yearEnd.fund).toEqual({
      opening: 3_000_000 - 100_000,
      received: 3_000_000,
      paid: 40_000,
      closing: 5_860_000,
    });
    expect(yearEnd.fund.opening + yearEnd.fund.received - yearEnd.fund.paid).toBe(yearEnd.fund.closing);
    expect(yearEnd.sources.map((s) => s.amount).reduce((a, b) => a + b, 0)).toBe(40_000);
    expect(yearEnd.sources.map((s) => s.source)).toEqual(['Tilskudd OFK', 'Egenandel Vestre Toten']);
    expect(yearEnd.totals.returned).toBe(10_000);
    expect(yearEnd.paidBeforePeriod).toBeGreaterThan(0);
    const text = await cli('arsoppgjor', workbook, '--år', '2014');
    expect(text.stdout).toMatch(/Årsoppgjør 2014 per 31\.12\.2014/);
    expect(text.stdout).toMatch(/Utgående saldo\s+5\s860\s000/);
  });

  it('--mottatt overrides what was received; a bad --år is exit 2', async () => {
    const workbook = await writeSampleWorkbook(path.join(tempFolder(), 'b.xlsx'));
    const run = jsonOf(
      await cli('year-end', workbook, '--year', '2013', '--received', '2 000 000', '--json'),
    ) as {
      yearEnd: { fund: { received: number }; receivedFrom: string };
    };
    expect(run.yearEnd.fund.received).toBe(2_000_000);
    expect(run.yearEnd.receivedFrom).toBe('typed');
    expect((await cli('årsoppgjør', workbook, '--år', 'i fjor')).code).toBe(2);
    const early = await cli('årsoppgjør', workbook, '--år', '1800');
    expect([early.code, early.stderr]).toEqual([
      2,
      expect.stringMatching(/--år må være et årstall fra 1900 til 2200/),
    ]);
  });

  it('--ut naming the workbook itself is exit 2, and the workbook is left as it was', async () => {
    const workbook = await writeSampleWorkbook(path.join(tempFolder(), 'prosjekter.xlsx'));
    const before = readFileSync(workbook);
    const run = await cli('årsoppgjør', workbook, '--år', '2014', '--ut', workbook, '--overskriv');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('er arbeidsboken selv');
    expect(readFileSync(workbook).equals(before)).toBe(true);
  });

  it('--ut writes the sheet Årsoppgjør with SUM formulas into a copy, leaving the workbook as it was', async () => {
    const folder = tempFolder();
    const workbook = await sampleWithPayments(path.join(folder, 'c.xlsx'));
    const before = readFileSync(workbook);
    const copy = path.join(folder, 'c-arsoppgjor.xlsx');
    const run = await cli('årsoppgjør', workbook, '--år', '2013', '--ut', copy);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Skrev arket «Årsoppgjør» med SUMMER-formler i en kopi/);
    expect(readFileSync(workbook).equals(before)).toBe(true);
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(copy);
    const sheet = written.getWorksheet('Årsoppgjør');
    expect(sheet).toBeDefined();
    const formulas: string[] = [];
    sheet?.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value as { formula?: string } | null;
        if (value && typeof value === 'object' && value.formula) formulas.push(value.formula);
      }),
    );
    expect(formulas.length).toBeGreaterThanOrEqual(6);
    expect(formulas.every((formula) => /^SUM(TOTAL)?\(/i.test(formula))).toBe(true);
    expect((await cli('årsoppgjør', workbook, '--år', '2013', '--ut', copy)).code).toBe(2);
  });
});
