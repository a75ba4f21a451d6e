import { defaultPlan } from '../../../src/core/plan';
import { rule } from '../../../src/core/rules/cofunding-below-share';
import type { Plan } from '../../../src/core/types';
import { ruleTester } from './ruleTester';

function withCoFunding(perYear: Record<number, number>): Plan {
  return {
    ...defaultPlan,
    financing: defaultPlan.financing.map((source) =>
      source.kind === 'coFunding' ? { ...source, perYear: { ...source.perYear, ...perYear } } : source,
    ),
  };
}

ruleTester(rule, {
  valid: [
    { name: 'the default plan: 500 000 is exactly 20 % of 2 500 000', rows: [] },
    { name: 'more than the share', plan: withCoFunding({ 2014: 800_000 }) },
  ],
  invalid: [
    {
      name: 'one year short',
      plan: withCoFunding({ 2014: 400_000 }),
      errors: [
        {
          sheet: 'Plan',
          cell: 'A1',
          message:
            /Egenandelen i 2014 er 400\s000 kr, men skal være minst 20\s% av tilskuddet på 2\s500\s000 kr, altså 500\s000 kr — øk egenandelen med 100\s000 kr/,
          messageEn: /raise it by 100\s000 kr/,
        },
      ],
    },
    {
      name: 'a year with no co-funding at all',
      plan: withCoFunding({ 2013: 0, 2015: 499_999 }),
      errors: [
        { sheet: 'Plan', cell: 'A1', message: 'i 2013' },
        { sheet: 'Plan', cell: 'A1', message: 'i 2015' },
      ],
    },
  ],
});
