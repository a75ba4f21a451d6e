import { check, summary } from './paymentCases';

describe('return-exceeds-paid', () => {
  it('a return larger than what was paid', () => {
    const findings = check(
      [{ id: 'A', status: 'Avsluttet' }],
      [
        ['A', '01.03.2013', 10_000, 'Delutbetaling'],
        ['A', '01.06.2013', 15_000, 'Tilbakebetaling'],
      ],
    );
    expect(summary(findings)).toEqual(['return-exceeds-paid Utbetalinger!C3']);
  });
});
