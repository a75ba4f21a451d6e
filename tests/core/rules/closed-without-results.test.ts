import { rule } from '../../../src/core/rules/closed-without-results';
import { ruleTester } from './ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'closed with results', rows: [{ status: 'Avsluttet', newJobs: 2, securedJobs: 6 }] },
    { name: 'closed with a 0 that says «none»', rows: [{ status: 'Avsluttet', newCompanies: 0 }] },
    { name: 'active without results', rows: [{ status: 'Aktiv' }] },
    { name: 'withdrawn without results', rows: [{ status: 'Trukket' }] },
    {
      name: 'a table with no result columns',
      columns: ['name', 'area', 'category', 'year', 'granted', 'status'],
      rows: [{ status: 'Avsluttet' }],
    },
  ],
  invalid: [
    {
      name: 'closed, all results empty',
      rows: [{ name: 'Robotisert pakkelinje', status: 'Avsluttet' }],
      errors: [
        {
          cell: 'L2',
          message: 'Prosjektet «Robotisert pakkelinje» er avsluttet, men ingen resultater er ført',
          messageEn: 'no results are recorded',
        },
      ],
    },
    {
      name: 'pinned to the first result column the table has',
      columns: ['name', 'area', 'category', 'year', 'granted', 'status', 'leveragedFunding'],
      rows: [{ status: 'Ferdig' }],
      errors: [{ cell: 'G2' }],
    },
  ],
});
