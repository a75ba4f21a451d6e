/**
 * Kontroll: every rule over the project table; findings grouped by severity and rule with counts. A click
 * selects the cell; marks can be set and cleared; a findings sheet links to the cells. Runs again (debounced)
 * when the user changes the workbook. The view; its state and actions are in useCheck.ts.
 */
import { Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { allRules } from '../../core/rules';
import { Busy, ErrorBar, Notice, TaskStatus } from '../components/Feedback';
import { FindingList } from '../components/FindingList';
import { Actions, Section } from '../components/Section';
import { useLanguage, useWords } from '../i18n';
import { CHECK_WORDS } from './CheckWords';
import { StateAidRoom } from './StateAidRoom';
import { useCheck } from './useCheck';

const SEVERITY_LABEL = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const;
const SEVERITY_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

const useStyles = makeStyles({
  counts: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  rule: {
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`,
    fontSize: tokens.fontSizeBase300,
  },
  severity: { margin: `${tokens.spacingVerticalM} 0 0`, fontSize: tokens.fontSizeBase400 },
});

export function CheckPanel() {
  const { t, lang } = useLanguage();
  const w = useWords(CHECK_WORDS);
  const styles = useStyles();
  const {
    task,
    result,
    checking,
    failure,
    findings,
    stateAid,
    groups,
    counts,
    canMark,
    check,
    select,
    mark,
    clear,
    write,
  } = useCheck();

  return (
    <div>
      <Section title={w('checkTitle')}>
        <Actions>
          <Button appearance="primary" onClick={() => void check()} disabled={checking}>
            {w('runCheck')}
          </Button>
          <Button onClick={mark} disabled={task.busy || findings.length === 0 || !canMark}>
            {t('markCells')}
          </Button>
          <Button onClick={clear} disabled={task.busy || !canMark}>
            {t('clearMarks')}
          </Button>
          <Button onClick={write} disabled={task.busy || !result?.checked}>
            {w('writeFindings')}
          </Button>
        </Actions>
        <Text size={200}>{w('autoRerun')}</Text>
        {checking && <Busy label={w('checking')} />}
        {failure && <ErrorBar cause={failure.cause} />}
        <TaskStatus task={task} />
        {result && !result.checked && <Notice intent="warning">{w('noProjects')}</Notice>}
        {result?.checked && findings.length === 0 && (
          <Notice intent="success">{w('noFindings', { rules: allRules.length })}</Notice>
        )}
        {findings.length > 0 && (
          <div
            className={styles.counts}
            data-testid="finding-counts"
            aria-label={w('findingsSummary', { count: findings.length })}
          >
            {(['error', 'warning', 'info'] as const).map((severity) => (
              <Badge
                key={severity}
                appearance={counts[severity] ? 'filled' : 'outline'}
                color={SEVERITY_COLOR[severity]}
              >
                {w('countOf', { label: t(SEVERITY_LABEL[severity]), count: counts[severity] })}
              </Badge>
            ))}
          </div>
        )}
      </Section>
      {groups.map((group) => (
        <section key={group.severity} aria-label={`${t(SEVERITY_LABEL[group.severity])} (${group.count})`}>
          <h3 className={styles.severity}>{`${t(SEVERITY_LABEL[group.severity])} (${group.count})`}</h3>
          {group.rules.map((rule) => (
            <div key={rule.rule} data-rule={rule.rule}>
              <h4 className={styles.rule}>{`${rule.description[lang]} (${rule.findings.length})`}</h4>
              <FindingList findings={rule.findings} onSelect={(f) => void select(f)} />
            </div>
          ))}
        </section>
      ))}
      {stateAid && <StateAidRoom report={stateAid} />}
    </div>
  );
}
