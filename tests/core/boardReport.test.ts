import { boardOverview } from '../../src/core/boardReport';
import { defaultPlan } from '../../src/core/plan';
import { readProjectTable } from '../../src/core/projects';
import { sampleProjectsGrid } from '../../src/core/sample';
import type { CellValue, Grid } from '../../src/core/types';

const NYSKAPING = 'Nyskaping i næringslivet';
const ATTRAKTIVITET = 'Attraktivitet for næringslivet';
const HEADERS = [
  'Prosjektnr',
  'Prosjekt',
  'Innsatsområde',
  'Kategori',
  'År',
  'Bevilget',
  'Utbetalt ved godkjenning',
  'Utbetalt ved avslutning',
  'Status',
  'Nye arbeidsplasser',
  'Sikrede arbeidsplasser',
  'Nye bedrifter',
];

function projects(rows: CellValue[][]): Grid {
  return { sheet: 'Prosjekter', top: 1, left: 1, values: [HEADERS, ...rows] };
}

// 2013–2015: Nyskaping 4 400 000, Attraktivitet 1 900 000 for the period.
const rows = readProjectTable(
  projects([
    ['2013-01', 'A', NYSKAPING, 'Hovedprosjekt', 2013, 1_000_000, 500_000, 0, 'Aktiv', 20, 10, 2],
    ['2013-02', 'B', ATTRAKTIVITET, 'Forprosjekt', 2013, 1_500_000, 1_500_000, 0, 'Aktiv', 0, 0, 0],
    ['2014-01', 'C', ATTRAKTIVITET, 'Forstudie', 2014, 600_000, 100_000, 0, 'Aktiv', 1, 1, 1],
    ['2014-02', 'D', NYSKAPING, 'Forstudie', 2014, 200_000, 50_000, 0, 'Trukket', 0, 0, 0],
    ['2014-03', 'E', 'Ukjent område', 'Forstudie', 2014, 70_000, 0, 0, 'Aktiv', 0, 0, 0],
  ]),
  defaultPlan,
).rows;

describe('boardOverview', () => {
  const overview = boardOverview(rows, defaultPlan, { year: 2014, month: 6, day: 1 });

  it('gives every plan area its period frame, what was granted, paid and freed, and what remains', () => {
    expect(overview.areas).toEqual([
      {
        area: NYSKAPING,
        frame: 4_400_000,
        granted: 1_200_000,
        paid: 550_000,
        freed: 150_000,
        remaining: 3_350_000,
      },
      // 1 500 000 + 600 000 of 1 900 000: overdrawn by 200 000.
      {
        area: ATTRAKTIVITET,
        frame: 1_900_000,
        granted: 2_100_000,
        paid: 1_600_000,
        freed: 0,
        remaining: -200_000,
      },
    ]);
    expect(overview.total).toMatchObject({
      frame: 6_300_000,
      granted: 3_300_000,
      paid: 2_150_000,
      remaining: 3_150_000,
    });
    expect(overview.outsideAreas).toBe(70_000);
  });

  it('judges the targets on the day: 2013 is over, 2014 in progress, 2015 not yet', () => {
    const jobs = overview.results.filter((r) => r.kind === 'jobs');
    expect(jobs.map((r) => [r.label.nb, r.actual, r.target, r.status])).toEqual([
      ['Nye og sikrede arbeidsplasser 2013', 30, 50, 'not-met'],
      ['Nye og sikrede arbeidsplasser 2014', 2, 50, 'in-progress'],
      ['Nye og sikrede arbeidsplasser 2015', 0, 50, 'not-yet'],
    ]);
    const companies = overview.results.find((r) => r.kind === 'newCompanies');
    expect(companies).toMatchObject({ actual: 3, target: 6, status: 'in-progress' });
    expect(companies?.label.nb).toBe('Nye bedrifter 2013–2015');
  });

  it('has five headline numbers that put each in proportion', () => {
    expect(overview.headlines.map((h) => [h.id, h.value])).toEqual([
      ['granted', 3_300_000],
      ['paid', 2_150_000],
      ['remaining', 3_150_000],
      ['jobs', 32],
      ['newCompanies', 3],
    ]);
    const detail = Object.fromEntries(overview.headlines.map((h) => [h.id, h.detail.nb.replace(/\s/g, ' ')]));
    expect(detail.granted).toBe('52 % av rammen på 6 300 000 kr');
    expect(detail.paid).toBe('65 % av det bevilgede');
    expect(overview.headlines[3].label.en).toBe('Jobs 2013–2015');
  });

  it('on the sample (2011–2012 only) shows the period’s frames, untouched, and no area without a frame', () => {
    const sample = readProjectTable(sampleProjectsGrid(), defaultPlan).rows;
    const empty = boardOverview(sample, defaultPlan, { year: 2013, month: 3, day: 1 });
    expect(empty.areas.map((a) => [a.area, a.frame, a.granted, a.remaining])).toEqual([
      [NYSKAPING, 4_400_000, 0, 4_400_000],
      [ATTRAKTIVITET, 1_900_000, 0, 1_900_000],
    ]);
    expect(empty.outsideAreas).toBe(0);
    // Nothing granted in the period, so no leverage to report: the 2011–2012 projects' funding is not the period's.
    expect(empty.leverage).toBeNull();
  });
});
