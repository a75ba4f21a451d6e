import fc from 'fast-check';
import { formatKroner, parseAmount, parseNumber, parsePercentText, parseRate } from '../../src/core/money';
import type { CellValue } from '../../src/core/types';

/** Anything a cell can hold, with Norwegian number-ish text weighted in so the parsers' corners get hit. */
const numberish = fc.stringMatching(
  /^[-−(]?\s?(kr\.? )?[0-9 .,\u00a0\u202f]{0,14}( ?(mill|kr|%|,-|tkr))?\)?$/,
);
const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  numberish,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.record({ error: fc.constantFrom('#REF!', '#VALUE!', '#DIV/0!', '#N/A', '#NUM!', '#NAME?') }),
);

const parsers = { parseAmount, parseNumber, parseRate };

describe.each(Object.entries(parsers))('%s never throws', (_name, parse) => {
  test('on any string, number, boolean, null or error cell, and answers with a valid shape', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const result = parse(cell);
        if (result.kind === 'number') return Number.isFinite(result.value);
        return result.kind === 'empty' || (result.kind === 'invalid' && typeof result.text === 'string');
      }),
      { numRuns: 1000 },
    );
  });
});

test('parsePercentText never throws on any string', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string(), numberish), (text) =>
      ['empty', 'number', 'invalid'].includes(parsePercentText(text).kind),
    ),
    { numRuns: 500 },
  );
});

test('parseAmount gives whole kroner or invalid, never a fraction', () => {
  fc.assert(
    fc.property(anyCell, (cell) => {
      const result = parseAmount(cell);
      return result.kind !== 'number' || Number.isSafeInteger(result.value);
    }),
    { numRuns: 500 },
  );
});

test('formatKroner → parseAmount round-trips every safe integer', () => {
  fc.assert(
    fc.property(
      fc.maxSafeInteger().map((n) => (n === 0 ? 0 : n)),
      (n) => {
        const parsed = parseAmount(formatKroner(n));
        expect(parsed).toEqual({ kind: 'number', value: n, fromText: true });
      },
    ),
    { numRuns: 1000 },
  );
});

test('an amount typed with any of the usual separators reads back the same', () => {
  const separators = [' ', '\u00a0', '\u202f', '.'];
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.constantFrom(...separators), (n, separator) => {
      const grouped = String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
      expect(parseAmount(`kr ${grouped},-`)).toMatchObject({ value: n });
      expect(parseAmount(`-${grouped} kr`)).toMatchObject({ value: n === 0 ? 0 : -n });
    }),
    { numRuns: 500 },
  );
});
