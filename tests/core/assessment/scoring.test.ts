import { defaultCriteria, jobPotential, rank, scoreOf, type Criterion } from '../../../src/core/assessment';
import { allScores, applicationTable, type ApplicationSpec } from './support';

const criteria = defaultCriteria();
const scoreOfSpec = (spec: ApplicationSpec, set: Criterion[] = criteria) =>
  scoreOf(applicationTable([spec], set).rows[0], set);
const weightedBy = (weights: Record<string, number>) =>
  defaultCriteria().map((c) => ({ ...c, weight: weights[c.id] ?? c.weight }));
const ranking = (specs: ApplicationSpec[], set: Criterion[] = criteria) =>
  rank(applicationTable(specs, set).rows, set).map((r) => [r.rank, r.application.id, r.score]);

describe('scoreOf', () => {
  it.each([
    [1, 0],
    [3, 50],
    [5, 100],
    ['4,5', 87.5],
  ])('all criteria scored %p give %p', (score, expected) => {
    expect(scoreOfSpec({ scores: allScores(score) })).toBe(expected);
  });

  it('weighs each criterion: 100 × Σ w·(s − 1) / (4 · Σ w), one decimal', () => {
    // The sample's S-02: 4+4+4+3+3+3+3 = 24 of 28 points.
    expect(
      scoreOfSpec({
        scores: {
          relevance: 5,
          market: 5,
          jobs: 5,
          valueCreation: 4,
          capacity: 4,
          additionality: 4,
          leverage: 4,
        },
      }),
    ).toBe(85.7);
    // Relevance weighs 3 of 9: only it at 5, the rest at 1 → 3·4 / (4·9) = 33,3.
    const relevanceTriple = weightedBy({ relevance: 3 });
    expect(scoreOfSpec({ scores: { ...allScores(1), relevance: 5 } }, relevanceTriple)).toBe(33.3);
    // Weights as percent work the same as their proportions.
    const percent = weightedBy({
      relevance: 30,
      market: 10,
      jobs: 10,
      valueCreation: 10,
      capacity: 10,
      additionality: 10,
      leverage: 10,
    });
    expect(scoreOfSpec({ scores: { ...allScores(1), relevance: 5 } }, percent)).toBe(33.3);
  });

  it('leaves out a criterion with weight 0, scored or not', () => {
    const noLeverage = weightedBy({ leverage: 0 });
    expect(scoreOfSpec({ scores: { ...allScores(4), leverage: null } }, noLeverage)).toBe(75);
    expect(scoreOfSpec({ scores: { ...allScores(4), leverage: 1 } }, noLeverage)).toBe(75);
  });

  it('gives no score while a weighted criterion is empty or outside 1–5, or when no weight is above 0', () => {
    expect(scoreOfSpec({ scores: { capacity: null } })).toBeUndefined();
    expect(scoreOfSpec({ scores: { capacity: 6 } })).toBeUndefined();
    expect(scoreOfSpec({ scores: { capacity: 'tre' } })).toBeUndefined();
    expect(scoreOfSpec({}, weightedBy(Object.fromEntries(criteria.map((c) => [c.id, 0]))))).toBeUndefined();
  });
});

describe('rank', () => {
  it('orders by score, highest first', () => {
    expect(ranking([{ scores: allScores(2) }, { scores: allScores(5) }, { scores: allScores(4) }])).toEqual([
      [1, 'S-02', 100],
      [2, 'S-03', 75],
      [3, 'S-01', 25],
    ]);
  });

  it('changes when the weights change', () => {
    const specs: ApplicationSpec[] = [
      { scores: { ...allScores(3), relevance: 5 } },
      { scores: { ...allScores(3), leverage: 5, market: 4 } },
    ];
    expect(ranking(specs).map((r) => r[1])).toEqual(['S-02', 'S-01']);
    expect(ranking(specs, weightedBy({ relevance: 4 })).map((r) => r[1])).toEqual(['S-01', 'S-02']);
  });

  it('breaks ties by job potential, then the lower amount, then the number (numeric), then the row', () => {
    const tied: ApplicationSpec[] = [
      { id: 'S-10', applied: 200_000, expectedNewJobs: 2, expectedSecuredJobs: 1 },
      { id: 'S-9', applied: 200_000, expectedNewJobs: 3 },
      { id: 'S-2', applied: 200_000, expectedSecuredJobs: 3 },
      { id: 'S-1', applied: 150_000, expectedNewJobs: 1, expectedSecuredJobs: 2 },
      { id: 'S-3', applied: 100_000, expectedNewJobs: 5, expectedSecuredJobs: 1 },
      { id: 'S-3', applied: 100_000, expectedNewJobs: 6 },
      { id: 'S-4', applied: 100_000 },
      { id: 'S-0', applied: 'ukjent' },
    ];
    expect(ranking(tied)).toEqual([
      [1, 'S-3', 50], // 6 jobs, row 6
      [2, 'S-3', 50], // 6 jobs, row 7
      [3, 'S-1', 50], // 3 jobs, 150 000
      [4, 'S-2', 50], // 3 jobs, 200 000, S-2 < S-9 < S-10
      [5, 'S-9', 50],
      [6, 'S-10', 50],
      [7, 'S-4', 50], // no jobs given
      [8, 'S-0', 50], // an amount that can't be read has no head start
    ]);
    const rows = rank(applicationTable(tied).rows, criteria).map((r) => r.application.row);
    expect(rows.slice(0, 2)).toEqual([6, 7]);
  });

  it('ranks on the score as shown, so 50,0 and 50,0 are a tie', () => {
    const ranked = ranking([{ scores: { relevance: 3.001 } }, { expectedNewJobs: 1 }]);
    expect(ranked).toEqual([
      [1, 'S-02', 50],
      [2, 'S-01', 50],
    ]);
  });

  it('is the same whatever order the rows come in', () => {
    const specs: ApplicationSpec[] = [
      { id: 'A', scores: allScores(4), applied: 300_000 },
      { id: 'B', scores: allScores(4), applied: 200_000 },
      { id: 'C', scores: allScores(5) },
      { id: 'D', scores: allScores(4), applied: 200_000, expectedNewJobs: 1 },
    ];
    const forward = ranking(specs).map((r) => r[1]);
    const backward = ranking([...specs].reverse()).map((r) => r[1]);
    expect(forward).toEqual(['C', 'D', 'B', 'A']);
    expect(backward).toEqual(forward);
  });

  it('counts expected new and secured jobs as job potential, empty as 0', () => {
    const [a, b] = applicationTable([{ expectedNewJobs: 2, expectedSecuredJobs: '3' }, {}]).rows;
    expect([jobPotential(a), jobPotential(b)]).toEqual([5, 0]);
  });
});
