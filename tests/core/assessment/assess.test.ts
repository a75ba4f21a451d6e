import {
  assess,
  defaultCriteria,
  readApplicationTable,
  runAssessmentRules,
  sampleApplicationsGrid,
  type AssessOptions,
  type Criterion,
} from '../../../src/core/assessment';
import { defaultPlan } from '../../../src/core/plan';
import { readProjectTable } from '../../../src/core/projects';
import { sampleProjectsGrid } from '../../../src/core/sample';
import type { CellValue } from '../../../src/core/types';
import { projectTable, type RowSpec } from '../rules/ruleTester';
import { planWithRates } from '../stateAidPlan';
import { allScores, applicationTable, type ApplicationSpec } from './support';

const criteria = defaultCriteria();
const sampleProjects = readProjectTable(sampleProjectsGrid(), defaultPlan);

function assessSample(edit?: (values: CellValue[][]) => void) {
  const grid = sampleApplicationsGrid();
  edit?.(grid.values);
  const applications = readApplicationTable(grid, defaultPlan, criteria);
  return assess({ plan: defaultPlan, criteria, applications, projects: sampleProjects });
}

function assessSpecs(
  specs: ApplicationSpec[],
  projects?: RowSpec[],
  options?: AssessOptions,
  set: Criterion[] = criteria,
) {
  return assess(
    {
      plan: defaultPlan,
      criteria: set,
      applications: applicationTable(specs, set),
      projects: projects ? projectTable(projects) : null,
    },
    options,
  );
}

const summary = (result: ReturnType<typeof assess>) =>
  result.assessments.map((a) => [a.id, a.score, a.rank, a.decision, a.fundable, a.remainingFrame]);

describe('assess: the preview sample', () => {
  // 2013 frames of the default plan (frames(): 9 000 000 over three equally financed years):
  // Nyskaping 4 400 000 → 1 466 667, Attraktivitet 1 900 000 → 633 333. The sample projects are 2011–2012.
  it('ranks the six applications and simulates the 2013 frames, by hand', () => {
    expect(summary(assessSample())).toEqual([
      ['S-02', 85.7, 1, 'funded', 800_000, 666_667], // 24/28 points; 1 466 667 − 800 000
      ['S-04', 71.4, 2, 'funded', 450_000, 216_667], // 20/28
      ['S-01', 64.3, 3, 'funded', 300_000, 333_333], // 18/28; Attraktivitet 633 333 − 300 000
      ['S-05', 60.7, 4, 'partly', 216_667, 0], // 17/28; 216 667 of 400 000
      ['S-03', 42.9, 5, 'outside', 0, 0], // 12/28
      ['S-06', null, null, 'notAssessed', 0, 333_333], // no score for Gjennomføringsevne
    ]);
  });

  it('sums up each area’s frame', () => {
    expect(assessSample().areas).toEqual([
      {
        area: 'Nyskaping i næringslivet',
        year: 2013,
        frame: 1_466_667,
        used: 0,
        remainingBefore: 1_466_667,
        applied: 1_950_000,
        fundable: 1_466_667,
        remainingAfter: 0,
      },
      {
        area: 'Attraktivitet for næringslivet',
        year: 2013,
        frame: 633_333,
        used: 0,
        remainingBefore: 633_333,
        applied: 300_000,
        fundable: 300_000,
        remainingAfter: 333_333,
      },
    ]);
  });

  it('says why S-06 is not assessed, and finds the support share, the missing score and the missing 2013 rate', () => {
    const result = assessSample();
    expect(result.assessments[5].reason).toEqual({
      nb: 'mangler poeng for «Gjennomføringsevne»',
      en: 'no score for "Capacity"',
    });
    expect(result.findings.map((f) => [f.rule, f.cell])).toEqual([
      ['support-share-exceeded', 'H2'], // S-01: 300 000 of 350 000 = 85,7 %
      ['missing-score', 'Q7'],
      // The default plan has no euro rate for 2013 (none we could cite), so it asks for one.
      ['exchange-rate-missing', 'G2'],
    ]);
  });

  it('with the rates of 2011–2013 in the Plan, S-02 takes Raufoss Lettmetall past the de minimis ceiling', () => {
    const plan = {
      ...defaultPlan,
      stateAid: {
        ...defaultPlan.stateAid,
        rates: [2011, 2012, 2013].map((year) => ({ year, nokPerEur: 8, source: 'test' })),
      },
    };
    const applications = readApplicationTable(sampleApplicationsGrid(), plan, criteria);
    const result = assess({
      plan,
      criteria,
      applications,
      projects: readProjectTable(sampleProjectsGrid(), plan),
    });
    // 500 000 (2011) + 350 000 (2012) + 800 000 applied = 1 650 000 kr ≈ EUR 206 250 > 200 000.
    expect(result.findings.filter((f) => f.rule === 'applicant-de-minimis').map((f) => f.cell)).toEqual([
      'H3',
    ]);
  });

  it('re-ranks when an application is scored higher: S-03 at 5 everywhere goes first and is funded', () => {
    const result = assessSample((values) => {
      for (let column = 12; column < 19; column++) values[3][column] = 5;
    });
    expect(summary(result).slice(0, 5)).toEqual([
      ['S-03', 100, 1, 'funded', 300_000, 1_166_667],
      ['S-02', 85.7, 2, 'funded', 800_000, 366_667],
      ['S-04', 71.4, 3, 'partly', 366_667, 0],
      ['S-01', 64.3, 4, 'funded', 300_000, 333_333],
      ['S-05', 60.7, 5, 'outside', 0, 0],
    ]);
  });

  it('returns the rules’ findings as runAssessmentRules gives them', () => {
    const applications = readApplicationTable(sampleApplicationsGrid(), defaultPlan, criteria);
    expect(assessSample().findings).toEqual(
      runAssessmentRules({ plan: defaultPlan, criteria, applications, projects: sampleProjects }),
    );
  });
});

describe('assess: the frame left by the project table', () => {
  it('subtracts what is granted in the year, less the freed funds of withdrawn projects', () => {
    // 2013 Nyskaping: 1 466 667 − 1 000 000 (active) − 50 000 (withdrawn, 50 000 of 200 000 paid) = 416 667.
    const projects: RowSpec[] = [
      { year: 2013, granted: 1_000_000 },
      { year: 2013, granted: 200_000, status: 'Trukket', paidAtApproval: 50_000 },
      { year: 2014, granted: 900_000 },
      { year: 2013, area: 'Attraktivitet for næringslivet', granted: 600_000 },
    ];
    const result = assessSpecs(
      [
        { applied: 300_000, scores: allScores(5) },
        { applied: 200_000, scores: allScores(4) },
        { area: 'Attraktivitet', applied: 50_000 },
      ],
      projects,
    );
    expect(summary(result)).toEqual([
      ['S-01', 100, 1, 'funded', 300_000, 116_667],
      ['S-02', 75, 2, 'partly', 116_667, 0],
      ['S-03', 50, 3, 'partly', 33_333, 0],
    ]);
    expect(result.areas.map((a) => [a.area, a.used, a.remainingBefore])).toEqual([
      ['Nyskaping i næringslivet', 1_050_000, 416_667],
      ['Attraktivitet for næringslivet', 600_000, 33_333],
    ]);
  });

  it('shows an overdrawn frame and funds nothing from it', () => {
    const result = assessSpecs([{ applied: 100_000 }], [{ year: 2013, granted: 1_500_000 }]);
    expect(summary(result)).toEqual([['S-01', 50, 1, 'outside', 0, -33_333]]);
  });

  it('with the period scope, uses the whole period’s frame and every year’s grants', () => {
    const result = assessSpecs(
      [{ applied: 2_000_000 }, { applied: 2_000_000, year: 2015 }],
      [
        { year: 2014, granted: 900_000 },
        { year: 2012, granted: 999_999 },
      ],
      { scope: 'period' },
    );
    // 4 400 000 − 900 000 (2012 is before the period) = 3 500 000.
    expect(summary(result)).toEqual([
      ['S-01', 50, 1, 'funded', 2_000_000, 1_500_000],
      ['S-02', 50, 2, 'partly', 1_500_000, 0],
    ]);
    expect(result.areas[0]).toMatchObject({ year: null, frame: 4_400_000, used: 900_000 });
  });
});

describe('assess: what cannot be assessed', () => {
  it('ranks by score but does not fund what has no frame, and says why', () => {
    const result = assessSpecs(
      [
        { area: 'Nyskapning' },
        { area: null },
        { applied: 'mye' },
        { applied: null },
        { year: 2016 },
        { year: null },
        { year: null, scores: allScores(2) },
      ],
      undefined,
      {},
    );
    expect(result.assessments.map((a) => [a.id, a.rank, a.decision, a.reason?.nb, a.remainingFrame])).toEqual(
      [
        ['S-01', 1, 'notAssessed', 'ukjent innsatsområde «Nyskapning»', null],
        ['S-02', 2, 'notAssessed', 'innsatsområde mangler', null],
        ['S-05', 3, 'notAssessed', 'året 2016 er utenfor planperioden', null],
        ['S-06', 4, 'notAssessed', 'året mangler', null],
        // An amount that can't be read comes after the known amounts in a tie.
        ['S-03', 5, 'notAssessed', 'søkt beløp kan ikke leses', null],
        ['S-04', 6, 'notAssessed', 'søkt beløp mangler', null],
        ['S-07', 7, 'notAssessed', 'året mangler', null],
      ],
    );
    expect(result.areas).toEqual([]);
  });

  it('says why an area merged over two rows is missing on the second: Excel shows it only in the first', () => {
    const applications = applicationTable([{}, {}], criteria);
    const second = applications.rows[1];
    const table = {
      ...applications,
      rows: [
        applications.rows[0],
        {
          ...second,
          area: undefined,
          areaText: undefined,
          raw: { ...second.raw, area: null },
          merged: { area: 'E2' },
        },
      ],
    };
    const result = assess({ plan: defaultPlan, criteria, applications: table, projects: null });
    expect(result.assessments.find((a) => a.id === 'S-02')?.reason?.nb).toBe(
      'innsatsområde mangler: E3 er slått sammen med E2, og Excel viser verdien bare der — opphev sammenslåingen og skriv området på hver rad',
    );
  });

  it('warns of de minimis on an application without a year as its card judges it: in the meeting’s year', () => {
    const sensor = { applicant: 'Toten Sensor AS', orgNo: '922 059 179' };
    const result = assess(
      {
        plan: planWithRates,
        criteria,
        applications: applicationTable([{ ...sensor, year: null, applied: 850_000 }], criteria),
        projects: projectTable([
          { ...sensor, year: 2011, granted: 400_000 },
          { ...sensor, year: 2012, granted: 400_000 },
        ]),
      },
      { year: 2013 },
    );
    const [only] = result.assessments;
    expect(only?.deMinimis).toMatchObject({ status: 'judged', exceeded: true });
    expect(only?.warnings.map((w) => w.rule)).toContain('applicant-de-minimis');
  });

  it('takes the meeting’s year for an empty year cell when told', () => {
    const result = assessSpecs([{ year: null, applied: 100_000 }], undefined, { year: 2014 });
    expect(result.assessments[0]).toMatchObject({
      decision: 'funded',
      year: 2014,
      remainingFrame: 1_366_667,
    });
  });

  it('says a score is out of range, or that no criterion has weight, when it cannot score', () => {
    expect(assessSpecs([{ scores: { jobs: 9 } }]).assessments[0].reason?.nb).toBe('poeng utenfor 1–5');
    const none = criteria.map((c) => ({ ...c, weight: 0 }));
    expect(assessSpecs([{}], undefined, {}, none).assessments[0].reason?.nb).toBe(
      'ingen kriterier har vekt over 0',
    );
  });

  it('puts the unscored after the ranked, in row order, with the area’s final remaining frame', () => {
    const result = assessSpecs([
      { scores: { relevance: null } },
      { applied: 1_000_000 },
      { scores: { market: null } },
    ]);
    expect(summary(result)).toEqual([
      ['S-02', 50, 1, 'funded', 1_000_000, 466_667],
      ['S-01', null, null, 'notAssessed', 0, 466_667],
      ['S-03', null, null, 'notAssessed', 0, 466_667],
    ]);
  });
});

describe('sampleApplicationsGrid', () => {
  it('uses org.nr with valid check digits (mod 11)', () => {
    const weights = [3, 2, 7, 6, 5, 4, 3, 2];
    const applications = readApplicationTable(sampleApplicationsGrid(), defaultPlan, criteria).rows;
    expect(applications).toHaveLength(6);
    for (const { orgNo } of applications) {
      const digits = [...(orgNo ?? '')].map(Number);
      const check = 11 - (weights.reduce((sum, w, i) => sum + w * digits[i], 0) % 11);
      expect(digits).toHaveLength(9);
      expect(check === 11 ? 0 : check).toBe(digits[8]);
    }
  });
});
