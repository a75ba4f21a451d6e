import { check, summary } from './paymentCases';

describe('payment-above-granted', () => {
  it('a clean set of payments gives no finding', () => {
    expect(
      check(
        [{ id: 'A', granted: 100_000, status: 'Avsluttet' }],
        [
          ['A', '01.03.2013', 60_000, 'Delutbetaling', 'B-1'],
          ['A', '01.09.2013', 40_000, 'Sluttutbetaling', 'B-2'],
        ],
      ),
    ).toEqual([]);
  });

  it('paid above granted: at the payment that crosses the grant, once', () => {
    const findings = check(
      [{ id: 'A', granted: 100_000, status: 'Avsluttet' }],
      [
        ['A', '01.03.2013', 60_000, 'Delutbetaling'],
        ['A', '01.06.2013', 50_000, 'Delutbetaling'],
        ['A', '01.09.2013', 10_000, 'Sluttutbetaling'],
      ],
    );
    expect(summary(findings)).toEqual(['payment-above-granted Utbetalinger!C3']);
    expect(findings[0]?.message).toMatch(/110\s000 kr netto, 10\s000 kr mer enn bevilget 100\s000 kr/);
    expect(findings[0]?.messageEn).toMatch(/10\s000 kr more than the 100\s000 kr granted/);
  });

  it('a return brings the net back under the grant', () => {
    expect(
      check(
        [{ id: 'A', granted: 100_000, status: 'Avsluttet' }],
        [
          ['A', '01.03.2013', 100_000, 'Delutbetaling'],
          ['A', '01.06.2013', 20_000, 'Tilbakebetaling'],
          ['A', '01.09.2013', 20_000, 'Sluttutbetaling'],
        ],
      ),
    ).toEqual([]);
  });
});
