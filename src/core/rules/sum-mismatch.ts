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
  if (run && parts.length >= 2) return `${address(grid, first)}:${address(grid, last)}`;
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
          const likely = show(mismatch.likely);
          const isTotal = mismatch.checks.every((check) => address(grid, check.total) === cell);
          if (isTotal) {
            findings.push(
              finding(
                rule,
                grid.sheet,
                cell,
                `Summen i ${cell} viser ${show(mismatch.found)}, men både raden og kolonnen summerer til ${likely} — rett summen til ${likely}.`,
                `The total in ${cell} shows ${show(mismatch.found)}, but both its row and its column add up to ${likely} — correct it to ${likely}.`,
              ),
            );
            continue;
          }
          const sums = mismatch.checks.map((check) => {
            const total = address(grid, check.total);
            return check.direction === 'down'
              ? {
                  nb: `kolonnen summerer til ${show(check.expected)}, men ${total} viser ${show(check.found)}`,
                  en: `the column adds up to ${show(check.expected)}, but ${total} shows ${show(check.found)}`,
                }
              : {
                  nb: `raden summerer til ${show(check.expected)}, men ${total} viser ${show(check.found)}`,
                  en: `the row adds up to ${show(check.expected)}, but ${total} shows ${show(check.found)}`,
                };
          });
          findings.push(
            finding(
              rule,
              grid.sheet,
              cell,
              `«${show(mismatch.found)}» i ${cell} passer ikke med summene: ${sums.map((s) => s.nb).join('; ')}. Trolig skal det stå ${likely} — da stemmer summene.`,
              `«${show(mismatch.found)}» in ${cell} does not fit the sums: ${sums.map((s) => s.en).join('; ')}. It should probably be ${likely} — then the sums agree.`,
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
            `«${check.label.trim()}» i ${cell} viser ${show(check.found)}, men ${parts.nb} summerer til ${show(check.expected)} — rett summen, eller tallet som er feil.`,
            `«${check.label.trim()}» in ${cell} shows ${show(check.found)}, but ${parts.en} add up to ${show(check.expected)} — correct the sum, or the number that is wrong.`,
          ),
        );
      }
    }
    return findings;
  },
};
