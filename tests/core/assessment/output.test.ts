import {
  assess,
  assessmentJson,
  defaultCriteria,
  frameTable,
  readApplicationTable,
  recommendationTable,
  sampleApplicationsGrid,
} from '../../../src/core/assessment';
import { defaultPlan } from '../../../src/core/plan';
import { readProjectTable } from '../../../src/core/projects';
import { sampleProjectsGrid } from '../../../src/core/sample';

const criteria = defaultCriteria();
const result = assess({
  plan: defaultPlan,
  criteria,
  applications: readApplicationTable(sampleApplicationsGrid(), defaultPlan, criteria),
  projects: readProjectTable(sampleProjectsGrid(), defaultPlan),
});

describe('recommendationTable', () => {
  it('is the board’s case table: rank, applicant, amount, score, recommendation, remaining frame', () => {
    const table = recommendationTable(result);
    expect(table.headers).toEqual([
      'Rang',
      'Søknadsnr',
      'Søker',
      'Prosjekt',
      'Innsatsområde',
      'Kategori',
      'Søkt beløp',
      'Poeng',
      'Innstilling',
      'Kan dekkes',
      'Gjenstående ramme',
      'Merknad',
    ]);
    expect(table.columns).toHaveLength(table.headers.length);
    expect(table.rows[3]).toEqual([
      4,
      'S-05',
      'Toten Emballasje AS',
      'Biobasert emballasje',
      'Nyskaping i næringslivet',
      'Forprosjekt',
      400_000,
      60.7,
      'Delvis mulig',
      216_667,
      0,
      null,
    ]);
    expect(table.rows.map((row) => row[8])).toEqual([
      'Innenfor rammen',
      'Innenfor rammen',
      'Innenfor rammen',
      'Delvis mulig',
      'Utenfor rammen',
      'Ikke vurdert',
    ]);
    expect(table.rows[5].slice(-4)).toEqual([
      'Ikke vurdert',
      null,
      333_333,
      'mangler poeng for «Gjennomføringsevne»',
    ]);
  });
});

describe('frameTable', () => {
  it('has one row per area and year', () => {
    expect(frameTable(result).rows).toEqual([
      ['Nyskaping i næringslivet', 2013, 1_466_667, 0, 1_466_667, 1_950_000, 1_466_667, 0],
      ['Attraktivitet for næringslivet', 2013, 633_333, 0, 633_333, 300_000, 300_000, 333_333],
    ]);
  });
});

describe('assessmentJson', () => {
  it('has exactly the fields the CLI promises', () => {
    const json = JSON.parse(JSON.stringify(assessmentJson(result)));
    expect(Object.keys(json)).toEqual(['assessments', 'findings']);
    expect(json.assessments[0]).toEqual({
      id: 'S-02',
      score: 85.7,
      rank: 1,
      decision: 'funded',
      remainingFrame: 666_667,
    });
    expect(json.assessments[5]).toEqual({
      id: 'S-06',
      score: null,
      rank: null,
      decision: 'notAssessed',
      remainingFrame: 333_333,
    });
    expect(json.findings[0]).toMatchObject({ rule: 'support-share-exceeded', sheet: 'Søknader', cell: 'H2' });
  });
});
