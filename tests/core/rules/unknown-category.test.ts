import { rule } from '../../../src/core/rules/unknown-category';
import { ruleTester } from './ruleTester';

ruleTester(rule, {
  valid: [
    {
      name: 'the three categories, any casing, plural and English',
      rows: [
        { category: 'Forstudie' },
        { category: 'forprosjekt' },
        { category: 'Hovedprosjekter' },
        { category: 'Pre-study' },
      ],
    },
    { name: 'an empty category is required-field’s', rows: [{ category: null }] },
  ],
  invalid: [
    {
      name: 'a typo gets a suggestion',
      rows: [{ category: 'Forprosjket' }],
      errors: [
        {
          cell: 'F2',
          message: '«Forprosjket» er ikke en kategori — mente du «Forprosjekt»?',
          messageEn: 'did you mean',
        },
      ],
    },
    {
      name: 'something else lists the categories',
      rows: [{ category: 'Studie' }],
      errors: [{ cell: 'F2', message: 'bruk «Forstudie», «Forprosjekt», «Hovedprosjekt»' }],
    },
  ],
});
