import fc from 'fast-check';
import { FORMATS, formatValue } from '../../src/core/formats';
import { parseAmount } from '../../src/core/money';

const NBSP = '\u00a0';

describe('the format codes we write', () => {
  test('are invariant codes: no literal space where grouping is meant', () => {
    for (const code of Object.values(FORMATS)) expect(code).not.toMatch(/[#0] [#0]/);
    expect(FORMATS.kroner).toBe('#,##0');
  });
});

describe('formatValue shows what Excel shows', () => {
  test.each([
    // value, code, Norwegian Excel, English Excel
    [6_300_000, FORMATS.kroner, `6${NBSP}300${NBSP}000`, '6,300,000'],
    [4_400_000, FORMATS.kroner, `4${NBSP}400${NBSP}000`, '4,400,000'],
    [-50, FORMATS.kroner, '-50', '-50'],
    [0, FORMATS.kroner, '0', '0'],
    [999, FORMATS.kroner, '999', '999'],
    [1000, FORMATS.kroner, `1${NBSP}000`, '1,000'],
    [1_410_000.4, FORMATS.kroner, `1${NBSP}410${NBSP}000`, '1,410,000'],
    [63, FORMATS.signed, '+63', '+63'],
    [-50, FORMATS.signed, '-50', '-50'],
    [-1234, FORMATS.signed, `-1${NBSP}234`, '-1,234'],
    [0, FORMATS.signed, '0', '0'],
    [0.7, FORMATS.share, '70 %', '70 %'],
    [1 / 3, FORMATS.share, '33 %', '33 %'],
    [0.255, FORMATS.shareTenths, '25,5 %', '25.5 %'],
    [0.05, FORMATS.shareTenths, '5,0 %', '5.0 %'],
    [2013, FORMATS.year, '2013', '2013'],
    [3.25, FORMATS.score, '3,3', '3.3'],
    [4, FORMATS.score, '4,0', '4.0'],
    [1.005, '0.00', '1,01', '1.01'],
    [440000, FORMATS.general, '440000', '440000'],
    [2.5, FORMATS.general, '2,5', '2.5'],
    [45_413.5, FORMATS.dateTime, '2024-05-01 12:00', '2024-05-01 12:00'],
    [45_413, 'yyyy-mm-dd', '2024-05-01', '2024-05-01'],
  ])('%p in %p: nb %p, en %p', (value, code, nb, en) => {
    expect(formatValue(value, code, 'nb')).toBe(nb);
    expect(formatValue(value, code, 'en')).toBe(en);
  });

  test('a literal space is a literal: "# ##0" is what Excel shows for it, not grouping', () => {
    expect(formatValue(6_300_000, '# ##0')).toBe('6300 000');
    expect(formatValue(-50, '# ##0')).toBe('- 50');
    expect(formatValue(0.7, '0%', 'nb')).toBe('70%');
  });

  test('quoted text, escapes and sections', () => {
    expect(formatValue(5, '0" kr"')).toBe('5 kr');
    expect(formatValue(-5, '0;(0)')).toBe('(5)');
    expect(formatValue(0, '0;-0;"–"')).toBe('–');
    expect(formatValue(3, '0.##', 'en')).toBe('3.');
    expect(formatValue(2_500, '#,##0,', 'en')).toBe('3');
  });

  test('text, booleans, errors and empty cells', () => {
    expect(formatValue('=SUM(A1)', FORMATS.text)).toBe('=SUM(A1)');
    expect(formatValue('2011-01', FORMATS.kroner)).toBe('2011-01');
    expect(formatValue(true, FORMATS.general, 'nb')).toBe('SANN');
    expect(formatValue(false, FORMATS.general, 'en')).toBe('FALSE');
    expect(formatValue({ error: '#REF!' })).toBe('#REF!');
    expect(formatValue(null)).toBe('');
  });

  test('whole kroner shown with #,##0 read back to the same amount, in both locales', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (kroner) => {
        for (const locale of ['nb', 'en'] as const) {
          const shown = formatValue(kroner, FORMATS.kroner, locale);
          const digits = shown.replace(/[^\d-]/g, '');
          expect(Number(digits)).toBe(kroner);
          if (locale === 'nb') {
            const parsed = parseAmount(shown);
            expect(parsed).toMatchObject({ kind: 'number', value: kroner });
          }
        }
      }),
    );
  });
});
