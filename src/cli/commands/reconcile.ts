/** `omstilling avstem` / `reconcile`: the workbook's payments against a ledger export (CSV or .xlsx). */
import { reconcileWithLedger, type LedgerSource } from '../../app/finance';
import { defineMessages, translate, type Lang } from '../../core/messages';
import type { Reconciliation } from '../../core/ledger';
import { EXIT, type Command } from '../context';
import { findingLine, json, kroner, place, printable, renderTable } from '../format';
import { readInputFile, readWorkbookFile, sniff } from '../input';
import { countsLine, PLAN_SOURCE, usageError } from '../messages';
import { openWorkbookFile } from '../workbook';
import { basename } from 'path';

const TEXT = defineMessages({
  usage: {
    nb: 'Bruk: omstilling avstem <arbeidsbok.xlsx> <hovedbok.csv|hovedbok.xlsx>',
    en: 'Usage: omstilling reconcile <workbook.xlsx> <ledger.csv|ledger.xlsx>',
  },
  heading: { nb: 'Avstemming mot {source}', en: 'Reconciliation against {source}' },
  payments: {
    nb: 'Utbetalingene er lest fra {from}.',
    en: 'The payments were read from {from}.',
  },
  fromTable: { nb: 'tabellen Utbetalinger', en: 'the table Utbetalinger' },
  fromColumns: {
    nb: 'prosjekttabellens to utbetalingskolonner',
    en: "the project table's two payment columns",
  },
  encoding: { nb: 'Tegnsett: {encoding}.', en: 'Encoding: {encoding}.' },
  matched: {
    nb: '{matched} av {lines} linjer i hovedboken stemmer med en utbetaling.',
    en: '{matched} of {lines} ledger lines match a payment.',
  },
  skipped: {
    nb: 'Linjer uten prosjekt, dato eller lesbart beløp er ikke sammenlignet: {lines}.',
    en: 'Lines without a project, date or readable amount were not compared: {lines}.',
  },
  allTies: { nb: 'Alt stemmer: ingen avvik.', en: 'Everything ties out: no differences.' },
  columns: {
    nb: 'Prosjekt|År|Arbeidsboka|Regnskapet|Differanse',
    en: 'Project|Year|Workbook|Accounts|Difference',
  },
});

const say = (lang: Lang, id: keyof typeof TEXT, data?: Parameters<typeof translate>[3]) =>
  translate(lang, TEXT, id, data);

function differencesTable(reconciliation: Reconciliation, lang: Lang): string {
  const rows = reconciliation.rows.filter((row) => row.difference !== 0);
  if (rows.length === 0) return '';
  return renderTable(
    [
      say(lang, 'columns').split('|'),
      ...rows.map((row) => [
        printable(row.project),
        String(row.year),
        kroner(row.paid),
        kroner(row.booked),
        kroner(row.difference),
      ]),
    ],
    ['left', 'left', 'right', 'right', 'right'],
  );
}

export const run: Command = async ({ args, lang, json: asJson, io }) => {
  const [workbookPath, ledgerPath, ...rest] = args.positionals;
  if (!workbookPath || !ledgerPath || rest.length > 0) {
    throw usageError(TEXT, 'usage');
  }
  const port = await openWorkbookFile(workbookPath);
  const bytes = await readInputFile(ledgerPath);
  const source: LedgerSource = { name: basename(ledgerPath) };
  const kind = sniff(bytes);
  // A ledger is CSV text or a workbook; anything else gets the reason a workbook would (empty, old .xls,
  // encrypted, not a spreadsheet) rather than "no columns found" in bytes that were never text.
  if (kind !== 'xlsx-zip' && kind !== 'text') await readWorkbookFile(ledgerPath);
  if (kind === 'xlsx-zip') {
    const ledgerBook = await openWorkbookFile(ledgerPath);
    const read = await ledgerBook.readForOperation({
      projects: false,
      plan: false,
      mapping: false,
      sheets: true,
    });
    source.rows = read.sheets[0]?.values ?? [];
  } else {
    source.csv = bytes;
  }
  const result = await reconcileWithLedger(port, source);
  const { reconciliation } = result;
  const errors = reconciliation.findings.filter((f) => f.severity === 'error').length;
  if (asJson) {
    io.out(
      json({
        findings: reconciliation.findings.map(({ rule, severity, sheet, cell, row, message, messageEn }) => ({
          rule,
          severity,
          sheet,
          cell,
          row,
          message: lang === 'nb' ? message : messageEn,
        })),
        rows: reconciliation.rows,
        matchedLines: reconciliation.matchedLines,
        skippedLines: reconciliation.skippedLines,
        payments: result.payments,
        encoding: result.encoding ?? null,
        plan: result.plan,
      }),
    );
    return errors > 0 ? EXIT.errorsFound : EXIT.ok;
  }
  const out = [say(lang, 'heading', { source: printable(source.name) }), PLAN_SOURCE[result.plan][lang]];
  out.push(
    say(lang, 'payments', { from: say(lang, result.payments === 'table' ? 'fromTable' : 'fromColumns') }),
  );
  if (result.encoding) out.push(say(lang, 'encoding', { encoding: result.encoding }));
  out.push(say(lang, 'matched', { matched: reconciliation.matchedLines, lines: result.ledger.lines.length }));
  if (reconciliation.skippedLines.length > 0) {
    out.push(say(lang, 'skipped', { lines: reconciliation.skippedLines.join(', ') }));
  }
  out.push('');
  if (reconciliation.findings.length === 0) out.push(say(lang, 'allTies'));
  const width = Math.max(0, ...reconciliation.findings.map((finding) => place(finding).length));
  for (const finding of reconciliation.findings) out.push(findingLine(finding, lang, width));
  const table = differencesTable(reconciliation, lang);
  if (table) out.push('', table);
  const counts = { error: errors, warning: 0, info: 0 };
  out.push('', countsLine(counts, lang));
  io.out(out.join('\n'));
  return errors > 0 ? EXIT.errorsFound : EXIT.ok;
};
