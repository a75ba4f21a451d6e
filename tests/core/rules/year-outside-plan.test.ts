import { rule } from '../../../src/core/rules/year-outside-plan';
import { ruleTester } from './ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'the plan period', rows: [{ year: 2013 }, { year: 2015 }] },
    { name: 'the previous period', rows: [{ year: 2010, area: 'Sentrum' }, { year: 2012 }] },
    { name: 'an unreadable year is invalid-number’s', rows: [{ year: '2013/14' }] },
  ],
  invalid: [
    {
      name: 'before the programme',
      rows: [{ year: 2009 }],
      errors: [
        {
          cell: 'G2',
          message:
            'År 2009 er utenfor planperioden 2013–2015 og forrige periode 2010–2012 — sjekk årstallet.',
          messageEn: 'Year 2009 is outside',
        },
      ],
    },
    { name: 'after the plan', rows: [{}, { year: '2016' }], errors: [{ cell: 'G3', message: 'År 2016' }] },
  ],
});
