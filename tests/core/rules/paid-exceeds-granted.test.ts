import { rule } from '../../../src/core/rules/paid-exceeds-granted';
import { check } from './paymentCases';
import { ruleTester } from './ruleTester';

ruleTester(rule, {
  valid: [
    { name: 'paid in full', rows: [{ granted: 100_000, paidAtApproval: 50_000, paidAtCompletion: 50_000 }] },
    { name: 'half paid', rows: [{ granted: 100_000, paidAtApproval: 50_000 }] },
    { name: 'nothing paid', rows: [{ granted: 100_000 }] },
    { name: 'a negative grant is invalid-number’s', rows: [{ granted: -5, paidAtApproval: 0 }] },
  ],
  invalid: [
    {
      name: 'the two payments add up to more than the grant',
      rows: [{ granted: 100_000, paidAtApproval: 60_000, paidAtCompletion: 50_000 }],
      errors: [
        {
          cell: 'J2',
          message:
            /Utbetalt 110\s000 kr \(60\s000 kr ved godkjenning \+ 50\s000 kr ved avslutning\) er 10\s000 kr mer enn bevilget 100\s000 kr/,
          messageEn: /10\s000 kr more than the 100\s000 kr granted/,
        },
      ],
    },
    {
      name: 'the payment at approval alone',
      rows: [{}, { granted: 100_000, paidAtApproval: '120 000' }],
      errors: [{ cell: 'I3', message: /er 20\s000 kr mer/ }],
    },
  ],
});

describe('with a payments table', () => {
  it('with a payments table the column rules stay silent (the payment rules speak instead)', () => {
    const findings = check(
      [{ id: 'A', granted: 10_000, status: 'Aktiv', paidAtApproval: 50_000, paidAtCompletion: 5_000 }],
      [],
    );
    expect(findings).toEqual([]);
  });
});
