/**
 * Whatever a project table holds — 1E+308, NaN, Infinity, «NaN», 400 digits, 2,5 companies — the reader
 * keeps every sum a finite whole number: absurd values are refused (and reported), never added.
 */
import fc from 'fast-check';
import { followUp } from '../../src/core/followUp';
import { defaultPlan } from '../../src/core/plan';
import {
  AMOUNT_LIMIT,
  COUNT_LIMIT,
  plausibleAmount,
  plausibleCount,
  plausibleValue,
  readAmount,
  readCount,
} from '../../src/core/plausible';
import { fieldCell, readProjectTable } from '../../src/core/projects';
import { runRules } from '../../src/core/rules';
import { summarize } from '../../src/core/summary';
import type { CellValue } from '../../src/core/types';
import { projectGrid } from './rules/ruleTester';

const numberCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.integer({ min: -2_000_000, max: 2_000_000 }),
  fc.double(),
  fc.constantFrom(
    1e308,
    -1e308,
    Number.MAX_VALUE,
    Number.MAX_SAFE_INTEGER,
    2 ** 53 + 2,
    5_000_000_001,
    2.5,
    -0,
  ),
  fc.constantFrom(
    'NaN',
    'Infinity',
    '1e308',
    '9'.repeat(400),
    '1 000 000 000 000 000 000',
    '2,5',
    '2,5 mill',
    '−5',
    '',
  ),
  fc.string({ maxLength: 12 }),
  fc.constant(null),
);

const rowSpec = fc.record({
  granted: numberCell,
  paidAtApproval: numberCell,
  paidAtCompletion: numberCell,
  newJobs: numberCell,
  securedJobs: numberCell,
  newCompanies: numberCell,
  leveragedFunding: numberCell,
  category: fc.constantFrom('Forstudie', 'Forprosjekt', 'Hovedprosjekt'),
  year: fc.constantFrom(2011, 2012, 2013, 2014, 2015),
  status: fc.constantFrom('Aktiv', 'Avsluttet', 'Trukket', null),
});

function numbersIn(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => numbersIn(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => numbersIn(v, out));
  return out;
}

describe('sums stay finite whole numbers, whatever the cells hold', () => {
  it('the quick reading of a cell is the reading’s value, for every cell', () => {
    fc.assert(
      fc.property(numberCell, (cell) => {
        expect(plausibleAmount(cell)).toBe(plausibleValue(readAmount(cell)));
        expect(plausibleCount(cell)).toBe(plausibleValue(readCount(cell)));
      }),
      { numRuns: 2000 },
    );
  });

  it('summary, follow-up and every rule over project rows of arbitrary numbers', () => {
    fc.assert(
      fc.property(fc.array(rowSpec, { maxLength: 12 }), (specs) => {
        const table = readProjectTable(projectGrid(specs), defaultPlan);
        for (const row of table.rows) {
          for (const field of [
            'granted',
            'paidAtApproval',
            'paidAtCompletion',
            'leveragedFunding',
          ] as const) {
            const value = row[field];
            if (value !== undefined)
              expect(Number.isSafeInteger(value) && Math.abs(value) <= AMOUNT_LIMIT).toBe(true);
          }
          for (const field of ['newJobs', 'securedJobs', 'newCompanies'] as const) {
            const value = row[field];
            if (value !== undefined)
              expect(Number.isSafeInteger(value) && Math.abs(value) <= COUNT_LIMIT).toBe(true);
          }
        }
        for (const n of numbersIn(summarize(table.rows))) expect(Number.isSafeInteger(n)).toBe(true);
        for (const n of numbersIn(followUp(table.rows, defaultPlan, { year: 2014, month: 6, day: 1 }))) expect(Number.isFinite(n)).toBe(true);
        expect(() => runRules({ plan: defaultPlan, table })).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('a refused value is reported: every amount or count not used has an invalid-number finding', () => {
    fc.assert(
      fc.property(fc.array(rowSpec, { minLength: 1, maxLength: 6 }), (specs) => {
        const table = readProjectTable(projectGrid(specs), defaultPlan);
        const flagged = new Set(
          runRules({ plan: defaultPlan, table }, ['invalid-number']).map((f) => f.cell),
        );
        for (const row of table.rows) {
          for (const [field, read] of [
            ['granted', readAmount],
            ['leveragedFunding', readAmount],
            ['newCompanies', readCount],
          ] as const) {
            const reading = read(row.raw[field]);
            if (reading.kind !== 'number' && reading.kind !== 'empty')
              expect(flagged.has(fieldCell(table, row, field) as string)).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
