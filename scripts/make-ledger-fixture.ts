/**
 * Writes tests/fixtures/finance/hovedbok-2011-2012.csv: a ledger export as a Norwegian accounting system
 * writes it (`;`, decimal comma, thousands with a space or a point, dd.mm.yyyy, Windows-1252) that mirrors
 * the payments of the 2011–2012 sample, with three planted differences:
 * - the payment at approval of 2011-03 (40 000) is missing;
 * - the payment at approval of 2012-02 is booked as 20 000 instead of 200 000;
 * - the payment at approval of 2012-05 (125 000) is booked on project 2012-06.
 * `npx tsx scripts/make-ledger-fixture.ts` — the file is committed; the tests read it as it is.
 */
import { writeFileSync } from 'fs';
import path from 'path';
import iconv from 'iconv-lite';
import { defaultPlan } from '../src/core/plan';
import { readProjectTable } from '../src/core/projects';
import { sampleProjectsGrid } from '../src/core/sample';

const table = readProjectTable(sampleProjectsGrid(), defaultPlan);
const lines = ['Dato;Bilag;Konto;Ansvar;Prosjekt;Tekst;Beløp'];
let voucher = 0;
const amountText = (amount: number, style: number) => {
  const grouped = amount.toLocaleString('nb-NO').replace(/\s/g, style % 2 === 0 ? ' ' : '.');
  return `${grouped},00`;
};
for (const row of table.rows) {
  for (const [field, day] of [
    ['paidAtApproval', '15.03'],
    ['paidAtCompletion', '15.11'],
  ] as const) {
    const amount = row[field];
    if (!amount || row.id === undefined) continue;
    voucher += 1;
    let project = row.id;
    let booked = amount;
    if (row.id === '2011-03' && field === 'paidAtApproval') continue;
    if (row.id === '2012-02' && field === 'paidAtApproval') booked = 20_000;
    if (row.id === '2012-05' && field === 'paidAtApproval') project = '2012-06';
    const text = `Tilskudd omstilling ${row.applicant ?? ''}`.replace(/;/g, ',');
    lines.push(
      [
        `${day}.${row.year}`,
        `${row.year}${String(voucher).padStart(3, '0')}`,
        '14700',
        '1200',
        project,
        text,
        amountText(booked, voucher),
      ].join(';'),
    );
  }
}
const out = path.resolve(__dirname, '../tests/fixtures/finance/hovedbok-2011-2012.csv');
writeFileSync(out, iconv.encode(`${lines.join('\r\n')}\r\n`, 'win1252'));
console.log(`${out}: ${lines.length - 1} lines`);
