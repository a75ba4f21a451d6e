/**
 * The payments table `Utbetalinger`: every payment to a project as its own row — any number of part
 * payments, one final payment, and returns of unused money as rows of their own. When a workbook has it,
 * it is the source of what was paid: `applyPayments` puts each project's totals on its row, so the
 * follow-up, the freed funds and the summary tables count them, and the payment rules check the rows.
 * Without it the project table's two columns (paid at approval, paid at completion) keep working.
 *
 * Amounts are typed as positive kroner; the type says which way the money went (a return brings it back).
 */
import {
  amountOf,
  cellText,
  headerLookup,
  matchColumns,
  textOf,
  type ColumnMatch,
} from './assessment/headers';
import { a1, isBlank } from './cells';
import { parseDateCell, yearOfDate } from './dates';
import { headerRowIndex } from './headerRow';
import { fieldCell } from './projects';
import { normalize } from './text';
import type { CellValue, Grid, IsoDate, ProjectRow, ProjectTable } from './types';

/** The Excel table (else sheet) that holds the payments. */
export const PAYMENTS_TABLE = 'Utbetalinger';

export type PaymentField = 'projectId' | 'date' | 'amount' | 'type' | 'voucher' | 'note';
export type PaymentType = 'part' | 'final' | 'return';

export const PAYMENT_HEADERS: Record<PaymentField, string> = {
  projectId: 'Prosjektnr',
  date: 'Dato',
  amount: 'Beløp',
  type: 'Type',
  voucher: 'Bilag',
  note: 'Merknad',
};

const HEADER_NAMES: Record<PaymentField, readonly string[]> = {
  projectId: [
    'Prosjektnr',
    'Prosjektnummer',
    'Prosjekt nr',
    'Prosjekt-nr',
    'Prosjekt',
    'Project no',
    'Project number',
    'Project ID',
  ],
  date: ['Dato', 'Utbetalingsdato', 'Betalingsdato', 'Date', 'Payment date'],
  amount: ['Beløp', 'Utbetalt', 'Sum', 'Amount'],
  type: ['Type', 'Utbetalingstype', 'Betalingstype', 'Payment type'],
  voucher: ['Bilag', 'Bilagsnr', 'Bilagsnummer', 'Voucher', 'Voucher no'],
  note: ['Merknad', 'Kommentar', 'Merknader', 'Note', 'Comment'],
};

export const PAYMENT_TYPE_LABELS: Record<PaymentType, { nb: string; en: string }> = {
  part: { nb: 'Delutbetaling', en: 'Part payment' },
  final: { nb: 'Sluttutbetaling', en: 'Final payment' },
  return: { nb: 'Tilbakebetaling', en: 'Return' },
};

const TYPE_WORDS: Record<string, PaymentType> = {
  delutbetaling: 'part',
  'del-utbetaling': 'part',
  forskudd: 'part',
  'part payment': 'part',
  partial: 'part',
  sluttutbetaling: 'final',
  'slutt-utbetaling': 'final',
  'final payment': 'final',
  final: 'final',
  tilbakebetaling: 'return',
  tilbakeføring: 'return',
  return: 'return',
  refund: 'return',
  repayment: 'return',
};

const REQUIRED: PaymentField[] = ['projectId', 'amount', 'type'];
const LOOKUP = headerLookup(HEADER_NAMES);

export interface PaymentRow {
  /** 1-based sheet row. */
  row: number;
  cells: Partial<Record<PaymentField, string>>;
  raw: Partial<Record<PaymentField, CellValue>>;
  projectId?: string;
  date?: IsoDate;
  amount?: number;
  type?: PaymentType;
  voucher?: string;
  note?: string;
}

export interface PaymentTable {
  sheet: string;
  headerRow: number;
  /** Column of each field, 0-based within the grid. */
  mapping: Partial<Record<PaymentField, number>>;
  rows: PaymentRow[];
  /** Required headers not found (the rows can't be read without them). */
  missing: PaymentField[];
}

export function paymentTypeOf(value: CellValue | undefined): PaymentType | undefined {
  const text = textOf(value);
  return text === undefined ? undefined : TYPE_WORDS[normalize(text)];
}

/** The payments table read from its grid (header row found below a title, as for the project table). */
export function readPaymentTable(grid: Grid): PaymentTable {
  const values = grid.values;
  const fieldsOf = (row: CellValue[]) =>
    new Set(Object.keys(matchColumns(row, LOOKUP).mapping) as PaymentField[]);
  const headerIndex = headerRowIndex(values, fieldsOf, REQUIRED);
  const headerRow = grid.top + Math.max(headerIndex, 0);
  if (headerIndex < 0) return { sheet: grid.sheet, headerRow, mapping: {}, rows: [], missing: [...REQUIRED] };
  const match: ColumnMatch<PaymentField> = matchColumns(values[headerIndex] ?? [], LOOKUP);
  const mapping = match.mapping;
  const missing = REQUIRED.filter((field) => mapping[field] === undefined);
  const fields = (Object.keys(mapping) as PaymentField[]).filter((field) => mapping[field] !== undefined);
  const rows: PaymentRow[] = [];
  for (let r = headerIndex + 1; r < values.length; r++) {
    const cells = values[r] ?? [];
    const payment: PaymentRow = { row: grid.top + r, cells: {}, raw: {} };
    let content = false;
    for (const field of fields) {
      const column = mapping[field] as number;
      const value = cells[column] ?? null;
      payment.cells[field] = a1(grid.top + r, grid.left + column);
      payment.raw[field] = value;
      if (!isBlank(value)) content = true;
    }
    if (!content) continue;
    payment.projectId = textOf(payment.raw.projectId);
    payment.date = parseDateCell(payment.raw.date ?? null, grid.date1904);
    payment.amount = amountOf(payment.raw.amount ?? null);
    payment.type = paymentTypeOf(payment.raw.type);
    payment.voucher = textOf(payment.raw.voucher);
    payment.note = cellText(payment.raw.note ?? null) || undefined;
    rows.push(payment);
  }
  return { sheet: grid.sheet, headerRow, mapping, rows, missing };
}

/** What was paid on one project, from its payment rows. */
export interface PaidTotals {
  part: number;
  final: number;
  returned: number;
  /** part + final − returned. */
  net: number;
  rows: PaymentRow[];
}

/** The payment rows that can be counted (a readable amount and type), by project number. */
export function totalsByProject(payments: PaymentTable): Map<string, PaidTotals> {
  const totals = new Map<string, PaidTotals>();
  for (const payment of payments.rows) {
    if (payment.projectId === undefined) continue;
    const key = projectKey(payment.projectId);
    let entry = totals.get(key);
    if (!entry) totals.set(key, (entry = { part: 0, final: 0, returned: 0, net: 0, rows: [] }));
    entry.rows.push(payment);
    if (payment.amount === undefined || payment.type === undefined || payment.amount < 0) continue;
    if (payment.type === 'part') entry.part += payment.amount;
    else if (payment.type === 'final') entry.final += payment.amount;
    else entry.returned += payment.amount;
    entry.net = entry.part + entry.final - entry.returned;
  }
  return totals;
}

/** Project numbers match as people see them: case and spaces aside ("2012-05" = "2012 - 05 "). */
export function projectKey(id: string): string {
  return normalize(id).replace(/\s+/g, '');
}

/** The year a payment counts in: its date's, else (a migrated column without a date) the project's year. */
export function paymentYear(payment: PaymentRow, project?: ProjectRow): number | undefined {
  return payment.date ? yearOfDate(payment.date) : project?.year;
}

/**
 * The project table with each project's paid amounts taken from the payments table: part payments as
 * paid at approval, the final payment as paid at completion, returns on their own. Rows keep their cells
 * (so findings still point at the project), and the table carries the payments for the payment rules.
 */
export function applyPayments(table: ProjectTable, payments: PaymentTable): ProjectTable {
  const totals = totalsByProject(payments);
  const rows = table.rows.map((row) => {
    const paid = row.id === undefined ? undefined : totals.get(projectKey(row.id));
    return {
      ...row,
      paidAtApproval: paid?.part ?? 0,
      paidAtCompletion: paid?.final ?? 0,
      returned: paid?.returned ?? 0,
    };
  });
  return { ...table, rows, payments };
}

/** Net paid on a row: at approval + at completion − returned. */
export function netPaid(row: ProjectRow): number {
  return (row.paidAtApproval ?? 0) + (row.paidAtCompletion ?? 0) - (row.returned ?? 0);
}

/**
 * The payments table made from the project table's two payment columns (the migration): a part payment
 * for what was paid at approval and a final payment for what was paid at completion, per project with a
 * number. The columns hold no date, so Dato stays empty (the project's year counts) and Merknad says where
 * the row came from. Nothing in the project table changes.
 */
export function paymentsFromColumns(table: ProjectTable): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const row of table.rows) {
    if (row.id === undefined) continue;
    const columns = [
      ['paidAtApproval', 'part'],
      ['paidAtCompletion', 'final'],
    ] as const;
    for (const [field, type] of columns) {
      const amount = row[field];
      if (!amount) continue;
      const cell = fieldCell(table, row, field);
      rows.push([
        row.id,
        null,
        amount,
        PAYMENT_TYPE_LABELS[type].nb,
        null,
        `Fra ${table.sheet}!${cell ?? ''}`,
      ]);
    }
  }
  return rows;
}

/** The payments table's headers in order, as the template and the migration write them. */
export const PAYMENT_COLUMNS: PaymentField[] = ['projectId', 'date', 'amount', 'type', 'voucher', 'note'];
