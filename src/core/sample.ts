/**
 * An example project table: the 28 projects the board granted in 2011–2012, built so the summary of it
 * reproduces the plan's two summary tables cell by cell (sums 2 600 000 and 5 240 000). Counts, amounts,
 * categories, areas and active/not active come from the plan; names, applicants, org.nr (valid check
 * digits), payments and results are invented but consistent: payments never exceed the grant, active
 * projects have had only the payment at approval, closed ones have results.
 * The plan's prose says 25 projects, 10 closed; its own tables hold 28 rows (two of them with 0 kr) and 9
 * not active. The tables win: 8 closed and one withdrawn (2012-08, nothing paid, so 125 000 is freed).
 */
import { CANONICAL_HEADERS, CATEGORY_LABELS, FIELD_ORDER, STATUS_LABELS } from './projects';
import type { Category, CellValue, Grid, ProjectField, Status } from './types';

type Results = [newJobs: number, securedJobs: number, newCompanies: number, leveragedFunding: number];

type SampleProject = [
  id: string,
  name: string,
  applicant: keyof typeof APPLICANTS,
  area: string,
  category: Category,
  granted: number,
  status: Status,
  paid: [atApproval: number, atCompletion: number],
  results?: Results,
];

const APPLICANTS = {
  'Totenprofil AS': '918 452 036',
  'Raufoss Sveiseteknikk AS': '920 673 147',
  'Eina Komposittdeler AS': '931 508 725',
  'Totenåsen Opplevelser AS': '914 760 283',
  'Reinsvoll Fritidslag': '925 847 313',
  'Vestre Toten kommune': '967 301 450',
  'Raufoss Sentrumsforening': '919 038 268',
  'Bøverbru Næringsforum': '924 176 598',
  'Raufoss Lettmetall AS': '936 284 108',
  'Toten Emballasje AS': '915 730 949',
  'Vestre Toten Støperi AS': '930 817 260',
  'SMB-nettverket Gjøvikregionen SA': '917 604 835',
  'Toten Sensor AS': '922 059 179',
  'Raufoss Verktøy AS': '934 671 821',
  'Bøverbru Overflate AS': '911 386 054',
  'Toten Trebygg AS': '927 593 408',
  'Reinsvoll Mekaniske AS': '933 142 787',
  'Lakk og Finish Toten AS': '916 920 571',
  'Totenomsorg AS': '928 731 642',
};

const NYSKAPING = 'Nyskaping i næringslivet';

// prettier-ignore
const PROJECTS_2011: SampleProject[] = [
  ['2011-01', 'Ny produktlinje for aluminiumsprofiler', 'Totenprofil AS', NYSKAPING, 'prestudy', 440_000, 'active', [220_000, 0], [0, 3, 0, 1_000_000]],
  ['2011-02', 'Automatisert sveiselinje, forstudie', 'Raufoss Sveiseteknikk AS', NYSKAPING, 'prestudy', 120_000, 'closed', [60_000, 60_000], [2, 6, 0, 1_500_000]],
  ['2011-03', 'Markedsanalyse Tyskland', 'Eina Komposittdeler AS', NYSKAPING, 'prestudy', 80_000, 'closed', [40_000, 30_000], [1, 0, 0, 400_000]],
  ['2011-04', 'Sykkelturisme på Totenåsen', 'Totenåsen Opplevelser AS', 'Fritid', 'prestudy', 150_000, 'active', [75_000, 0]],
  ['2011-05', 'Helårsaktiviteter ved Reinsvoll', 'Reinsvoll Fritidslag', 'Fritid', 'prestudy', 100_000, 'active', [50_000, 0]],
  ['2011-06', 'Lean i kommunale tjenester, forstudie', 'Vestre Toten kommune', 'Velferdsinnovasjon', 'prestudy', 300_000, 'closed', [150_000, 150_000], [0, 0, 0, 300_000]],
  ['2011-07', 'Raufoss sentrum – handel og møteplasser', 'Raufoss Sentrumsforening', 'Sentrum', 'prestudy', 150_000, 'active', [75_000, 0]],
  ['2011-08', 'Nettverk for tjenesteytende næringer', 'Bøverbru Næringsforum', 'Andre', 'prestudy', 70_000, 'active', [35_000, 0]],
  ['2011-09', 'Lettvektskomponenter for elbil', 'Raufoss Lettmetall AS', NYSKAPING, 'preproject', 500_000, 'active', [250_000, 0]],
  ['2011-10', 'Robotisert pakkelinje', 'Toten Emballasje AS', NYSKAPING, 'preproject', 450_000, 'closed', [225_000, 225_000], [4, 8, 0, 4_500_000]],
  ['2011-11', 'Ny støpeprosess for bildeler', 'Vestre Toten Støperi AS', NYSKAPING, 'mainProject', 240_000, 'closed', [120_000, 120_000], [6, 8, 1, 9_000_000]],
];

// prettier-ignore
const PROJECTS_2012: SampleProject[] = [
  ['2012-01', 'SMB-utvikling i Gjøvikregionen, forstudie', 'SMB-nettverket Gjøvikregionen SA', NYSKAPING, 'prestudy', 500_000, 'active', [250_000, 0]],
  ['2012-02', 'Sensorer for prosessovervåking', 'Toten Sensor AS', NYSKAPING, 'prestudy', 400_000, 'active', [200_000, 0]],
  ['2012-03', 'Additiv tilvirkning av verktøy', 'Raufoss Verktøy AS', NYSKAPING, 'prestudy', 350_000, 'active', [175_000, 0]],
  ['2012-04', 'Eksportsatsing Sverige', 'Eina Komposittdeler AS', NYSKAPING, 'prestudy', 300_000, 'active', [150_000, 0]],
  ['2012-05', 'Ny overflatebehandling', 'Bøverbru Overflate AS', NYSKAPING, 'prestudy', 250_000, 'active', [125_000, 0]],
  ['2012-06', 'Trebaserte byggelementer', 'Toten Trebygg AS', NYSKAPING, 'prestudy', 200_000, 'active', [100_000, 0]],
  ['2012-07', 'Digital ordrestyring', 'Reinsvoll Mekaniske AS', NYSKAPING, 'prestudy', 175_000, 'closed', [87_500, 87_500], [3, 2, 0, 800_000]],
  ['2012-08', 'Kompetansesenter for lakkering', 'Lakk og Finish Toten AS', NYSKAPING, 'prestudy', 125_000, 'withdrawn', [0, 0]],
  ['2012-09', 'Velferdsteknologi i hjemmetjenesten', 'Vestre Toten kommune', 'Velferdsinnovasjon', 'prestudy', 200_000, 'active', [100_000, 0]],
  ['2012-10', 'Private omsorgstjenester – marked og etablering', 'Totenomsorg AS', 'Velferdsinnovasjon', 'prestudy', 150_000, 'active', [75_000, 0], [5, 0, 0, 0]],
  ['2012-11', 'SMB-utvikling i Gjøvikregionen, forprosjekt', 'SMB-nettverket Gjøvikregionen SA', NYSKAPING, 'preproject', 450_000, 'active', [225_000, 0]],
  ['2012-12', 'Hybridmaterialer for bilindustrien', 'Raufoss Lettmetall AS', NYSKAPING, 'preproject', 350_000, 'active', [175_000, 0]],
  ['2012-13', 'Testlaboratorium for komponenter', 'Toten Sensor AS', NYSKAPING, 'preproject', 400_000, 'closed', [200_000, 200_000], [5, 4, 1, 6_000_000]],
  ['2012-14', 'Raufoss sentrum, forprosjekt', 'Raufoss Sentrumsforening', 'Sentrum', 'preproject', 0, 'active', [0, 0]],
  ['2012-15', 'Automatisert montasje, hovedprosjekt', 'Raufoss Sveiseteknikk AS', NYSKAPING, 'mainProject', 690_000, 'closed', [345_000, 345_000], [4, 6, 0, 8_000_000]],
  ['2012-16', 'Sykkelpark på Totenåsen', 'Totenåsen Opplevelser AS', 'Fritid', 'mainProject', 0, 'active', [0, 0]],
  ['2012-17', 'Lean i Vestre Toten kommune, hovedprosjekt', 'Vestre Toten kommune', 'Velferdsinnovasjon', 'mainProject', 700_000, 'active', [350_000, 0]],
];

function toCells(year: number, project: SampleProject): CellValue[] {
  const [id, name, applicant, area, category, granted, status, [atApproval, atCompletion], results] = project;
  const [newJobs, securedJobs, newCompanies, leveragedFunding] = results ?? [null, null, null, null];
  const byField: Partial<Record<ProjectField, CellValue>> = {
    id,
    name,
    applicant,
    orgNo: APPLICANTS[applicant],
    area,
    category: CATEGORY_LABELS[category].nb,
    year,
    granted,
    paidAtApproval: atApproval,
    paidAtCompletion: atCompletion,
    status: STATUS_LABELS[status].nb,
    newJobs,
    securedJobs,
    newCompanies,
    leveragedFunding,
  };
  return FIELD_ORDER.map((field) => byField[field] ?? null);
}

/** Header row + 28 projects, from A1 of `sheet`. */
export function sampleProjectsGrid(sheet = 'Prosjekter'): Grid {
  return {
    sheet,
    top: 1,
    left: 1,
    values: [
      FIELD_ORDER.map((field) => CANONICAL_HEADERS[field]),
      ...PROJECTS_2011.map((project) => toCells(2011, project)),
      ...PROJECTS_2012.map((project) => toCells(2012, project)),
    ],
  };
}
