import { check, summary } from './paymentCases';

describe('payment-on-withdrawn', () => {
  it('a payment on a withdrawn project (a return is fine)', () => {
    const findings = check(
      [{ id: 'A', granted: 100_000, status: 'Trukket' }],
      [
        ['A', '01.03.2013', 30_000, 'Delutbetaling'],
        ['A', '01.06.2013', 30_000, 'Tilbakebetaling'],
      ],
    );
    expect(summary(findings)).toEqual(['payment-on-withdrawn Utbetalinger!C2']);
    expect(findings[0]?.message).toMatch(/Trukket.*30\s000 kr \(01\.03\.2013\)/);
  });
});
