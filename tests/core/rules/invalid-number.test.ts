import { rule } from '../../../src/core/rules/invalid-number';
import { ruleTester } from './ruleTester';

ruleTester(rule, {
  valid: [
    {
      name: 'numbers',
      rows: [{ granted: 1_410_000, paidAtApproval: 705_000, newJobs: 3, leveragedFunding: 0 }],
    },
    {
      name: 'what people type in Norway',
      rows: [
        { granted: '1 410 000', paidAtApproval: 'kr 70 000,-', leveragedFunding: '2,5 mill', newJobs: '2,5' },
        { granted: '1.410.000 kr', year: '2014' },
      ],
    },
    { name: 'empty optional numbers', rows: [{ newJobs: null, paidAtCompletion: '' }] },
  ],
  invalid: [
    {
      name: 'an amount with words around it',
      rows: [{ granted: 'ca. 100 000' }],
      errors: [
        { cell: 'H2', message: '«ca. 100 000» i «Bevilget» er ikke et tall', messageEn: 'whole kroner' },
      ],
    },
    {
      name: 'two years in one cell',
      rows: [{ year: '2013/14' }],
      errors: [{ cell: 'G2', message: '«2013/14» i «År» er ikke et årstall', messageEn: 'is not a year' }],
    },
    {
      name: 'a number that is no year',
      rows: [{ year: 13 }],
      errors: [{ cell: 'G2', message: 'f.eks. 2013' }],
    },
    {
      name: 'a negative grant',
      rows: [{ granted: -70_000 }],
      errors: [{ cell: 'H2', message: 'er negativt', messageEn: 'is negative' }],
    },
    {
      name: 'an error value',
      rows: [{ granted: { error: '#REF!' } }],
      errors: [{ cell: 'H2', message: '«#REF!»' }],
    },
    {
      name: 'words among the results',
      rows: [{}, { newJobs: 'mange', securedJobs: 'TRUE' }, { newCompanies: true }],
      errors: [
        { cell: 'L3', message: '«mange» i «Nye arbeidsplasser»' },
        { cell: 'M3', message: '«TRUE»' },
        { cell: 'N4', message: '«SANN»', messageEn: '«TRUE»' },
      ],
    },
  ],
});
