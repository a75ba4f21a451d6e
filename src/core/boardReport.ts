/**
 * The board's view of the programme: the whole plan period at a glance. Per focus area the frame, what was
 * granted, paid and freed and what remains; the result targets judged on a day (a year not over is in
 * progress, never missed — src/core/today.ts); a few headline numbers. The Oversikt panel, the
 * Styrerapport sheet and its PDF all draw this one value, so they say the same thing in the same words.
 */
import { followUp } from './followUp';
import { bilingual, defineMessages, type Bilingual } from './messages';
import { formatKroner, formatPercent } from './money';
import type { Day, Verdict } from './today';
import type { Plan, ProjectRow } from './types';

/** One focus area over the plan period. remaining = frame − (granted − freed); below 0 is an overdraft. */
export interface AreaUse {
  area: string;
  frame: number;
  granted: number;
  paid: number;
  /** The unpaid part of withdrawn and closed projects: back in the frame. */
  freed: number;
  remaining: number;
}

/** One result target and where it stands on the day. */
export interface ResultLine {
  kind: 'jobs' | 'newCompanies' | 'attractiveness';
  /** «Nye og sikrede arbeidsplasser 2014», «Nye bedrifter 2013–2015». */
  label: Bilingual;
  /** The year it is for; null for the whole period. */
  year: number | null;
  actual: number;
  target: number;
  status: Verdict;
}

export type HeadlineId = 'granted' | 'paid' | 'remaining' | 'jobs' | 'newCompanies';

/** A headline number: its value, and a line that puts it in proportion. */
export interface Headline {
  id: HeadlineId;
  label: Bilingual;
  value: number;
  /** How the value reads: kroner, or a count. */
  kind: 'kroner' | 'count';
  detail: Bilingual;
}

export interface BoardOverview {
  planName: string;
  period: { from: number; to: number };
  /** The day the targets are judged on. */
  today: Day;
  /** The plan's areas, in its order, each with a frame. */
  areas: AreaUse[];
  total: AreaUse;
  /** Granted in the period to rows whose area is none of the plan's: counted in no frame. */
  outsideAreas: number;
  results: ResultLine[];
  /** Triggered funding per krone granted (and not freed), as the plan reports it. */
  leverage: number | null;
  headlines: Headline[];
}

/** The words the panel, the sheet and the PDF use; `{name}` is filled in. */
export const BOARD_WORDS = defineMessages({
  title: { nb: 'Styrets oversikt', en: 'The board’s overview' },
  reportTitle: { nb: 'Styrerapport — {plan}', en: 'Board report — {plan}' },
  made: {
    nb: 'Laget {made}. Resultatene er vurdert per {day}: et år som ikke er slutt, pågår.',
    en: 'Made {made}. The results are judged at {day}: a year not yet over is in progress.',
  },
  areasTitle: {
    nb: 'Rammer og bruk per innsatsområde, {from}–{to}',
    en: 'Frames and use per focus area, {from}–{to}',
  },
  resultsTitle: { nb: 'Resultater mot mål', en: 'Results against targets' },
  headlinesTitle: { nb: 'Nøkkeltall', en: 'Headline numbers' },
  recommendationTitle: { nb: 'Innstilling: søknadene', en: 'Recommendation: the applications' },
  area: { nb: 'Innsatsområde', en: 'Focus area' },
  frame: { nb: 'Ramme', en: 'Frame' },
  granted: { nb: 'Bevilget', en: 'Granted' },
  paid: { nb: 'Utbetalt', en: 'Paid' },
  freed: { nb: 'Frigjort', en: 'Freed' },
  remaining: { nb: 'Gjenstår', en: 'Remaining' },
  total: { nb: 'Sum', en: 'Total' },
  overdrawn: { nb: 'overtrukket med {amount} kr', en: 'overdrawn by {amount} kr' },
  outsideAreas: {
    nb: '{amount} kr er bevilget i perioden til prosjekter uten et av planens innsatsområder, og er ikke med i rammene.',
    en: '{amount} kr was granted in the period to projects without one of the plan’s focus areas, and is in no frame.',
  },
  goal: { nb: 'Mål', en: 'Target' },
  year: { nb: 'År', en: 'Year' },
  result: { nb: 'Resultat', en: 'Result' },
  targetValue: { nb: 'Målverdi', en: 'Target value' },
  status: { nb: 'Status', en: 'Status' },
  jobsIn: { nb: 'Nye og sikrede arbeidsplasser {when}', en: 'New and secured jobs {when}' },
  newCompaniesIn: { nb: 'Nye bedrifter {when}', en: 'New companies {when}' },
  attractiveness: { nb: 'Tiltak i {area} {when}', en: 'Measures in {area} {when}' },
  leverage: {
    nb: 'Giringseffekt: {ratio} kr utløst per kr bevilget',
    en: 'Leverage: {ratio} kr triggered per krone granted',
  },
  grantedLabel: { nb: 'Bevilget i perioden', en: 'Granted in the period' },
  grantedDetail: { nb: '{share} av rammen på {frame} kr', en: '{share} of the frame of {frame} kr' },
  paidLabel: { nb: 'Utbetalt', en: 'Paid' },
  paidDetail: { nb: '{share} av det bevilgede', en: '{share} of what was granted' },
  remainingLabel: { nb: 'Gjenstår av rammen', en: 'Left of the frame' },
  remainingDetail: { nb: 'etter {freed} kr frigjort', en: 'after {freed} kr freed' },
  jobsLabel: { nb: 'Arbeidsplasser {from}–{to}', en: 'Jobs {from}–{to}' },
  jobsDetail: { nb: 'nye og sikrede; mål {target} per år', en: 'new and secured; target {target} a year' },
  newCompaniesLabel: { nb: 'Nye bedrifter', en: 'New companies' },
  newCompaniesDetail: { nb: 'mål {target} i perioden', en: 'target {target} in the period' },
});

export type BoardWord = keyof typeof BOARD_WORDS;

/** «70 %» of the whole; «0 %» of nothing. */
const share = (part: number, whole: number) => formatPercent(whole > 0 ? part / whole : 0, 0);

/** The board's overview of the plan period from the project rows, judged on `today`. */
export function boardOverview(rows: ProjectRow[], plan: Plan, today: Day): BoardOverview {
  const { from, to } = plan.period;
  const inPeriod = (year: number) => year >= from && year <= to;
  // The period's projects only: the money per area is the period's anyway, and so must the leverage be (a
  // board looking at 2013–2015 is not told of funding the 2011–2012 projects triggered).
  const follow = followUp(
    rows.filter((row) => row.year !== undefined && inPeriod(row.year)),
    plan,
    today,
  );
  const planAreas = new Set(plan.areas.map((a) => a.name));
  const areas: AreaUse[] = follow.perArea
    .filter((entry) => planAreas.has(entry.area) && entry.frame !== null)
    .map((entry) => ({
      area: entry.area,
      frame: entry.frame as number,
      granted: entry.granted,
      paid: entry.paid,
      freed: entry.freedFunds,
      remaining: entry.remaining as number,
    }));
  const add = (key: keyof Omit<AreaUse, 'area'>) => areas.reduce((sum, a) => sum + a[key], 0);
  const total: AreaUse = {
    area: '',
    frame: add('frame'),
    granted: add('granted'),
    paid: add('paid'),
    freed: add('freed'),
    remaining: add('remaining'),
  };
  const outsideAreas = follow.perArea
    .filter((entry) => !planAreas.has(entry.area))
    .reduce((sum, entry) => sum + entry.granted, 0);

  const { results } = follow;
  const line = (
    kind: ResultLine['kind'],
    year: number | null,
    actual: number,
    target: number,
    status: Verdict,
  ): ResultLine => {
    const when = year === null ? `${from}–${to}` : String(year);
    const label =
      kind === 'jobs'
        ? bilingual(BOARD_WORDS, 'jobsIn', { when })
        : kind === 'newCompanies'
          ? bilingual(BOARD_WORDS, 'newCompaniesIn', { when })
          : bilingual(BOARD_WORDS, 'attractiveness', { area: plan.targets.attractivenessArea, when });
    return { kind, label, year, actual, target, status };
  };
  const jobLines = results.jobsPerYear.flatMap((j) =>
    inPeriod(j.year) && j.target !== null && j.status !== null
      ? [line('jobs', j.year, j.total, j.target, j.status)]
      : [],
  );
  const { newCompanies } = results;
  const lines: ResultLine[] = [
    ...jobLines,
    line('newCompanies', null, newCompanies.total, newCompanies.target, newCompanies.status),
    ...results.attractivenessMeasures.map((a) => line('attractiveness', a.year, a.count, a.target, a.status)),
  ];
  const headline = (
    id: HeadlineId,
    value: number,
    kind: Headline['kind'],
    data: Record<string, string | number>,
  ): Headline => ({
    id,
    label: bilingual(BOARD_WORDS, `${id}Label`, { from, to }),
    value,
    kind,
    detail: bilingual(BOARD_WORDS, `${id}Detail`, data),
  });
  const headlines = [
    headline('granted', total.granted, 'kroner', {
      share: share(total.granted, total.frame),
      frame: formatKroner(total.frame),
    }),
    headline('paid', total.paid, 'kroner', { share: share(total.paid, total.granted) }),
    headline('remaining', total.remaining, 'kroner', { freed: formatKroner(total.freed) }),
    headline(
      'jobs',
      jobLines.reduce((sum, j) => sum + j.actual, 0),
      'count',
      { target: plan.targets.jobsPerYear },
    ),
    headline('newCompanies', newCompanies.total, 'count', { target: newCompanies.target }),
  ];
  return {
    planName: plan.name,
    period: { from, to },
    today,
    areas,
    total,
    outsideAreas,
    results: lines,
    leverage: results.leverage.ratio,
    headlines,
  };
}
