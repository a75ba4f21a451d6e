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
        { granted: '1 410 000', paidAtApproval: 'kr 70 000,-', leveragedFunding: '2,5 mill', newJobs: '3' },
        { granted: '1.410.000 kr', year: '2014' },
      ],
    },
    { name: 'empty optional numbers', rows: [{ newJobs: null, paidAtCompletion: '' }] },
    {
      name: 'at the bounds: 5 milliarder kr, 10 000 jobs',
      rows: [{ leveragedFunding: 5_000_000_000, newJobs: 10_000, securedJobs: '10 000', newCompanies: 0 }],
    },
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
      name: 'an absurd amount (1E+308) is refused, not summed',
      rows: [{ granted: 1e308 }, { leveragedFunding: 5_000_000_001 }, { paidAtApproval: -1e308 }],
      errors: [
        {
          cell: 'H2',
          message: /^«1E\+308» i «Bevilget» er urimelig stort \(mer enn 5\s000\s000\s000 kr\) og telles ikke med/,
          messageEn: /^"1E\+308" in Granted is implausibly large \(more than 5\s000\s000\s000 kr\)/,
        },
        { cell: 'O3', message: 'er urimelig stort' },
        { cell: 'I4', message: '«-1E+308»' },
      ],
    },
    {
      name: 'absurd counts: 1E+308 new jobs, 2,5 new companies, «NaN» secured jobs',
      rows: [
        { newJobs: 1e308, newCompanies: 2.5, securedJobs: 'NaN' },
        { newCompanies: '2,5' },
        { newJobs: 10_001 },
      ],
      errors: [
        { cell: 'L2', message: /er urimelig stort \(mer enn 10\s000\)/ },
        { cell: 'M2', message: '«NaN» i «Sikrede arbeidsplasser» er ikke et tall Omstilling kan lese' },
        {
          cell: 'N2',
          message: '«2,5» i «Nye bedrifter» er ikke et helt tall og telles ikke med',
          messageEn: '"2.5" in New companies is not a whole number',
        },
        { cell: 'N3', message: 'ikke et helt tall' },
        { cell: 'L4', message: /^«10\s001» i «Nye arbeidsplasser» er urimelig stort/ },
      ],
    },
    {
      name: 'words among the results',
      rows: [{}, { newJobs: 'mange', securedJobs: 'TRUE' }, { newCompanies: true }],
      errors: [
        { cell: 'L3', message: '«mange» i «Nye arbeidsplasser»' },
        { cell: 'M3', message: '«TRUE»' },
        { cell: 'N4', message: '«SANN»', messageEn: '"TRUE"' },
      ],
    },
  ],
});
