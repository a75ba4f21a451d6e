/** The follow-up panel: money per area for a year or the period, results vs targets, and their sheets. */
import { followUp, type FollowUp, type MoneyFollowUp } from '../../core/followUp';
import { CATEGORY_LABELS } from '../../core/projects';
import { dayWords, type Day, type Verdict } from '../../core/today';
import type { CellValue, Plan } from '../../core/types';
import type { OwnedSheetSpec, OwnedTableSpec } from '../../port/workbookPort';

export type FollowUpPeriod = 'period' | number;

export const MONEY_MEASURES = ['granted', 'paid', 'commitments', 'freedFunds', 'frame', 'remaining'] as const;
export type MoneyMeasure = (typeof MONEY_MEASURES)[number];

export interface MoneyColumn {
  /** '' = rows whose area could not be read. */
  area: string;
  money: MoneyFollowUp;
}

export { followUp };
export type { FollowUp };

/** Years to choose from: the plan period and every year with projects. */
export function followUpYears(result: FollowUp): number[] {
  return [...new Set(result.perAreaYear.map((entry) => entry.year))].sort((a, b) => a - b);
}

export function moneyColumns(result: FollowUp, period: FollowUpPeriod): MoneyColumn[] {
  if (period === 'period') return result.perArea.map(({ area, ...money }) => ({ area, money }));
  return result.perAreaYear
    .filter((entry) => entry.year === period)
    .map(({ area, year: _year, ...money }) => ({ area, money }));
}

/** The sum of the columns; frame and remaining stay null unless every column has a frame. */
export function moneyTotal(columns: MoneyColumn[]): MoneyFollowUp {
  const add = (key: keyof MoneyFollowUp) => columns.reduce((sum, c) => sum + (c.money[key] ?? 0), 0);
  const framed = columns.length > 0 && columns.every((c) => c.money.frame !== null);
  return {
    granted: add('granted'),
    paidAtApproval: add('paidAtApproval'),
    paidAtCompletion: add('paidAtCompletion'),
    paid: add('paid'),
    commitments: add('commitments'),
    freedFunds: add('freedFunds'),
    frame: framed ? add('frame') : null,
    remaining: framed ? add('remaining') : null,
  };
}

const MEASURE_NB: Record<MoneyMeasure, string> = {
  granted: 'Bevilget',
  paid: 'Utbetalt',
  commitments: 'Forpliktelser',
  freedFunds: 'Frigjorte midler',
  frame: 'Ramme',
  remaining: 'Gjenstår',
};

export const FOLLOW_UP_SHEET = 'Oppfølging';
export const SUMMARY_SHEET = 'Sammendrag';

/** The sheet's "Nådd" column: Ja / Nei once settled, else where the target stands. */
const VERDICT_CELL: Record<Verdict, string> = {
  met: 'Ja',
  'not-met': 'Nei',
  'in-progress': 'Pågår',
  'not-yet': 'Ikke ennå',
};

/** The money per area and year and the result targets judged on `today`. */
export function followUpSheet(plan: Plan, result: FollowUp, today: Day): OwnedSheetSpec {
  const { results } = result;
  const money: OwnedTableSpec = {
    name: 'OppfolgingPerAar',
    title: 'Midler per innsatsområde og år',
    headers: ['Innsatsområde', 'År', ...MONEY_MEASURES.map((m) => MEASURE_NB[m])],
    rows: result.perAreaYear.map((entry) => [
      entry.area || '(ukjent)',
      entry.year,
      ...MONEY_MEASURES.map((m) => entry[m]),
    ]),
    columns: ['text', 'year', ...MONEY_MEASURES.map(() => 'kroner' as const)],
    sum: { label: 'Sum', columns: MONEY_MEASURES.map((_, i) => i + 2) },
  };
  const jobs: OwnedTableSpec = {
    name: 'ArbeidsplasserMotMaal',
    title: 'Nye og sikrede arbeidsplasser per år',
    headers: ['År', 'Nye + sikrede', 'Mål', 'Nye', 'Sikrede', 'Nådd'],
    columns: ['text', 'count', 'count', 'count', 'count', 'text'],
    sum: { label: 'Sum', columns: [1, 2, 3, 4] },
    rows: results.jobsPerYear.map((j) => [
      String(j.year),
      j.total,
      j.target,
      j.newJobs,
      j.securedJobs,
      j.status === null ? '' : VERDICT_CELL[j.status],
    ]),
  };
  const other: OwnedTableSpec = {
    name: 'ResultaterMotMaal',
    title: 'Andre resultatmål',
    headers: ['Mål', 'Resultat', 'Målverdi', 'Nådd'],
    columns: ['text', 'general', 'general', 'text'],
    rows: [
      [
        `Nye bedrifter ${plan.period.from}–${plan.period.to}`,
        results.newCompanies.total,
        results.newCompanies.target,
        VERDICT_CELL[results.newCompanies.status],
      ],
      ...results.attractivenessMeasures.map((a): CellValue[] => [
        `Tiltak i ${plan.targets.attractivenessArea} ${a.year}`,
        a.count,
        a.target,
        VERDICT_CELL[a.status],
      ]),
      [
        'Giringseffekt (kr utløst per kr bevilget)',
        results.leverage.ratio === null ? null : Math.round(results.leverage.ratio * 100) / 100,
        null,
        '',
      ],
    ],
  };
  return {
    name: FOLLOW_UP_SHEET,
    title: `Oppfølging — ${plan.name}`,
    subtitle: `Målene er vurdert per ${dayWords(today).nb}: et år som ikke er slutt, pågår; periodens mål vurderes når perioden er slutt.`,
    action: 'Skrev oppfølging',
    tables: [money, jobs, other],
    charts: [
      {
        name: 'ArbeidsplasserDiagram',
        kind: 'columns',
        title: 'Arbeidsplasser mot mål',
        table: jobs.name,
        series: 2,
      },
    ],
  };
}

/**
 * The plan's summary tables (one per year with projects, as the app's summaryOf lays them out): year,
 * category and measure down the side, the areas across, Sum at the right and Sum bevilget at the bottom.
 * The layout's blank header cells get names, since an Excel table needs one per column.
 */
export function summarySheet(plan: Plan, layouts: { year: number; table: CellValue[][] }[]): OwnedSheetSpec {
  const tables = layouts.map(({ year, table }): OwnedTableSpec => {
    const [header, ...body] = table;
    const areas = header.slice(3).map((cell) => String(cell ?? ''));
    return {
      name: `Sammendrag_${year}`,
      title: `Sammendrag ${year}`,
      headers: ['År', 'Kategori', 'Måltall', ...areas],
      rows: body.map((row) =>
        row.map((cell, c) => (c === 0 && typeof cell === 'number' ? String(cell) : cell)),
      ),
      columns: ['text', 'text', 'text', ...areas.map(() => 'kroner' as const)],
    };
  });
  return {
    name: SUMMARY_SHEET,
    title: `Sammendrag per år, kategori og innsatsområde — ${plan.name}`,
    subtitle: `Kategorier: ${Object.values(CATEGORY_LABELS)
      .map((l) => l.nb)
      .join(', ')}. Trukne prosjekter telles som bevilget, ikke som aktive.`,
    action: 'Skrev sammendrag',
    tables,
  };
}
