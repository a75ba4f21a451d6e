import { defaultCriteria, type Criterion } from '../../../../src/core/assessment';
import { rule } from '../../../../src/core/assessment/rules/missing-score';
import { assessmentRuleTester } from './assessmentRuleTester';

const unweightedCapacity = defaultCriteria().map((c) => (c.id === 'capacity' ? { ...c, weight: 0 } : c));
const withRisk: Criterion[] = [
  ...defaultCriteria(),
  { id: 'risk', name: 'Risiko', nameEn: 'Risk', description: 'Risiko', weight: 1 },
];

assessmentRuleTester(rule, {
  valid: [
    { name: 'every criterion scored', applications: [{}, {}] },
    {
      name: 'a criterion with weight 0 may stay empty',
      criteria: unweightedCapacity,
      applications: [{ scores: { capacity: null } }],
    },
    { name: 'a score outside 1–5 is score-out-of-range’s', applications: [{ scores: { capacity: 7 } }] },
    {
      name: 'a missing column in a table with no applications',
      columns: defaultCriteria(),
      criteria: withRisk,
      applications: [],
    },
  ],
  invalid: [
    {
      name: 'an empty score cell (blank text too)',
      applications: [{}, { scores: { capacity: null } }, { scores: { leverage: '  ' } }],
      errors: [
        {
          cell: 'Q3',
          message: 'S-02 mangler poeng for «Gjennomføringsevne» — skriv 1–5',
          messageEn: 'S-02 has no score for "Capacity"',
        },
        { cell: 'S4', message: 'S-03 mangler poeng for «Giring»' },
      ],
    },
    {
      name: 'a criterion of the plan with no column: once, at the first free header cell',
      columns: defaultCriteria(),
      criteria: withRisk,
      applications: [{}, {}],
      errors: [
        {
          cell: 'T1',
          message: 'Søknadstabellen har ingen kolonne «Risiko»',
          messageEn: 'or set its weight to 0',
        },
      ],
    },
  ],
});
