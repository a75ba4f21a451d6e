/**
 * Økonomi: the finance department's panel. Move the two payment columns into the table `Utbetalinger`;
 * reconcile the payments with a ledger export (a CSV or .xlsx file the user picks; nothing is uploaded —
 * the file is read in the pane); and write the year-end statement (`Årsoppgjør`) as a sheet with SUM
 * formulas. The work is the same app code the CLI runs (src/app/finance.ts).
 */
import { Button, Field, Input, Text } from '@fluentui/react-components';
import { useState } from 'react';
import {
  migratePayments,
  reconcileWithLedger,
  saveLedgerMapping,
  writeYearEndSheet,
  yearEndOf,
  type ReconcileResult,
  type YearEndResult,
} from '../../app/finance';
import { defineMessages, messageIn, translate, type MessageData } from '../../core/messages';
import { formatNumber } from '../../core/money';
import type { Finding } from '../../core/types';
import { Notice, TaskStatus } from '../components/Feedback';
import { Actions, Scroll, Section } from '../components/Section';
import { useLanguage } from '../i18n';
import { useTask } from '../useTask';
import { useWorkbook } from '../workbook';

const WORDS = defineMessages({
  paymentsTitle: { nb: 'Utbetalinger', en: 'Payments' },
  paymentsFromTable: {
    nb: 'Utbetalingene leses fra tabellen «Utbetalinger» ({rows} rader).',
    en: 'The payments are read from the table "Utbetalinger" ({rows} rows).',
  },
  paymentsFromColumns: {
    nb: 'Utbetalingene leses fra prosjekttabellens to kolonner. Flytt dem til en egen tabell for å kunne føre delutbetalinger og tilbakebetalinger.',
    en: "The payments are read from the project table's two columns. Move them into a table of their own to record part payments and returns.",
  },
  migrate: {
    nb: 'Flytt utbetalingene til tabellen Utbetalinger',
    en: 'Move the payments into the table Utbetalinger',
  },
  migrated: {
    nb: 'Flyttet {rows} utbetalinger til tabellen «Utbetalinger» (ført i Logg). Prosjekttabellen er uendret.',
    en: 'Moved {rows} payments into the table "Utbetalinger" (logged). The project table is unchanged.',
  },
  ledgerTitle: { nb: 'Avstemming mot regnskapet', en: 'Reconciliation with the accounts' },
  ledgerFile: {
    nb: 'Eksport fra regnskapet (CSV eller .xlsx)',
    en: 'Export from the accounts (CSV or .xlsx)',
  },
  ledgerHint: {
    nb: 'Filen leses her i ruten og sendes ikke noe sted.',
    en: 'The file is read here in the pane and sent nowhere.',
  },
  ledgerSummary: {
    nb: '{matched} av {lines} linjer i {source} stemmer med en utbetaling.',
    en: '{matched} of {lines} lines in {source} match a payment.',
  },
  allTies: { nb: 'Alt stemmer: ingen avvik.', en: 'Everything ties out: no differences.' },
  yearTitle: { nb: 'Årsoppgjør', en: 'Year-end statement' },
  year: { nb: 'År', en: 'Year' },
  showYear: { nb: 'Regn ut', en: 'Compute' },
  writeYear: { nb: 'Skriv arket Årsoppgjør', en: 'Write the sheet Årsoppgjør' },
  fund: {
    nb: 'Fondet {year}: inngående {opening} + mottatt {received} − utbetalt {paid} = utgående {closing}.',
    en: 'The fund {year}: opening {opening} + received {received} − paid {paid} = closing {closing}.',
  },
  commitments: {
    nb: 'Forpliktelser (bevilget og ikke utbetalt på aktive prosjekter): {amount}.',
    en: 'Commitments (granted and not paid on active projects): {amount}.',
  },
  written: { nb: 'Skrev arket «Årsoppgjør».', en: 'Wrote the sheet "Årsoppgjør".' },
});

type WordId = keyof typeof WORDS;

export function FinancePanel() {
  const { lang } = useLanguage();
  const say = (id: WordId, data?: MessageData) => translate(lang, WORDS, id, data);
  const workbook = useWorkbook();
  const { snapshot, port } = workbook;
  const task = useTask();
  const [done, setDone] = useState<{ id: WordId; data?: MessageData }>();
  const [reconciled, setReconciled] = useState<ReconcileResult>();
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const [statement, setStatement] = useState<YearEndResult>();
  if (!snapshot) return null;
  const kr = (amount: number) => `${formatNumber(amount, 0, lang)} kr`;

  const migrate = () =>
    task.run(async () => {
      const result = await migratePayments(port);
      await workbook.reload();
      setDone({ id: 'migrated', data: { rows: result.rows } });
    });
  const reconcileFile = (file: File) =>
    task.run(async () => {
      const bytes = await bytesOf(file);
      const result = await reconcileWithLedger(port, { name: file.name, csv: bytes });
      setReconciled(result);
      // The columns found are kept in the workbook, so the next export is read the same way.
      await saveLedgerMapping(port, result.ledger.mapping);
    });
  const computeYear = () =>
    task.run(async () => {
      setStatement(await yearEndOf(port, { year: Number(year) }));
    });
  const writeYear = () =>
    task.run(async () => {
      const result = statement ?? (await yearEndOf(port, { year: Number(year) }));
      await writeYearEndSheet(port, result);
      setDone({ id: 'written' });
    });
  const select = (finding: Finding) => task.run(() => port.selectCell(finding.sheet, finding.cell));
  const validYear = /^\d{4}$/.test(year.trim());

  return (
    <div>
      <TaskStatus task={task} />
      {done && <Notice>{say(done.id, done.data)}</Notice>}
      <Section title={say('paymentsTitle')}>
        <Text>
          {snapshot.payments
            ? say('paymentsFromTable', { rows: snapshot.payments.rows.length })
            : say('paymentsFromColumns')}
        </Text>
        <Actions>
          <Button onClick={migrate} disabled={task.busy || Boolean(snapshot.payments) || !snapshot.table}>
            {say('migrate')}
          </Button>
        </Actions>
      </Section>
      <Section title={say('ledgerTitle')}>
        {/* A native file input: Fluent UI v9 has none, and a <label> around it names it for screen readers. */}
        <label style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
          <Text weight="semibold">{say('ledgerFile')}</Text>
          <input
            type="file"
            accept=".csv,.txt,text/csv"
            disabled={task.busy}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void reconcileFile(file);
            }}
          />
          <Text size={200}>{say('ledgerHint')}</Text>
        </label>
        {reconciled && (
          <>
            <Text>
              {say('ledgerSummary', {
                matched: reconciled.reconciliation.matchedLines,
                lines: reconciled.ledger.lines.length,
                source: reconciled.ledger.source,
              })}
            </Text>
            {reconciled.reconciliation.findings.length === 0 ? (
              <Notice>{say('allTies')}</Notice>
            ) : (
              <ul aria-label={say('ledgerTitle')}>
                {reconciled.reconciliation.findings.map((finding, i) => (
                  <li key={i}>
                    <Button appearance="transparent" size="small" onClick={() => void select(finding)}>
                      {`${finding.sheet}!${finding.cell}`}
                    </Button>{' '}
                    <Text>{messageIn(lang, finding)}</Text>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </Section>
      <Section title={say('yearTitle')}>
        <Field label={say('year')}>
          <Input value={year} onChange={(_, data) => setYear(data.value)} inputMode="numeric" />
        </Field>
        <Actions>
          <Button onClick={computeYear} disabled={task.busy || !validYear}>
            {say('showYear')}
          </Button>
          <Button onClick={writeYear} disabled={task.busy || !validYear}>
            {say('writeYear')}
          </Button>
        </Actions>
        {statement && (
          <Scroll>
            <Text block>
              {say('fund', {
                year: statement.statement.year,
                opening: kr(statement.statement.fund.opening),
                received: kr(statement.statement.fund.received),
                paid: kr(statement.statement.fund.paid),
                closing: kr(statement.statement.fund.closing),
              })}
            </Text>
            <Text block>{say('commitments', { amount: kr(statement.statement.totals.commitments) })}</Text>
          </Scroll>
        )}
      </Section>
    </div>
  );
}

/** A picked file's bytes. FileReader rather than Blob.arrayBuffer(): older WebViews inside Office lack the latter. */
function bytesOf(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader'));
    reader.readAsArrayBuffer(file);
  });
}
