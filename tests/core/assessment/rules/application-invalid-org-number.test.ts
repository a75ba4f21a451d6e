import { rule } from '../../../../src/core/assessment/rules/application-invalid-org-number';
import { assessmentRuleTester } from './assessmentRuleTester';

assessmentRuleTester(rule, {
  valid: [
    {
      name: 'valid or empty',
      applications: [{ orgNo: '918 452 036' }, { orgNo: 920673147 }, { orgNo: null }],
    },
  ],
  invalid: [
    {
      name: 'a failing check digit and a number too short',
      applications: [{ orgNo: '918 452 037' }, { orgNo: '9184520' }],
      errors: [
        { cell: 'D2', message: 'har feil kontrollsiffer', messageEn: 'has a wrong check digit' },
        { cell: 'D3', message: 'er ikke et organisasjonsnummer (9 siffer)' },
      ],
    },
  ],
});
