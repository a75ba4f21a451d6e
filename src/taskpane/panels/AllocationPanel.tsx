/**
 * Fordeling: the plan's project money split over the areas, shares/holds/unit editable with a live preview.
 * The view; its state and actions are in useAllocation.ts.
 */
import {
  makeStyles,
  tokens,
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
import { sharesOffText } from '../../core/allocation';
import { formatKroner, formatNumber } from '../../core/money';
import { Chart } from '../components/Chart';
import { Notice, TaskStatus } from '../components/Feedback';
import { Actions, ScreenReaderText, Scroll, Section } from '../components/Section';
import { useLanguage, useWords } from '../i18n';
import { ALLOCATION_WORDS } from './AllocationWords';
import { ROUNDING_UNITS } from '../services/allocation';
import { useAllocation } from './useAllocation';

const num = {
  textAlign: 'right' as const,
  fontVariantNumeric: 'tabular-nums',
  whiteSpace: 'nowrap' as const,
};

const useStyles = makeStyles({
  // Three years of "1 400 000" and the area's name fit 350 px when the name wraps and the cells have no
  // padding but a gap before each number (so one amount does not run into the next); the Scroll around it
  // is for longer periods.
  perYear: {
    '& th, & td': { paddingInline: 0 },
    '& th + th, & td + td': { paddingInlineStart: tokens.spacingHorizontalS },
    '& td:first-child': { overflowWrap: 'anywhere' },
  },
});

export function AllocationPanel() {
  const { t, m, lang } = useLanguage();
  const w = useWords(ALLOCATION_WORDS);
  const styles = useStyles();
  const { task, plan, input, view, setUnit, setShare, setHold, reset, write } = useAllocation();
  if (!plan || !input || !view) return null;

  // Each area has a share and an amount field: the area's name, read but not shown, tells them apart.
  const areaLabel = (key: 'allocationShare' | 'allocationHold', area: string) => (
    <>
      {t(key)}
      <ScreenReaderText>{w('fieldFor', { name: area })}</ScreenReaderText>
    </>
  );
  const problemText = (p: (typeof view.problems)[number]) =>
    p.kind === 'share'
      ? `${p.area}: ${w('invalidShare', { text: p.text ?? '' })}`
      : p.kind === 'hold'
        ? `${p.area}: ${w('invalidHold', { text: p.text ?? '' })}`
        : m({ message: p.message ?? '', messageEn: p.messageEn });
  const ok = view.problems.length === 0;

  return (
    <div>
      <TaskStatus task={task} />
      <Section title={w('allocationTitle')}>
        <Text data-testid="allocation-total">
          {w('allocationTotal', { amount: formatKroner(view.total) })}
        </Text>
        <Field label={w('roundingUnit')}>
          <Select value={String(input.unit)} onChange={(_, data) => setUnit(Number(data.value))}>
            {ROUNDING_UNITS.map((unit) => (
              <option key={unit} value={String(unit)}>
                {w('unitKroner', { amount: formatKroner(unit) })}
              </option>
            ))}
          </Select>
        </Field>
        {plan.areas.map((area, i) => (
          <fieldset key={area.name} style={{ border: 0, padding: 0, margin: 0 }}>
            <legend style={{ fontWeight: 600, paddingBottom: 4 }}>{area.name}</legend>
            <div style={{ display: 'flex', gap: 8 }}>
              <Field label={areaLabel('allocationShare', area.name)} style={{ flex: 1, minWidth: 0 }}>
                <Input
                  value={input.shares[i]}
                  style={{ minWidth: 0 }}
                  inputMode="decimal"
                  onChange={(_, d) => setShare(i, d.value)}
                />
              </Field>
              <Field label={areaLabel('allocationHold', area.name)} style={{ flex: 1, minWidth: 0 }}>
                <Input
                  value={input.holds[i]}
                  style={{ minWidth: 0 }}
                  placeholder={w('allocationHoldPlaceholder')}
                  inputMode="numeric"
                  onChange={(_, d) => setHold(i, d.value)}
                />
              </Field>
            </div>
          </fieldset>
        ))}
        {view.sharesOff ? (
          <Notice intent="warning">
            <span data-testid="shares-off">{sharesOffText(view.sharesOff)[lang]}</span>
          </Notice>
        ) : (
          <Text size={200}>{t('sharesSum', { sum: formatNumber(view.sharesSum, 4, lang) })}</Text>
        )}
        {!ok && (
          <Notice intent="error">
            {view.problems.map((p, i) => (
              <div key={i}>{problemText(p)}</div>
            ))}
          </Notice>
        )}
        {ok && (
          <Table
            size="small"
            aria-label={w('allocationTitle')}
            data-testid="allocation-table"
            style={{ tableLayout: 'auto' }}
          >
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('area')}</TableHeaderCell>
                <TableHeaderCell style={num}>{w('frameColumn')}</TableHeaderCell>
                <TableHeaderCell style={num}>{w('grantedColumn')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {view.areas.map((a) => (
                <TableRow key={a.area}>
                  <TableCell>{a.area}</TableCell>
                  <TableCell style={num}>{formatKroner(a.frame)}</TableCell>
                  <TableCell style={num}>{formatKroner(a.granted)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <Actions>
          <Button appearance="primary" onClick={write} disabled={task.busy || !ok}>
            {w('writeAllocation')}
          </Button>
          <Button onClick={reset} disabled={task.busy}>
            {w('resetAllocation')}
          </Button>
        </Actions>
      </Section>
      {ok && (
        <Section title={w('framesPerYear')}>
          <Scroll label={w('framesPerYear')}>
            <Table
              size="small"
              aria-label={w('framesPerYear')}
              className={styles.perYear}
              style={{ tableLayout: 'auto' }}
            >
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('area')}</TableHeaderCell>
                  {view.years.map((year) => (
                    <TableHeaderCell key={year} style={num}>
                      {year}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {view.perYear.map((row) => (
                  <TableRow key={row.area}>
                    <TableCell>{row.administration ? w('administration') : row.area}</TableCell>
                    {row.frames.map((frame, i) => (
                      <TableCell key={i} style={num}>
                        {formatKroner(frame)}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Scroll>
          <Chart
            kind="columns"
            title={w('chartGrantedVsFrame')}
            categories={view.areas.map((a) => a.area)}
            series={[
              { name: w('grantedColumn'), values: view.areas.map((a) => a.granted) },
              { name: w('frameColumn'), values: view.areas.map((a) => a.frame) },
            ]}
          />
        </Section>
      )}
    </div>
  );
}
