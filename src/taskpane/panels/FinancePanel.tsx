/**
 * Økonomi: the finance department's panel. Move the two payment columns into the table `Utbetalinger`;
 * reconcile the payments with a ledger export (a CSV file the user picks — the CLI reads .xlsx too; nothing is uploaded —
 * the file is read in the pane); and write the year-end statement (`Årsoppgjør`) as a sheet with SUM
 * formulas. The work is the same app code the CLI runs (src/app/finance.ts). The view; its state and actions
 * are in useFinance.ts.
 */
import { Button, Field, Input, Text } from '@fluentui/react-components';
import { defineMessages, translate, type MessageData } from '../../core/messages';
import { kr } from '../../core/money';
import { Notice, TaskStatus } from '../components/Feedback';
import { FindingList } from '../components/FindingList';
import { Actions, Scroll, Section } from '../components/Section';
import { useLanguage } from '../i18n';
import { useFinance } from './useFinance';

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
    nb: 'Eksport fra regnskapet (CSV)',
    en: 'Export from the accounts (CSV)',
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
  const panel = useFinance();
  if (!panel.snapshot) return null;

  return (
    <div>
      <TaskStatus task={panel.task} />
      {panel.done && <Notice>{say(panel.done.id, panel.done.data)}</Notice>}
      <Section title={say('paymentsTitle')}>
        <Text>
          {panel.snapshot.payments
            ? say('paymentsFromTable', { rows: panel.snapshot.payments.rows.length })
            : say('paymentsFromColumns')}
        </Text>
        <Actions>
          <Button
            onClick={panel.migrate}
            disabled={panel.task.busy || Boolean(panel.snapshot.payments) || !panel.snapshot.table}
          >
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
            disabled={panel.task.busy}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void panel.reconcileFile(file);
            }}
          />
          <Text size={200}>{say('ledgerHint')}</Text>
        </label>
        {panel.reconciled && (
          <>
            <Text>
              {say('ledgerSummary', {
                matched: panel.reconciled.reconciliation.matchedLines,
                lines: panel.reconciled.ledger.lines.length,
                source: panel.reconciled.ledger.source,
              })}
            </Text>
            {panel.reconciled.reconciliation.findings.length === 0 ? (
              <Notice>{say('allTies')}</Notice>
            ) : (
              <FindingList
                findings={panel.reconciled.reconciliation.findings}
                onSelect={(finding) => void panel.select(finding)}
                label={say('ledgerTitle')}
              />
            )}
          </>
        )}
      </Section>
      <Section title={say('yearTitle')}>
        <Field label={say('year')}>
          <Input value={panel.year} onChange={(_, data) => panel.setYear(data.value)} inputMode="numeric" />
        </Field>
        <Actions>
          <Button onClick={panel.computeYear} disabled={panel.task.busy || !panel.validYear}>
            {say('showYear')}
          </Button>
          <Button onClick={panel.writeYear} disabled={panel.task.busy || !panel.validYear}>
            {say('writeYear')}
          </Button>
        </Actions>
        {panel.statement && (
          <Scroll>
            <Text block>
              {say('fund', {
                year: panel.statement.statement.year,
                opening: kr(panel.statement.statement.fund.opening),
                received: kr(panel.statement.statement.fund.received),
                paid: kr(panel.statement.statement.fund.paid),
                closing: kr(panel.statement.statement.fund.closing),
              })}
            </Text>
            <Text block>
              {say('commitments', { amount: kr(panel.statement.statement.totals.commitments) })}
            </Text>
          </Scroll>
        )}
      </Section>
    </div>
  );
}
