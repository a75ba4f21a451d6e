import { check, summary } from './paymentCases';

describe('payment-before-grant-year', () => {
  it('a payment dated before its grant year', () => {
    const findings = check([{ id: 'A', year: 2013 }], [['A', '31.12.2012', 30_000, 'Delutbetaling']]);
    expect(summary(findings)).toEqual(['payment-before-grant-year Utbetalinger!B2']);
    expect(findings[0]?.message).toMatch(/31\.12\.2012.*bevilget i 2013/);
  });
});
