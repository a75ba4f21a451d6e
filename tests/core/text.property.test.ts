/**
 * The shortcuts that let a big table skip `normalize` must answer exactly as normalising would, for any
 * text: a sum word or not, and a memoised normalize equal to the plain computation.
 */
import fc from 'fast-check';
import { isAllDigits, isOneOf, mayStartWithOneOf, normalize } from '../../src/core/text';

/** Text weighted towards what decides the answers: spaces of every kind, the dropped marks, sum words. */
const texty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({
    unit: fc.constantFrom(
      ' ',
      '\u00a0',
      '\u202f',
      '\t',
      '\n',
      '.',
      ',',
      ';',
      ':',
      '\u037e',
      'S',
      'u',
      'm',
      'I',
      'a',
      'l',
      't',
      'x',
      '\u0301',
    ),
  }),
  // Latin-1, which normalize only lower-cases when it is plain: letters, signs, the odd spaces and controls.
  fc.string({
    unit: fc.constantFrom(
      ' ',
      '  ',
      'A',
      'z',
      'Æ',
      'ø',
      'Å',
      'É',
      'ß',
      'µ',
      'ÿ',
      '\u0085',
      '\u00a0',
      '\u00ad',
      '.',
      ':',
      '-',
      '7',
      '\u007f',
    ),
  }),
  fc.constantFrom(
    '',
    ' ',
    '.',
    ' Sum ',
    'I alt',
    'TOTALT',
    ' total: ',
    ':Sum',
    ';i alt',
    '\u037eSum',
    'Su\u0301m',
    's\u0323um',
  ),
);

/** normalize without the memo, as text.ts defines it. */
const plainNormalize = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .replace(/^[.,;:]+|[.,;:]+$/g, '');

describe('normalize shortcuts', () => {
  it('isOneOf(t, words) is words.includes(normalize(t))', () => {
    const words = ['sum', 'i alt', 'totalt', 'total'];
    fc.assert(
      fc.property(texty, (text) => isOneOf(text, words) === words.includes(normalize(text))),
      { numRuns: 2000 },
    );
  });

  it('mayStartWithOneOf(t, words) never rules out a text whose normalized form starts with a word', () => {
    const words = ['sum', 'i alt', 'totalt', 'total'];
    fc.assert(
      fc.property(texty, (text) =>
        words.some((word) => normalize(text).startsWith(word)) ? mayStartWithOneOf(text, words) : true,
      ),
      { numRuns: 2000 },
    );
  });

  it('isAllDigits(t) is /^\\d+$/.test(t)', () => {
    const digity = fc.oneof(
      texty,
      fc.string({ unit: fc.constantFrom('0', '5', '9', '/', ':', ' ', '٣', '\uff11') }),
    );
    fc.assert(
      fc.property(digity, (text) => isAllDigits(text) === /^\d+$/.test(text)),
      { numRuns: 2000 },
    );
  });

  it('the memoised normalize answers as the plain one, asked once or many times', () => {
    fc.assert(
      fc.property(fc.array(texty, { maxLength: 20 }), (texts) =>
        [...texts, ...texts].every((text) => normalize(text) === plainNormalize(text)),
      ),
      { numRuns: 500 },
    );
  });
});
