/**
 * Reconciliation against the accounts (avstemming mot regnskapet): the ledger lines exported from the
 * accounting system, matched to the payments of the workbook by project number and year.
 *
 * Per project and year, lines and payments of the same amount are paired first (same voucher first, then
 * the nearest date); what is left is said:
 * - a line on a project that has an unpaired payment of the same amount the same year → `ledger-wrong-project`
 *   (one finding naming both, rather than two that hide the cause);
 * - lines and payments both left → `ledger-difference`, the totals of each;
 * - only lines left → `ledger-without-payment`; only payments left → `payment-without-ledger`.
 * Signs: in the ledger a payment out is positive (a cost) and a return negative; in the workbook the type
 * says which way the money went.
 */
import { amountOf, headerLookup, matchColumns, textOf } from './assessment/headers';
import { formatDate, parseDateCell, yearOfDate } from './dates';
import { headerRowIndex } from './headerRow';
import { fieldCell } from './projects';
import { sortFindings } from './rules';
import { bilingual, defineMessages, type Bilingual, type MessageData } from './messages';
import { kr } from './money';
import { paymentYear, projectKey, type PaymentRow } from './payments';
import type { CellValue, Finding, IsoDate, ProjectRow, ProjectTable, Severity } from './types';

export type LedgerField = 'date' | 'voucher' | 'account' | 'costCentre' | 'project' | 'amount' | 'text';

export const LEDGER_HEADERS: Record<LedgerField, string> = {
  date: 'Dato',
  voucher: 'Bilag',
  account: 'Konto',
  costCentre: 'Ansvar',
  project: 'Prosjekt',
  amount: 'Beløp',
  text: 'Tekst',
};

/** Header names Norwegian accounting exports use (Visma, Unit4/Agresso, Tripletex, …), and English ones. */
const LEDGER_HEADER_NAMES: Record<LedgerField, readonly string[]> = {
  date: ['Dato', 'Bilagsdato', 'Posteringsdato', 'Regnskapsdato', 'Date', 'Voucher date', 'Posting date'],
  voucher: ['Bilag', 'Bilagsnr', 'Bilagsnummer', 'Bilagsnr.', 'Voucher', 'Voucher no', 'Voucher number'],
  account: ['Konto', 'Kontonr', 'Kontonummer', 'Art', 'Account'],
  costCentre: [
    'Ansvar',
    'Koststed',
    'Kostnadssted',
    'Avdeling',
    'Ansvarssted',
    'Cost centre',
    'Cost center',
    'Department',
  ],
  project: ['Prosjekt', 'Prosjektnr', 'Prosjektnummer', 'Prosjekt nr', 'Project', 'Project no'],
  amount: ['Beløp', 'Beløp NOK', 'Sum', 'Netto', 'Amount', 'Amount NOK'],
  text: ['Tekst', 'Beskrivelse', 'Bilagstekst', 'Posteringstekst', 'Text', 'Description'],
};

const REQUIRED: LedgerField[] = ['project', 'amount'];

/** Which header of the export holds each field (saved in the workbook, so the next import needs no questions). */
export type LedgerMapping = Partial<Record<LedgerField, string>>;

export interface LedgerLine {
  /** Where the line stands in the export: its line in a CSV (header = 1) or its row in a sheet. */
  line: number;
  date?: IsoDate;
  voucher?: string;
  account?: string;
  costCentre?: string;
  project?: string;
  amount?: number;
  text?: string;
}

export interface Ledger {
  /** The file's name, as findings name it. */
  source: string;
  lines: LedgerLine[];
  /** The header each field was read from. */
  mapping: LedgerMapping;
  /** Required fields no header matched. */
  missing: LedgerField[];
  /** Lines with an amount that could not be read (they are not compared). */
  unreadable: number[];
}

/**
 * The ledger lines of an export: a header row (found below a title, as for the workbook's tables), then
 * lines. `mapping` (saved earlier) names the header of each field; otherwise the headers are recognised.
 * `firstLine` is the line number of rows[0] in the file, so findings can point at the line.
 */
export function readLedger(
  rows: readonly CellValue[][],
  source: string,
  options: { mapping?: LedgerMapping; firstLine?: number; date1904?: boolean } = {},
): Ledger {
  const firstLine = options.firstLine ?? 1;
  const lookup = headerLookup(
    options.mapping
      ? (Object.fromEntries(
          (Object.keys(LEDGER_HEADER_NAMES) as LedgerField[]).map((field) => [
            field,
            options.mapping?.[field] ? [options.mapping[field] as string] : LEDGER_HEADER_NAMES[field],
          ]),
        ) as Record<LedgerField, readonly string[]>)
      : LEDGER_HEADER_NAMES,
  );
  const fieldsOf = (row: CellValue[]) =>
    new Set(Object.keys(matchColumns(row, lookup).mapping) as LedgerField[]);
  const headerIndex = headerRowIndex(rows, fieldsOf, REQUIRED);
  const empty: Ledger = { source, lines: [], mapping: {}, missing: [...REQUIRED], unreadable: [] };
  if (headerIndex < 0) return empty;
  const header = rows[headerIndex] ?? [];
  const columns = matchColumns(header, lookup).mapping;
  const mapping: LedgerMapping = {};
  for (const field of Object.keys(columns) as LedgerField[]) {
    mapping[field] = String(header[columns[field] as number] ?? '');
  }
  const missing = REQUIRED.filter((field) => columns[field] === undefined);
  if (missing.length > 0) return { ...empty, mapping, missing };
  const lines: LedgerLine[] = [];
  const unreadable: number[] = [];
  const at = (row: CellValue[], field: LedgerField) =>
    columns[field] === undefined ? undefined : (row[columns[field] as number] ?? null);
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r] ?? [];
    if (row.every((cell) => textOf(cell) === undefined)) continue;
    const line: LedgerLine = { line: firstLine + r };
    const date = parseDateCell(at(row, 'date'), options.date1904);
    if (date) line.date = date;
    for (const field of ['voucher', 'account', 'costCentre', 'project', 'text'] as const) {
      const text = textOf(at(row, field));
      if (text !== undefined) line[field] = text;
    }
    const amount = amountOf(at(row, 'amount') ?? null);
    if (amount === undefined) unreadable.push(line.line);
    else line.amount = amount;
    lines.push(line);
  }
  return { source, lines, mapping, missing: [], unreadable };
}

export const RECONCILIATION_MESSAGES = defineMessages({
  ledgerWithoutPayment: {
    nb: '{line}: {amount} er bokført på prosjekt {project} i {year}, men arbeidsboka har ingen utbetaling som svarer til den — før utbetalingen i Utbetalinger, eller sjekk prosjektnummeret i regnskapet.',
    en: '{line}: {amount} is booked on project {project} in {year}, but the workbook has no payment for it — enter the payment in Utbetalinger, or check the project number in the accounts.',
  },
  paymentWithoutLedger: {
    nb: 'Utbetalingen på {amount} til prosjekt {project}{date} finnes ikke i regnskapet ({source}) for {year} — sjekk at den er bokført, og på riktig prosjekt.',
    en: 'The payment of {amount} to project {project}{date} is not in the accounts ({source}) for {year} — check that it is booked, and on the right project.',
  },
  difference: {
    nb: 'Prosjekt {project} i {year}: arbeidsboka har {paid} utbetalt, regnskapet {booked} ({lines}) — differanse {difference}.',
    en: 'Project {project} in {year}: the workbook has {paid} paid, the accounts {booked} ({lines}) — a difference of {difference}.',
  },
  wrongProject: {
    nb: '{line}: {amount} er bokført på prosjekt {booked}, men utbetalingen står på prosjekt {project} i arbeidsboka — en av dem har feil prosjektnummer.',
    en: '{line}: {amount} is booked on project {booked}, but the payment is on project {project} in the workbook — one of them has the wrong project number.',
  },
  lineRef: {
    nb: '{source} linje {line}{details}',
    en: '{source} line {line}{details}',
  },
});

type ReconciliationRule =
  'ledger-without-payment' | 'payment-without-ledger' | 'ledger-difference' | 'ledger-wrong-project';

/** The reconciliation's findings, as the catalogue in docs/finance.md lists them. */
export const RECONCILIATION_RULES: Record<
  ReconciliationRule,
  { severity: Severity; message: keyof typeof RECONCILIATION_MESSAGES }
> = {
  'ledger-without-payment': { severity: 'error', message: 'ledgerWithoutPayment' },
  'payment-without-ledger': { severity: 'error', message: 'paymentWithoutLedger' },
  'ledger-difference': { severity: 'error', message: 'difference' },
  'ledger-wrong-project': { severity: 'error', message: 'wrongProject' },
};

/** One project and year: what the workbook says was paid and what the accounts say. */
export interface ReconciliationRow {
  project: string;
  year: number;
  paid: number;
  booked: number;
  difference: number;
}

export interface Reconciliation {
  rows: ReconciliationRow[];
  findings: Finding[];
  /** Ledger lines without a project number or a readable amount: not compared. */
  skippedLines: number[];
  matchedLines: number;
}

interface Entry {
  kind: 'payment' | 'line';
  key: string;
  year: number;
  amount: number;
  voucher?: string;
  date?: IsoDate;
  payment?: PaymentRow;
  line?: LedgerLine;
  matched: boolean;
}

const dayNumber = (date: IsoDate | undefined) => (date ? Date.parse(date) / 86_400_000 : undefined);

/** Pairs equal amounts: the same voucher first, then the nearest date, then table order. */
function pairEqualAmounts(payments: Entry[], lines: Entry[]): void {
  for (const payment of payments) {
    const candidates = lines.filter((line) => !line.matched && line.amount === payment.amount);
    if (candidates.length === 0) continue;
    const distance = (line: Entry) => {
      if (payment.voucher && line.voucher && payment.voucher === line.voucher) return -1;
      const a = dayNumber(payment.date);
      const b = dayNumber(line.date);
      return a === undefined || b === undefined ? Number.MAX_SAFE_INTEGER : Math.abs(a - b);
    };
    const best = candidates.reduce((chosen, line) => (distance(line) < distance(chosen) ? line : chosen));
    best.matched = true;
    payment.matched = true;
  }
}

/** Reconciles the payments of `table` (its payments table, else its two payment columns) with `ledger`. */
export function reconcile(table: ProjectTable, ledger: Ledger): Reconciliation {
  const projectsByKey = new Map<string, ProjectRow>();
  for (const row of table.rows) if (row.id !== undefined) projectsByKey.set(projectKey(row.id), row);
  const shownId = new Map<string, string>();

  const paymentEntries: Entry[] = [];
  if (table.payments) {
    for (const payment of table.payments.rows) {
      if (payment.projectId === undefined || payment.amount === undefined || payment.type === undefined)
        continue;
      const key = projectKey(payment.projectId);
      const year = paymentYear(payment, projectsByKey.get(key));
      if (year === undefined) continue;
      shownId.set(key, shownId.get(key) ?? payment.projectId);
      paymentEntries.push({
        kind: 'payment',
        key,
        year,
        amount: payment.type === 'return' ? -payment.amount : payment.amount,
        voucher: payment.voucher,
        date: payment.date,
        payment,
        matched: false,
      });
    }
  } else {
    // Without a payments table each of the two columns is one payment, in the project's year.
    for (const row of table.rows) {
      if (row.id === undefined || row.year === undefined) continue;
      for (const field of ['paidAtApproval', 'paidAtCompletion'] as const) {
        const amount = row[field];
        if (!amount) continue;
        const key = projectKey(row.id);
        shownId.set(key, shownId.get(key) ?? row.id);
        const payment: PaymentRow = {
          row: row.row,
          cells: { amount: fieldCell(table, row, field) },
          raw: {},
          projectId: row.id,
          amount,
        };
        paymentEntries.push({ kind: 'payment', key, year: row.year, amount, payment, matched: false });
      }
    }
  }

  const skippedLines: number[] = [];
  const lineEntries: Entry[] = [];
  for (const line of ledger.lines) {
    if (line.project === undefined || line.amount === undefined || line.date === undefined) {
      skippedLines.push(line.line);
      continue;
    }
    const key = projectKey(line.project);
    shownId.set(key, shownId.get(key) ?? line.project);
    lineEntries.push({
      kind: 'line',
      key,
      year: yearOfDate(line.date),
      amount: line.amount,
      voucher: line.voucher,
      date: line.date,
      line,
      matched: false,
    });
  }

  const groups = new Map<string, { key: string; year: number; payments: Entry[]; lines: Entry[] }>();
  const groupOf = (entry: Entry) => {
    const id = `${entry.key}\u0000${entry.year}`;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { key: entry.key, year: entry.year, payments: [], lines: [] }));
    return group;
  };
  for (const entry of paymentEntries) groupOf(entry).payments.push(entry);
  for (const entry of lineEntries) groupOf(entry).lines.push(entry);
  for (const group of groups.values()) pairEqualAmounts(group.payments, group.lines);

  const findings: Finding[] = [];
  const lineRef = (line: LedgerLine) => {
    const details = [line.voucher ? `bilag ${line.voucher}` : '', line.date ? formatDate(line.date) : '']
      .filter(Boolean)
      .join(', ');
    return bilingual(RECONCILIATION_MESSAGES, 'lineRef', {
      source: ledger.source,
      line: line.line,
      details: details ? { nb: ` (${details})`, en: ` (${details.replace('bilag', 'voucher')})` } : '',
    });
  };
  const projectText = (key: string): Bilingual => {
    const id = shownId.get(key) ?? key;
    const name = projectsByKey.get(key)?.name;
    const suffix = name ? ` (${name})` : '';
    return { nb: `«${id}»${suffix}`, en: `"${id}"${suffix}` };
  };
  const where = (key: string, payment?: PaymentRow): { sheet: string; cell: string; row?: number } => {
    if (payment) {
      const sheet = table.payments ? table.payments.sheet : table.sheet;
      return {
        sheet,
        cell: payment.cells.amount ?? payment.cells.projectId ?? `A${payment.row}`,
        row: payment.row,
      };
    }
    const project = projectsByKey.get(key);
    if (project)
      return {
        sheet: table.sheet,
        cell: fieldCell(table, project, 'id') ?? `A${project.row}`,
        row: project.row,
      };
    const sheet = table.payments?.sheet ?? table.sheet;
    return { sheet, cell: `A${table.payments?.headerRow ?? table.headerRow}` };
  };
  const report = (
    rule: ReconciliationRule,
    at: { sheet: string; cell: string; row?: number },
    data: MessageData,
  ) => {
    const { severity, message } = RECONCILIATION_RULES[rule];
    const text = bilingual(RECONCILIATION_MESSAGES, message, data);
    findings.push({ rule, severity, ...at, message: text.nb, messageEn: text.en, messageId: message });
  };

  // A line left over on one project that a payment left over on another explains: the wrong project.
  const leftover = (entries: Entry[]) => entries.filter((entry) => !entry.matched);
  const allLeftPayments = [...groups.values()].flatMap((group) => leftover(group.payments));
  for (const group of groups.values()) {
    const lines = leftover(group.lines);
    if (lines.length === 0 || leftover(group.payments).length > 0) continue;
    for (const line of lines) {
      const payment = allLeftPayments.find(
        (entry) =>
          !entry.matched &&
          entry.key !== line.key &&
          entry.year === line.year &&
          entry.amount === line.amount,
      );
      if (!payment || !line.line) continue;
      payment.matched = true;
      line.matched = true;
      report('ledger-wrong-project', where(payment.key, payment.payment), {
        line: lineRef(line.line),
        amount: kr(line.amount),
        booked: projectText(line.key),
        project: projectText(payment.key),
      });
    }
  }

  const rows: ReconciliationRow[] = [];
  const ordered = [...groups.values()].sort((a, b) =>
    a.key < b.key ? -1 : a.key > b.key ? 1 : a.year - b.year,
  );
  for (const group of ordered) {
    const paid = group.payments.reduce((sum, entry) => sum + entry.amount, 0);
    const booked = group.lines.reduce((sum, entry) => sum + entry.amount, 0);
    rows.push({
      project: shownId.get(group.key) ?? group.key,
      year: group.year,
      paid,
      booked,
      difference: booked - paid,
    });
    const payments = leftover(group.payments);
    const lines = leftover(group.lines);
    if (payments.length > 0 && lines.length > 0) {
      const leftPaid = payments.reduce((sum, entry) => sum + entry.amount, 0);
      const leftBooked = lines.reduce((sum, entry) => sum + entry.amount, 0);
      const refs = lines.map((entry) => lineRef(entry.line as LedgerLine));
      report('ledger-difference', where(group.key, payments[0]?.payment), {
        project: projectText(group.key),
        year: group.year,
        paid: kr(leftPaid),
        booked: kr(leftBooked),
        lines: { nb: refs.map((ref) => ref.nb).join('; '), en: refs.map((ref) => ref.en).join('; ') },
        difference: kr(Math.abs(leftBooked - leftPaid)),
      });
      continue;
    }
    for (const line of lines) {
      report('ledger-without-payment', where(group.key), {
        line: lineRef(line.line as LedgerLine),
        amount: kr(line.amount),
        project: projectText(group.key),
        year: group.year,
      });
    }
    for (const payment of payments) {
      const date = payment.date ? formatDate(payment.date) : '';
      report('payment-without-ledger', where(group.key, payment.payment), {
        amount: kr(payment.amount),
        project: projectText(group.key),
        date: date ? ` (${date})` : '',
        source: ledger.source,
        year: group.year,
      });
    }
  }
  const matchedLines = lineEntries.filter((entry) => entry.matched).length;
  return { rows, findings: sortFindings(findings), skippedLines, matchedLines };
}
