/**
 * The assessment: score, rank and simulate funding against each area's remaining frame, with the rules'
 * findings. The remaining frame starts where the follow-up leaves it — frame − (granted − freed funds) in
 * the project table — by default for the application's year (that year's part of the area's frame), or
 * for the whole plan period.
 */
import { isBlank } from '../cells';
import { moneyFollowUp } from '../followUp';
import type { Bilingual } from '../messages';
import type { Finding, Plan, ProjectTable, Severity } from '../types';
import { applicationLabel, type ApplicationRow, type ApplicationTable } from './applications';
import type { BoardLink } from './board';
import { weighted, type Criterion } from './criteria';

import { runAssessmentRules } from './rules';
import { rank } from './scoring';
import { simulateFunding, type FundingDecision } from './simulation';
import { applicationAid, applicationBook, type ApplicationAid } from './stateAid';

export type Decision = FundingDecision | 'notAssessed';

export const DECISION_LABELS: Record<Decision, { nb: string; en: string }> = {
  funded: { nb: 'Innenfor rammen', en: 'Within the frame' },
  partly: { nb: 'Delvis mulig', en: 'Partly possible' },
  outside: { nb: 'Utenfor rammen', en: 'Not within the frame' },
  notAssessed: { nb: 'Ikke vurdert', en: 'Not assessed' },
};

export interface AssessOptions {
  /** 'year' (default): the year's part of the area's frame; 'period': the whole period's frame. */
  scope?: 'year' | 'period';
  /** The year of an application whose year cell is empty (the year of the board meeting). */
  year?: number;
}

export interface AssessmentInput {
  plan: Plan;
  criteria: readonly Criterion[];
  applications: ApplicationTable;
  projects: ProjectTable | null;
  /** The board's ties to companies (the Plan's `Styret`), for habilitet. */
  board?: readonly BoardLink[];
}

/** A rule's finding on an application, said for the board (the rule's headline). */
export interface ApplicationWarning {
  rule: string;
  severity: Severity;
  text: Bilingual;
  /** The cell the finding points at, on the applications' sheet. */
  cell: string;
}

export interface Assessment {
  /** Søknadsnr, else the project name, else "rad N". */
  id: string;
  row: number;
  application: ApplicationRow;
  score: number | null;
  rank: number | null;
  decision: Decision;
  /** What the remaining frame carries of the amount applied for. */
  fundable: number;
  /** The area's remaining frame before and after this application; null when it has no frame. */
  frameBefore: number | null;
  remainingFrame: number | null;
  area: string | null;
  /** The frame's year (null for the period scope or without a frame). */
  year: number | null;
  /** Why it was not assessed. */
  reason?: { nb: string; en: string };
  /** The applicant's de minimis room before this application (src/core/assessment/stateAid.ts). */
  deMinimis: ApplicationAid;
  /** What the rules found on this application, in the board's words: shown with the decision, never without. */
  warnings: ApplicationWarning[];
}

export interface AreaSimulation {
  area: string;
  year: number | null;
  frame: number;
  /** Granted in the project table, less freed funds. */
  used: number;
  remainingBefore: number;
  applied: number;
  fundable: number;
  remainingAfter: number;
}

export interface AssessmentResult {
  /** Ranked applications first (by rank), then the ones without a score (by row). */
  assessments: Assessment[];
  /** One per area (and year) the applications touch, in plan order. */
  areas: AreaSimulation[];
  findings: Finding[];
}

interface FrameStart {
  area: string;
  year: number | null;
  frame: number;
  used: number;
  remaining: number;
}

function frameKey(area: string, year: number | null): string {
  return `${area}\u0000${year ?? ''}`;
}

/** Starting frames: for each plan area (and period year), what the project table leaves of it. */
function startingFrames(plan: Plan, projects: ProjectTable | null, scope: 'year' | 'period'): FrameStart[] {
  const follow = moneyFollowUp(projects?.rows ?? [], plan);
  const areas = new Set(plan.areas.map((area) => area.name));
  const entries = scope === 'year' ? follow.perAreaYear : follow.perArea.map((e) => ({ ...e, year: null }));
  return entries
    .filter((e) => areas.has(e.area) && e.frame !== null && e.remaining !== null)
    .map((e) => ({
      area: e.area,
      year: e.year,
      frame: e.frame as number,
      used: e.granted - e.freedFunds,
      remaining: e.remaining as number,
    }));
}

type Place = { key: string; area: string; year: number | null } | { reason: { nb: string; en: string } };

/** Where an application's money would come from, or why it can't be placed. */
function placeOf(
  application: ApplicationRow,
  plan: Plan,
  starts: Map<string, FrameStart>,
  options: AssessOptions,
): Place {
  const year = application.year ?? (isBlank(application.raw.year) ? options.year : undefined);
  if (application.area === undefined) {
    const typed = application.areaText;
    const anchor = application.merged?.area;
    if (anchor) {
      // Typed once and merged over several rows: Excel (and SUMIF, filters) see this row's cell empty.
      const cell = application.cells.area;
      return {
        reason: {
          nb: `innsatsområde mangler: ${cell} er slått sammen med ${anchor}, og Excel viser verdien bare der — opphev sammenslåingen og skriv området på hver rad`,
          en: `no focus area: ${cell} is merged with ${anchor}, and Excel shows the value only there — unmerge the cells and type the area on every row`,
        },
      };
    }
    return {
      reason: typed
        ? { nb: `ukjent innsatsområde «${typed}»`, en: `unknown focus area "${typed}"` }
        : { nb: 'innsatsområde mangler', en: 'no focus area' },
    };
  }
  if (application.applied === undefined) {
    return isBlank(application.raw.applied)
      ? { reason: { nb: 'søkt beløp mangler', en: 'no amount applied for' } }
      : { reason: { nb: 'søkt beløp kan ikke leses', en: 'the amount applied for cannot be read' } };
  }
  const { from, to } = plan.period;
  if (year !== undefined && (year < from || year > to)) {
    return {
      reason: {
        nb: `året ${year} er utenfor planperioden`,
        en: `the year ${year} is outside the plan period`,
      },
    };
  }
  if (options.scope === 'period') {
    const key = frameKey(application.area, null);
    return starts.has(key)
      ? { key, area: application.area, year: null }
      : { reason: { nb: 'området har ingen ramme', en: 'the area has no frame' } };
  }
  if (year === undefined) return { reason: { nb: 'året mangler', en: 'no year' } };
  const key = frameKey(application.area, year);
  return starts.has(key)
    ? { key, area: application.area, year }
    : { reason: { nb: `området har ingen ramme for ${year}`, en: `the area has no frame for ${year}` } };
}

function scoreReason(
  application: ApplicationRow,
  criteria: readonly Criterion[],
): { nb: string; en: string } {
  const counted = weighted(criteria);
  if (counted.length === 0)
    return { nb: 'ingen kriterier har vekt over 0', en: 'no criterion has a weight above 0' };
  const lacking = counted.filter(
    (c) => application.scoreCells[c.id] === undefined || isBlank(application.scoreRaw[c.id]),
  );
  if (lacking.length) {
    return {
      nb: `mangler poeng for ${lacking.map((c) => `«${c.name}»`).join(', ')}`,
      en: `no score for ${lacking.map((c) => `"${c.nameEn}"`).join(', ')}`,
    };
  }
  return { nb: 'poeng utenfor 1–5', en: 'a score outside 1–5' };
}

/** The findings that have a headline, per application row, in the findings' order. */
function warningsByRow(findings: readonly Finding[], sheet: string): Map<number, ApplicationWarning[]> {
  const byRow = new Map<number, ApplicationWarning[]>();
  for (const f of findings) {
    if (!f.headline || f.row === undefined || f.sheet !== sheet) continue;
    const warning = { rule: f.rule, severity: f.severity, text: f.headline, cell: f.cell };
    byRow.set(f.row, [...(byRow.get(f.row) ?? []), warning]);
  }
  return byRow;
}

export function assess(input: AssessmentInput, options: AssessOptions = {}): AssessmentResult {
  const { plan, criteria, applications, projects, board } = input;
  const findings = runAssessmentRules({ plan, criteria, applications, projects, board, year: options.year });
  const warnings = warningsByRow(findings, applications.sheet);
  const starts = new Map(
    startingFrames(plan, projects, options.scope ?? 'year').map((s) => [frameKey(s.area, s.year), s]),
  );
  const ranked = rank(applications.rows, criteria);
  const rankedRows = new Set(ranked.map((r) => r.application));
  const unranked = applications.rows.filter((a) => !rankedRows.has(a));

  const places = new Map(applications.rows.map((a) => [a, placeOf(a, plan, starts, options)]));
  const funding = ranked.flatMap(({ application }) => {
    const place = places.get(application) as Place;
    return 'key' in place ? [{ application, key: place.key, applied: application.applied as number }] : [];
  });
  const steps = simulateFunding(funding, new Map([...starts].map(([key, start]) => [key, start.remaining])));
  const stepOf = new Map(funding.map((entry, i) => [entry.application, steps[i]]));
  const finalRemaining = new Map([...starts].map(([key, start]) => [key, start.remaining]));
  for (const step of steps) finalRemaining.set(step.key, step.after);

  const book = applicationBook(plan, projects, applications.rows);
  const assessmentOf = (
    application: ApplicationRow,
    score: number | null,
    position: number | null,
  ): Assessment => {
    const place = places.get(application) as Place;
    const base = {
      deMinimis: applicationAid(application, book, options.year),
      id: applicationLabel(application).nb.replace(/^«(.*)»$/, '$1'),
      row: application.row,
      application,
      score,
      rank: position,
      area: 'key' in place ? place.area : (application.area ?? null),
      year: 'key' in place ? place.year : null,
      warnings: warnings.get(application.row) ?? [],
    };
    const step = stepOf.get(application);
    if (step) {
      return {
        ...base,
        decision: step.decision,
        fundable: step.funded,
        frameBefore: step.before,
        remainingFrame: step.after,
      };
    }
    const left = 'key' in place ? (finalRemaining.get(place.key) ?? null) : null;
    const reason =
      score === null
        ? scoreReason(application, criteria)
        : (place as { reason: Assessment['reason'] }).reason;
    return { ...base, decision: 'notAssessed', fundable: 0, frameBefore: left, remainingFrame: left, reason };
  };

  const assessments = [
    ...ranked.map((r) => assessmentOf(r.application, r.score, r.rank)),
    ...unranked.map((application) => assessmentOf(application, null, null)),
  ];

  const areaOrder = plan.areas.map((a) => a.name);
  const touched = new Set([...places.values()].flatMap((place) => ('key' in place ? [place.key] : [])));
  const areas = [...starts]
    .filter(([key]) => touched.has(key))
    .map(([key, start]) => {
      const own = steps.filter((s) => s.key === key);
      return {
        area: start.area,
        year: start.year,
        frame: start.frame,
        used: start.used,
        remainingBefore: start.remaining,
        applied: own.reduce((sum, s) => sum + s.applied, 0),
        fundable: own.reduce((sum, s) => sum + s.funded, 0),
        remainingAfter: finalRemaining.get(key) as number,
      };
    })
    .sort((a, b) => areaOrder.indexOf(a.area) - areaOrder.indexOf(b.area) || (a.year ?? 0) - (b.year ?? 0));

  return { assessments, areas, findings };
}
