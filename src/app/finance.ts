/**
 * The finance department's operations, port-neutral: reconciling the workbook's payments with a ledger
 * export, and the year-end statement. The ledger file's bytes come from the CLI or the pane; decoding them
 * (Windows-1252 or UTF-8, with or without a BOM) is the platform's TextDecoder (the WHATWG Encoding
 * Standard, in Node and in the pane's browser alike) and splitting the CSV is Papa Parse — nothing by hand.
 */
import Papa from 'papaparse';
import { formatDate, lastDayOf } from '../core/dates';
import {
  LEDGER_HEADERS,
  readLedger,
  reconcile,
  type Ledger,
  type LedgerMapping,
  type Reconciliation,
} from '../core/ledger';
import { defineMessages, quotedList } from '../core/messages';
import { errorFactory } from '../core/errors';
import type { CellValue, IsoDate, Plan } from '../core/types';
import { yearEndStatement, type YearEndStatement } from '../core/yearEnd';
import { paymentsFromColumns } from '../core/payments';
import type { OwnedSheetSpec, SavedMapping, WorkbookPort, WriteResult } from '../port/workbookPort';
import { appErrors } from './errors';
import { loadWorkbook, type PlanSource } from './load';

const MESSAGES = defineMessages({
  'ledger-columns': {
    nb: 'Fant ikke kolonnene {missing} i {source}. Hovedboken trenger minst Prosjekt og Beløp (og Dato for å finne året).',
    en: 'Could not find the columns {missing} in {source}. The ledger needs at least Prosjekt (project) and Beløp (amount) (and Dato (date) to find the year).',
  },
  'payments-exist': {
    nb: 'Arbeidsboka har allerede tabellen Utbetalinger: utbetalingene er flyttet før, og ingenting er endret.',
    en: 'The workbook already has the table Utbetalinger: the payments were moved before, and nothing was changed.',
  },
  'ledger-empty': {
    nb: '{source} har ingen linjer.',
    en: '{source} has no lines.',
  },
});

const financeError = errorFactory<keyof typeof MESSAGES>('input', MESSAGES);

/** A ledger CSV's text: UTF-8 (with or without a BOM) when it is valid UTF-8, else Windows-1252 (Latin-1's superset). */
export function decodeLedgerBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'windows-1252' } {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch (_notUtf8) {
    // A fatal TextDecoder throws only on bytes that are not UTF-8. Then it is Windows-1252, as Norwegian
    // accounting systems write it (ø is the single byte 0xF8).
    return { text: new TextDecoder('windows-1252').decode(body), encoding: 'windows-1252' };
  }
}

/** The rows of a CSV export: `;` (Norwegian default), `,` or tab, as Papa Parse detects it. */
export function csvRows(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, {
    delimitersToGuess: [';', ',', '\t'],
    skipEmptyLines: 'greedy',
  });
  return parsed.data;
}

/** The ledger mapping saved in the workbook, as a SavedMapping (field → column, with the header texts). */
function mappingFromSaved(saved: SavedMapping | undefined): LedgerMapping | undefined {
  if (!saved?.headers) return undefined;
  const mapping: LedgerMapping = {};
  for (const [field, column] of Object.entries(saved.mapping) as [keyof LedgerMapping, number][]) {
    const header = saved.headers[column];
    if (header) mapping[field] = header;
  }
  return mapping;
}

function mappingToSaved(mapping: LedgerMapping): SavedMapping {
  const headers = Object.values(mapping).filter((header): header is string => Boolean(header));
  const columns: Record<string, number> = {};
  for (const [field, header] of Object.entries(mapping)) if (header) columns[field] = headers.indexOf(header);
  return { mapping: columns as SavedMapping['mapping'], headers };
}

export interface LedgerSource {
  /** The file's name, as findings name it. */
  name: string;
  /** CSV bytes, or the rows of a sheet (an .xlsx export). */
  csv?: Uint8Array;
  rows?: CellValue[][];
}

export interface ReconcileResult {
  reconciliation: Reconciliation;
  ledger: Ledger;
  encoding?: 'utf-8' | 'windows-1252';
  plan: PlanSource;
  /** 'table': the payments table was the source; 'columns': the project table's two payment columns. */
  payments: 'table' | 'columns';
}

/** Reconciles the workbook's payments with a ledger export, using (and keeping) the mapping saved in the workbook. */
export async function reconcileWithLedger(
  port: WorkbookPort,
  source: LedgerSource,
): Promise<ReconcileResult> {
  const loaded = await loadWorkbook(port);
  if (!loaded.table) throw appErrors.noProjectTable();
  const saved = mappingFromSaved((await port.readMapping('ledger')) ?? undefined);
  const decoded = source.csv ? decodeLedgerBytes(source.csv) : undefined;
  const rows: CellValue[][] = decoded ? csvRows(decoded.text) : (source.rows ?? []);
  if (rows.length === 0) throw financeError('ledger-empty', { source: source.name });
  const ledger = readLedger(rows, source.name, { mapping: saved });
  if (ledger.missing.length > 0) {
    // The headers a user would write (Prosjekt, Beløp), not the field ids.
    const missing = quotedList(ledger.missing.map((field) => LEDGER_HEADERS[field]));
    throw financeError('ledger-columns', { source: source.name, missing });
  }
  return {
    reconciliation: reconcile(loaded.table, ledger),
    ledger,
    ...(decoded ? { encoding: decoded.encoding } : {}),
    plan: loaded.planSource,
    payments: loaded.payments ? 'table' : 'columns',
  };
}

/** Saves the ledger's column mapping in the workbook, so the next import reads the same columns. */
export async function saveLedgerMapping(port: WorkbookPort, mapping: LedgerMapping): Promise<void> {
  await port.saveMapping(mappingToSaved(mapping), 'ledger');
}

export interface YearEndResult {
  statement: YearEndStatement;
  plan: PlanSource;
  planUsed: Plan;
}

export async function yearEndOf(
  port: WorkbookPort,
  options: { year?: number; date?: IsoDate; received?: number; today?: IsoDate },
): Promise<YearEndResult> {
  const loaded = await loadWorkbook(port);
  if (!loaded.table) throw appErrors.noProjectTable();
  const year = options.year ?? Number((options.today ?? new Date().toISOString()).slice(0, 4)) - 1;
  const date = options.date ?? lastDayOf(year);
  return {
    statement: yearEndStatement(loaded.table, loaded.plan, { date, received: options.received }),
    plan: loaded.planSource,
    planUsed: loaded.plan,
  };
}

/** The owned sheet the year-end statement is written to. */
export const YEAR_END_SHEET = 'Årsoppgjør';

/**
 * The statement as a sheet a revisor can follow: each table's totals are SUM formulas over its own rows,
 * and the fund is three signed rows whose SUM is the closing balance (opening + received − paid).
 */
export function yearEndSheet(statement: YearEndStatement, planName: string): OwnedSheetSpec {
  const { fund } = statement;
  return {
    name: YEAR_END_SHEET,
    title: `Årsoppgjør ${statement.year} for omstillingsprogrammet`,
    subtitle: `${planName}. Per ${formatDate(statement.date)}: bevilget, utbetalt, tilbakebetalt og forpliktelser; fordeling på finansieringskildene; bundet driftsfond.`,
    action: 'Skrev årsoppgjør',
    orientation: 'landscape',
    tables: [
      {
        name: 'Omstilling_arsoppgjor',
        title: 'Per innsatsområde og tilsagnsår',
        headers: ['Tilsagnsår', 'Innsatsområde', 'Bevilget', 'Utbetalt', 'Tilbakebetalt', 'Forpliktelser'],
        rows: statement.perAreaYear.map((row) => [
          row.grantYear,
          row.area || '(ukjent område)',
          row.granted,
          row.paid,
          row.returned,
          row.commitments,
        ]),
        columns: ['year', 'text', 'kroner', 'kroner', 'kroner', 'kroner'],
        sum: { label: 'Sum', columns: [2, 3, 4, 5] },
      },
      {
        name: 'Omstilling_arsoppgjor_kilder',
        title: `Utbetalt netto i ${statement.year} fordelt på finansieringskildene`,
        headers: ['Kilde', 'Andel av årets finansiering', 'Beløp'],
        rows: statement.sources.map((source) => [source.source, source.share, source.amount]),
        columns: ['text', 'shareTenths', 'kroner'],
        sum: { label: 'Sum', columns: [2] },
      },
      {
        name: 'Omstilling_arsoppgjor_fond',
        title: 'Bundet driftsfond',
        headers: ['Post', 'Beløp'],
        rows: [
          [`Inngående saldo 1.1.${statement.year}`, fund.opening],
          [
            statement.receivedFrom === 'typed'
              ? 'Mottatt i året (oppgitt)'
              : 'Mottatt i året (planens finansiering)',
            fund.received,
          ],
          ['Utbetalt netto i året', fund.paid === 0 ? 0 : -fund.paid],
        ],
        columns: ['text', 'kroner'],
        sum: { label: `Utgående saldo ${formatDate(statement.date)}`, columns: [1] },
      },
    ],
  };
}

export async function writeYearEndSheet(port: WorkbookPort, result: YearEndResult): Promise<WriteResult> {
  return port.writeOwnedSheet(yearEndSheet(result.statement, result.planUsed.name));
}

export interface MigrationResult {
  /** Payment rows made from the two columns. */
  rows: number;
  write: WriteResult;
}

/**
 * Moves the project table's two payment columns into a new `Utbetalinger` table: one part payment per
 * amount paid at approval, one final payment per amount paid at completion (no date: the columns have none;
 * Merknad says which cell the amount came from). Nothing in the project table changes; the write is
 * logged. From then on the payments table is the source of what was paid.
 */
export async function migratePayments(port: WorkbookPort): Promise<MigrationResult> {
  const loaded = await loadWorkbook(port);
  if (!loaded.table) throw appErrors.noProjectTable();
  if (loaded.payments) throw financeError('payments-exist', {});
  const rows = paymentsFromColumns(loaded.table);
  return { rows: rows.length, write: await port.createPaymentsTable(rows) };
}
