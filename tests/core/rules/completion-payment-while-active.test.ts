import { FIELD_ORDER } from '../../../src/core/projects';
import { rule } from '../../../src/core/rules/completion-payment-while-active';
import { ruleTester } from './ruleTester';

ruleTester(rule, {
  valid: [
    {
      name: 'closed and paid',
      rows: [{ status: 'Avsluttet', paidAtApproval: 50_000, paidAtCompletion: 50_000 }],
    },
    { name: 'active, paid at approval', rows: [{ status: 'Aktiv', paidAtApproval: 50_000 }] },
    {
      name: 'no Status column: nothing to correct',
      columns: FIELD_ORDER.filter((field) => field !== 'status'),
      rows: [{ paidAtCompletion: 50_000 }],
    },
  ],
  invalid: [
    {
      name: 'paid at completion but still Aktiv',
      rows: [{ status: 'Aktiv', paidAtApproval: 50_000, paidAtCompletion: 50_000 }],
      errors: [
        {
          cell: 'K2',
          message:
            /50\s000 kr er utbetalt ved avslutning, men prosjektet står som Aktiv — sett status til Avsluttet/,
          messageEn: 'marked active',
        },
      ],
    },
    {
      name: 'an empty status means active',
      rows: [{}, { paidAtCompletion: 10_000 }],
      errors: [{ cell: 'K3' }],
    },
  ],
});
