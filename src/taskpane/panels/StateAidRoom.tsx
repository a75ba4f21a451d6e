/**
 * Kontroll's de minimis section: each single undertaking with aid in its window on the day the pane takes as
 * today, the least room first, in euro and in kroner at that day's rate (src/core/stateAidReport.ts). An aid
 * to the case officer before the next grant; docs/statsstotte.md says what it does and does not cover.
 */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { formatKroner } from '../../core/money';
import { dayWords, parseDay } from '../../core/today';
import type { StateAidReport, UndertakingAid } from '../../core/stateAidReport';
import { Section } from '../components/Section';
import { useLanguage, type Translate } from '../i18n';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  over: { color: tokens.colorPaletteRedForeground1 },
});

function roomText(aid: UndertakingAid, t: Translate): string {
  const room = aid.roomEur ?? 0;
  if (room < 0) return t('stateAidOver', { euro: formatKroner(-room) });
  const euro = formatKroner(room);
  return aid.roomNok === null
    ? t('stateAidRoomEuro', { euro })
    : t('stateAidRoom', { euro, amount: formatKroner(aid.roomNok) });
}

export function StateAidRoom({ report }: { report: StateAidReport }) {
  const { t, lang } = useLanguage();
  const styles = useStyles();
  const withAid = report.undertakings
    .filter((u) => u.grants > 0 && u.roomEur !== null)
    .sort((a, b) => (a.roomEur ?? 0) - (b.roomEur ?? 0));
  const parsed = parseDay(report.asOf);
  const day = parsed ? dayWords(parsed)[lang] : report.asOf;
  const regulations = [...new Set(withAid.map((u) => u.regulation).filter(Boolean))].join(', ');
  return (
    <Section title={t('stateAidTitle')}>
      <Text size={200}>
        {withAid.length === 0 ? t('stateAidNone', { day }) : t('stateAidIntro', { day, regulations })}
      </Text>
      {withAid.length > 0 && (
        <ul className={styles.list} data-testid="state-aid-room">
          {withAid.map((u) => (
            <li key={`${u.name}|${u.companies.map((c) => c.orgNo ?? c.applicant).join('|')}`}>
              <span className={styles.name}>{u.name}</span>
              {': '}
              <span className={(u.roomEur ?? 0) < 0 ? styles.over : undefined}>{roomText(u, t)}</span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
