/**
 * Vurdering's state: the applications assessed and kept current as the user edits (from the pane's snapshot),
 * the weights as typed, the scope (this year or the whole period), what was last said, and what the buttons do
 * (save the criteria, write the board's sheet, add the granted applications, go to a cell).
 */
import { useEffect, useMemo, useState } from 'react';
import {
  appendGrantedApplications,
  assessLoaded,
  saveCriteria,
  writeRecommendationSheet,
  type AssessmentRun,
  type GrantDecision,
} from '../../app/assess';
import { assess, assessmentRules, weightShares, type Criterion } from '../../core/assessment';
import { isInputError } from '../../core/errors';
import type { MessageData } from '../../core/messages';
import type { Finding } from '../../core/types';
import type { Snapshot } from '../services/snapshot';
import { useTask } from '../useTask';
import { useSnapshotWith, useWorkbook } from '../workbook';
import { weightFrom } from './AssessmentParts';
import { showPreviewApplications } from './AssessmentSample';
import type { AssessmentWord } from './AssessmentWords';

const RULE_IDS = new Set<string>(assessmentRules.map((r) => r.id));

export type Said = { key: AssessmentWord; vars?: MessageData };

/** What a read finds: the assessment, or no «Søknader» at all (said as a notice, not as an error). */
type Read = AssessmentRun | 'no-applications';

/** The snapshot's applications assessed; no «Søknader» at all is an answer (a notice), not a failure. */
function assessSnapshot(snapshot: Snapshot): Read {
  try {
    return assessLoaded(snapshot);
  } catch (cause) {
    if (isInputError(cause) && cause.code === 'no-applications') return 'no-applications';
    throw cause;
  }
}

/** The year the board most likely meets about: the applications' most common year, else this year. */
export function likelyYear(run: AssessmentRun): number {
  const counts = new Map<number, number>();
  for (const a of run.applications.rows)
    if (a.year !== undefined) counts.set(a.year, (counts.get(a.year) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return best?.[0] ?? new Date().getFullYear();
}

export function useAssessment() {
  const { port, mode, reload } = useWorkbook();
  const task = useTask();
  // In the preview, the sample's «Søknader» sheet is shown the first time the panel opens.
  useEffect(() => {
    if (mode === 'preview') void showPreviewApplications(port);
  }, [port, mode]);
  // The pane's snapshot holds the applications too (read once per change with the rest, WorkbookProvider):
  // they are assessed from it, not read again.
  const { value: read, waiting: loading, failure } = useSnapshotWith('applications', assessSnapshot);
  const run = read === 'no-applications' ? undefined : read;
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [period, setPeriod] = useState(false);
  const [said, setSaid] = useState<Said[]>([]);
  const [asking, setAsking] = useState(false);

  // Weights as typed; a box that is not a number keeps the weight read from the plan.
  const criteria: Criterion[] = useMemo(
    () => (run?.criteria ?? []).map((c) => ({ ...c, weight: weightFrom(texts[c.id] ?? '') ?? c.weight })),
    [run, texts],
  );
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

  const select = (sheet: string, cell: string) =>
    task.run(async () => {
      await port.selectCell(sheet, cell);
    });

  const selectApplication = (cell: string) => run && select(run.applications.sheet, cell);

  const save = () =>
    task.run(async () => {
      await saveCriteria(port, criteria);
      setTexts({});
      setSaid([{ key: 'criteriaSaved' }]);
      await reload();
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
    });
  };

  return {
    task,
    run,
    missing: read === 'no-applications',
    loading,
    failure,
    load: reload,
    result,
    findings,
    criteria,
    shares: weightShares(criteria),
    texts,
    edited: Object.keys(texts).length > 0,
    setWeightText: (id: string, text: string) => setTexts((all) => ({ ...all, [id]: text })),
    equalWeights: () => run && setTexts(Object.fromEntries(run.criteria.map((c) => [c.id, '1']))),
    period,
    setPeriod,
    said,
    asking,
    setAsking,
    select,
    selectApplication,
    save,
    writeSheet,
    addGranted,
  };
}
