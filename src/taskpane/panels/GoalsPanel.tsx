/**
 * Målkurver: each goal indicator's curve with its rounding, actual figures typed or fetched, and the verdict.
 * The view; its state and actions are in useGoals.ts.
 */
import {
  Button,
  Field,
  Input,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { formatNumber, formatRate } from '../../core/money';
import type { Rounding } from '../../core/types';
import { Chart } from '../components/Chart';
import { Notice, TaskStatus } from '../components/Feedback';
import { Actions, Section } from '../components/Section';
import { useLanguage, useWords } from '../i18n';
import { GOALS_WORDS } from './GoalsWords';
import { verdictLines } from '../services/goals';
import { useGoals } from './useGoals';

const num = { textAlign: 'right' as const, fontVariantNumeric: 'tabular-nums' };
const ROUNDINGS: { value: Rounding; key: 'roundingYearly' | 'roundingFinal' | 'roundingNone' }[] = [
  { value: 'yearly', key: 'roundingYearly' },
  { value: 'final', key: 'roundingFinal' },
  { value: 'none', key: 'roundingNone' },
];

/**
 * A dropdown as wide as the pane, not as its longest option: «Employed with workplace in the municipality»
 * would otherwise make the pane scroll sideways at 320 px (the select and its wrapper may shrink).
 */
const FIT = { root: { style: { minWidth: 0 } }, style: { minWidth: 0 } };

export function GoalsPanel() {
  const { t, lang } = useLanguage();
  const w = useWords(GOALS_WORDS);
  const panel = useGoals();
  const { goal, view, task } = panel;
  if (!panel.snapshot) return null;
  if (!goal) return <Notice intent="info">{w('noGoals')}</Notice>;

  const name = lang === 'en' ? goal.nameEn : goal.name;
  /** Goal values may be fractional with rounding 'none': show up to two decimals there. */
  const show = (n: number) => formatNumber(n, 2, lang);

  return (
    <div>
      <TaskStatus task={task} />
      <Section title={w('goalsTitle')}>
        <Field label={w('goalIndicator')}>
          <Select {...FIT} value={goal.id} onChange={(_, d) => panel.setGoalId(d.value)}>
            {panel.goals.map((g) => (
              <option key={g.id} value={g.id}>
                {lang === 'en' ? g.nameEn : g.name}
              </option>
            ))}
          </Select>
        </Field>
        <Text size={200}>
          {w('goalDescription', {
            base: formatNumber(goal.base, 10, lang),
            baseYear: goal.baseYear,
            rate: formatRate(goal.rate, lang),
            toYear: goal.toYear,
          })}
        </Text>
        <Field label={t('rounding')}>
          <Select {...FIT} value={panel.rounding} onChange={(_, d) => panel.setRounding(d.value as Rounding)}>
            {ROUNDINGS.map((r) => (
              <option key={r.value} value={r.value}>
                {t(r.key)}
              </option>
            ))}
          </Select>
        </Field>
      </Section>
      {view && (
        <Section title={name}>
          <Table size="small" aria-label={name} data-testid="goal-table" style={{ tableLayout: 'auto' }}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('year')}</TableHeaderCell>
                <TableHeaderCell style={num}>{w('targetColumn')}</TableHeaderCell>
                <TableHeaderCell>{w('actualColumn')}</TableHeaderCell>
                <TableHeaderCell style={num}>{w('gapColumn')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {view.gaps.map((gap) => {
                const invalid = view.invalid.some((i) => i.year === gap.year);
                return (
                  <TableRow key={gap.year}>
                    <TableCell>{gap.year}</TableCell>
                    <TableCell style={num}>{show(gap.target)}</TableCell>
                    <TableCell>
                      <Input
                        size="small"
                        aria-label={w('actualFor', { year: gap.year })}
                        aria-invalid={invalid || undefined}
                        value={panel.typed[gap.year] ?? ''}
                        inputMode="decimal"
                        style={{ width: '9ch', minWidth: 0 }}
                        onChange={(_, d) => panel.setActual(gap.year, d.value)}
                      />
                    </TableCell>
                    <TableCell style={{ ...num, color: (gap.gap ?? 0) < 0 ? '#c50f1f' : undefined }}>
                      {gap.gap === undefined ? '' : show(gap.gap)}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          {view.invalid.map((i) => (
            <Text key={i.year} role="alert" style={{ color: '#c50f1f' }}>
              {`${i.year}: ${w('invalidActual', { text: i.text })}`}
            </Text>
          ))}
          <div data-testid="goal-verdict">
            {verdictLines(goal, view, lang).map((line) =>
              line.key === 'noActuals' ? (
                <Text key={line.key}>{t(line.key, line.vars)}</Text>
              ) : (
                <Notice key={line.key} intent={line.intent}>
                  {t(line.key, line.vars)}
                </Notice>
              ),
            )}
          </div>
          <Chart
            kind="line"
            title={name}
            categories={view.gaps.map((g) => String(g.year))}
            series={[
              { name: w('targetColumn'), values: view.gaps.map((g) => g.target) },
              { name: w('actualColumn'), values: view.gaps.map((g) => g.actual ?? null) },
            ]}
          />
          <Actions>
            <Button
              appearance="primary"
              onClick={panel.write}
              disabled={task.busy || view.invalid.length > 0}
            >
              {w('writeGoal')}
            </Button>
          </Actions>
        </Section>
      )}
      <Section title={w('actualsFromRange')}>
        <Field label={w('actualsRange')}>
          <Input
            value={panel.range}
            placeholder={w('actualsRangePlaceholder')}
            onChange={(_, d) => panel.setRange(d.value)}
          />
        </Field>
        <Actions>
          <Button onClick={panel.takeSelection} disabled={task.busy}>
            {t('useSelection')}
          </Button>
          <Button onClick={panel.fetchRange} disabled={task.busy || panel.range.trim() === ''}>
            {w('readRange')}
          </Button>
        </Actions>
      </Section>
    </div>
  );
}
