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
      'Mangler poeng for «Gjennomføringsevne».',
    ]);
  });

  it('says each warning in the Merknad column, in plain words, beside a decision «Innenfor rammen»', () => {
    const remarks = Object.fromEntries(recommendationTable(result).rows.map((row) => [row[1], row[11]]));
    expect(remarks['S-01']).toMatch(
      /^Søker 85,7\s% av prosjektets budsjett; planen tillater høyst 75,0\s%\.$/,
    );
    expect(remarks['S-04']).toBeNull();
    expect(remarks['S-02']).toBeNull();
  });

  it('says a board member leaves the meeting for an application from a company the member is tied to', () => {
    const withBoard = assess({
      plan: defaultPlan,
      criteria,
      applications: readApplicationTable(sampleApplicationsGrid(), defaultPlan, criteria),
      projects: readProjectTable(sampleProjectsGrid(), defaultPlan),
      board: [{ member: 'Kari Nordby', orgNo: '922059179', relation: 'owner', row: 1 }],
    });
    const sensor = recommendationTable(withBoard).rows.find((row) => row[1] === 'S-04');
    expect(sensor?.[11]).toBe('Kari Nordby fratrer under behandlingen (eier i «Toten Sensor AS»).');
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
      warnings: [],
    });
    expect(json.assessments[2].warnings).toEqual([
      {
        rule: 'support-share-exceeded',
        severity: 'warning',
        cell: 'H2',
        text: expect.stringMatching(/^Søker 85,7\s% av prosjektets budsjett/),
      },
    ]);
    expect(assessmentJson(result, 'en').assessments[2].warnings[0].text).toMatch(/^Applies for 85.7\s%/);
    expect(json.assessments[5]).toEqual({
      id: 'S-06',
      score: null,
      rank: null,
      decision: 'notAssessed',
      remainingFrame: 333_333,
      warnings: [],
    });
    expect(json.findings[0]).toMatchObject({ rule: 'support-share-exceeded', sheet: 'Søknader', cell: 'H2' });
  });
});
