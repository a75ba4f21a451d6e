import { defaultPlan } from '../../../src/core/plan';
import { rule } from '../../../src/core/rules/sum-mismatch';
import { ruleContext } from '../../../src/core/rules/types';
import type { Grid } from '../../../src/core/types';
import {
  asNumbers,
  seedEmployment,
  seedFinancing,
  seedSummaries,
  seedSummary2011,
  seedSummary2012,
  withCell,
} from '../../fixtures/seedTables';
import { projectTable, ruleTester } from './ruleTester';

const sheet = (values: Grid['values'], name = 'Ark1'): Grid => ({ sheet: name, top: 1, left: 1, values });

ruleTester(rule, {
  valid: [
    { name: 'no sheets to look at' },
    {
      name: 'a column of amounts with «I alt» under it, text numbers and numbers mixed',
      sheets: [
        sheet([
          ['Område', 'Beløp'],
          ['Nyskaping', '1 410 000'],
          ['Attraktivitet', 190_000],
          ['I ALT', 1_600_000],
        ]),
      ],
    },
    {
      name: 'two blocks, each summed back to the empty row or the previous sum',
      sheets: [
        sheet([
          ['Forstudier', 'Beløp'],
          ['A', 100],
          ['B', 200],
          ['Sum forstudier', 300],
          ['C', 50],
          ['Sum', 50],
          [null, null],
          ['D', 7],
          ['Totalt', 7],
        ]),
      ],
    },
    {
      name: 'the label may stand in the third column, and the table anywhere on the sheet',
      sheets: [
        {
          sheet: 'Ark2',
          top: 5,
          left: 3,
          values: [
            ['', '', 'x', 1, 2],
            ['', '', 'y', 3, 4],
            ['', '', 'Sum', 4, 6],
          ],
        },
      ],
    },
    {
      name: 'a row with a sum word but nothing above it is not a sum to check',
      sheets: [sheet([['Sum', 100]])],
    },
    {
      name: 'one category’s four measures: «Sum bevilget» is its «Bevilget beløp»',
      sheets: [
        sheet([
          ['', '', 'Nyskaping'],
          ['Forstudie', 'Antall bevilget', 3],
          ['', 'Antall aktive', 1],
          ['', 'Bevilget beløp', 640_000],
          ['', 'Bevilget aktive', 440_000],
          ['Sum bevilget', '', 640_000],
        ]),
      ],
    },
    {
      name: 'a plain Sum under repeating measures without an amount row is left alone',
      sheets: [
        sheet([
          ['', 'Antall', 3],
          ['', 'Timer', 120],
          ['', 'Antall', 2],
          ['', 'Timer', 80],
          ['Sum', '', 200],
        ]),
      ],
    },
    {
      name: 'the seed’s five tables, as typed and as numbers',
      sheets: [
        seedSummary2011(),
        seedSummary2012(),
        seedSummaries(),
        seedEmployment(),
        seedFinancing(),
      ].flatMap((g) => [g, asNumbers(g)]),
    },
  ],
  invalid: [
    {
      name: 'a total row that is off',
      sheets: [
        sheet([
          ['Område', 'Beløp'],
          ['Nyskaping', 700_000],
          ['Attraktivitet', 300_000],
          ['Totalt', 1_100_000],
        ]),
      ],
      errors: [
        {
          sheet: 'Ark1',
          cell: 'B4',
          message: /«Totalt» i B4 viser 1\s100\s000, men B2:B3 summerer til 1\s000\s000 — rett summen/,
          messageEn: /"Totalt" in B4 shows 1\s100\s000, but B2:B3 add up to 1\s000\s000/,
        },
      ],
    },
    {
      name: 'a Totalt column that is off in one row',
      sheets: [
        sheet([
          ['', 2013, 2014, 'Totalt'],
          ['OFK', '2,5', '2,5', '5,5'],
          ['Egenandel', '0,5', '0,5', '1,0'],
        ]),
      ],
      errors: [{ sheet: 'Ark1', cell: 'D2', message: '«Totalt» i D2 viser 5,5, men B2:C2 summerer til 5' }],
    },
    {
      name: 'a Sum row under the project table, one applicant twice',
      sheets: [
        sheet([
          ['Prosjektnr', 'Prosjekt', 'Søker', 'Org.nr', 'År', 'Bevilget'],
          ['2012-02', 'Sensorer', 'Toten Sensor AS', 922059179, 2012, 400_000],
          ['2012-13', 'Testlab', 'Toten Sensor AS', 922059179, 2012, 400_000],
          ['2012-03', 'Verktøy', 'Raufoss Verktøy AS', 934671821, 2012, 350_000],
          ['Sum', '', '', '', '', 1_200_000],
        ]),
      ],
      errors: [{ sheet: 'Ark1', cell: 'F5', message: /F2:F4 summerer til 1\s150\s000/ }],
    },
    {
      name: 'a mixed block: «Sum antall bevilget» adds the «Antall bevilget» rows only',
      sheets: [
        sheet([
          ['', '', 'Nyskaping'],
          ['Forstudie', 'Antall bevilget', 3],
          ['', 'Bevilget beløp', 640_000],
          ['Forprosjekt', 'Antall bevilget', 2],
          ['', 'Bevilget beløp', 950_000],
          ['Sum antall bevilget', '', 6],
        ]),
      ],
      errors: [
        { sheet: 'Ark1', cell: 'C6', message: 'radene «Antall bevilget» over (C2, C4) summerer til 5' },
      ],
    },
  ],
});

/** The seed's tables, one cell changed: exactly one finding, at the cell a reader should look at. */
describe('sum-mismatch on the seed’s tables with one cell changed', () => {
  const check = (grid: Grid) => rule.check(ruleContext({ plan: defaultPlan, table: projectTable([]), sheets: [grid] }));

  it.each([
    [
      'an amount (2011, Forstudie, Nyskaping)',
      seedSummary2011(),
      'D4',
      '650 000',
      /Trolig skal det stå 640\s000/,
    ],
    ['an amount in the 2012 table', seedSummary2012(), 'F12', '710 000', /Trolig skal det stå 700\s000/],
    [
      'an amount of 2012 on the sheet with both tables',
      seedSummaries(),
      'F29',
      710_000,
      /F31 viser 1\s050\s000/,
    ],
    ['a «Sum bevilget» cell', seedSummary2011(), 'D14', '1 840 000', /Trolig skal det stå 1\s830\s000/],
    [
      'the grand total',
      seedSummary2012(),
      'K14',
      '5 250 000',
      /både raden og kolonnen summerer til 5\s240\s000/,
    ],
    ['a row’s Sum', seedSummary2011(), 'K2', 9, /«Sum» i K2 viser 9, men D2:J2 summerer til 8/],
    [
      'the employment total',
      seedEmployment(),
      'J20',
      6233,
      /«I alt, alle næringer» i J20 viser 6\s233, men J3:J19 summerer til 6\s232/,
    ],
    ['a financing amount', seedFinancing(), 'C3', '0,6', /Trolig skal det stå 0,5/],
    ['the financing grand total', seedFinancing(), 'E4', '9,5', /summerer til 9 — rett summen til 9/],
  ])('%s', (_, grid, cell, value, message) => {
    const findings = check(withCell(grid, cell, value));
    expect(findings.map((f) => f.cell)).toEqual([cell]);
    expect(findings[0].sheet).toBe(grid.sheet);
    expect(findings[0].message).toMatch(message);
  });

  it.each([
    // A count has only its row's Sum to check it against: either may be wrong, so the Sum is named.
    ['a count', seedSummary2011(), 'D2', 4, 'K2', /«Sum» i K2 viser 8, men D2:J2 summerer til 9/],
    ['an active amount', seedSummary2012(), 'D5', '2 100 000', 'K5', /D5:J5 summerer til 2\s450\s000/],
    // The employment table has no Sum column: a changed figure shows at the column's «I alt».
    ['an employment figure', seedEmployment(), 'C5', 1640, 'C20', /C3:C19 summerer til 6\s477/],
  ])('%s is reported at the one sum it breaks', (_, grid, cell, value, at, message) => {
    const findings = check(withCell(grid, cell, value));
    expect(findings.map((f) => f.cell)).toEqual([at]);
    expect(findings[0].message).toMatch(message);
  });

  it('a year in the header is no amount: changing a year breaks no sum', () => {
    expect(check(withCell(seedEmployment(), 'F2', 2012))).toEqual([]);
    expect(check(withCell(seedFinancing(), 'B1', 2016))).toEqual([]);
  });

  it('a changed label is not a number to add', () => {
    expect(check(withCell(seedSummary2011(), 'C3', 'Aktive prosjekter'))).toEqual([]);
  });
});
