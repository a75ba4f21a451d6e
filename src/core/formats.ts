/**
 * The number formats Omstilling writes, and how a spreadsheet shows a value in them.
 *
 * Format codes are invariant: Office.js `Range.numberFormat` and the .xlsx file both take the en-US code,
 * in which `,` between digit placeholders asks for the reader's digit grouping and `.` for the reader's
 * decimal separator; every other character is shown as it stands. So `#,##0` shows 6 300 000 in Norwegian
 * Excel and 6,300,000 in English Excel, while `# ##0` shows "6300 000" everywhere (the space is a literal
 * between the first placeholder and the last three) and −50 as "- 50". Microsoft: "Number format codes"
 * (support.microsoft.com, "Review guidelines for customizing a number format") and Range.numberFormat
 * ("the format code in the English language"). LibreOffice Calc renders the same codes the same way
 * (tests/interop/libreoffice.test.ts checks this module against it).
 *
 * Shares are fractions (0.7) shown with `0 %`: the space before % is a literal, written on purpose — it is
 * the Norwegian way to write 70 % (Språkrådet), and the sheets we write are Norwegian. Excel shows `0%` as
 * "70%" in every language; we want "70 %".
 */
import type { Lang } from './messages';
import type { CellValue } from './types';

/** The codes we write. Nothing else in src/ spells a format code. */
export const FORMATS = {
  general: 'General',
  /** What Excel keeps as typed: strings are written with it so "2011-01" never turns into a date. */
  text: '@',
  /** Whole kroner, grouped by the reader's locale. */
  kroner: '#,##0',
  /** A difference in kroner or people, with its sign: +63, -50, 0. */
  signed: '+#,##0;-#,##0;0',
  /** A fraction shown as whole percent: 0.7 → "70 %". */
  share: '0 %',
  /** A fraction shown as percent with one decimal: 0.255 → "25,5 %". */
  shareTenths: '0.0 %',
  /** A calendar year: never grouped (2013, not 2 013). */
  year: '0',
  /** A score with one decimal. */
  score: '0.0',
  /** A count of things (jobs, rows): whole and grouped. */
  count: '#,##0',
  /** A date the same in every locale, and sortable. */
  date: 'yyyy-mm-dd',
  /** Date and time the same in every locale, and sortable. */
  dateTime: 'yyyy-mm-dd hh:mm',
} as const;

export type FormatName = keyof typeof FORMATS;

/**
 * What a column of a sheet we write holds. A format name sets the column's number format; 'id' is an
 * internal key (a rule id, a goal id): text, shown as secondary and kept as the last column.
 */
export type ColumnKind = FormatName | 'id';
export type FormatCode = (typeof FORMATS)[FormatName];

/** What Excel on Windows uses for nb-NO and en-US: a no-break space groups Norwegian digits. */
const LOCALES: Record<Lang, { group: string; decimal: string; yes: string; no: string }> = {
  nb: { group: '\u00a0', decimal: ',', yes: 'SANN', no: 'USANN' },
  en: { group: ',', decimal: '.', yes: 'TRUE', no: 'FALSE' },
};

type Token =
  | { kind: 'digit'; char: '0' | '#' | '?' }
  | { kind: 'point' }
  | { kind: 'comma' }
  | { kind: 'percent' }
  | { kind: 'literal'; text: string };

/** Splits a code into its sections at `;` outside quotes, escapes and brackets. */
function sections(code: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === '\\') {
      current += ch + (code[i + 1] ?? '');
      i++;
      continue;
    }
    if (!quoted && ch === ';') {
      out.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  out.push(current);
  return out;
}

function tokenize(section: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < section.length; i++) {
    const ch = section[i]!;
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      tokens.push({ kind: 'literal', text: section.slice(i + 1, stop) });
      i = stop;
    } else if (ch === '\\') {
      tokens.push({ kind: 'literal', text: section[i + 1] ?? '' });
      i++;
    } else if (ch === '_') {
      // Space as wide as the next character.
      tokens.push({ kind: 'literal', text: ' ' });
      i++;
    } else if (ch === '*') {
      // Repeat-to-fill: a cell of fixed width is not what we render; drop it.
      i++;
    } else if (ch === '[') {
      // Colours and conditions.
      const end = section.indexOf(']', i);
      i = end < 0 ? section.length : end;
    } else if (ch === '0' || ch === '#' || ch === '?') tokens.push({ kind: 'digit', char: ch });
    else if (ch === '.') tokens.push({ kind: 'point' });
    else if (ch === ',') tokens.push({ kind: 'comma' });
    else if (ch === '%') tokens.push({ kind: 'percent' });
    else tokens.push({ kind: 'literal', text: ch });
  }
  return tokens;
}

const DATE_PART = /yy|m|d|h|s/i;

function isDateSection(section: string): boolean {
  const bare = section.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  return DATE_PART.test(bare) && !/[0#?]/.test(bare.replace(/(?:ss|s)\.0+/gi, ''));
}

/** `value` rounded half away from zero to `decimals`, as integer and fraction digit strings (no sign). */
function roundedDigits(value: number, decimals: number): { int: string; frac: string } {
  // Excel keeps 15 significant digits; rounding the decimal string (not the binary value) shows 1.005 as 1.01.
  const precise = Math.abs(value).toPrecision(15);
  if (/e/i.test(precise)) {
    const fixed = Math.abs(value).toFixed(Math.min(decimals, 100));
    const [int = '', frac = ''] = fixed.split('.');
    return { int, frac };
  }
  const [int = '', frac = ''] = precise.split('.');
  const padded = frac.padEnd(decimals + 1, '0');
  let digits = int + padded.slice(0, decimals);
  if (Number(padded[decimals]) >= 5) {
    const chars = digits.split('');
    let i = chars.length - 1;
    while (i >= 0) {
      if (chars[i] === '9') {
        chars[i] = '0';
        i--;
      } else {
        chars[i] = String(Number(chars[i]) + 1);
        break;
      }
    }
    digits = (i < 0 ? '1' : '') + chars.join('');
  }
  const intLength = digits.length - decimals;
  return { int: digits.slice(0, intLength).replace(/^0+(?=\d)/, ''), frac: digits.slice(intLength) };
}

function formatNumberSection(value: number, section: string, locale: Lang, sign: boolean): string {
  const { group, decimal } = LOCALES[locale];
  const tokens = tokenize(section);
  const point = tokens.findIndex((t) => t.kind === 'point');
  const intTokens = point < 0 ? tokens : tokens.slice(0, point);
  const fracTokens = point < 0 ? [] : tokens.slice(point + 1);
  const intDigits = intTokens.filter((t) => t.kind === 'digit');
  const fracDigits = fracTokens.filter((t) => t.kind === 'digit');
  if (intDigits.length === 0 && fracDigits.length === 0) {
    // No placeholder at all: the section is literal text (e.g. "-" for zero).
    return (
      (sign ? '-' : '') +
      tokens.map((t) => (t.kind === 'literal' ? t.text : t.kind === 'percent' ? '%' : '')).join('')
    );
  }

  // A comma between integer placeholders groups; commas right after the last placeholder divide by 1000.
  const lastIntDigit = intTokens.reduce((at, t, i) => (t.kind === 'digit' ? i : at), -1);
  const firstIntDigit = intTokens.findIndex((t) => t.kind === 'digit');
  let grouping = false;
  let thousands = 0;
  intTokens.forEach((t, i) => {
    if (t.kind !== 'comma') return;
    if (i > firstIntDigit && i < lastIntDigit) grouping = true;
    else if (i > lastIntDigit && lastIntDigit >= 0) thousands += 1;
  });
  const percents = tokens.filter((t) => t.kind === 'percent').length;
  let scaled = value * 100 ** percents;
  if (thousands) scaled /= 1000 ** thousands;

  const { int, frac } = roundedDigits(scaled, fracDigits.length);
  const intText = int === '0' ? '' : int;

  // Integer placeholders are filled right to left; the leftmost takes every digit left over.
  const assigned: string[] = intDigits.map(() => '');
  let rest = intText;
  for (let p = intDigits.length - 1; p >= 0; p--) {
    if (p === 0) assigned[p] = rest;
    else {
      assigned[p] = rest.slice(-1);
      rest = rest.slice(0, -1);
    }
  }
  const pieces: { text: string; digits: number }[] = [];
  let placeholder = 0;
  for (const token of intTokens) {
    if (token.kind === 'digit') {
      const digits = assigned[placeholder++];
      const text = digits || (token.char === '0' ? '0' : token.char === '?' ? ' ' : '');
      pieces.push({ text, digits: /\d/.test(text) ? text.length : 0 });
    } else if (token.kind === 'literal') pieces.push({ text: token.text, digits: 0 });
    else if (token.kind === 'percent') pieces.push({ text: '%', digits: 0 });
  }
  let intOut = '';
  if (grouping) {
    let right = pieces.reduce((n, p) => n + p.digits, 0);
    for (const piece of pieces) {
      if (piece.digits === 0) {
        intOut += piece.text;
        continue;
      }
      for (const ch of piece.text) {
        intOut += ch;
        right -= 1;
        if (right > 0 && right % 3 === 0) intOut += group;
      }
    }
  } else intOut = pieces.map((p) => p.text).join('');

  let fracOut = '';
  if (point >= 0) {
    // Trailing '#' placeholders drop trailing zeros; '?' shows a space instead.
    const shown = fracDigits.map((t, i) => ({
      char: t.kind === 'digit' ? t.char : '0',
      digit: frac[i] ?? '0',
    }));
    for (let i = shown.length - 1; i >= 0 && shown[i]!.digit === '0' && shown[i]!.char !== '0'; i--) {
      shown[i]!.digit = shown[i]!.char === '?' ? ' ' : '';
    }
    let d = 0;
    fracOut = decimal;
    for (const token of fracTokens) {
      if (token.kind === 'digit') fracOut += shown[d++]!.digit;
      else if (token.kind === 'literal') fracOut += token.text;
      else if (token.kind === 'percent') fracOut += '%';
    }
  }
  return (sign ? '-' : '') + intOut + fracOut;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Dates and times: the parts our codes use (y, m, d, h, m, s), 1900 date system. */
function formatDateSection(serial: number, section: string): string {
  const ms = Math.round((serial - 25_569) * 86_400_000);
  const date = new Date(ms);
  const parts = section.replace(
    /"([^"]*)"|\\(.)|\[[^\]]*\]/g,
    (_, quoted, escaped) => quoted ?? escaped ?? '',
  );
  const tokens = parts.match(/yyyy|yy|mm|m|dd|d|hh|h|ss|s|[^ymdhs]+/gi) ?? [];
  return tokens
    .map((token, i) => {
      const lower = token.toLowerCase();
      const prev =
        tokens
          .slice(0, i)
          .reverse()
          .find((t) => /^[ymdhs]/i.test(t))
          ?.toLowerCase() ?? '';
      const next =
        tokens
          .slice(i + 1)
          .find((t) => /^[ymdhs]/i.test(t))
          ?.toLowerCase() ?? '';
      const minutes = prev.startsWith('h') || next.startsWith('s');
      switch (lower) {
        case 'yyyy':
          return String(date.getUTCFullYear());
        case 'yy':
          return pad(date.getUTCFullYear() % 100);
        case 'mm':
          return pad(minutes ? date.getUTCMinutes() : date.getUTCMonth() + 1);
        case 'm':
          return String(minutes ? date.getUTCMinutes() : date.getUTCMonth() + 1);
        case 'dd':
          return pad(date.getUTCDate());
        case 'd':
          return String(date.getUTCDate());
        case 'hh':
          return pad(date.getUTCHours());
        case 'h':
          return String(date.getUTCHours());
        case 'ss':
          return pad(date.getUTCSeconds());
        case 's':
          return String(date.getUTCSeconds());
        default:
          return token;
      }
    })
    .join('');
}

/** Excel's General: integers up to 11 digits as they are, else 10 significant digits; never grouped. */
function formatGeneral(value: number, locale: Lang): string {
  const text =
    Number.isInteger(value) && Math.abs(value) < 1e11
      ? String(value)
      : String(Number(value.toPrecision(10)))
          .replace(/e\+?/, 'E+')
          .replace('E+-', 'E-');
  return text.replace('.', LOCALES[locale].decimal);
}

/**
 * What a cell shows for `value` in format `code`, as Excel with that locale shows it (for the codes in
 * FORMATS exactly; other codes as well as this subset of Excel's rules allows: placeholders 0 # ?, grouping
 * and thousands commas, %, literals, quoted text, up to four sections, y/m/d/h/s dates). Never throws.
 */
export function formatValue(
  value: CellValue | undefined,
  code: string = FORMATS.general,
  locale: Lang = 'nb',
): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? LOCALES[locale].yes : LOCALES[locale].no;
  if (typeof value === 'object') return value.error;
  if (!Number.isFinite(value)) return '#NUM!';
  const parts = sections(code || FORMATS.general);
  const negative = value < 0;
  let section = parts[0]!;
  let sign = negative;
  if (negative && parts[1]) {
    section = parts[1];
    sign = false;
  } else if (value === 0 && parts[2]) section = parts[2];
  if (/^general$/i.test(section.trim()) || section.trim() === '' || section.trim() === '@') {
    return formatGeneral(value, locale);
  }
  if (isDateSection(section)) return formatDateSection(value, section);
  return formatNumberSection(negative ? -value : value, section, locale, sign);
}
