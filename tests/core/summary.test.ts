import { readProjectTable } from '../../src/core/projects';
import { defaultPlan } from '../../src/core/plan';
import { sampleProjectsGrid } from '../../src/core/sample';
import { summarize, summaryLayout } from '../../src/core/summary';
import type { CellValue, ProjectRow } from '../../src/core/types';

/**
 * The two summary tables of the seed plan (Omstillingsplan 2013–2015, «I sum gir dette følgende bilde for
 * henholdsvis 2011 og 2012»), copied as typed there: header row, 12 measure rows, 'Sum bevilget'.
 * The seed's 'xx' and unnamed columns are kept; they are all zero.
 */
const SEED_AREAS = ['Nyskaping i næringslivet', 'Fritid', 'Velferdsinnovasjon', 'Sentrum', 'Andre', 'xx', ''];

const SEED_2011 = `
2011	Forstudie	Antall bevilget	3	2	1	1	1	0	0	8
		Antall aktive	1	2	0	1	1	0	0	5
		Bevilget beløp	640 000	250 000	300 000	150 000	70 000	0	0	1 410 000
		Bevilget aktive	440 000	250 000	0	150 000	70 000	0	0	910 000
	Forprosjekt	Antall bevilget	2	0	0	0	0	0	0	2
		Antall aktive	1	0	0	0	0	0	0	1
		Bevilget beløp	950 000	0	0	0	0	0	0	950 000
		Bevilget aktive	500 000	0	0	0	0	0	0	500 000
	Hovedprosjekt	Antall bevilget	1	0	0	0	0	0	0	1
		Antall aktive	0	0	0	0	0	0	0	0
		Bevilget beløp	240 000	0	0	0	0	0	0	240 000
		Bevilget aktive	0	0	0	0	0	0	0	0
Sum bevilget			1 830 000	250 000	300 000	150 000	70 000	0	0	2 600 000`;

const SEED_2012 = `
2012	Forstudie	Antall bevilget	8	0	2	0	0	0	0	10
		Antall aktive	6	0	2	0	0	0	0	8
		Bevilget beløp	2 300 000	0	350 000	0	0	0	0	2 650 000
		Bevilget aktive	2 000 000	0	350 000	0	0	0	0	2 350 000
	Forprosjekt	Antall bevilget	3	0	0	1	0	0	0	4
		Antall aktive	2	0	0	1	0	0	0	3
		Bevilget beløp	1 200 000	0	0	0	0	0	0	1 200 000
		Bevilget aktive	800 000	0	0	0	0	0	0	800 000
	Hovedprosjekt	Antall bevilget	1	1	1	0	0	0	0	3
		Antall aktive	0	1	1	0	0	0	0	2
		Bevilget beløp	690 000	0	700 000	0	0	0	0	1 390 000
		Bevilget aktive	0	0	700 000	0	0	0	0	700 000
Sum bevilget			4 190 000	0	1 050 000	0	0	0	0	5 240 000`;

/** The seed's tab-separated text as cells: "640 000" → 640000, the year → number, blanks → ''. */
function seedTable(text: string): CellValue[][] {
  const header: CellValue[] = ['', '', '', ...SEED_AREAS, 'Sum'];
  const rows = text
    .trim()
    .split('\n')
    .map((line) =>
      line.split('\t').map((cell, column): CellValue => {
        if (column === 0 && /^\d{4}$/.test(cell)) return Number(cell);
        return column >= 3 ? Number(cell.replace(/ /g, '')) : cell;
      }),
    );
  return [header, ...rows];
}

function sampleRows(): ProjectRow[] {
  return readProjectTable(sampleProjectsGrid(), defaultPlan).rows;
}

describe('summaryLayout of the sample projects', () => {
  const records = summarize(sampleRows());

  it.each([
    [2011, SEED_2011],
    [2012, SEED_2012],
  ])('reproduces the seed table for %i cell by cell', (year, text) => {
    const expected = seedTable(text);
    const actual = summaryLayout(records, year, SEED_AREAS);
    expect(actual).toHaveLength(expected.length);
    expected.forEach((row, r) => {
      row.forEach((cell, c) => {
        expect({ row: r, column: c, value: actual[r][c] }).toEqual({ row: r, column: c, value: cell });
      });
      expect(actual[r]).toHaveLength(row.length);
    });
  });

  it('adds up to 2 600 000 + 5 240 000 = 7 840 000 granted in all', () => {
    const sumOf = (year: number) => summaryLayout(records, year, SEED_AREAS).at(-1)?.at(-1);
    expect(sumOf(2011)).toBe(2_600_000);
    expect(sumOf(2012)).toBe(5_240_000);
    expect(records.reduce((total, record) => total + record.amountGranted, 0)).toBe(7_840_000);
  });

  it('agrees with the prose of innsatsområde 1–4 over 2011 and 2012', () => {
    const totals = (area: string, category?: string) => {
      const chosen = records.filter(
        (r) => r.area === area && (category === undefined || r.category === category),
      );
      return {
        count: chosen.reduce((n, r) => n + r.countGranted, 0),
        amount: chosen.reduce((n, r) => n + r.amountGranted, 0),
      };
    };
    expect(totals('Nyskaping i næringslivet')).toEqual({ count: 18, amount: 6_020_000 });
    expect(totals('Nyskaping i næringslivet', 'prestudy')).toEqual({ count: 11, amount: 2_940_000 });
    expect(totals('Nyskaping i næringslivet', 'preproject')).toEqual({ count: 5, amount: 2_150_000 });
    expect(totals('Nyskaping i næringslivet', 'mainProject')).toEqual({ count: 2, amount: 930_000 });
    expect(totals('Velferdsinnovasjon', 'prestudy')).toEqual({ count: 3, amount: 650_000 });
    expect(totals('Velferdsinnovasjon', 'mainProject')).toEqual({ count: 1, amount: 700_000 });
    expect(totals('Sentrum', 'prestudy')).toEqual({ count: 1, amount: 150_000 });
    expect(totals('Sentrum', 'preproject')).toEqual({ count: 1, amount: 0 });
    expect(totals('Fritid', 'prestudy')).toEqual({ count: 2, amount: 250_000 });
    expect(totals('Fritid', 'mainProject')).toEqual({ count: 1, amount: 0 });
  });
});

function row(fields: Partial<ProjectRow>): ProjectRow {
  return { row: 2, raw: {}, ...fields };
}

describe('summarize', () => {
  it('counts a withdrawn project as granted but never as active', () => {
    const [record] = summarize([
      row({ year: 2013, category: 'prestudy', area: 'Sentrum', granted: 100_000, status: 'withdrawn' }),
    ]);
    expect(record).toMatchObject({
      countGranted: 1,
      amountGranted: 100_000,
      countActive: 0,
      amountActive: 0,
    });
  });

  it('counts an unreadable status as active, the default', () => {
    const [record] = summarize([
      row({ year: 2013, category: 'prestudy', area: 'Sentrum', granted: 5, status: undefined }),
    ]);
    expect(record).toMatchObject({ countActive: 1, amountActive: 5 });
  });

  it('leaves out rows it cannot place and sorts by year, category, area', () => {
    const records = summarize([
      row({ year: 2013, category: 'mainProject', area: 'B', granted: 1 }),
      row({ year: 2012, category: 'preproject', area: 'B', granted: 1 }),
      row({ year: 2013, category: 'prestudy', area: 'B', granted: 1 }),
      row({ year: 2013, category: 'prestudy', area: 'A', granted: 1 }),
      row({ category: 'prestudy', area: 'A', granted: 1 }),
      row({ year: 2013, area: 'A', granted: 1 }),
      row({ year: 2013, category: 'prestudy', granted: 1 }),
    ]);
    expect(records.map((r) => `${r.year} ${r.category} ${r.area}`)).toEqual([
      '2012 preproject B',
      '2013 prestudy A',
      '2013 prestudy B',
      '2013 mainProject B',
    ]);
  });

  it('adds an area that has projects but was not asked for, so the Sum still adds up', () => {
    const records = summarize([
      row({ year: 2013, category: 'prestudy', area: 'A', granted: 100, status: 'active' }),
      row({ year: 2013, category: 'prestudy', area: 'B', granted: 50, status: 'closed' }),
    ]);
    const table = summaryLayout(records, 2013, ['A']);
    expect(table[0]).toEqual(['', '', '', 'A', 'B', 'Sum']);
    expect(table[1]).toEqual([2013, 'Forstudie', 'Antall bevilget', 1, 1, 2]);
    expect(table[4]).toEqual(['', '', 'Bevilget aktive', 100, 0, 100]);
    expect(table.at(-1)).toEqual(['Sum bevilget', '', '', 100, 50, 150]);
  });
});
