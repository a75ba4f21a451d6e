/**
 * Vurdering: the applications in «Søknader» scored on the weighted criteria, ranked, and simulated against
 * what is left of each area's frame. Weights can be changed here (the ranking follows at once) and saved in
 * the Plan; a click on an application selects it in Excel; the board's case table goes to an owned sheet;
 * granted applications are appended to «Prosjekter» after asking. Reads again when the workbook changes.
 * The view; its state and actions are in useAssessment.ts.
 */
import { Button, Switch, Text } from '@fluentui/react-components';
import { useMemo } from 'react';
import { Busy, ErrorBar, Notice } from '../components/Feedback';
import { Actions, Section } from '../components/Section';
import { useLanguage } from '../i18n';
import { GrantDialog } from './AssessmentGrantDialog';
import { CriteriaEditor, FramesList, RankingList } from './AssessmentParts';
import { wordsFor } from './AssessmentWords';
import { likelyYear, useAssessment } from './useAssessment';

export function AssessmentPanel() {
  const { lang, m } = useLanguage();
  const w = useMemo(() => wordsFor(lang), [lang]);
  const {
    task,
    run,
    missing,
    loading,
    failure,
    load,
    result,
    findings,
    criteria,
    shares,
    texts,
    edited,
    setWeightText,
    equalWeights,
    period,
    setPeriod,
    said,
    asking,
    setAsking,
    select,
    save,
    writeSheet,
    addGranted,
  } = useAssessment();
  return (
    <div>
      <Section title={w('title')}>
        <Text size={200}>{w('intro')}</Text>
        <Actions>
          <Button appearance="primary" onClick={() => void load()} disabled={loading}>
            {w('assess')}
          </Button>
          <Button onClick={writeSheet} disabled={task.busy || !result}>
            {w('writeSheet')}
          </Button>
          <Button onClick={() => setAsking(true)} disabled={task.busy || !result}>
            {w('addGranted')}
          </Button>
        </Actions>
        {loading && <Busy label={w('assessing')} />}
        {failure && <ErrorBar cause={failure.cause} />}
        {task.busy && <Busy />}
        {task.error && <ErrorBar cause={task.error.cause} onDismiss={task.clear} />}
        {said.map((s, i) => (
          <Notice key={i}>{w(s.key, s.vars)}</Notice>
        ))}
        {missing && <Notice intent="warning">{w('noApplications')}</Notice>}
      </Section>
      {run && result && (
        <>
          <Section title={w('ranking')}>
            <Text size={200}>{w('rankingHint')}</Text>
            <RankingList
              assessments={result.assessments}
              onSelect={(cell) => void select(run.applications.sheet, cell)}
              w={w}
              lang={lang}
              sheet={run.applications.sheet}
              left={run.applications.left}
            />
          </Section>
          {result.areas.length > 0 && (
            <Section title={w('frames')}>
              <FramesList areas={result.areas} w={w} />
            </Section>
          )}
          <Section title={w('criteria')}>
            <Text size={200}>
              {edited
                ? w('criteriaEdited')
                : run.criteriaSource === 'workbook'
                  ? w('criteriaFromPlan')
                  : w('criteriaDefault')}
            </Text>
            <CriteriaEditor
              criteria={criteria}
              texts={texts}
              shares={shares}
              onChange={setWeightText}
              w={w}
              lang={lang}
            />
            <Actions>
              <Button onClick={save} disabled={task.busy}>
                {w('saveCriteria')}
              </Button>
              <Button onClick={equalWeights} disabled={task.busy}>
                {w('equalWeights')}
              </Button>
            </Actions>
            <Switch checked={period} onChange={(_, d) => setPeriod(d.checked)} label={w('wholePeriod')} />
          </Section>
          {findings.length > 0 && (
            <Section title={w('findings', { count: findings.length })}>
              <ul
                style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }}
                data-testid="assessment-findings"
              >
                {findings.map((f, i) => (
                  <li key={`${f.cell}-${f.rule}-${i}`}>
                    <Button
                      appearance="subtle"
                      style={{
                        justifyContent: 'flex-start',
                        textAlign: 'left',
                        fontWeight: 'normal',
                        width: '100%',
                      }}
                      onClick={() => void select(f.sheet, f.cell)}
                    >
                      <span>
                        <strong>{`${f.sheet}!${f.cell} `}</strong>
                        {m(f)}
                      </span>
                    </Button>
                  </li>
                ))}
              </ul>
            </Section>
          )}
          {asking && (
            <GrantDialog
              open
              assessments={result.assessments}
              defaultYear={likelyYear(run)}
              onCancel={() => setAsking(false)}
              onConfirm={(decisions, year) => void addGranted(decisions, year)}
              w={w}
              lang={lang}
            />
          )}
        </>
      )}
    </div>
  );
}
