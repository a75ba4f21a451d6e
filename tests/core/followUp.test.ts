import fc from 'fast-check';
import { followUp, moneyFollowUp, resultsFollowUp } from '../../src/core/followUp';
import type { Day } from '../../src/core/today';
import { defaultPlan } from '../../src/core/plan';
import { readProjectTable } from '../../src/core/projects';
import { sampleProjectsGrid } from '../../src/core/sample';
import type { Category, ProjectRow, Status } from '../../src/core/types';

const NYSKAPING = 'Nyskaping i næringslivet';
const ATTRAKTIVITET = 'Attraktivitet for næringslivet';
const MONEY = ['granted', 'paidAtApproval', 'paidAtCompletion', 'paid', 'commitments', 'freedFunds'] as const;

/** After the plan period: every target is settled. */
const AFTER: Day = { year: 2016, month: 1, day: 1 };

const sampleRows = () => readProjectTable(sampleProjectsGrid(), defaultPlan).rows;

function project(fields: Partial<ProjectRow>): ProjectRow {
  return { row: 2, raw: {}, status: 'active', category: 'prestudy', ...fields };
}

describe('followUp of the sample projects (2011–2012)', () => {
  const result = followUp(sampleRows(), defaultPlan, AFTER);
  const ofYear = (year: number) => result.perAreaYear.filter((entry) => entry.year === year);
  const total = (year: number, key: (typeof MONEY)[number]) =>
    ofYear(year).reduce((sum, e) => sum + e[key], 0);

  it('ties out per year: the areas add up to the Bevilget column and granted = paid + commitments + freed', () => {
    expect(total(2011, 'granted')).toBe(2_600_000);
    expect(total(2012, 'granted')).toBe(5_240_000);
    expect([2011, 2012].map((year) => MONEY.map((key) => total(year, key)))).toEqual([
      [2_600_000, 1_300_000, 585_000, 1_885_000, 705_000, 10_000],
      [5_240_000, 2_557_500, 632_500, 3_190_000, 1_925_000, 125_000],
    ]);
    for (const entry of result.perAreaYear) {
      expect(entry.paid).toBe(entry.paidAtApproval + entry.paidAtCompletion);
      expect(entry.granted).toBe(entry.paid + entry.commitments + entry.freedFunds);
    }
  });

  it('frees the unpaid part of the withdrawn project and of a closed one that used less', () => {
    const nyskaping2012 = ofYear(2012).find((entry) => entry.area === NYSKAPING);
    expect(nyskaping2012).toMatchObject({ granted: 4_190_000, freedFunds: 125_000 });
    expect(ofYear(2011).find((entry) => entry.area === NYSKAPING)?.freedFunds).toBe(10_000);
  });

  it('has no frame for the legacy years', () => {
    for (const entry of [...ofYear(2011), ...ofYear(2012)]) {
      expect(entry.frame).toBeNull();
      expect(entry.remaining).toBeNull();
    }
    expect(ofYear(2012).map((entry) => entry.area)).toEqual([
      NYSKAPING,
      'Velferdsinnovasjon',
      'Sentrum',
      'Fritid',
    ]);
  });

  it('shows the whole frames of 2013–2015 untouched, per year and for the period', () => {
    const frameSum = (area: string) =>
      result.perAreaYear
        .filter((e) => e.area === area && e.year >= 2013)
        .reduce((sum, e) => sum + (e.frame ?? 0), 0);
    expect(frameSum(NYSKAPING)).toBe(4_400_000);
    expect(frameSum(ATTRAKTIVITET)).toBe(1_900_000);
    expect(result.perArea).toEqual([
      expect.objectContaining({ area: NYSKAPING, granted: 0, frame: 4_400_000, remaining: 4_400_000 }),
      expect.objectContaining({ area: ATTRAKTIVITET, granted: 0, frame: 1_900_000, remaining: 1_900_000 }),
    ]);
  });

  it('reports results without targets for the years before the plan', () => {
    expect(result.results.jobsPerYear.slice(0, 2)).toEqual([
      { year: 2011, newJobs: 13, securedJobs: 25, total: 38, target: null, status: null, met: null },
      { year: 2012, newJobs: 17, securedJobs: 12, total: 29, target: null, status: null, met: null },
    ]);
    expect(result.results.jobsPerYear.slice(2).map((entry) => [entry.year, entry.target, entry.met])).toEqual(
      [
        [2013, 50, false],
        [2014, 50, false],
        [2015, 50, false],
      ],
    );
    expect(result.results.leverage).toEqual({
      granted: 7_840_000 - 135_000,
      triggered: 31_500_000,
      ratio: 31_500_000 / 7_705_000,
    });
  });
});

describe('followUp in the plan period', () => {
  const rows = [
    project({
      area: NYSKAPING,
      year: 2013,
      granted: 1_000_000,
      paidAtApproval: 500_000,
      newJobs: 30,
      securedJobs: 25,
      newCompanies: 2,
    }),
    project({
      area: NYSKAPING,
      year: 2014,
      granted: 400_000,
      paidAtApproval: 100_000,
      status: 'withdrawn',
      newCompanies: 1,
    }),
    project({
      area: ATTRAKTIVITET,
      year: 2013,
      granted: 100_000,
      status: 'closed',
      paidAtApproval: 50_000,
      paidAtCompletion: 50_000,
    }),
    project({ area: ATTRAKTIVITET, year: 2013, granted: 100_000 }),
    project({ area: ATTRAKTIVITET, year: 2013, granted: 100_000, status: 'withdrawn' }),
    project({ area: ATTRAKTIVITET, year: 2013, granted: 50_000, status: undefined }),
    project({ area: undefined, year: 2013, granted: 70_000 }),
    project({ area: NYSKAPING, year: undefined, granted: 9_000 }),
  ];
  const result = followUp(rows, defaultPlan, AFTER);

  it('counts a withdrawn grant until it is freed, and keeps what it paid as paid', () => {
    const nyskaping = result.perArea.find((entry) => entry.area === NYSKAPING);
    expect(nyskaping).toMatchObject({
      granted: 1_400_000,
      paid: 600_000,
      commitments: 500_000,
      freedFunds: 300_000,
    });
    expect(nyskaping?.remaining).toBe(4_400_000 - 1_400_000 + 300_000);
  });

  it("puts rows with an unreadable area under '' (no frame) and leaves rows without a year out of the years", () => {
    expect(result.perArea.at(-1)).toMatchObject({ area: '', granted: 70_000, frame: null, remaining: null });
    const granted = result.perAreaYear.reduce((sum, entry) => sum + entry.granted, 0);
    expect(granted).toBe(rows.reduce((sum, row) => sum + (row.year ? (row.granted ?? 0) : 0), 0));
  });

  it('gives each area-year its share of the frame and what is left of it', () => {
    const entry = result.perAreaYear.find((e) => e.area === ATTRAKTIVITET && e.year === 2013);
    expect(entry?.frame).toEqual(expect.any(Number));
    expect(entry?.remaining).toBe((entry?.frame ?? 0) - 350_000 + 100_000);
  });

  it('measures results against the targets', () => {
    expect(result.results.jobsPerYear.find((e) => e.year === 2013)).toEqual({
      year: 2013,
      newJobs: 30,
      securedJobs: 25,
      total: 55,
      target: 50,
      status: 'met',
      met: true,
    });
    expect(result.results.newCompanies).toEqual({ total: 3, target: 6, status: 'not-met', met: false });
    expect(result.results.attractivenessMeasures).toEqual([
      { year: 2013, count: 3, target: 3, status: 'met', met: true },
      { year: 2014, count: 0, target: 3, status: 'not-met', met: false },
      { year: 2015, count: 0, target: 3, status: 'not-met', met: false },
    ]);
  });

  it('on 1 June 2014 judges only 2013: 2014 is in progress, 2015 not yet, the period’s target open', () => {
    const { jobsPerYear, newCompanies, attractivenessMeasures } = resultsFollowUp(rows, defaultPlan, {
      year: 2014,
      month: 6,
      day: 1,
    });
    expect(jobsPerYear.filter((j) => j.year >= 2013).map((j) => [j.year, j.status, j.met])).toEqual([
      [2013, 'met', true],
      [2014, 'in-progress', null],
      [2015, 'not-yet', null],
    ]);
    expect(newCompanies).toMatchObject({ total: 3, target: 6, status: 'in-progress', met: null });
    expect(attractivenessMeasures.map((a) => a.status)).toEqual(['met', 'in-progress', 'not-yet']);
  });

  it('calls a target reached as soon as it is, even before its year is over', () => {
    const early = resultsFollowUp(rows, defaultPlan, { year: 2013, month: 2, day: 1 });
    expect(early.jobsPerYear.find((j) => j.year === 2013)).toMatchObject({ status: 'met', met: true });
    expect(early.newCompanies.status).toBe('in-progress');
    const before = resultsFollowUp(rows, defaultPlan, { year: 2012, month: 12, day: 31 });
    expect(before.newCompanies.status).toBe('not-yet');
    expect(before.jobsPerYear.find((j) => j.year === 2014)?.status).toBe('not-yet');
  });
});

describe('followUp ties out for any rows', () => {
  const row = fc.record({
    area: fc.constantFrom(NYSKAPING, ATTRAKTIVITET, 'Sentrum', undefined),
    year: fc.constantFrom(2011, 2013, 2014, 2015, undefined),
    category: fc.constantFrom<Category>('prestudy', 'preproject', 'mainProject'),
    status: fc.constantFrom<Status | undefined>('active', 'closed', 'withdrawn', undefined),
    granted: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: undefined }),
    paidAtApproval: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: undefined }),
    paidAtCompletion: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: undefined }),
  });

  it('sums over areas equal the column, per year and for the period', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (fields) => {
        const rows = fields.map((f) => project(f));
        const result = moneyFollowUp(rows, defaultPlan);
        const column = (pick: (r: ProjectRow) => boolean) =>
          rows.filter(pick).reduce((sum, r) => sum + (r.granted ?? 0), 0);
        for (const year of [2011, 2013, 2014, 2015]) {
          const granted = result.perAreaYear
            .filter((e) => e.year === year)
            .reduce((s, e) => s + e.granted, 0);
          expect(granted).toBe(column((r) => r.year === year));
        }
        const inPeriod = result.perArea.reduce((s, e) => s + e.granted, 0);
        expect(inPeriod).toBe(column((r) => r.year !== undefined && r.year >= 2013));
        for (const entry of [...result.perAreaYear, ...result.perArea]) {
          expect(entry.granted).toBe(entry.paid + entry.commitments + entry.freedFunds);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('followUp with a plan whose frames cannot be split', () => {
  it('still follows the money up, without frames', () => {
    const plan = { ...defaultPlan, areas: defaultPlan.areas.map((area) => ({ ...area, frame: -1 })) };
    const result = moneyFollowUp([project({ area: NYSKAPING, year: 2013, granted: 100 })], plan);
    expect(result.perArea[0]).toMatchObject({
      area: NYSKAPING,
      granted: 100,
      commitments: 100,
      frame: null,
      remaining: null,
    });
  });
});
