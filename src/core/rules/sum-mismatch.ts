import { a1 } from '../cells';
import { formatNumber } from '../money';
import { sumMismatches, type CellRef, type SumCheck } from '../sumBlocks';
import type { Finding, Grid } from '../types';
import { finding } from './helpers';
import type { Rule } from './types';

const show = (n: number) => formatNumber(n, 4);

function address(grid: Grid, cell: CellRef): string {
  return a1(grid.top + cell.row, grid.left + cell.column);
}

/** «D3:D19» for a run of cells, else the cells listed (shortened when long). */
function partsText(grid: Grid, parts: CellRef[]): string {
  const first = parts[0];
  const last = parts[parts.length - 1];
  const run =
    parts.every((p, i) => p.column === first.column && p.row === first.row + i) ||
    parts.every((p, i) => p.row === first.row && p.column === first.column + i);
  if (run && parts.length > 2) return `${address(grid, first)}:${address(grid, last)}`;
  const names = parts.map((p) => address(grid, p));
  return names.length <= 6
    ? names.join(', ')
    : `${names.slice(0, 3).join(', ')} … ${names[names.length - 1]}`;
}

function whatAdds(grid: Grid, check: SumCheck): { nb: string; en: string } {
  const cells = partsText(grid, check.parts);
  if (check.measure) {
    return {
      nb: `radene «${check.measure}» over (${cells})`,
      en: `the «${check.measure}» rows above (${cells})`,
    };
  }
  return { nb: cells, en: cells };
}

export const rule: Rule = {
  id: 'sum-mismatch',
  severity: 'error',
  description: {
    nb: 'En Sum-, I alt- eller Totalt-celle stemmer ikke med tallene den skal summere.',
    en: 'A Sum, I alt or Totalt cell does not match the numbers it should add up.',
  },
  check({ sheets = [] }) {
    const findings: Finding[] = [];
    for (const grid of sheets) {
      for (const mismatch of sumMismatches(grid)) {
        if (mismatch.kind === 'part') {
          const cell = address(grid, mismatch.cell);
          const sums = mismatch.checks.map((check) => ({
            nb: `${check.direction === 'down' ? 'kolonnen' : 'raden'} gir ${show(check.expected)} mot ${show(check.found)} i ${address(grid, check.total)}`,
            en: `the ${check.direction === 'down' ? 'column' : 'row'} gives ${show(check.expected)} against ${show(check.found)} in ${address(grid, check.total)}`,
          }));
          findings.push(
            finding(
              rule,
              grid.sheet,
              cell,
              `«${show(mismatch.found)}» i ${cell} passer ikke med summene: ${sums.map((s) => s.nb).join(', og ')}. Trolig skal det stå ${show(mismatch.likely)} — da stemmer alle summene.`,
              `«${show(mismatch.found)}» in ${cell} does not fit the sums: ${sums.map((s) => s.en).join(', and ')}. It should probably be ${show(mismatch.likely)} — then every sum agrees.`,
            ),
          );
          continue;
        }
        const { check } = mismatch;
        const cell = address(grid, check.total);
        const parts = whatAdds(grid, check);
        findings.push(
          finding(
            rule,
            grid.sheet,
            cell,
            `«${check.label.trim()}» i ${cell} viser ${show(check.found)}, men ${parts.nb} summerer til ${show(check.expected)} (${show(check.found - check.expected)} i avvik) — rett summen eller tallet som er feil.`,
            `«${check.label.trim()}» in ${cell} shows ${show(check.found)}, but ${parts.en} add up to ${show(check.expected)} (off by ${show(check.found - check.expected)}) — correct the sum or the number that is wrong.`,
          ),
        );
      }
    }
    return findings;
  },
};
