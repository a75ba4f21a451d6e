import { rule } from '../../../src/core/rules/duplicate-id';
import { ruleTester } from './ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'numbered rows', rows: [{}, {}, {}] },
    { name: 'rows without a number', rows: [{ id: null }, { id: '' }] },
  ],
  invalid: [
    {
      name: 'the same number twice',
      rows: [{ id: '2012-01' }, { id: '2012-02' }, { id: '2012-01' }],
      errors: [
        { cell: 'A4', message: 'Prosjektnummer «2012-01» står også på rad 2', messageEn: 'also on row 2' },
      ],
    },
    {
      name: 'casing, spaces and number vs text do not make a number new',
      rows: [{ id: 'p-7' }, { id: ' P-7 ' }, { id: 12 }, { id: '12' }],
      errors: [
        { cell: 'A3', message: 'rad 2' },
        { cell: 'A5', message: 'rad 4' },
      ],
    },
    {
      name: 'every copy names the first row',
      rows: [{ id: 'X' }, { id: 'X' }, { id: 'X' }],
      errors: [
        { cell: 'A3', message: 'rad 2' },
        { cell: 'A4', message: 'rad 2' },
      ],
    },
  ],
});
