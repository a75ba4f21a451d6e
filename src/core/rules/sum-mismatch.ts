import { a1 } from '../cells';
import { joinBilingual, type Bilingual } from '../messages';
import { formatNumber } from '../money';
import { sumMismatches, type CellRef } from '../sumBlocks';
import type { Finding, Grid } from '../types';
import { defineRule } from './types';

/** A number in each language's style (1 234,5 / 1 234.5). */
const show = (n: number): Bilingual => ({ nb: formatNumber(n, 4), en: formatNumber(n, 4, 'en') });

function address(grid: Grid, cell: CellRef): string {
  return a1(grid.top + cell.row, grid.left + cell.column);
}

/** «D3:D19» for a run of cells, else the cells listed (shortened when long). */
function partsText(grid: Grid, parts: CellRef[]): string {
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  const run =
    parts.every((p, i) => p.column === first.column && p.row === first.row + i) ||
    parts.every((p, i) => p.row === first.row && p.column === first.column + i);
  if (run && parts.length >= 2) return `${address(grid, first)}:${address(grid, last)}`;
  const names = parts.map((p) => address(grid, p));
  return names.length <= 6
    ? names.join(', ')
    : `${names.slice(0, 3).join(', ')} … ${names[names.length - 1]}`;
}

export const rule = defineRule({
  id: 'sum-mismatch',
  name: { nb: 'Summen stemmer ikke', en: 'Sum does not add up' },
  severity: 'error',
  description: {
    nb: 'En Sum-, I alt- eller Totalt-celle stemmer ikke med tallene den skal summere.',
    en: 'A Sum, I alt or Totalt cell does not match the numbers it should add up.',
  },
  messages: {
    totalOff: {
      nb: 'Summen i {cell} viser {found}, men både raden og kolonnen summerer til {likely} — rett summen til {likely}.',
      en: 'The total in {cell} shows {found}, but both its row and its column add up to {likely} — correct it to {likely}.',
    },
    partOff: {
      nb: '«{found}» i {cell} passer ikke med summene: {sums}. Trolig skal det stå {likely} — da stemmer summene.',
      en: '"{found}" in {cell} does not fit the sums: {sums}. It should probably be {likely} — then the sums agree.',
    },
    columnSum: {
      nb: 'kolonnen summerer til {expected}, men {total} viser {found}',
      en: 'the column adds up to {expected}, but {total} shows {found}',
    },
    rowSum: {
      nb: 'raden summerer til {expected}, men {total} viser {found}',
      en: 'the row adds up to {expected}, but {total} shows {found}',
    },
    measureRows: {
      nb: 'radene «{measure}» over ({cells})',
      en: 'the "{measure}" rows above ({cells})',
    },
    sumOff: {
      nb: '«{label}» i {cell} viser {found}, men {parts} summerer til {expected} — rett summen, eller tallet som er feil.',
      en: '"{label}" in {cell} shows {found}, but {parts} add up to {expected} — correct the sum, or the number that is wrong.',
    },
  },
  find({ sheets = [] }, report) {
    const findings: Finding[] = [];
    for (const grid of sheets) {
      for (const mismatch of sumMismatches(grid)) {
        if (mismatch.kind === 'part') {
          const cell = address(grid, mismatch.cell);
          const found = show(mismatch.found);
          const likely = show(mismatch.likely);
          if (mismatch.checks.every((check) => address(grid, check.total) === cell)) {
            findings.push(report.at(grid.sheet, cell, 'totalOff', { cell, found, likely }));
            continue;
          }
          const sums = mismatch.checks.map((check) =>
            report.text(check.direction === 'down' ? 'columnSum' : 'rowSum', {
              expected: show(check.expected),
              total: address(grid, check.total),
              found: show(check.found),
            }),
          );
          findings.push(
            report.at(grid.sheet, cell, 'partOff', { found, cell, sums: joinBilingual(sums, '; '), likely }),
          );
          continue;
        }
        const { check } = mismatch;
        const cell = address(grid, check.total);
        const cells = partsText(grid, check.parts);
        findings.push(
          report.at(grid.sheet, cell, 'sumOff', {
            label: check.label.trim(),
            cell,
            found: show(check.found),
            parts: check.measure ? report.text('measureRows', { measure: check.measure, cells }) : cells,
            expected: show(check.expected),
          }),
        );
      }
    }
    return findings;
  },
});
