import { defaultPlan } from '../../../src/core/plan';
import { readProjectTable } from '../../../src/core/projects';
import { rule } from '../../../src/core/rules/summary-mismatch';
import { ruleContext } from '../../../src/core/rules/types';
import { sampleProjectsGrid } from '../../../src/core/sample';
import { summarize, summaryLayout } from '../../../src/core/summary';
import type { CellValue, Grid } from '../../../src/core/types';
import { seedSummaries, seedSummary2011, seedSummary2012, withCell } from '../../fixtures/seedTables';
import { ruleTester } from './ruleTester';

const sample = () => readProjectTable(sampleProjectsGrid(), defaultPlan);
const check = (summary: Grid, table = sample()) => rule.check(ruleContext({ plan: defaultPlan, table, summary }));
const summarySheet = (values: CellValue[][]): Grid => ({ sheet: 'Oversikt', top: 1, left: 1, values });

describe('summary-mismatch against the seed’s summary tables', () => {
  it.each([
    ['2011', seedSummary2011()],
    ['2012', seedSummary2012()],
    ['both on one sheet', seedSummaries()],
  ])('the sample projects reproduce the %s table cell by cell', (_, grid) => {
    expect(check(grid)).toEqual([]);
  });

  it.each([
    [
      'an amount',
      'D4',
      '650 000',
      /«Bevilget beløp» for Forstudie 2011, «Nyskaping i næringslivet»: oversikten viser 650\s000, men prosjekttabellen gir 640\s000/,
    ],
    [
      'a count',
      'E2',
      3,
      /«Antall bevilget» for Forstudie 2011, «Fritid»: oversikten viser 3, men prosjekttabellen gir 2/,
    ],
    ['an active count', 'D11', 1, /«Antall aktive» for Hovedprosjekt 2011/],
    [
      'a Sum cell',
      'K4',
      '1 400 000',
      /«Sum»: oversikten viser 1\s400\s000, men prosjekttabellen gir 1\s410\s000/,
    ],
    ['a «Sum bevilget» cell', 'D14', '1 800 000', /«Sum bevilget» 2011, «Nyskaping i næringslivet»/],
    [
      'a 2012 cell on the sheet with both tables',
      'F29',
      '710 000',
      /«Bevilget beløp» for Hovedprosjekt 2012, «Velferdsinnovasjon»/,
    ],
    ['the empty «xx» column', 'I2', 1, /«xx»: oversikten viser 1, men prosjekttabellen gir 0/],
    ['the blank column', 'J6', 1, /Forprosjekt 2011, kolonne J: oversikten viser 1/],
    ['a word where a number belongs', 'G3', 'en', /oversikten viser «en», men prosjekttabellen gir 1/],
  ])('%s changed gives one finding at that cell', (_, cell, value, message) => {
    const findings = check(withCell(seedSummaries(), cell, value));
    expect(findings.map((f) => f.cell)).toEqual([cell]);
    expect(findings[0].sheet).toBe('Oversikt');
    expect(findings[0].message).toMatch(message);
    expect(findings[0].messageEn).toMatch(/the summary shows .*, but the project table gives/);
  });

  it('a project whose grant changed shows in every cell that counts it', () => {
    const grid = sampleProjectsGrid();
    // 2011-09, «Lettvektskomponenter for elbil»: Nyskaping, forprosjekt 2011, active, 500 000 → 510 000.
    const header = grid.values[0];
    const row = grid.values.findIndex((values) => values[header.indexOf('Prosjektnr')] === '2011-09');
    grid.values[row][header.indexOf('Bevilget')] = 510_000;
    const findings = check(seedSummary2011(), readProjectTable(grid, defaultPlan));
    // Bevilget beløp and Bevilget aktive for Forprosjekt (D8, D9) and their Sums, Sum bevilget and the total.
    expect(findings.map((f) => f.cell)).toEqual(['D8', 'K8', 'D9', 'K9', 'D14', 'K14']);
  });

  it('agrees with the layout the add-in writes itself', () => {
    const records = summarize(sample().rows);
    const areas = ['Nyskaping i næringslivet', 'Fritid', 'Velferdsinnovasjon', 'Sentrum', 'Andre'];
    expect(check(summarySheet(summaryLayout(records, 2012, areas)))).toEqual([]);
  });
});

ruleTester(rule, {
  valid: [
    { name: 'no summary range pointed at', rows: [{}] },
    {
      name: 'a one-project summary in the seed’s layout, area by alias',
      rows: [{ area: 'Nyskaping i næringslivet', category: 'Forstudie', year: 2013, granted: 100_000 }],
      summary: summarySheet([
        ['', '', '', 'Nyskaping', 'Sum'],
        [2013, 'Forstudie', 'Antall bevilget', 1, 1],
        ['', '', 'Antall aktive', 1, 1],
        ['', '', 'Bevilget beløp', '100 000', '100 000'],
        ['', '', 'Bevilget aktive', '100 000', '100 000'],
        ['Sum bevilget', '', '', '100 000', '100 000'],
      ]),
    },
  ],
  invalid: [
    {
      name: 'a project missing from the summary',
      rows: [
        { year: 2013, granted: 100_000 },
        { year: 2013, granted: 50_000, status: 'Avsluttet' },
      ],
      summary: summarySheet([
        ['', '', '', 'Nyskaping i næringslivet', 'Sum'],
        [2013, 'Forstudie', 'Antall bevilget', 1, 1],
        ['', '', 'Bevilget beløp', 100_000, 100_000],
      ]),
      errors: [
        { sheet: 'Oversikt', cell: 'D2', message: 'oversikten viser 1, men prosjekttabellen gir 2' },
        { sheet: 'Oversikt', cell: 'E2', message: '«Sum»' },
        { sheet: 'Oversikt', cell: 'D3', message: /gir 150\s000/ },
        { sheet: 'Oversikt', cell: 'E3', message: /gir 150\s000/ },
      ],
    },
  ],
});
