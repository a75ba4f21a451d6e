/** Pieces of the Vurdering panel: the criteria editor, the ranked list with score bars, the frames table. */
import { Badge, Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { a1 } from '../../core/cells';
import type {
  ApplicationWarning,
  Assessment,
  AreaSimulation,
  Criterion,
  Decision,
} from '../../core/assessment';
import type { ApplicationAid } from '../../core/assessment/stateAid';
import { formatKroner, formatPercent, parseShare } from '../../core/money';
import type { Lang } from '../../i18n';
import type { Words } from './AssessmentWords';

const useStyles = makeStyles({
  criteria: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) 4.5em 3.5em',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  weightInput: { width: '100%', minWidth: 0 },
  share: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: 'block',
    width: '100%',
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  rank: { fontWeight: tokens.fontWeightSemibold, minWidth: '1.6em', fontVariantNumeric: 'tabular-nums' },
  // The applicant and project wrap rather than end in «…»: at 350 px most would be cut.
  who: { minWidth: 0, overflowWrap: 'anywhere' },
  barRow: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, marginBlock: '3px' },
  track: {
    flexGrow: 1,
    height: '8px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground5,
    overflow: 'hidden',
  },
  bar: { height: '100%', borderRadius: tokens.borderRadiusMedium },
  score: {
    minWidth: '3em',
    textAlign: 'right',
    fontVariantNumeric: 'tabular-nums',
    fontWeight: tokens.fontWeightSemibold,
  },
  money: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  warnings: {
    listStyle: 'none',
    margin: 0,
    paddingBlockEnd: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
  },
  warning: {
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    borderInlineStartWidth: '3px',
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorPaletteMarigoldBorder2,
    paddingInlineStart: tokens.spacingHorizontalXS,
  },
  serious: { borderInlineStartColor: tokens.colorPaletteRedBorder2 },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', margin: 0 },
  frame: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
  },
  stack: {
    display: 'flex',
    height: '10px',
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
    backgroundColor: tokens.colorNeutralBackground5,
  },
  amounts: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: '1fr 1fr',
    columnGap: tokens.spacingHorizontalL,
  },
  amount: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
  },
});

const DECISION_COLOR: Record<Decision, 'success' | 'warning' | 'danger' | 'subtle'> = {
  funded: 'success',
  partly: 'warning',
  outside: 'danger',
  notAssessed: 'subtle',
};

const BAR_COLOR: Record<Decision, string> = {
  funded: tokens.colorPaletteGreenBackground3,
  partly: tokens.colorPaletteMarigoldBackground3,
  outside: tokens.colorPaletteRedBackground3,
  notAssessed: tokens.colorNeutralStroke1,
};

/** The badge's colour: green «Innenfor rammen» only for an application without a warning. */
function decisionColor(assessment: Assessment): 'success' | 'warning' | 'danger' | 'subtle' {
  const color = DECISION_COLOR[assessment.decision];
  return color === 'success' && assessment.warnings.length > 0 ? 'warning' : color;
}

export function warningCount(warnings: readonly ApplicationWarning[], w: Words): string {
  return warnings.length === 1 ? w('oneWarning') : w('manyWarnings', { count: warnings.length });
}

/** The warnings of one application, a sentence each; errors (a number that cannot be used) stand out. */
export function WarningList({
  warnings,
  label,
  lang,
}: {
  warnings: readonly ApplicationWarning[];
  label: string;
  lang: Lang;
}) {
  const styles = useStyles();
  if (warnings.length === 0) return null;
  return (
    <ul className={styles.warnings} aria-label={label} data-testid="warnings">
      {warnings.map((warning, i) => (
        <li
          key={`${warning.rule}-${i}`}
          className={warning.severity === 'error' ? `${styles.warning} ${styles.serious}` : styles.warning}
          data-rule={warning.rule}
        >
          <span aria-hidden="true">⚠</span>
          <span>{warning.text[lang]}</span>
        </li>
      ))}
    </ul>
  );
}

/** Made once: a score is written twice per ranked row on every render, and making a formatter is the cost. */
const SCORE_FORMAT = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A score as 85,7 (bokmål) / 85.7 (English), always with its one decimal. */
export const scoreText = (score: number, lang: Lang) => {
  const text = SCORE_FORMAT.format(score);
  return lang === 'en' ? text.replace(',', '.') : text;
};

export function CriteriaEditor({
  criteria,
  texts,
  shares,
  onChange,
  w,
  lang,
}: {
  criteria: Criterion[];
  /** What is typed in each weight box (criterion id → text). */
  texts: Record<string, string>;
  shares: Record<string, number>;
  onChange: (id: string, text: string) => void;
  w: Words;
  lang: Lang;
}) {
  const styles = useStyles();
  return (
    <div className={styles.criteria} role="group" aria-label={w('criteria')}>
      <Text weight="semibold" size={200}>
        {w('criterion')}
      </Text>
      <Text weight="semibold" size={200}>
        {w('weight')}
      </Text>
      <Text weight="semibold" size={200} className={styles.share}>
        {w('share')}
      </Text>
      {criteria.map((c) => {
        const text = texts[c.id] ?? String(c.weight);
        const valid = weightFrom(text) !== undefined;
        return [
          <Text key={`${c.id}-name`} title={c.description} size={300}>
            {lang === 'nb' ? c.name : c.nameEn}
          </Text>,
          <Field
            key={`${c.id}-weight`}
            validationState={valid ? 'none' : 'error'}
            validationMessage={valid ? undefined : w('invalidWeight', { text })}
          >
            <Input
              size="small"
              className={styles.weightInput}
              inputMode="decimal"
              value={text}
              aria-label={w('weightOf', { name: lang === 'nb' ? c.name : c.nameEn })}
              onChange={(_, data) => onChange(c.id, data.value)}
            />
          </Field>,
          <Text key={`${c.id}-share`} size={300} className={styles.share} data-testid={`share-${c.id}`}>
            {formatPercent(shares[c.id] ?? 0, 0, lang)}
          </Text>,
        ];
      })}
    </div>
  );
}

/** A weight as typed: "2", "1,5", "20 %" (only proportions matter); undefined when it is not one. */
export function weightFrom(text: string): number | undefined {
  const parsed = parseShare(text);
  return parsed.kind === 'number' && parsed.value >= 0 ? parsed.value : undefined;
}

/** The applicant's de minimis room on the card: in euro, and in kroner at the decision date's rate. */
function deMinimisText(aid: ApplicationAid, w: Words): string | undefined {
  if (aid.status === 'public') return w('publicApplicant');
  if (aid.status !== 'judged') return undefined;
  const room = Math.max(aid.roomBeforeCents, 0);
  const euro = formatKroner(Math.round(room / 100));
  const left =
    aid.roomBeforeNok === undefined
      ? w('deMinimisLeftEuro', { euro })
      : w('deMinimisLeft', { euro, amount: formatKroner(aid.roomBeforeNok) });
  return aid.exceeded ? `${left} — ${w('deMinimisOver')}` : left;
}

export function RankingList({
  assessments,
  onSelect,
  w,
  lang,
  sheet,
  left,
}: {
  assessments: Assessment[];
  onSelect: (cell: string) => void;
  w: Words;
  lang: Lang;
  sheet: string;
  left: number;
}) {
  const styles = useStyles();
  return (
    <ol className={styles.list} aria-label={w('ranking')} data-testid="assessment-ranking">
      {assessments.map((a) => {
        const cell = a.application.cells.id ?? a1(a.row, left);
        const label = [a.application.applicant, a.application.name].filter(Boolean).join(' — ');
        return (
          <li key={a.row} data-id={a.id} data-decision={a.decision}>
            <Button
              appearance="subtle"
              className={styles.item}
              onClick={() => onSelect(cell)}
              title={w('goTo', { sheet, cell })}
            >
              <span className={styles.head}>
                <span className={styles.rank}>{a.rank === null ? '–' : `${a.rank}.`}</span>
                <strong style={{ whiteSpace: 'nowrap' }}>{a.id}</strong>
                <span className={styles.who}>{label}</span>
              </span>
              <span className={styles.barRow}>
                <span
                  className={styles.track}
                  role="meter"
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={a.score ?? 0}
                  aria-valuetext={
                    a.score === null ? w('notRanked') : w('scoreOf', { score: scoreText(a.score, lang) })
                  }
                  aria-label={w('score')}
                >
                  <span
                    className={styles.bar}
                    style={{
                      display: 'block',
                      width: `${a.score ?? 0}%`,
                      backgroundColor: a.warnings.length ? BAR_COLOR.partly : BAR_COLOR[a.decision],
                    }}
                  />
                </span>
                {/* The meter says the score (in words, in the pane's language); this is its picture. */}
                <span className={styles.score} data-testid="score" aria-hidden="true">
                  {a.score === null ? '–' : scoreText(a.score, lang)}
                </span>
              </span>
              <span className={styles.money}>
                <Badge appearance="tint" color={decisionColor(a)} data-testid="decision">
                  {w(a.decision)}
                </Badge>
                {a.warnings.length > 0 && (
                  <Badge appearance="filled" color="warning" data-testid="warning-count">
                    {`⚠ ${warningCount(a.warnings, w)}`}
                  </Badge>
                )}
                <Text size={200}>
                  {[
                    a.application.applied === undefined
                      ? undefined
                      : w('applied', { amount: formatKroner(a.application.applied) }),
                    a.decision === 'partly' ? w('fundable', { amount: formatKroner(a.fundable) }) : undefined,
                    a.remainingFrame === null
                      ? undefined
                      : w('leftAfter', { amount: formatKroner(a.remainingFrame) }),
                    deMinimisText(a.deMinimis, w),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                  {a.reason ? ` — ${a.reason[lang]}` : ''}
                </Text>
              </span>
            </Button>
            <WarningList warnings={a.warnings} label={w('warnings', { id: a.id })} lang={lang} />
          </li>
        );
      })}
    </ol>
  );
}

/** Per area: a bar of the frame (granted before · fundable now · left after) and the four amounts. */
export function FramesList({ areas, w }: { areas: AreaSimulation[]; w: Words }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} data-testid="assessment-frames" aria-label={w('frames')}>
      {areas.map((a) => {
        const frame = Math.max(a.frame, 1);
        const part = (n: number) => `${Math.max(0, Math.min(100, (100 * n) / frame))}%`;
        const amounts: [string, number, string][] = [
          ['frame', a.frame, w('frameFrame')],
          ['before', a.remainingBefore, w('frameBefore')],
          ['fundable', a.fundable, w('frameFundable')],
          ['after', a.remainingAfter, w('frameAfter')],
        ];
        return (
          <li key={`${a.area}-${a.year}`} data-area={a.area} className={styles.frame}>
            <Text weight="semibold">
              {a.area} {a.year ?? w('period')}
            </Text>
            <span className={styles.stack} aria-hidden="true">
              <span
                style={{
                  width: part(a.frame - a.remainingBefore),
                  backgroundColor: tokens.colorNeutralForeground4,
                }}
              />
              <span style={{ width: part(a.fundable), backgroundColor: tokens.colorBrandBackground }} />
            </span>
            <dl className={styles.amounts}>
              {amounts.map(([key, amount, label]) => (
                <div key={key} className={styles.amount}>
                  <dt>{label}</dt>
                  <dd className={styles.num} data-testid={`frame-${key}`}>
                    {formatKroner(amount)}
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
