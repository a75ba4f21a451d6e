import { check, summary } from './paymentCases';

describe('second-final-payment', () => {
  it('a second final payment', () => {
    const findings = check(
      [{ id: 'A', granted: 100_000, status: 'Avsluttet' }],
      [
        ['A', '01.03.2013', 30_000, 'Sluttutbetaling'],
        ['A', '01.06.2013', 30_000, 'Sluttutbetaling'],
      ],
    );
    expect(summary(findings)).toEqual(['second-final-payment Utbetalinger!D3']);
    expect(findings[0]?.message).toMatch(/rad 2/);
  });
});
