/**
 * Six applications for the board's 2013 meeting, for the preview. They sit on top of sampleProjectsGrid
 * (2011–2012, so the 2013 frames are untouched: Nyskaping 1 466 667 kr, Attraktivitet 633 333 kr) and
 * exercise every outcome with the default criteria:
 * - S-02 (85,7), S-04 (71,4): within the Nyskaping frame; S-02 takes Raufoss Lettmetall past de minimis once
 *   the Plan has euro rates for 2011–2013 near 8 kr (the default plan has none it could cite, and at the
 *   2017 rate of 9,33 it stays under); S-04's applicant has a board member as owner (SAMPLE_BOARD);
 * - S-05 (60,7): partly possible, 216 667 kr of 400 000 kr; S-03 (42,9): outside the frame;
 * - S-01 (64,3): within the Attraktivitet frame, but applies for 85,7 % of its budget (limit 75 %);
 * - S-06: no score for «Gjennomføringsevne», so not ranked.
 * Names are invented; applicants and org.nr (valid check digits) are those of the sample projects.
 */
import { CATEGORY_LABELS } from '../projects';
import type { Category, CellValue, Grid } from '../types';
import { APPLICATION_HEADERS, type ApplicationField } from './applications';
import type { BoardLink } from './board';
import { DEFAULT_CRITERIA } from './criteria';

const NYSKAPING = 'Nyskaping i næringslivet';
const ATTRAKTIVITET = 'Attraktivitet for næringslivet';

type Scores = [
  number | null,
  number | null,
  number | null,
  number | null,
  number | null,
  number | null,
  number | null,
];

type SampleApplication = [
  id: string,
  name: string,
  applicant: string,
  orgNo: string,
  area: string,
  category: Category,
  applied: number,
  totalBudget: number,
  jobs: [expectedNew: number, expectedSecured: number],
  scores: Scores,
];

// prettier-ignore
const APPLICATIONS: SampleApplication[] = [
  ['S-01', 'Handelsløft Raufoss sentrum', 'Raufoss Sentrumsforening', '919 038 268', ATTRAKTIVITET, 'preproject', 300_000, 350_000, [0, 2], [4, 3, 3, 4, 4, 4, 3]],
  ['S-02', 'Lettvektsrammer for elbil', 'Raufoss Lettmetall AS', '936 284 108', NYSKAPING, 'mainProject', 800_000, 2_400_000, [8, 12], [5, 5, 5, 4, 4, 4, 4]],
  ['S-03', 'Digital tvilling for verkstedet', 'Bøverbru Mekaniske AS', '926 184 318', NYSKAPING, 'prestudy', 300_000, 500_000, [1, 1], [3, 3, 2, 3, 3, 3, 2]],
  ['S-04', 'Sensornettverk for smartfabrikk', 'Toten Sensor AS', '922 059 179', NYSKAPING, 'preproject', 450_000, 900_000, [3, 4], [4, 4, 4, 4, 4, 3, 4]],
  ['S-05', 'Biobasert emballasje', 'Toten Emballasje AS', '915 730 949', NYSKAPING, 'preproject', 400_000, 800_000, [2, 3], [4, 3, 4, 3, 4, 3, 3]],
  ['S-06', 'Stisykling og overnatting på Totenåsen', 'Totenåsen Opplevelser AS', '914 760 283', ATTRAKTIVITET, 'prestudy', 150_000, 250_000, [2, 0], [4, 4, 3, 4, null, 3, 3]],
];

const FIELDS: ApplicationField[] = [
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

function toCells(application: SampleApplication): CellValue[] {
  const [id, name, applicant, orgNo, area, category, applied, totalBudget, [newJobs, securedJobs], scores] =
    application;
  const byField: Partial<Record<(typeof FIELDS)[number], CellValue>> = {
    id,
    name,
    applicant,
    orgNo,
    area,
    category: CATEGORY_LABELS[category].nb,
    year: 2013,
    applied,
    totalBudget,
    otherFunding: totalBudget - applied,
    expectedNewJobs: newJobs,
    expectedSecuredJobs: securedJobs,
    recommendation: null,
  };
  return [...FIELDS.map((field) => byField[field] ?? null), ...scores];
}

/**
 * The sample workbook's `Styret`: one member who owns S-04's applicant, so the sample shows habilitet
 * (board-member-conflict: «Kari Nordby fratrer under behandlingen (eier i «Toten Sensor AS»).»).
 */
export const SAMPLE_BOARD: readonly BoardLink[] = [
  {
    member: 'Kari Nordby',
    role: 'Styremedlem',
    orgNo: '922059179',
    company: 'Toten Sensor AS',
    relation: 'owner',
    row: 1,
  },
];

/**
 * Header row + six applications from A1 of `sheet`: A Søknadsnr … L Forventede sikrede arbeidsplasser,
 * then one score column per default criterion, M Relevans … S Giring.
 */
export function sampleApplicationsGrid(sheet = 'Søknader'): Grid {
  return {
    sheet,
    top: 1,
    left: 1,
    values: [
      [...FIELDS.map((field) => APPLICATION_HEADERS[field]), ...DEFAULT_CRITERIA.map((c) => c.name)],
      ...APPLICATIONS.map(toCells),
    ],
  };
}
