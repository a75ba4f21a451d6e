/** Plain-text tables for the terminal: columns padded, numbers right-aligned the Norwegian way. */
import { formatKroner, formatNumber } from '../core/money';
import type { CellValue } from '../core/types';

export type Align = 'left' | 'right';

/** Rows of text as columns; `align` per column (default: right when every body cell looks like a number). */
export function renderTable(rows: string[][], align?: Align[]): string {
  const width = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: width }, (_, c) =>
    Math.max(0, ...rows.map((row) => (row[c] ?? '').length)),
  );
  const aligns =
    align ??
    widths.map((_, c) =>
      rows.slice(1).every((row) => (row[c] ?? '') === '' || /^[\d\s\u00a0\u2212−,.%-]+$/.test(row[c] ?? ''))
        ? 'right'
        : 'left',
    );
  return rows
    .map((row) =>
      widths
        .map((w, c) => {
          const cell = row[c] ?? '';
          return aligns[c] === 'right' ? cell.padStart(w) : cell.padEnd(w);
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** A cell the way Excel would show it in a nb-NO workbook. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number')
    return Number.isInteger(value) ? formatKroner(value) : formatNumber(value, 4);
  if (typeof value === 'boolean') return value ? 'SANN' : 'USANN';
  if (typeof value === 'object') return value.error;
  return value;
}

export function kroner(n: number | null | undefined): string {
  return n === null || n === undefined ? '–' : formatKroner(n);
}

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
