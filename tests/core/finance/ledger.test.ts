/**
 * Reconciliation against the accounts on the fixture: a Windows-1252 ledger export mirroring the 2011–2012
 * sample's payments with three planted differences (scripts/make-ledger-fixture.ts). Those three — and
 * nothing else — must be found, each naming the ledger line and the workbook cell.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { csvRows, decodeLedgerBytes } from '../../../src/app/finance';
import { readLedger, reconcile } from '../../../src/core/ledger';
import {
  applyPayments,
  paymentsFromColumns,
  readPaymentTable,
  PAYMENT_COLUMNS,
  PAYMENT_HEADERS,
} from '../../../src/core/payments';
import { defaultPlan } from '../../../src/core/plan';
import { readProjectTable } from '../../../src/core/projects';
import { sampleProjectsGrid } from '../../../src/core/sample';

const FIXTURE = path.join(__dirname, '../../fixtures/finance/hovedbok-2011-2012.csv');
const bytes = new Uint8Array(readFileSync(FIXTURE));
const projects = readProjectTable(sampleProjectsGrid(), defaultPlan);

function ledgerOf(data: Uint8Array) {
  return readLedger(csvRows(decodeLedgerBytes(data).text), 'hovedbok.csv');
}

describe('reading a ledger export', () => {
  it('decodes Windows-1252 (ø as one byte) and UTF-8 with a BOM to the same lines', () => {
    const latin = decodeLedgerBytes(bytes);
    expect(latin.encoding).toBe('windows-1252');
    expect(latin.text).toContain('Beløp');
    expect(latin.text).toContain('Bøverbru Overflate AS');
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(latin.text, 'utf8')]);
    const fromUtf8 = decodeLedgerBytes(utf8);
    expect(fromUtf8.encoding).toBe('utf-8');
    expect(fromUtf8.text).toBe(latin.text);
    expect(ledgerOf(utf8).lines).toEqual(ledgerOf(bytes).lines);
  });

  it('reads dd.mm.yyyy, amounts with a space or a point for thousands and a decimal comma, and the line numbers', () => {
    const ledger = ledgerOf(bytes);
    expect(ledger.missing).toEqual([]);
    expect(ledger.unreadable).toEqual([]);
    expect(ledger.lines[0]).toEqual({
      line: 2,
      date: '2011-03-15',
      voucher: '2011001',
      account: '14700',
      costCentre: '1200',
      project: '2011-01',
      text: 'Tilskudd omstilling Totenprofil AS',
      amount: 220_000,
    });
    expect(ledger.lines.map((line) => line.amount)).toContain(87_500);
  });

  it('a mapping saved earlier names the columns by their headers', () => {
    const rows = [
      ['Bokf.dato', 'Prosj', 'Kr'],
      ['01.02.2013', 'A', '1 000,00'],
    ];
    const ledger = readLedger(rows, 'x.csv', {
      mapping: { date: 'Bokf.dato', project: 'Prosj', amount: 'Kr' },
    });
    expect(ledger.lines).toEqual([{ line: 2, date: '2013-02-01', project: 'A', amount: 1000 }]);
    expect(readLedger(rows, 'x.csv').missing).toEqual(['project', 'amount']);
  });
});

describe('reconcile', () => {
  const expectPlanted = (findings: ReturnType<typeof reconcile>['findings'], paymentsSheet: string) => {
    expect(findings.map((f) => [f.rule, f.sheet])).toEqual([
      ['payment-without-ledger', paymentsSheet],
      ['ledger-difference', paymentsSheet],
      ['ledger-wrong-project', paymentsSheet],
    ]);
    const [missing, wrongAmount, wrongProject] = findings;
    expect(missing?.message).toMatch(
      /40\s000 kr til prosjekt «2011-03».*finnes ikke i regnskapet \(hovedbok\.csv\) for 2011/,
    );
    expect(wrongAmount?.message).toMatch(
      /Prosjekt «2012-02».*2012: arbeidsboka har 200\s000 kr utbetalt, regnskapet 20\s000 kr \(hovedbok\.csv linje \d+ \(bilag 2012\d+, 15\.03\.2012\)\) — differanse 180\s000 kr/,
    );
    expect(wrongProject?.message).toMatch(
      /hovedbok\.csv linje \d+ .*125\s000 kr er bokført på prosjekt «2012-06».*utbetalingen står på prosjekt «2012-05»/,
    );
    expect(wrongProject?.messageEn).toMatch(
      /booked on project "2012-06".*on project "2012-05" \(Ny overflatebehandling\) in the workbook/,
    );
  };

  it('with the two payment columns: exactly the three planted differences, at the payment cells', () => {
    const result = reconcile(projects, ledgerOf(bytes));
    expectPlanted(result.findings, 'Prosjekter');
    const rowOf = (id: string) => projects.rows.find((row) => row.id === id)?.row;
    expect(result.findings.map((f) => f.cell)).toEqual([
      `I${rowOf('2011-03')}`,
      `I${rowOf('2012-02')}`,
      `I${rowOf('2012-05')}`,
    ]);
    expect(result.skippedLines).toEqual([]);
  });

  it('with the payments table (migrated from the columns): the same three, at the payment rows', () => {
    const grid = {
      sheet: 'Utbetalinger',
      top: 1,
      left: 1,
      values: [PAYMENT_COLUMNS.map((field) => PAYMENT_HEADERS[field]), ...paymentsFromColumns(projects)],
    };
    const table = applyPayments(projects, readPaymentTable(grid));
    const result = reconcile(table, ledgerOf(bytes));
    expectPlanted(result.findings, 'Utbetalinger');
    for (const finding of result.findings) expect(finding.cell).toMatch(/^C\d+$/);
  });

  it('a ledger that mirrors the payments exactly gives no finding, and the totals per project and year tie out', () => {
    const lines = [['Dato', 'Prosjekt', 'Beløp']];
    for (const row of projects.rows) {
      if (row.paidAtApproval) lines.push([`01.02.${row.year}`, row.id ?? '', String(row.paidAtApproval)]);
      if (row.paidAtCompletion) lines.push([`01.10.${row.year}`, row.id ?? '', String(row.paidAtCompletion)]);
    }
    const result = reconcile(projects, readLedger(lines, 'ok.csv'));
    expect(result.findings).toEqual([]);
    expect(result.rows.every((row) => row.difference === 0)).toBe(true);
    expect(result.matchedLines).toBe(lines.length - 1);
  });
});
