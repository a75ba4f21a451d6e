import { defaultCriteria } from '../../../../src/core/assessment';
import { rule } from '../../../../src/core/assessment/rules/score-out-of-range';
import { allScores } from '../support';
import { assessmentRuleTester } from './assessmentRuleTester';

const unweightedLeverage = defaultCriteria().map((c) => (c.id === 'leverage' ? { ...c, weight: 0 } : c));

assessmentRuleTester(rule, {
  valid: [
    {
      name: 'scores 1 and 5, the ends of the scale',
      applications: [{ scores: allScores(1) }, { scores: allScores(5) }],
    },
    {
      name: 'half points, typed the Norwegian way',
      applications: [{ scores: { relevance: '3,5', market: 4.5 } }],
    },
    { name: 'an empty score is missing-score’s', applications: [{ scores: { relevance: null } }] },
  ],
  invalid: [
    {
      name: '0 and 6',
      applications: [{ scores: { relevance: 0 } }, { scores: { market: 6 } }],
      errors: [
        {
          cell: 'M2',
          message: '«0» for «Relevans» på S-01 er ikke et poeng fra 1 til 5',
          messageEn: '"0" for "Relevance"',
        },
        { cell: 'N3', message: '«6» for «Marked og vekst» på S-02', messageEn: 'not a score from 1 to 5' },
      ],
    },
    {
      name: 'a word, a decimal above 5 and an error value',
      applications: [{ scores: { jobs: 'fire', valueCreation: '5,5', capacity: { error: '#REF!' } } }],
      errors: [
        { cell: 'O2', message: '«fire» for «Arbeidsplasser»' },
        { cell: 'P2', message: '«5,5» for «Verdiskaping»', messageEn: '"5.5"' },
        { cell: 'Q2', message: '«#REF!»' },
      ],
    },
    {
      name: 'out of range also where the criterion has weight 0',
      criteria: unweightedLeverage,
      applications: [{ scores: { leverage: 9 } }],
      errors: [{ cell: 'S2', message: '«9» for «Giring»' }],
    },
  ],
});
