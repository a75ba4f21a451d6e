/**
 * `omstilling vurder` / `assess`: the applications in `Søknader` scored, ranked and simulated against the
 * frames, as text or JSON. Reads only; exit 1 when a finding is an error (a score outside 1–5).
 * Its spelling and help are in src/cli/commandList.ts, so parsing the line and `--hjelp` load none of this.
 */
import { runAssessment, type AssessmentRun } from '../../app/assess';
import { CATEGORY_LABELS } from '../../core/projects';
import { assessmentJson, DECISION_LABELS, weightShares } from '../../core/assessment';
import { formatPercent } from '../../core/money';
import { EXIT, type Command } from '../context';
import { findingJson, findingLine, json, kroner, place, printable, renderTable } from '../format';
import { defineMessages, translate } from '../../core/messages';
import { countsLine, PLAN_SOURCE, usageError, type Lang } from '../messages';
import { openWorkbookFile } from '../workbook';
import { onePath } from './options';

const MESSAGES = defineMessages({
  badYear: { nb: '--år må være et årstall, ikke «{value}».', en: '--year must be a year, not "{value}".' },
  title: {
    nb: 'Vurdering av {file}: {count} {applications} i {address}.',
    en: 'Assessment of {file}: {count} {applications} in {address}.',
  },
  oneApplication: { nb: 'søknad', en: 'application' },
  manyApplications: { nb: 'søknader', en: 'applications' },
  criteria: { nb: 'Kriterier ({source}): {list}.', en: 'Criteria ({source}): {list}.' },
  criteriaFromPlan: {
    nb: 'fra tabellen «Kriterier» på arket Plan',
    en: 'from the "Kriterier" table on the Plan sheet',
  },
  criteriaDefault: { nb: 'standardkriteriene', en: 'the default criteria' },
  framesTitle: { nb: 'Rammene per innsatsområde', en: 'The frames per focus area' },
  period: { nb: 'perioden', en: 'period' },
  findingsTitle: { nb: 'Funn ({count})', en: 'Findings ({count})' },
});

function yearOption(value: string | true | undefined): number | undefined {
  if (value === undefined) return undefined;
  const year = typeof value === 'string' ? Number(value.trim()) : NaN;
  if (!Number.isInteger(year) || year < 1900 || year > 2200) {
    throw usageError(MESSAGES, 'badYear', { value: String(value) });
  }
  return year;
}

const score = (n: number | null) =>
  n === null ? '–' : n.toLocaleString('nb-NO', { minimumFractionDigits: 1 });

function rankingTable(run: AssessmentRun, lang: Lang): string {
  const nb = lang === 'nb';
  const header = nb
    ? [
        'Rang',
        'Søknad',
        'Søker',
        'Innsatsområde',
        'Kategori',
        'Søkt',
        'Poeng',
        'Innstilling',
        'Kan dekkes',
        'Igjen av rammen',
      ]
    : [
        'Rank',
        'Application',
        'Applicant',
        'Focus area',
        'Category',
        'Applied',
        'Score',
        'Recommendation',
        'Fundable',
        'Frame left',
      ];
  const rows = run.result.assessments.map((a) => [
    a.rank === null ? '–' : String(a.rank),
    a.id,
    a.application.applicant ?? '',
    a.area ?? a.application.areaText ?? '',
    a.application.category ? CATEGORY_LABELS[a.application.category][lang] : '',
    kroner(a.application.applied),
    score(a.score),
    DECISION_LABELS[a.decision][lang] + (a.reason ? ` (${a.reason[lang]})` : ''),
    a.decision === 'notAssessed' ? '–' : kroner(a.fundable),
    kroner(a.remainingFrame),
  ]);
  const align = header.map((_, c) => ([0, 5, 6, 8, 9].includes(c) ? 'right' : 'left') as 'left' | 'right');
  return renderTable([header, ...rows], align);
}

function framesTable(run: AssessmentRun, lang: Lang): string {
  const header =
    lang === 'nb'
      ? [
          'Innsatsområde',
          'År',
          'Ramme',
          'Bevilget før',
          'Igjen før',
          'Søkt (rangerte)',
          'Kan dekkes',
          'Igjen etter',
        ]
      : [
          'Focus area',
          'Year',
          'Frame',
          'Granted before',
          'Left before',
          'Applied (ranked)',
          'Fundable',
          'Left after',
        ];
  const rows = run.result.areas.map((a) => [
    a.area,
    a.year === null ? translate(lang, MESSAGES, 'period') : String(a.year),
    kroner(a.frame),
    kroner(a.used),
    kroner(a.remainingBefore),
    kroner(a.applied),
    kroner(a.fundable),
    kroner(a.remainingAfter),
  ]);
  return renderTable(
    [header, ...rows],
    header.map((_, c) => (c === 0 ? 'left' : 'right')),
  );
}

function criteriaLine(run: AssessmentRun, lang: Lang): string {
  const shares = weightShares(run.criteria);
  const list = run.criteria
    .filter((c) => c.weight > 0)
    .map((c) => `${lang === 'nb' ? c.name : c.nameEn} ${formatPercent(shares[c.id], 0)}`)
    .join(', ');
  const source = translate(
    lang,
    MESSAGES,
    run.criteriaSource === 'workbook' ? 'criteriaFromPlan' : 'criteriaDefault',
  );
  return printable(translate(lang, MESSAGES, 'criteria', { source, list }));
}

export const run: Command = async ({ args, lang, json: asJson, io }) => {
  const path = onePath(args, {
    nb: 'arbeidsboken med søknadene (omstilling vurder <fil.xlsx>)',
    en: 'the workbook with the applications (omstilling assess <file.xlsx>)',
  });
  const year = yearOption(args.options.year);
  const scope = args.options.period === true ? 'period' : 'year';
  const port = await openWorkbookFile(path);
  const run = await runAssessment(port, { scope, year });
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of run.findings) counts[f.severity]++;
  const exitCode = counts.error > 0 ? EXIT.errorsFound : EXIT.ok;
  if (asJson) {
    io.out(
      json({
        assessments: assessmentJson(run.result, lang).assessments,
        findings: run.findings.map((f) => findingJson(f, lang)),
      }),
    );
    return exitCode;
  }
  const n = run.applications.rows.length;
  const out = [
    translate(lang, MESSAGES, 'title', {
      file: printable(path),
      count: n,
      applications: translate(lang, MESSAGES, n === 1 ? 'oneApplication' : 'manyApplications'),
      address: printable(run.applicationSource.address),
    }),
    PLAN_SOURCE[run.planSource][lang],
    criteriaLine(run, lang),
    '',
    rankingTable(run, lang),
  ];
  if (run.result.areas.length) {
    out.push('', translate(lang, MESSAGES, 'framesTitle'), framesTable(run, lang));
  }
  if (run.findings.length) {
    out.push('', translate(lang, MESSAGES, 'findingsTitle', { count: run.findings.length }));
    const width = Math.min(24, Math.max(...run.findings.map((f) => place(f).length)));
    for (const f of run.findings) {
      out.push(findingLine(f, lang, width));
    }
  }
  out.push('', countsLine(counts, lang));
  io.out(out.join('\n'));
  return exitCode;
};
