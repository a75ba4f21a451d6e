/** Plain-text tables for the terminal: columns padded, numbers right-aligned the Norwegian way. */
import { messageIn } from '../core/messages';
import { formatKroner, formatNumber } from '../core/money';
import type { CellValue, Finding } from '../core/types';
import { quoteSheet } from '../port/addresses';
import type { Lang } from './messages';

export type Align = 'left' | 'right';

/**
 * Characters a terminal acts on instead of showing: C0 and C1 controls, DEL, the line and paragraph
 * separators and the bidirectional overrides. A cell can hold any of them (`_x001B_` in the file is ESC), and
 * printed raw they could clear the screen, set the window title or forge a line such as «0 feil».
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeControl(ch: string): string {
  const code = ch.charCodeAt(0);
  return (
    NAMED[ch] ??
    (code < 0x100
      ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
      : `\\u${code.toString(16).toUpperCase()}`)
  );
}

/**
 * Text as the terminal may show it: every control character written as an escape (`\x1B`, `\n`, `\u202E`).
 * Everything the CLI prints in text mode that a workbook or the command line supplied goes through here.
 */
export function printable(text: string): string {
  return text.replace(CONTROL, escapeControl);
}

/** Rows of text as columns; `align` per column (default: right when every body cell looks like a number). */
export function renderTable(rawRows: string[][], align?: Align[]): string {
  const rows = rawRows.map((row) => row.map(printable));
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

/**
 * JSON escapes C0 controls itself; the rest of what `printable` escapes is written as \uXXXX too (they can only
 * stand inside strings, so the JSON stays the same value), so piping --json to a terminal is safe as well.
 */
export function json(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Where a finding is, as the user would type it: `Prosjekter!H7`, `'Ark 1'!B2`. */
export const place = (f: Pick<Finding, 'sheet' | 'cell'>): string =>
  printable(`${quoteSheet(f.sheet)}!${f.cell}`);

/** One finding as a line of text: place (padded to `width`), message in `lang`, rule id. */
export function findingLine(f: Finding, lang: Lang, width: number): string {
  return `  ${place(f).padEnd(width)}  ${printable(messageIn(lang, f))}  [${printable(f.rule)}]`;
}

/** One finding as `--json` prints it (docs/cli.md): where, which rule, how severe, the message in `lang`. */
export function findingJson(f: Finding, lang: Lang) {
  return {
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    cell: f.cell,
    row: f.row ?? null,
    message: messageIn(lang, f),
  };
}
