/** Building application tables for the tests: one row per spec, the default criteria as score columns. */
import {
  APPLICATION_HEADERS,
  DEFAULT_CRITERIA,
  readApplicationTable,
  type ApplicationField,
  type ApplicationTable,
  type Criterion,
} from '../../../src/core/assessment';
import { defaultPlan } from '../../../src/core/plan';
import type { CellValue, Grid, Plan } from '../../../src/core/types';

export type ApplicationSpec = Partial<Record<Exclude<ApplicationField, 'recommendation'>, CellValue>> & {
  /** Criterion id → score cell; missing ids get `BASE_SCORE`. */
  scores?: Record<string, CellValue>;
};

export const SHEET = 'Søknader';
export const BASE_SCORE = 3;

/** An application that breaks no rule: 2013, Nyskaping, forstudie, 100 000 kr of a 200 000 kr budget. */
export const BASE_APPLICATION: ApplicationSpec = {
  name: 'Testsøknad',
  area: 'Nyskaping i næringslivet',
  category: 'Forstudie',
  year: 2013,
  applied: 100_000,
  totalBudget: 200_000,
};

/**
 * A Id, B Prosjekt, C Søker, D Org.nr, E Innsatsområde, F Kategori, G År, H Søkt beløp, I Totalbudsjett,
 * J Annen finansiering, K/L expected jobs, then the criteria: M Relevans … S Giring (default criteria).
 */
export const FIELDS: Exclude<ApplicationField, 'recommendation'>[] = [
  'id',
  'name',
  'applicant',
  'orgNo',
  'area',
  'category',
  'year',
  'applied',
  'totalBudget',
  'otherFunding',
  'expectedNewJobs',
  'expectedSecuredJobs',
];

/** The state-aid columns come after the scores, and only when a spec uses them (T, U, … by default). */
const STATE_AID: Exclude<ApplicationField, 'recommendation'>[] = ['grantDate', 'otherDeMinimis', 'group', 'aidBasis'];

export function applicationGrid(
  specs: ApplicationSpec[],
  criteria: readonly Criterion[] = DEFAULT_CRITERIA,
  base: ApplicationSpec = BASE_APPLICATION,
): Grid {
  const extra = STATE_AID.filter((f) => specs.some((spec) => f in spec));
  const header = [
    ...FIELDS.map((f) => APPLICATION_HEADERS[f]),
    ...criteria.map((c) => c.name),
    ...extra.map((f) => APPLICATION_HEADERS[f]),
  ];
  const body = specs.map((spec, i) => {
    const row: ApplicationSpec = { id: `S-${String(i + 1).padStart(2, '0')}`, ...base, ...spec };
    const scores = criteria.map((c) => (spec.scores && c.id in spec.scores ? spec.scores[c.id] : BASE_SCORE));
    return [...FIELDS.map((f) => row[f] ?? null), ...scores, ...extra.map((f) => row[f] ?? null)];
  });
  return { sheet: SHEET, top: 1, left: 1, values: [header, ...body] };
}

/** `columns` are the criteria the grid has score columns for; `criteria` those the table is read with. */
export function applicationTable(
  specs: ApplicationSpec[],
  columns: readonly Criterion[] = DEFAULT_CRITERIA,
  plan: Plan = defaultPlan,
  criteria: readonly Criterion[] = columns,
): ApplicationTable {
  return readApplicationTable(applicationGrid(specs, columns), plan, criteria);
}

/** Every default criterion scored `score`. */
export function allScores(score: CellValue): Record<string, CellValue> {
  return Object.fromEntries(DEFAULT_CRITERIA.map((c) => [c.id, score]));
}
