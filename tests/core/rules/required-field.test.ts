import { defaultPlan } from '../../../src/core/plan';
import { FIELD_ORDER, readProjectTable } from '../../../src/core/projects';
import { rule } from '../../../src/core/rules/required-field';
import { ruleContext } from '../../../src/core/rules/types';
import { projectGrid, ruleTester } from './ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'a complete row', rows: [{}] },
    {
      name: 'optional fields left empty',
      rows: [{ id: null, applicant: null, status: null, paidAtApproval: null }],
    },
    { name: 'granted 0 is filled in', rows: [{ granted: 0 }] },
    { name: 'no rows at all', rows: [] },
    {
      name: 'a merge inside one cell’s own row (Prosjekt merged over B:C) hides nothing required',
      rows: [{ applicant: null }],
      grid: { merges: [{ top: 2, left: 2, bottom: 2, right: 3 }] },
    },
    {
      name: 'a «Sum» line under the projects is a total, not a row missing its fields',
      rows: [{}, { id: null, name: 'Sum', area: null, category: null, year: null, granted: 200_000 }],
    },
  ],
  invalid: [
    {
      name: 'category empty',
      rows: [{}, { category: null }],
      errors: [
        {
          cell: 'F3',
          message: '«Kategori» mangler på rad 3 — skriv Forstudie, Forprosjekt eller Hovedprosjekt',
          messageEn: 'Category is missing on row 3',
        },
      ],
    },
    {
      name: 'project name only spaces',
      rows: [{ name: '   ' }],
      errors: [{ cell: 'B2', message: '«Prosjekt»' }],
    },
    {
      name: 'area and amount empty on one row',
      rows: [{ area: null, granted: null }],
      errors: [
        { cell: 'E2', message: '«Nyskaping i næringslivet», «Attraktivitet for næringslivet»' },
        { cell: 'H2', message: '0 hvis ingenting' },
      ],
    },
    { name: 'year empty', rows: [{ year: '' }], errors: [{ cell: 'G2', message: 'året styret bevilget' }] },
    {
      name: 'an Innsatsområde typed once and merged over three rows: two errors that name the merge',
      // ExcelJS copies the value into E3 and E4; Excel shows them empty, and so does the table reader.
      rows: [{}, {}, {}],
      grid: { merges: [{ top: 2, left: 5, bottom: 4, right: 5 }] },
      errors: [
        {
          cell: 'E3',
          message:
            '«Innsatsområde» er tom i E3: cellen er slått sammen med E2 over, og Excel viser verdien bare i E2',
          messageEn: 'Focus area is empty in E3: the cell is merged with E2 above',
        },
        { cell: 'E4', message: 'slått sammen med E2 over', messageEn: 'unmerge the cells' },
      ],
    },
    {
      name: 'the Kategori column is missing: one finding at the first free header cell',
      columns: FIELD_ORDER.filter((field) => field !== 'category'),
      rows: [{}, {}],
      errors: [{ cell: 'O1', message: 'mangler kolonnen «Kategori»', messageEn: 'no "Kategori" column' }],
    },
  ],
});

describe('a table that does not start in column A', () => {
  it('names the header cell where the missing column belongs, with or without rows', () => {
    const columns = FIELD_ORDER.filter((field) => field !== 'category');
    for (const rows of [[], [{}]]) {
      const grid = { ...projectGrid(rows, columns), top: 3, left: 3 };
      const findings = rule.check(
        ruleContext({ plan: defaultPlan, table: readProjectTable(grid, defaultPlan) }),
      );
      // Header in row 3 from column C: its 14 columns end in P, so the first free header cell is Q3.
      expect(findings.map((f) => f.cell)).toEqual(['Q3']);
    }
  });
});
