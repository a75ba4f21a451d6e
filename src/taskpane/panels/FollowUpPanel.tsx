/**
 * Oppfølging: money per area for a year or the period, results vs targets, and the plan's summary table.
 * The view; its state and actions are in useFollowUp.ts.
 */
import {
  makeStyles,
  tokens,
  Button,
  Field,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { translate } from '../../core/messages';
import { formatKroner, formatNumber } from '../../core/money';
import { VERDICT_WORDS, type Verdict } from '../../core/today';
import type { MessageKey } from '../../i18n';
import { Chart } from '../components/Chart';
import { TaskStatus } from '../components/Feedback';
import { Actions, Section } from '../components/Section';
import { useLanguage, useWords } from '../i18n';
import { FOLLOW_UP_WORDS } from './FollowUpWords';
import type { MoneyMeasure } from '../services/followUp';
import { useFollowUp } from './useFollowUp';

/** The card with every area's sum (no area is named with a control character). */
const TOTAL = '\u0000total';

const useStyles = makeStyles({
  cards: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  },
  cardTitle: { margin: `0 0 ${tokens.spacingVerticalXXS}`, fontSize: tokens.fontSizeBase300 },
  measures: {
    display: 'grid',
    gridTemplateColumns: '1fr 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
});

const num = {
  textAlign: 'right' as const,
  fontVariantNumeric: 'tabular-nums',
  whiteSpace: 'nowrap' as const,
};
const MEASURES: { key: MoneyMeasure; label: MessageKey }[] = [
  { key: 'granted', label: 'measureGranted' },
  { key: 'paid', label: 'measurePaid' },
  { key: 'commitments', label: 'measureCommitments' },
  { key: 'freedFunds', label: 'measureFreed' },
  { key: 'frame', label: 'measureFrame' },
  { key: 'remaining', label: 'measureRemaining' },
];

export function FollowUpPanel() {
  const { t, lang } = useLanguage();
  const w = useWords(FOLLOW_UP_WORDS);
  const styles = useStyles();
  const followUp = useFollowUp();
  if (!followUp) return null;
  const { task, plan, rows, results, years, period, choose, columns, total, writeFollowUp, writeSummary } =
    followUp;
  const areaName = (area: string) => (area === TOTAL ? t('total') : area === '' ? t('unknownArea') : area);
  const money = (n: number | null) => (n === null ? w('noFrame') : formatKroner(n));
  const verdictText = (status: Verdict | null) =>
    status === null ? '' : translate(lang, VERDICT_WORDS, status);

  return (
    <div>
      <TaskStatus task={task} />
      <Section title={w('followUpTitle')}>
        <Field label={w('followUpYear')}>
          <Select
            value={String(period)}
            onChange={(_, d) => choose(d.value === 'period' ? 'period' : Number(d.value))}
          >
            <option value="period">
              {w('followUpWholePeriod', { from: plan.period.from, to: plan.period.to })}
            </option>
            {years.map((year) => (
              <option key={year} value={String(year)}>
                {year}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.cards} data-testid="follow-up-money">
          {[...columns, { area: TOTAL, money: total }].map((column) => (
            <section key={column.area} className={styles.card} aria-label={areaName(column.area)}>
              <h3 className={styles.cardTitle}>{areaName(column.area)}</h3>
              <dl className={styles.measures}>
                {MEASURES.map((measure) => (
                  <div key={measure.key}>
                    <dt className={styles.label}>{t(measure.label)}</dt>
                    <dd className={styles.value}>{money(column.money[measure.key])}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ))}
        </div>
        <Actions>
          <Button appearance="primary" onClick={writeFollowUp} disabled={task.busy}>
            {w('writeFollowUp')}
          </Button>
          <Button onClick={writeSummary} disabled={task.busy || rows.length === 0}>
            {w('writeSummary')}
          </Button>
        </Actions>
      </Section>
      <Section title={t('resultsTitle')}>
        <Table
          size="small"
          aria-label={w('jobsPerYear')}
          data-testid="jobs-table"
          style={{ tableLayout: 'auto' }}
        >
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('year')}</TableHeaderCell>
              <TableHeaderCell style={num}>{w('jobsActual')}</TableHeaderCell>
              <TableHeaderCell style={num}>{w('jobsTarget')}</TableHeaderCell>
              <TableHeaderCell>{w('statusColumn')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {results.jobsPerYear.map((j) => (
              <TableRow key={j.year}>
                <TableCell>{j.year}</TableCell>
                <TableCell style={num}>{formatNumber(j.total, 2, lang)}</TableCell>
                <TableCell style={num}>{j.target === null ? '' : formatNumber(j.target, 2, lang)}</TableCell>
                <TableCell>{verdictText(j.status)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Chart
          kind="columns"
          title={w('chartJobs')}
          categories={results.jobsPerYear.map((j) => String(j.year))}
          series={[
            { name: w('jobsActual'), values: results.jobsPerYear.map((j) => j.total) },
            { name: w('jobsTarget'), values: results.jobsPerYear.map((j) => j.target) },
          ]}
        />
        <Text>
          {t('newCompanies', { total: results.newCompanies.total, target: results.newCompanies.target })} —{' '}
          {verdictText(results.newCompanies.status)}
        </Text>
        {results.attractivenessMeasures.map((a) => (
          <Text key={a.year}>
            {t('attractiveness', {
              area: plan.targets.attractivenessArea,
              year: a.year,
              count: a.count,
              target: a.target,
            })}{' '}
            — {verdictText(a.status)}
          </Text>
        ))}
        {results.leverage.ratio !== null && (
          <Text>{t('leverage', { ratio: formatNumber(results.leverage.ratio, 2, lang) })}</Text>
        )}
      </Section>
    </div>
  );
}
