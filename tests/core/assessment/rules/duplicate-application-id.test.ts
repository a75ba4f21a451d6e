import { rule } from '../../../../src/core/assessment/rules/duplicate-application-id';
import { assessmentRuleTester } from './assessmentRuleTester';

assessmentRuleTester(rule, {
  valid: [
    {
      name: 'numbers of their own',
      applications: [{ id: 'S-01' }, { id: 'S-02' }, { id: null }, { id: null }],
    },
  ],
  invalid: [
    {
      name: 'the same Søknadsnr twice (case and spaces aside), reported where it repeats',
      applications: [{ id: 'S-01' }, { id: 'S-02' }, { id: ' s-01 ' }, { id: 'S-02' }],
      errors: [
        {
          cell: 'A4',
          message: 'Søknadsnr «s-01» står også på rad 2',
          messageEn: 'Application no. "s-01" is also on row 2',
        },
        { cell: 'A5', message: 'står også på rad 3' },
      ],
    },
  ],
});
