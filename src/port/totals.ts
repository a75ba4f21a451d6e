/**
 * Which of the other sheets a read hands on for the sum checks: those that may hold a total — a text with
 * a total word in it (Sum, I alt, Totalt, Total) or a totalling formula. A cheap first look that both ports
 * make the same way; core's rules decide what really is a total (app/check's `hasSumLabel`).
 */
import { isTotalFormula } from '../core/sumBlocks';
import type { CellValue, Grid } from '../core/types';

const TOTAL_WORD = /sum|alt|total/i;

export function mayHoldTotals(
  values: Iterable<CellValue>,
  formulas: Iterable<string | undefined> = [],
): boolean {
  for (const value of values) if (typeof value === 'string' && TOTAL_WORD.test(value)) return true;
  for (const formula of formulas) if (isTotalFormula(formula)) return true;
  return false;
}

/** `mayHoldTotals` over a grid already read (its values, and its formulas when the port read them). */
export function gridMayHoldTotals(grid: Grid): boolean {
  return mayHoldTotals(grid.values.flat(), (grid.formulas ?? []).flat());
}
