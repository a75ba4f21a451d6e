import fc from 'fast-check';
import {
  formatKroner,
  formatRate,
  parseAmount,
  parseNumber,
  parseRate,
  parseShare,
} from '../../src/core/money';
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

const parsers = { parseAmount, parseNumber, parseRate, parseShare };

describe.each(Object.entries(parsers))('%s never throws', (_name, parse) => {
  test('on any string, number, boolean, null or error cell, and answers with a valid shape', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const result = parse(cell);
        if (result.kind === 'number') return Number.isFinite(result.value);
        if (result.kind === 'ambiguous')
          return Number.isFinite(result.asPercent) && Number.isFinite(result.asFraction);
        return result.kind === 'empty' || (result.kind === 'invalid' && typeof result.text === 'string');
      }),
      { numRuns: 1000 },
    );
  });
});

/** A rate in thousandths of a percent (−99,999 % … 999,999 %), so every value is an exact short decimal. */
const percentArb = fc.integer({ min: -99_999, max: 999_999 }).map((milli) => milli / 1000);
const nb = (n: number) => String(n).replace('.', ',').replace('-', '\u2212');

describe('parseRate: one reading of a typed rate', () => {
  test('with a percent sign it is percent, however it is spaced or separated', () => {
    fc.assert(
      fc.property(percentArb, fc.constantFrom(' %', '%', '\u00a0%', ' prosent', ' pst'), (percent, sign) => {
        const fraction = Number(`${percent}e-2`);
        for (const typed of [`${nb(percent)}${sign}`, `${percent}${sign}`]) {
          expect(parseRate(typed)).toEqual({ kind: 'number', value: fraction, fromText: true });
        }
      }),
      { numRuns: 500 },
    );
  });

  test('a bare typed fraction under 0,1 is that fraction; from 0,1 up it is refused with both readings', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -999_999, max: 999_999 }).map((n) => n / 100_000),
        (bare) => {
          for (const typed of [nb(bare), String(bare)]) {
            const parsed = parseRate(typed);
            if (Math.abs(bare) < 0.1) expect(parsed).toEqual({ kind: 'number', value: bare, fromText: true });
            else
              expect(parsed).toEqual({
                kind: 'ambiguous',
                text: typed,
                asPercent: Number(`${bare}e-2`),
                asFraction: bare,
              });
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  test('a number from Excel is the fraction Excel stores, and from 1 up in size it is refused', () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), (number) => {
        const parsed = parseRate(number);
        expect(parsed.kind).toBe(Math.abs(number) < 1 ? 'number' : 'ambiguous');
        if (parsed.kind === 'number') expect(parsed.value).toBe(number);
      }),
      { numRuns: 500 },
    );
  });

  test('formatRate writes what parseRate reads back, in both languages', () => {
    fc.assert(
      fc.property(percentArb, fc.constantFrom('nb' as const, 'en' as const), (percent, lang) => {
        const fraction = Number(`${percent}e-2`);
        expect(parseRate(formatRate(fraction, lang))).toMatchObject({ kind: 'number', value: fraction });
      }),
      { numRuns: 500 },
    );
  });
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
