/**
 * Kontroll: every rule over the project table; findings grouped by severity and rule with counts. A click
 * selects the cell; marks can be set and cleared; a findings sheet links to the cells. Runs again (debounced)
 * when the user changes the workbook.
 */
import { Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { allRules } from '../../core/rules';
import type { Finding, Severity } from '../../core/types';
import { Busy, ErrorBar, Notice, TaskStatus } from '../components/Feedback';
import { Actions, Section } from '../components/Section';
import { useLanguage } from '../i18n';
import { findingsSheet, groupFindings, marksOf } from '../services/check';
import { checkWorkbook, type PanelCheck } from '../services/runCheck';
import { useTask, writtenNotice } from '../useTask';
import { CHANGE_DELAY_MS, useWorkbook } from '../workbook';

const SEVERITY_LABEL = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const;
const SEVERITY_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

const useStyles = makeStyles({
  counts: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  finding: {
    justifyContent: 'flex-start',
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    width: '100%',
    minWidth: 0,
    paddingInline: tokens.spacingHorizontalXS,
  },
  cell: {
    fontWeight: tokens.fontWeightSemibold,
    marginInlineEnd: tokens.spacingHorizontalXS,
    whiteSpace: 'nowrap',
  },
  rule: {
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`,
    fontSize: tokens.fontSizeBase300,
  },
  severity: { margin: `${tokens.spacingVerticalM} 0 0`, fontSize: tokens.fontSizeBase400 },
});

export function CheckPanel() {
  const { t, m, lang } = useLanguage();
  const { port, range, watchChanges } = useWorkbook();
  const styles = useStyles();
  const task = useTask();
  const [result, setResult] = useState<PanelCheck | undefined>();
  const [checking, setChecking] = useState(false);
  const [failure, setFailure] = useState<{ cause: unknown } | undefined>();
  const latest = useRef(0);

  const check = useCallback(async () => {
    const mine = ++latest.current;
    setChecking(true);
    try {
      const next = await checkWorkbook(port, range);
      if (mine === latest.current) {
        setResult(next);
        setFailure(undefined);
      }
    } catch (cause) {
      if (mine === latest.current) setFailure({ cause });
    } finally {
      if (mine === latest.current) setChecking(false);
    }
  }, [port, range]);

  useEffect(() => {
    void check();
  }, [check]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = watchChanges(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void check(), CHANGE_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [watchChanges, check]);

  const findings = result?.checked ? result.result.findings : [];
  const groups = groupFindings(findings);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;

  const select = (f: Finding) =>
    task.run(async () => {
      await port.selectCell(f.sheet, f.cell);
    });
  const mark = () =>
    task.run(async () => {
      const done = await port.markCells(marksOf(findings));
      return { key: 'marked', vars: { count: done.marked }, warnings: done.warnings };
    });
  const clear = () =>
    task.run(async () => {
      const done = await port.clearMarks();
      return { key: 'cleared', vars: { count: done.removed }, warnings: done.warnings };
    });
  const write = () =>
    task.run(async () => {
      const written = await port.writeOwnedSheet(findingsSheet(findings, lang));
      return writtenNotice(written);
    });

  return (
    <div>
      <Section title={t('checkTitle')}>
        <Actions>
          <Button appearance="primary" onClick={() => void check()} disabled={checking}>
            {t('runCheck')}
          </Button>
          <Button onClick={mark} disabled={task.busy || findings.length === 0 || !port.capabilities.marks}>
            {t('markCells')}
          </Button>
          <Button onClick={clear} disabled={task.busy || !port.capabilities.marks}>
            {t('clearMarks')}
          </Button>
          <Button onClick={write} disabled={task.busy || !result?.checked}>
            {t('writeFindings')}
          </Button>
        </Actions>
        <Text size={200}>{t('autoRerun')}</Text>
        {checking && <Busy label={t('checking')} />}
        {failure && <ErrorBar cause={failure.cause} />}
        <TaskStatus task={task} />
        {result && !result.checked && <Notice intent="warning">{t('noProjects')}</Notice>}
        {result?.checked && findings.length === 0 && (
          <Notice intent="success">{t('noFindings', { rules: allRules.length })}</Notice>
        )}
        {findings.length > 0 && (
          <div
            className={styles.counts}
            data-testid="finding-counts"
            aria-label={t('findingsSummary', { count: findings.length })}
          >
            {(['error', 'warning', 'info'] as const).map((severity) => (
              <Badge
                key={severity}
                appearance={counts[severity] ? 'filled' : 'outline'}
                color={SEVERITY_COLOR[severity]}
              >
                {t('countOf', { label: t(SEVERITY_LABEL[severity]), count: counts[severity] })}
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
              <ul className={styles.list}>
                {rule.findings.map((f, i) => (
                  <li key={`${f.sheet}!${f.cell}#${i}`}>
                    <Button
                      appearance="subtle"
                      className={styles.finding}
                      onClick={() => select(f)}
                      title={t('goToCell', { sheet: f.sheet, cell: f.cell })}
                    >
                      <span>
                        <span className={styles.cell}>{`${f.sheet}!${f.cell}`}</span>
                        {m(f)}
                      </span>
                    </Button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
