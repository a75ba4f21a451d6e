import { rule } from '../../../src/core/rules/zero-grant';
import { ruleTester } from './ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'a grant', rows: [{ granted: 100_000 }] },
    { name: 'a withdrawn project with 0', rows: [{ granted: 0, status: 'Trukket' }] },
    { name: 'an empty amount is required-field’s', rows: [{ granted: null }] },
  ],
  invalid: [
    {
      name: 'the seed’s Sentrum forprosjekt of 2012 with 0 kr',
      rows: [{ name: 'Sentrumsutvikling', area: 'Sentrum', category: 'Forprosjekt', year: 2012, granted: 0 }],
      errors: [
        {
          cell: 'H2',
          message: 'Prosjektet «Sentrumsutvikling» er bevilget 0 kr, men telles som et bevilget prosjekt',
          messageEn: 'granted 0 kr',
        },
      ],
    },
    {
      name: 'zero typed as text',
      rows: [{}, { granted: '0 kr' }],
      errors: [{ cell: 'H3', message: 'sett status Trukket' }],
    },
  ],
});
