/**
 * What the assessment calls things in the workbook: its tables on the Plan sheet, the headers of `Søknader`
 * and the range of its scores. Apart from the readers (criteria.ts, board.ts, applications.ts, scoring.ts),
 * so that what needs only the names — the ports' plan tables, user tables and data validation, loaded with
 * the custom functions before the pane's first render — does not bring the readers into that first download
 * (bench/bundle.ts).
 */
import { CANONICAL_HEADERS } from '../projects';

export const CRITERIA_TABLE = 'Kriterier';
export const BOARD_TABLE = 'Styret';

export type ApplicationField =
  | 'id'
  | 'name'
  | 'applicant'
  | 'orgNo'
  | 'area'
  | 'category'
  | 'year'
  | 'applied'
  | 'totalBudget'
  | 'otherFunding'
  | 'expectedNewJobs'
  | 'expectedSecuredJobs'
  | 'recommendation'
  | StateAidField;

/** The state-aid columns the project table also has (Tilsagnsdato = the planned decision date here). */
export type StateAidField = 'grantDate' | 'otherDeMinimis' | 'group' | 'aidBasis';

export const APPLICATION_HEADERS: Record<ApplicationField, string> = {
  id: 'Søknadsnr',
  name: 'Prosjekt',
  applicant: 'Søker',
  orgNo: 'Org.nr',
  area: 'Innsatsområde',
  category: 'Kategori',
  year: 'År',
  applied: 'Søkt beløp',
  totalBudget: 'Totalbudsjett',
  otherFunding: 'Annen finansiering',
  expectedNewJobs: 'Forventede nye arbeidsplasser',
  expectedSecuredJobs: 'Forventede sikrede arbeidsplasser',
  recommendation: 'Innstilling',
  grantDate: CANONICAL_HEADERS.grantDate,
  otherDeMinimis: CANONICAL_HEADERS.otherDeMinimis,
  group: CANONICAL_HEADERS.group,
  aidBasis: CANONICAL_HEADERS.aidBasis,
};

export const APPLICATION_FIELDS = Object.keys(APPLICATION_HEADERS) as ApplicationField[];

/** What a score cell of `Søknader` holds: 1–5 per criterion. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
