/**
 * Vurdering: the applications in «Søknader» scored on the weighted criteria, ranked, and simulated against
 * what is left of each area's frame. Weights can be changed here (the ranking follows at once) and saved in
 * the Plan; a click on an application selects it in Excel; the board's case table goes to an owned sheet;
 * granted applications are appended to «Prosjekter» after asking. Reads again when the workbook changes.
 * The view; its state and actions are in useAssessment.ts.
 */
import { Button, Switch, Text } from '@fluentui/react-components';
import { Busy, ErrorBar, Notice } from '../components/Feedback';
import { Actions, Section } from '../components/Section';
import { useLanguage, useWords } from '../i18n';
import { GrantDialog } from './AssessmentGrantDialog';
import { CriteriaEditor, FramesList, RankingList } from './AssessmentParts';
import { ASSESSMENT_WORDS } from './AssessmentWords';
import { likelyYear, useAssessment } from './useAssessment';

export function AssessmentPanel() {
  const { lang, m } = useLanguage();
  const w = useWords(ASSESSMENT_WORDS);
  const panel = useAssessment();
  return (
    <div>
      <Section title={w('title')}>
        <Text size={200}>{w('intro')}</Text>
        <Actions>
          <Button appearance="primary" onClick={() => void panel.load()} disabled={panel.loading}>
            {w('assess')}
          </Button>
          <Button onClick={panel.writeSheet} disabled={panel.task.busy || !panel.result}>
            {w('writeSheet')}
          </Button>
          <Button onClick={() => panel.setAsking(true)} disabled={panel.task.busy || !panel.result}>
            {w('addGranted')}
          </Button>
        </Actions>
        {panel.loading && <Busy label={w('assessing')} />}
        {panel.failure && <ErrorBar cause={panel.failure.cause} />}
        {panel.task.busy && <Busy />}
        {panel.task.error && <ErrorBar cause={panel.task.error.cause} onDismiss={panel.task.clear} />}
        {panel.said.map((s, i) => (
          <Notice key={i}>{w(s.key, s.vars)}</Notice>
        ))}
        {panel.missing && <Notice intent="warning">{w('noApplications')}</Notice>}
      </Section>
      {panel.run && panel.result && (
        <>
          <Section title={w('ranking')}>
            <Text size={200}>{w('rankingHint')}</Text>
            <RankingList
              assessments={panel.result.assessments}
              onSelect={(cell) => void panel.selectApplication(cell)}
              w={w}
              lang={lang}
              sheet={panel.run.applications.sheet}
              left={panel.run.applications.left}
            />
          </Section>
          {panel.result.areas.length > 0 && (
            <Section title={w('frames')}>
              <FramesList areas={panel.result.areas} w={w} />
            </Section>
          )}
          <Section title={w('criteria')}>
            <Text size={200}>
              {panel.edited
                ? w('criteriaEdited')
                : panel.run.criteriaSource === 'workbook'
                  ? w('criteriaFromPlan')
                  : w('criteriaDefault')}
            </Text>
            <CriteriaEditor
              criteria={panel.criteria}
              texts={panel.texts}
              shares={panel.shares}
              onChange={panel.setWeightText}
              w={w}
              lang={lang}
            />
            <Actions>
              <Button onClick={panel.save} disabled={panel.task.busy}>
                {w('saveCriteria')}
              </Button>
              <Button onClick={panel.equalWeights} disabled={panel.task.busy}>
                {w('equalWeights')}
              </Button>
            </Actions>
            <Switch
              checked={panel.period}
              onChange={(_, d) => panel.setPeriod(d.checked)}
              label={w('wholePeriod')}
            />
          </Section>
          {panel.findings.length > 0 && (
            <Section title={w('findings', { count: panel.findings.length })}>
              <ul
                style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }}
                data-testid="assessment-findings"
              >
                {panel.findings.map((f, i) => (
                  <li key={`${f.cell}-${f.rule}-${i}`}>
                    <Button
                      appearance="subtle"
                      style={{
                        justifyContent: 'flex-start',
                        textAlign: 'left',
                        fontWeight: 'normal',
                        width: '100%',
                      }}
                      onClick={() => void panel.select(f.sheet, f.cell)}
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
          {panel.asking && (
            <GrantDialog
              open
              assessments={panel.result.assessments}
              defaultYear={likelyYear(panel.run)}
              onCancel={() => panel.setAsking(false)}
              onConfirm={(decisions, year) => void panel.addGranted(decisions, year)}
              w={w}
              lang={lang}
            />
          )}
        </>
      )}
    </div>
  );
}
