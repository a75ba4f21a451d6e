import { check, summary } from './paymentCases';

describe('payment-unreadable', () => {
  it('rows that cannot be read are said, with the cell', () => {
    const findings = check(
      [{ id: 'A' }],
      [
        ['A', 'i går', 'mye', 'Forskudd?'],
        [null, '01.03.2013', -5, 'Delutbetaling'],
      ],
    );
    expect(summary(findings)).toEqual([
      'payment-unreadable Utbetalinger!B2',
      'payment-unreadable Utbetalinger!C2',
      'payment-unreadable Utbetalinger!D2',
      'payment-unreadable Utbetalinger!A3',
      'payment-unreadable Utbetalinger!C3',
    ]);
  });
});
