import { rule } from '../../../src/core/rules/unknown-status';
import { ruleTester } from './ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'empty means active', rows: [{ status: null }, { status: '' }] },
    {
      name: 'the three statuses and common words',
      rows: [{ status: 'Aktiv' }, { status: 'trukket' }, { status: 'Ferdig' }],
    },
  ],
  invalid: [
    {
      name: 'a typo gets a suggestion',
      rows: [{ status: 'Avslutet' }],
      errors: [
        {
          cell: 'K2',
          message: '«Avslutet» er ikke en status — mente du «Avsluttet»?',
          messageEn: 'did you mean "Avsluttet"?',
        },
      ],
    },
    {
      name: 'something else lists the statuses',
      rows: [{ status: 'Pause' }],
      errors: [{ cell: 'K2', message: '«Aktiv», «Avsluttet», «Trukket», eller la cellen stå tom' }],
    },
  ],
});
