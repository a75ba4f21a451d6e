import { check, summary } from './paymentCases';

describe('final-payment-while-active', () => {
  it('a final payment while the project is active points at the payment and names the status cell', () => {
    const findings = check([{ id: 'A', status: 'Aktiv' }], [['A', '01.09.2013', 30_000, 'Sluttutbetaling']]);
    expect(summary(findings)).toEqual(['final-payment-while-active Utbetalinger!D2']);
    expect(findings[0]?.message).toMatch(/Prosjekter!K2/);
  });
});
