/**
 * Oversikt: the board's view of the whole plan period (src/core/boardReport.ts). Headline numbers; per focus
 * area the frame with what was granted and paid as bars in neutral colours (red only for an overdraft);
 * the result targets judged on today (a year not over is in progress, not missed); links to the detail
 * panels. «Skriv styrerapport» writes the same figures as the values-only sheet Styrerapport; «Last ned
 * som PDF» makes the same report as a PDF in the pane (useBoardReport.ts).
 */
import { Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { BOARD_WORDS, boardOverview, type AreaUse, type BoardOverview } from '../../core/boardReport';
import { defineMessages, translate, type Bilingual, type Lang } from '../../core/messages';
import { formatKroner, formatNumber, kr } from '../../core/money';
import { dayWords, VERDICT_WORDS, type Verdict } from '../../core/today';
import { TaskStatus } from '../components/Feedback';
import { Actions, Section } from '../components/Section';
import { useLanguage } from '../i18n';
import { useOpenPanel } from '../navigation';
import { useToday } from '../today';
import { useWorkbook } from '../workbook';
import { useBoardReport } from './useBoardReport';

/** Said only in Excel for Mac and iPad: kept in this panel's chunk, out of the pane's first load. */
const DOWNLOAD_WORDS = defineMessages({
  noDownload: {
    nb: 'Excel for Mac og iPad kan ikke laste ned filer fra et tillegg. Skriv styrerapporten som ark og del arbeidsboka, eller lag PDF-en med «omstilling styrerapport … --pdf».',
    en: 'Excel for Mac and iPad cannot download files from an add-in. Write the board report as a sheet and share the workbook, or make the PDF with "omstilling board-report … --pdf".',
  },
});

const useStyles = makeStyles({
  headlines: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(8.5rem, 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  headline: {
    display: 'flex',
    flexDirection: 'column',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    margin: 0,
  },
  headlineValue: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
  small: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  areas: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  area: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  track: {
    position: 'relative',
    height: '14px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground5,
    overflow: 'hidden',
  },
  fill: { position: 'absolute', insetBlock: 0, insetInlineStart: 0 },
  granted: { backgroundColor: tokens.colorNeutralStroke1 },
  paid: { backgroundColor: tokens.colorNeutralForeground3 },
  over: { backgroundColor: tokens.colorPaletteRedBackground3 },
  amounts: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(9rem, 1fr))',
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
  },
  amount: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
  },
  num: { margin: 0, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  overdrawn: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  legend: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  swatch: {
    display: 'inline-block',
    width: '10px',
    height: '10px',
    marginInlineEnd: '4px',
    borderRadius: '2px',
  },
  results: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  result: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    alignItems: 'baseline',
  },
});

/** A verdict's badge: green when met, amber when missed, grey while it runs or has not begun. */
const VERDICT_COLOR: Record<Verdict, 'success' | 'warning' | 'informative' | 'subtle'> = {
  met: 'success',
  'not-met': 'warning',
  'in-progress': 'informative',
  'not-yet': 'subtle',
};

/** The panels the board may want next. */
const DETAILS: { id: string; label: 'followUpTab' | 'goalsTab' | 'checkTab' | 'overviewAssessment' }[] = [
  { id: 'follow-up', label: 'followUpTab' },
  { id: 'assessment', label: 'overviewAssessment' },
  { id: 'goals', label: 'goalsTab' },
  { id: 'check', label: 'checkTab' },
];

const percentOf = (part: number, whole: number) =>
  `${Math.max(0, Math.min(100, whole > 0 ? (100 * part) / whole : 0))}%`;

function AreaBar({ area, lang }: { area: AreaUse; lang: Lang }) {
  const styles = useStyles();
  const w = (id: keyof typeof BOARD_WORDS, data?: Record<string, string | number>) =>
    translate(lang, BOARD_WORDS, id, data);
  const used = area.granted - area.freed;
  const over = Math.max(0, used - area.frame);
  // An overdraft: the bar is the whole use, the frame a part of it, the part beyond it red.
  const scale = Math.max(area.frame, used, 1);
  const amounts: [keyof typeof BOARD_WORDS, number][] = [
    ['frame', area.frame],
    ['granted', area.granted],
    ['paid', area.paid],
    ['remaining', area.remaining],
  ];
  return (
    <li className={styles.area} data-area={area.area}>
      <Text weight="semibold">{area.area}</Text>
      <div
        className={styles.track}
        role="img"
        aria-label={`${w('frame')} ${kr(area.frame)}, ${w('granted').toLowerCase()} ${kr(area.granted)}, ${w('paid').toLowerCase()} ${kr(area.paid)}`}
      >
        <span
          className={`${styles.fill} ${styles.granted}`}
          style={{ width: percentOf(Math.min(used, area.frame), scale) }}
        />
        <span
          className={`${styles.fill} ${styles.paid}`}
          style={{ width: percentOf(Math.min(area.paid, area.frame), scale) }}
        />
        {over > 0 && (
          <span
            className={`${styles.fill} ${styles.over}`}
            data-testid="overdraft"
            style={{ insetInlineStart: percentOf(area.frame, scale), width: percentOf(over, scale) }}
          />
        )}
      </div>
      <dl className={styles.amounts}>
        {amounts.map(([id, amount]) => (
          <div key={id} className={styles.amount}>
            <dt>{w(id)}</dt>
            <dd
              className={id === 'remaining' && amount < 0 ? `${styles.num} ${styles.overdrawn}` : styles.num}
              data-testid={`area-${id}`}
            >
              {formatKroner(amount)}
            </dd>
          </div>
        ))}
      </dl>
      {area.remaining < 0 && (
        <Text size={200} className={styles.overdrawn}>
          {w('overdrawn', { amount: formatKroner(-area.remaining) })}
        </Text>
      )}
    </li>
  );
}

function Headlines({ overview, lang }: { overview: BoardOverview; lang: Lang }) {
  const styles = useStyles();
  return (
    <dl className={styles.headlines} data-testid="headlines">
      {overview.headlines.map((h) => (
        <div key={h.id} className={styles.headline} data-headline={h.id}>
          <dt className={styles.small}>{h.label[lang]}</dt>
          <dd className={styles.headlineValue}>
            {h.kind === 'kroner' ? kr(h.value) : formatNumber(h.value, 0, lang)}
          </dd>
          <dd className={styles.small} style={{ margin: 0 }}>
            {h.detail[lang]}
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function OverviewPanel() {
  const styles = useStyles();
  const { t, lang } = useLanguage();
  const { snapshot } = useWorkbook();
  const today = useToday();
  const open = useOpenPanel();
  const { task, writeReport, downloadPdf } = useBoardReport(today, lang);
  const plan = snapshot?.plan;
  const overview = useMemo(
    () => (plan ? boardOverview(snapshot?.table?.rows ?? [], plan, today) : undefined),
    [plan, snapshot, today],
  );
  if (!overview) return null;
  const w = (id: keyof typeof BOARD_WORDS, data?: Record<string, string | number>) =>
    translate(lang, BOARD_WORDS, id, data);
  const said = (text: Bilingual) => text[lang];

  return (
    <div>
      <Section title={w('title')}>
        <Text size={200}>
          {t('overviewIntro', {
            plan: overview.planName,
            from: overview.period.from,
            to: overview.period.to,
          })}
        </Text>
        <Headlines overview={overview} lang={lang} />
        <Actions>
          <Button appearance="primary" onClick={writeReport} disabled={task.busy}>
            {t('overviewWriteReport')}
          </Button>
          {downloadPdf && (
            <Button onClick={downloadPdf} disabled={task.busy}>
              {t('overviewDownloadPdf')}
            </Button>
          )}
        </Actions>
        {!downloadPdf && <Text size={200}>{translate(lang, DOWNLOAD_WORDS, 'noDownload')}</Text>}
        <TaskStatus task={task} />
      </Section>
      <Section title={w('areasTitle', overview.period)}>
        <div className={styles.legend} aria-hidden="true">
          {(
            [
              ['granted', styles.granted],
              ['paid', styles.paid],
            ] as const
          ).map(([id, colour]) => (
            <Text key={id} size={200}>
              <span className={`${styles.swatch} ${colour}`} />
              {w(id)}
            </Text>
          ))}
          <Text size={200}>
            <span className={styles.swatch} style={{ backgroundColor: tokens.colorNeutralBackground5 }} />
            {w('frame')}
          </Text>
        </div>
        <ul
          className={styles.areas}
          data-testid="overview-areas"
          aria-label={w('areasTitle', overview.period)}
        >
          {overview.areas.map((area) => (
            <AreaBar key={area.area} area={area} lang={lang} />
          ))}
        </ul>
        {overview.outsideAreas > 0 && (
          <Text size={200}>{w('outsideAreas', { amount: formatKroner(overview.outsideAreas) })}</Text>
        )}
      </Section>
      <Section title={w('resultsTitle')}>
        <Text size={200}>{t('overviewJudgedOn', { day: dayWords(overview.today)[lang] })}</Text>
        <ul className={styles.results} data-testid="overview-results">
          {overview.results.map((line) => (
            <li key={`${line.kind}-${line.year ?? 'period'}`} className={styles.result}>
              <Text>{said(line.label)}</Text>
              <span>
                <Text
                  className={styles.num}
                >{`${formatNumber(line.actual, 0, lang)} / ${formatNumber(line.target, 0, lang)}`}</Text>{' '}
                <Badge appearance="tint" color={VERDICT_COLOR[line.status]} data-testid="verdict">
                  {translate(lang, VERDICT_WORDS, line.status)}
                </Badge>
              </span>
            </li>
          ))}
        </ul>
        {overview.leverage !== null && (
          <Text size={200}>{w('leverage', { ratio: formatNumber(overview.leverage, 2, lang) })}</Text>
        )}
      </Section>
      <Section title={t('overviewDetails')}>
        <Actions>
          {DETAILS.map((detail) => (
            <Button key={detail.id} onClick={() => open(detail.id)}>
              {t(detail.label)}
            </Button>
          ))}
        </Actions>
      </Section>
    </div>
  );
}
