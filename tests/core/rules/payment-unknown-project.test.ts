import { check, summary } from './paymentCases';

describe('payment-unknown-project', () => {
  it('a payment for an unknown project number (case and spaces aside is the same number)', () => {
    const findings = check(
      [{ id: 'P-1' }],
      [
        [' p-1 ', '01.03.2013', 10_000, 'Delutbetaling'],
        ['P-9', '01.03.2013', 10_000, 'Delutbetaling'],
      ],
    );
    expect(summary(findings)).toEqual(['payment-unknown-project Utbetalinger!A3']);
    expect(findings[0]?.message).toMatch(/«P-9»/);
  });
});
