/**
 * The payments table as the source of what was paid: reading it, the totals the follow-up counts, and the
 * payment rules, each pinned to the payment row's cell.
 */
import { moneyFollowUp } from '../../../src/core/followUp';
import { defaultPlan } from '../../../src/core/plan';
import {
  applyPayments,
  readPaymentTable,
  totalsByProject,
  type PaymentTable,
} from '../../../src/core/payments';
import type { CellValue } from '../../../src/core/types';
import { projectTable } from '../rules/ruleTester';

const HEADER = ['Prosjektnr', 'Dato', 'Beløp', 'Type', 'Bilag', 'Merknad'];

function payments(rows: CellValue[][], top = 1): PaymentTable {
  return readPaymentTable({ sheet: 'Utbetalinger', top, left: 1, values: [HEADER, ...rows] });
}

describe('reading Utbetalinger', () => {
  it('reads dates as Norwegians type them, amounts as kroner and the three types in nb and en', () => {
    const table = payments([
      ['P-1', '15.03.2013', '50 000', 'Delutbetaling', 'B-101', ''],
      ['P-1', 41500, 25_000, 'sluttutbetaling', 'B-102', 'rest'],
      ['P-1', '2014-01-10', 'kr 5 000,-', 'Return', null, null],
    ]);
    expect(table.missing).toEqual([]);
    expect(table.rows.map((r) => [r.row, r.projectId, r.date, r.amount, r.type, r.voucher])).toEqual([
      [2, 'P-1', '2013-03-15', 50_000, 'part', 'B-101'],
      [3, 'P-1', '2013-08-14', 25_000, 'final', 'B-102'],
      [4, 'P-1', '2014-01-10', 5_000, 'return', undefined],
    ]);
    expect(totalsByProject(table).get('p-1')).toMatchObject({
      part: 50_000,
      final: 25_000,
      returned: 5_000,
      net: 70_000,
    });
  });

  it('finds the header row below a title, and says which required headers are missing', () => {
    const titled = readPaymentTable({
      sheet: 'Utbetalinger',
      top: 1,
      left: 1,
      values: [['Utbetalinger 2013'], [], HEADER, ['P-1', null, 10_000, 'Delutbetaling']],
    });
    expect(titled.headerRow).toBe(3);
    expect(titled.rows.map((r) => r.row)).toEqual([4]);
    const partial = readPaymentTable({
      sheet: 'U',
      top: 1,
      left: 1,
      values: [['Prosjektnr', 'Dato', 'Beløp']],
    });
    expect(partial.missing).toEqual(['type']);
  });

  it('reads a 1904-system date serial as the same day', () => {
    const table = readPaymentTable({
      sheet: 'Utbetalinger',
      top: 1,
      left: 1,
      date1904: true,
      values: [HEADER, ['P-1', 41500 - 1462, 1, 'Delutbetaling']],
    });
    expect(table.rows[0]?.date).toBe('2013-08-14');
  });
});

describe('the follow-up counts the payments table', () => {
  it('part payments, the final payment and returns give paid, commitments and freed funds', () => {
    const table = applyPayments(
      projectTable([
        { id: 'A', granted: 100_000, status: 'Avsluttet' },
        { id: 'B', granted: 200_000, status: 'Aktiv' },
      ]),
      payments([
        ['A', '01.03.2013', 40_000, 'Delutbetaling'],
        ['A', '01.09.2013', 50_000, 'Sluttutbetaling'],
        ['A', '01.11.2013', 5_000, 'Tilbakebetaling'],
        ['B', '01.04.2013', 30_000, 'Delutbetaling'],
        ['B', '01.05.2014', 20_000, 'Delutbetaling'],
      ]),
    );
    const year = moneyFollowUp(table.rows, defaultPlan).perAreaYear.find(
      (entry) => entry.year === 2013 && entry.area === 'Nyskaping i næringslivet',
    );
    expect(year).toMatchObject({
      granted: 300_000,
      paid: 135_000,
      commitments: 150_000,
      freedFunds: 15_000,
    });
    expect((year?.paid ?? 0) + (year?.commitments ?? 0) + (year?.freedFunds ?? 0)).toBe(year?.granted);
  });

  it('a project without payments has paid nothing, whatever its old columns said', () => {
    const table = applyPayments(projectTable([{ id: 'A', paidAtApproval: 10_000 }]), payments([]));
    expect(table.rows[0]).toMatchObject({ paidAtApproval: 0, paidAtCompletion: 0, returned: 0 });
  });
});
