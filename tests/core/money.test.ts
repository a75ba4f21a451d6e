import {
  formatKroner,
  formatNumber,
  formatPercent,
  parseAmount,
  parseNumber,
  parseRate,
  parseShare,
  rateProblem,
  sharePercents,
} from '../../src/core/money';
import type { CellValue } from '../../src/core/types';

const NBSP = '\u00a0';
const NARROW_NBSP = '\u202f';

describe('parseAmount reads what people type in Norway', () => {
  test.each<[string, CellValue, number]>([
    ['plain digits', '1410000', 1_410_000],
    ['space groups', '1 410 000', 1_410_000],
    ['nbsp groups (Excel nb-NO)', `1${NBSP}410${NBSP}000`, 1_410_000],
    ['narrow nbsp groups', `1${NARROW_NBSP}410${NARROW_NBSP}000`, 1_410_000],
    ['dot groups', '1.410.000', 1_410_000],
    ['trailing kr', '1 410 000 kr', 1_410_000],
    ['kr before and ,- after', 'kr 70 000,-', 70_000],
    ['kr. with dot groups', 'kr. 1.410.000,-', 1_410_000],
    ['NOK prefix', 'NOK 950 000', 950_000],
    ['millions', '2,5 mill', 2_500_000],
    ['millions with kr', '2,5 mill. kr', 2_500_000],
    ['MNOK', '1,2 MNOK', 1_200_000],
    ['millioner', '4,4 millioner', 4_400_000],
    ['thousands', '1 410 tkr', 1_410_000],
    ['1,1 mill is exact, not 1100000.0000000002', '1,1 mill', 1_100_000],
    ['hyphen minus', '-70 000', -70_000],
    ['minus sign U+2212', '\u221270 000', -70_000],
    ['en dash', '\u2013 70 000', -70_000],
    ['accounting parentheses', '(70 000)', -70_000],
    ['parentheses around kr', '(kr 70 000)', -70_000],
    ['surrounding spaces', `  ${NBSP}640 000 `, 640_000],
    ['øre rounded half away from zero', '70 000,50', 70_001],
    ['number cell', 4_400_000, 4_400_000],
    ['number cell with øre', 1234.4, 1234],
    ['negative number cell', -0.5, -1],
  ])('%s: %j → %d', (_label, input, expected) => {
    expect(parseAmount(input)).toEqual({
      kind: 'number',
      value: expected,
      fromText: typeof input === 'string',
    });
  });

  test.each<[string, CellValue]>([
    ['letters', 'abc'],
    ['two decimal commas', '1,2,3'],
    ['bad groups', '12 34'],
    ['mixed group separators', '1 410.000'],
    ['sign twice', '--70 000'],
    ['sign and parentheses', '-(70 000)'],
    ['only currency', 'kr'],
    ['a dash for zero is not guessed', '-'],
    ['error cell', { error: '#REF!' }],
    ['boolean', true],
    ['NaN', Number.NaN],
    ['beyond 2^53', 2 ** 60],
    ['exponent notation', '1e6'],
  ])('rejects %s', (_label, input) => {
    expect(parseAmount(input).kind).toBe('invalid');
  });

  test('keeps what was typed so a finding can quote it', () => {
    expect(parseAmount('#REF!')).toEqual({ kind: 'invalid', text: '#REF!' });
    expect(parseAmount({ error: '#DIV/0!' })).toEqual({ kind: 'invalid', text: '#DIV/0!' });
    expect(parseAmount(false)).toEqual({ kind: 'invalid', text: 'FALSE' });
  });

  test.each<[CellValue]>([[null], [''], ['   '], [NBSP]])('empty cell %j is empty, not 0', (input) => {
    expect(parseAmount(input)).toEqual({ kind: 'empty' });
  });
});

describe('parseNumber', () => {
  test.each<[CellValue, number]>([
    ['2,5', 2.5],
    ['1 234,5', 1234.5],
    ['2013', 2013],
    [',5', 0.5],
    ['0.005', 0.005],
    ['1.5', 1.5],
    ['1.410', 1410],
    ['\u22123', -3],
    [12, 12],
  ])('%j → %d', (input, expected) => {
    expect(parseNumber(input)).toMatchObject({ kind: 'number', value: expected });
  });

  test.each<[CellValue]>([['abc'], ['1,2,3'], ['12 kr'], ['5 %'], [{ error: '#N/A' }], [true]])(
    'rejects %j',
    (input) => {
      expect(parseNumber(input).kind).toBe('invalid');
    },
  );
});

describe('parseRate gives fractions', () => {
  test.each<[CellValue, number]>([
    ['0,005', 0.005],
    ['0.005', 0.005],
    [0.005, 0.005],
    ['0,5 %', 0.005],
    ['0.5%', 0.005],
    ['1 %', 0.01],
    ['1,1 %', 0.011],
    ['0,5 prosent', 0.005],
    ['50 %', 0.5],
    ['-0,5 %', -0.005],
    ['−0,005', -0.005],
    ['0', 0],
    // A number from Excel has been through its percent convention: 50 % is stored as 0,5.
    [0.5, 0.5],
    [-0.2, -0.2],
  ])('%j → %d', (input, expected) => {
    expect(parseRate(input)).toMatchObject({ kind: 'number', value: expected });
  });

  test.each<[CellValue, number, number]>([
    ['0,5', 0.005, 0.5],
    ['0.5', 0.005, 0.5],
    ['1', 0.01, 1],
    ['0,1', 0.001, 0.1],
    ['-2', -0.02, -2],
    [1, 0.01, 1],
    [1.1, 0.011, 1.1],
  ])('a bare %j could mean two things: refused with both readings', (input, asPercent, asFraction) => {
    expect(parseRate(input)).toEqual({ kind: 'ambiguous', text: String(input), asPercent, asFraction });
  });

  test.each<[CellValue]>([['abc'], ['%'], ['1,2,3 %'], [{ error: '#VALUE!' }], [true]])(
    'rejects %j',
    (input) => {
      expect(parseRate(input).kind).toBe('invalid');
    },
  );

  test('the message for an ambiguous rate shows both readings, in each language’s own style', () => {
    const parse = parseRate('0,5');
    if (parse.kind !== 'ambiguous') throw new Error('expected ambiguous');
    const { nb: message, en: messageEn } = rateProblem(parse, { nb: '--vekst', en: '--rate' });
    expect(message).toBe(
      `«0,5» for --vekst kan bety 0,5${NBSP}% eller 50${NBSP}% — mente du «0,5${NBSP}%» eller «50${NBSP}%»? Skriv prosenttegnet.`,
    );
    expect(messageEn).toBe(
      `"0,5" for --rate could mean 0.5${NBSP}% or 50${NBSP}% — did you mean "0.5${NBSP}%" or "50${NBSP}%"? Type the percent sign.`,
    );
  });
});

describe('parseShare reads a share as typed', () => {
  test.each<[CellValue, number, boolean]>([
    ['70', 70, false],
    ['70 %', 70, true],
    ['70%', 70, true],
    ['66,7 %', 66.7, true],
    ['0,7', 0.7, false],
    [0.7, 0.7, false],
    [70, 70, false],
  ])('%j → %d (percent sign: %s)', (input, value, percentSign) => {
    expect(parseShare(input)).toMatchObject({ kind: 'number', value, percentSign });
  });

  test('rejects what is not a share', () => {
    expect(parseShare('mye').kind).toBe('invalid');
    expect(parseShare('').kind).toBe('empty');
  });

  test('a list of fractions (Excel’s 70 % and 30 %) is scaled to percent; anything else is percent already', () => {
    const share = (value: number, percentSign = false) => ({ value, percentSign });
    expect(sharePercents([share(0.7), share(0.3)])).toEqual([70, 30]);
    expect(sharePercents([share(0.6), share(0.3)])).toEqual([60, 30]);
    expect(sharePercents([share(70), share(30)])).toEqual([70, 30]);
    expect(sharePercents([share(0.7, true), share(0.3, true)])).toEqual([0.7, 0.3]);
    expect(sharePercents([share(1), share(1), share(1)])).toEqual([1, 1, 1]);
  });
});

describe('formatting for nb-NO', () => {
  test('kroner are grouped with nbsp and use the minus sign', () => {
    expect(formatKroner(4_400_000)).toBe(`4${NBSP}400${NBSP}000`);
    expect(formatKroner(-70_000)).toBe(`\u221270${NBSP}000`);
    expect(formatKroner(999)).toBe('999');
  });

  test('numbers and percents use the decimal comma', () => {
    expect(formatNumber(1234.5, 1)).toBe(`1${NBSP}234,5`);
    expect(formatNumber(1234.5)).toBe(`1${NBSP}235`);
    expect(formatPercent(0.7)).toBe(`70,0${NBSP}%`);
    expect(formatPercent(0.005, 2)).toBe(`0,50${NBSP}%`);
  });
});
