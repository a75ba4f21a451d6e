import { FIELD_ORDER } from '../../../src/core/projects';
import { rule } from '../../../src/core/rules/required-field';
import { ruleTester } from './ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'a complete row', rows: [{}] },
    {
      name: 'optional fields left empty',
      rows: [{ id: null, applicant: null, status: null, paidAtApproval: null }],
    },
    { name: 'granted 0 is filled in', rows: [{ granted: 0 }] },
    { name: 'no rows at all', rows: [] },
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
      name: 'the Kategori column is missing: one finding at the first free header cell',
      columns: FIELD_ORDER.filter((field) => field !== 'category'),
      rows: [{}, {}],
      errors: [{ cell: 'O1', message: 'mangler kolonnen «Kategori»', messageEn: 'no «Kategori» column' }],
    },
  ],
});
