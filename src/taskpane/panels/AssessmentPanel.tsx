/**
 * Vurdering: the applications in «Søknader» scored on the weighted criteria, ranked, and simulated against
 * what is left of each area's frame. Weights can be changed here (the ranking follows at once) and saved in
 * the Plan; a click on an application selects it in Excel; the board's case table goes to an owned sheet;
 * granted applications are appended to «Prosjekter» after asking. Reads again when the workbook changes.
 */
import { Button, Switch, Text } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  appendGrantedApplications,
  runAssessment,
  saveCriteria,
  writeRecommendationSheet,
  type AssessmentRun,
  type GrantDecision,
} from '../../app/assess';
import { assess, assessmentRules, weightShares, type Criterion } from '../../core/assessment';
import { isInputError } from '../../core/errors';
import type { Finding } from '../../core/types';
import { Busy, ErrorBar, Notice } from '../components/Feedback';
import { Actions, Section } from '../components/Section';
import { useLanguage } from '../i18n';
import { useTask } from '../useTask';
import { useWorkbook } from '../workbook';
import { GrantDialog } from './AssessmentGrantDialog';
import { CriteriaEditor, FramesList, RankingList, weightFrom } from './AssessmentParts';
import { seedPreviewApplications } from './AssessmentSample';
import { wordsFor, type AssessmentWord } from './AssessmentWords';

export const REASSESS_DELAY_MS = 600;

const RULE_IDS = new Set<string>(assessmentRules.map((r) => r.id));

type Said = { key: AssessmentWord; vars?: Record<string, string | number> };

/** The year the board most likely meets about: the applications' most common year, else this year. */
function likelyYear(run: AssessmentRun): number {
  const counts = new Map<number, number>();
  for (const a of run.applications.rows)
    if (a.year !== undefined) counts.set(a.year, (counts.get(a.year) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return best?.[0] ?? new Date().getFullYear();
}

export function AssessmentPanel() {
  const { lang, m } = useLanguage();
  const w = useMemo(() => wordsFor(lang), [lang]);
  const { port, mode, watchChanges, reload } = useWorkbook();
  const task = useTask();
  const [run, setRun] = useState<AssessmentRun | undefined>();
  const [missing, setMissing] = useState(false);
  const [loading, setLoading] = useState(false);
  const [failure, setFailure] = useState<{ cause: unknown } | undefined>();
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [period, setPeriod] = useState(false);
  const [said, setSaid] = useState<Said[]>([]);
  const [asking, setAsking] = useState(false);
  const latest = useRef(0);

  const load = useCallback(async () => {
    const mine = ++latest.current;
    setLoading(true);
    try {
      if (mode === 'preview') await seedPreviewApplications(port);
      const next = await runAssessment(port);
      if (mine !== latest.current) return;
      setRun(next);
      setMissing(false);
      setFailure(undefined);
    } catch (cause) {
      if (mine !== latest.current) return;
      if (isInputError(cause) && cause.code === 'no-applications') {
        setMissing(true);
        setRun(undefined);
        setFailure(undefined);
      } else setFailure({ cause });
    } finally {
      if (mine === latest.current) setLoading(false);
    }
  }, [port, mode]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = watchChanges(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void load(), REASSESS_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [watchChanges, load]);

  // Weights as typed; a box that is not a number keeps the weight read from the plan.
  const criteria: Criterion[] = useMemo(
    () => (run?.criteria ?? []).map((c) => ({ ...c, weight: weightFrom(texts[c.id] ?? '') ?? c.weight })),
    [run, texts],
  );
  const edited = Object.keys(texts).length > 0;
  const scope = period ? 'period' : 'year';
  const result = useMemo(
    () =>
      run &&
      assess(
        {
          plan: run.plan,
          criteria,
          applications: run.applications,
          projects: run.projects,
          board: run.board,
        },
        { scope },
      ),
    [run, criteria, scope],
  );
  const findings: Finding[] = useMemo(
    () => (result && run ? [...result.findings, ...run.findings.filter((f) => !RULE_IDS.has(f.rule))] : []),
    [result, run],
  );

  const select = (cell: string) =>
    run &&
    task.run(async () => {
      await port.selectCell(run.applications.sheet, cell);
    });

  const save = () =>
    task.run(async () => {
      await saveCriteria(port, criteria);
      setTexts({});
      setSaid([{ key: 'criteriaSaved' }]);
      await reload();
      await load();
    });

  const writeSheet = () =>
    run &&
    result &&
    task.run(async () => {
      const written = await writeRecommendationSheet(port, { ...run, criteria, result }, { scope });
      setSaid([{ key: 'sheetWritten', vars: { rows: written.rows, sheet: written.sheet } }]);
    });

  const addGranted = (decisions: GrantDecision[], year: number) => {
    setAsking(false);
    return task.run(async () => {
      const done = await appendGrantedApplications(port, decisions, year, { criteria });
      const next: Said[] = [];
      if (done.added.length) {
        const ids = done.added.map((a) => String(a.projectId ?? a.id ?? '')).join(', ');
        next.push({ key: 'added', vars: { count: done.added.length, ids } });
      }
      if (done.skipped.length)
        next.push({ key: 'skipped', vars: { ids: done.skipped.map((s) => s.id ?? s.name).join(', ') } });
      setSaid(next);
      await reload();
      await load();
    });
  };

  const shares = weightShares(criteria);
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
              onSelect={(cell) => void select(cell)}
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
              onChange={(id, text) => setTexts((all) => ({ ...all, [id]: text }))}
              w={w}
              lang={lang}
            />
            <Actions>
              <Button onClick={save} disabled={task.busy}>
                {w('saveCriteria')}
              </Button>
              <Button
                onClick={() => setTexts(Object.fromEntries(run.criteria.map((c) => [c.id, '1'])))}
                disabled={task.busy}
              >
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
                      onClick={() =>
                        task.run(async () => {
                          await port.selectCell(f.sheet, f.cell);
                        })
                      }
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
