import { rule } from '../../../src/core/rules/unknown-area';
import { ruleTester } from './ruleTester';

ruleTester(rule, {
  valid: [
    {
      name: 'the plan’s areas',
      rows: [{ area: 'Nyskaping i næringslivet' }, { area: 'Attraktivitet for næringslivet' }],
    },
    { name: 'aliases and other casing', rows: [{ area: 'velferdsinnovasjon' }, { area: ' ATTRAKTIVITET ' }] },
    {
      name: 'legacy areas on rows of 2010–2012',
      rows: [
        { area: 'Sentrum', year: 2011 },
        { area: 'Fritid', year: 2012 },
      ],
    },
    { name: 'an empty area is required-field’s', rows: [{ area: null }] },
  ],
  invalid: [
    {
      name: 'a typo gets a suggestion',
      rows: [{ area: 'Nyskapning i næringslivet' }],
      errors: [
        {
          cell: 'E2',
          message:
            '«Nyskapning i næringslivet» er ikke et innsatsområde i planen — mente du «Nyskaping i næringslivet»?',
          messageEn: 'did you mean "Nyskaping i næringslivet"?',
        },
      ],
    },
    {
      name: 'a legacy area on a row of the new period',
      rows: [{}, { area: 'Sentrum', year: 2014 }],
      errors: [
        {
          cell: 'E3',
          message:
            'for 2014 — bruk ett av disse: «Nyskaping i næringslivet», «Attraktivitet for næringslivet»',
        },
      ],
    },
  ],
});
