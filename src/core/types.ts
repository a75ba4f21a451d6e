/**
 * Shared domain types. Pure data: every room (core, ports, functions, pane, CLI) speaks these.
 * Money is whole kroner as integers; years are calendar years; rates are fractions (0.01 = 1 %).
 */

/** An Excel error value as a cell holds it (`#REF!`, `#DIV/0!`, `#N/A` …). */
export interface CellError {
  error: string;
}

/** What a port reads from one cell. Dates arrive as Excel serial numbers. */
export type CellValue = string | number | boolean | null | CellError;

/** A rectangle of cells read from a sheet, with where it sits so findings can name cells in A1. */
export interface Grid {
  sheet: string;
  /** 1-based sheet row of values[0]. */
  top: number;
  /** 1-based sheet column of values[r][0]. */
  left: number;
  values: CellValue[][];
  /** Excel number format per cell, same shape as values ('@' is Text). Optional. */
  numberFormats?: string[][];
}

export type Severity = 'error' | 'warning' | 'info';

export type RuleId =
  | 'required-field'
  | 'invalid-number'
  | 'number-as-text'
  | 'unknown-area'
  | 'unknown-category'
  | 'unknown-status'
  | 'duplicate-id'
  | 'zero-grant'
  | 'year-outside-plan'
  | 'paid-exceeds-granted'
  | 'completion-payment-while-active'
  | 'closed-without-results'
  | 'area-frame-exceeded'
  | 'annual-frame-exceeded'
  | 'period-frame-exceeded'
  | 'split-off-target'
  | 'cofunding-below-share'
  | 'de-minimis-exceeded'
  | 'summary-mismatch'
  | 'sum-mismatch';

/** One thing wrong (or worth knowing), pinned to a cell, said in bokmål and English. */
export interface Finding {
  rule: RuleId | string;
  severity: Severity;
  sheet: string;
  /** A1 address on `sheet`, e.g. "H7". */
  cell: string;
  /** 1-based sheet row, when the finding is about a project row. */
  row?: number;
  message: string;
  messageEn: string;
}

export type Rounding = 'yearly' | 'none' | 'final';
export type Category = 'prestudy' | 'preproject' | 'mainProject';
export type Status = 'active' | 'closed' | 'withdrawn';
