/**
 * Core numbers benchmark: parsing typed amounts, allocation, goal curves and frames. Prints the median of
 * several runs; asserts nothing. Run alone with `npx tsx bench/core-numbers.ts`.
 */
import { performance } from 'node:perf_hooks';
import { allocate, frames } from '../src/core/allocation';
import { goalCurve } from '../src/core/goals';
import { parseAmount } from '../src/core/money';
import { defaultPlan } from '../src/core/plan';

const RUNS = 7;

function median(run: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

const typed = [
  '1 410 000',
  '1\u00a0410\u00a0000',
  'kr 70 000,-',
  '2,5 mill',
  '(70 000)',
  'abc',
  640000,
  null,
];
const cells = Array.from({ length: 100_000 }, (_, i) => typed[i % typed.length]);

const cases: [string, number, () => void][] = [
  ['parseAmount, cells', cells.length, () => cells.forEach(parseAmount)],
  [
    'allocate 9 MNOK over 12 weights, unit 100 000',
    10_000,
    () => {
      for (let i = 0; i < 10_000; i++)
        allocate(9_000_000 + i, [70, 30, 5, 1, 2, 3, 4, 5, 6, 7, 8, 9], { unit: 100_000 });
    },
  ],
  [
    'goalCurve 200 years, final rounding',
    1_000,
    () => {
      for (let i = 0; i < 1_000; i++) goalCurve(12928 + i, 0.005, 2012, 2212, 'final');
    },
  ],
  [
    'frames of the default plan',
    10_000,
    () => {
      for (let i = 0; i < 10_000; i++) frames(defaultPlan);
    },
  ],
];

export async function benchCoreNumbers(): Promise<void> {
  for (const [name, count, run] of cases) {
    const ms = median(run);
    console.log(
      `${name}: ${ms.toFixed(1)} ms for ${count} (${Math.round((count / ms) * 1000).toLocaleString('en')}/s)`,
    );
  }
}

if (require.main === module) void benchCoreNumbers();
