/** Small shared pieces for the rules: blank cells, showing what was typed, and building findings. */
import { netPaid } from '../payments';
import { a1 } from '../cells';
import { formatNumber } from '../money';
import { CANONICAL_HEADERS, fieldCell } from '../projects';
import { quoted, quotedList, type Bilingual, type Lang } from '../messages';
import { isActive } from '../summary';
import type { CellValue, Plan, ProjectField, ProjectRow, ProjectTable } from '../types';

/** What the user sees in the cell, for quoting in a message. */
export function shown(value: CellValue | undefined, lang: Lang = 'nb'): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' && !(Math.abs(value) < 1e15)) return scientific(value, lang);
  if (typeof value === 'number') return lang === 'nb' ? formatNumber(value, 10) : String(value);
  if (typeof value === 'boolean')
    return lang === 'nb' ? (value ? 'SANN' : 'USANN') : value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') return value.error;
  return value.trim();
}

/** 1e308 as Excel's General format shows it, «1E+308» (decimal comma in bokmål), not 309 digits. */
function scientific(value: number, lang: Lang): string {
  if (!Number.isFinite(value)) return String(value);
  const [mantissa = '', exponent = ''] = value.toExponential().split('e');
  const sign = exponent.startsWith('-') ? '-' : '+';
  return `${lang === 'nb' ? mantissa.replace('.', ',') : mantissa}E${sign}${exponent.replace(/^[-+]/, '')}`;
}

/** What the user typed, as each language shows it (SANN/TRUE, 1,5/1.5), for a message's data. */
export function typed(value: CellValue | undefined): Bilingual {
  return { nb: shown(value), en: shown(value, 'en') };
}

/** « «Name»» / ' "Name"' to follow "Prosjektet"/"Project", or nothing when the row has no name. */
export function quotedName(name: string | undefined): Bilingual {
  const q = quoted(name ?? '');
  return name ? { nb: ` ${q.nb}`, en: ` ${q.en}` } : { nb: '', en: '' };
}

export { quotedList };

/** The rules' "1 410 000 kr" is money.ts's. */
export { kr } from '../money';

export const FIELD_LABELS_EN: Record<ProjectField, string> = {
  id: 'Project no.',
  name: 'Project',
  applicant: 'Applicant',
  orgNo: 'Org. no.',
  area: 'Focus area',
  category: 'Category',
  year: 'Year',
  granted: 'Granted',
  paidAtApproval: 'Paid at approval',
  paidAtCompletion: 'Paid at completion',
  status: 'Status',
  newJobs: 'New jobs',
  securedJobs: 'Secured jobs',
  newCompanies: 'New companies',
  leveragedFunding: 'Leveraged funding',
  grantDate: 'Grant date',
  otherDeMinimis: 'Other de minimis aid (NOK)',
  group: 'Group',
  aidBasis: 'Aid basis',
};

export function fieldLabel(field: ProjectField, lang: Lang = 'nb'): string {
  return lang === 'nb' ? CANONICAL_HEADERS[field] : FIELD_LABELS_EN[field];
}

/** A field's name in both languages, for a message's data. */
export function fieldLabels(field: ProjectField): Bilingual {
  return FIELD_NAMES[field];
}
// Made once: the number rules ask for a label for every numeric cell of a big table.
const FIELD_NAMES = Object.fromEntries(
  (Object.keys(CANONICAL_HEADERS) as ProjectField[]).map((field) => [
    field,
    Object.freeze({ nb: CANONICAL_HEADERS[field], en: FIELD_LABELS_EN[field] }),
  ]),
) as Record<ProjectField, Bilingual>;

/** The header cell of a field's column (or, when the column is missing, the first free header cell). */
export function headerCell(table: ProjectTable, field: ProjectField): string {
  const index = table.mapping[field];
  if (index !== undefined) return a1(table.headerRow, table.left + index);
  const used = Object.values(table.mapping).filter((n): n is number => n !== undefined);
  return a1(table.headerRow, table.left + (used.length ? Math.max(...used) + 1 : 0));
}

/** The cell of `field` on a row; falls back to the first cell of the row when the column is missing. */
export function rowCell(table: ProjectTable, row: ProjectRow, field: ProjectField): string {
  return fieldCell(table, row, field) ?? a1(row.row, table.left);
}

/**
 * What a row takes from the frames, as the follow-up counts it: the grant while the project is active;
 * for closed and withdrawn projects only what was paid, since the unpaid rest is freed and goes back to
 * the frame. A table without payment columns cannot say what was paid: then the grant counts.
 */
export function usedAmount(row: ProjectRow): number {
  // Most rows are active: asked first, it spares them the look at the payment columns.
  if (isActive(row)) return row.granted ?? 0;
  const paymentsKnown =
    'paidAtApproval' in row.raw || 'paidAtCompletion' in row.raw || row.returned !== undefined;
  return paymentsKnown ? netPaid(row) : (row.granted ?? 0);
}

export function inPeriod(plan: Plan, year: number | undefined): year is number {
  return year !== undefined && year >= plan.period.from && year <= plan.period.to;
}

export function periodText(from: number, to: number): string {
  return from === to ? String(from) : `${from}–${to}`;
}

/** The row whose amount takes the running total past `limit` (rows in the order given), with the totals. */
export function firstCrossing(
  rows: readonly ProjectRow[],
  limit: number,
): { row: ProjectRow; reached: number; total: number } | undefined {
  let running = 0;
  let crossing: { row: ProjectRow; reached: number } | undefined;
  for (const row of rows) {
    running += usedAmount(row);
    if (!crossing && running > limit) crossing = { row, reached: running };
  }
  return crossing && { ...crossing, total: running };
}

/** The numeric fields of a project row and how each is read. */
export const NUMBER_FIELDS: { field: ProjectField; kind: 'amount' | 'count' | 'year' }[] = [
  { field: 'year', kind: 'year' },
  { field: 'granted', kind: 'amount' },
  { field: 'paidAtApproval', kind: 'amount' },
  { field: 'paidAtCompletion', kind: 'amount' },
  { field: 'newJobs', kind: 'count' },
  { field: 'securedJobs', kind: 'count' },
  { field: 'newCompanies', kind: 'count' },
  { field: 'leveragedFunding', kind: 'amount' },
];
