/**
 * The user's tables the add-in makes when a workbook has none: `Prosjekter`, `Søknader`, `Utbetalinger`, with their
 * headers, a number format per column (on the table's first, empty row, so rows typed or appended take it)
 * and widths for what the columns will hold. After that the tables are the user's; the add-in only appends.
 */
import {
  APPLICATION_FIELDS,
  APPLICATION_HEADERS,
  type ApplicationField,
} from '../core/assessment/workbookNames';
import type { ColumnKind } from '../core/formats';
import { PAYMENT_COLUMNS, PAYMENT_HEADERS, type PaymentField } from '../core/payments';
import { CANONICAL_HEADERS, FIELD_ORDER } from '../core/projects';
import type { ProjectField } from '../core/types';
import { textWidth } from './layout';
import { APPLICATIONS, PAYMENTS, PROJECTS } from './names';

export interface UserTableSpec {
  /** The table's name, and the sheet's. */
  name: string;
  headers: string[];
  columns: ColumnKind[];
  /** Width in characters per column; long headers wrap. */
  widths: number[];
  /**
   * Lines the header row takes with its headers wrapped at these widths. Excel grows a row when its text
   * wraps; a file's row keeps the height it is given (LibreOffice does not grow it on opening), so the xlsx
   * port sets it.
   */
  headerLines: number;
}

/** What a column will hold, and how wide its values usually are (characters). */
type Column = [kind: ColumnKind, width: number];

/** The columns both tables have. */
const SHARED_COLUMNS = {
  name: ['text', 40],
  applicant: ['text', 28],
  orgNo: ['text', 12],
  area: ['text', 30],
  category: ['text', 15],
  year: ['year', 7],
  // State aid (statsstøtte): when it was granted, other de minimis aid, the group, the legal basis.
  grantDate: ['date', 11],
  otherDeMinimis: ['kroner', 12],
  group: ['text', 20],
  aidBasis: ['text', 16],
} satisfies Record<string, Column>;

const PROJECT_COLUMNS: Record<ProjectField, Column> = {
  id: ['text', 11],
  ...SHARED_COLUMNS,
  granted: ['kroner', 12],
  paidAtApproval: ['kroner', 12],
  paidAtCompletion: ['kroner', 12],
  status: ['text', 11],
  newJobs: ['count', 9],
  securedJobs: ['count', 9],
  newCompanies: ['count', 9],
  leveragedFunding: ['kroner', 12],
};

const APPLICATION_COLUMNS: Record<Exclude<ApplicationField, 'recommendation'>, Column> = {
  id: ['text', 10],
  ...SHARED_COLUMNS,
  applied: ['kroner', 12],
  totalBudget: ['kroner', 12],
  otherFunding: ['kroner', 12],
  expectedNewJobs: ['count', 10],
  expectedSecuredJobs: ['count', 10],
};

const PAYMENT_COLUMNS_KINDS: Record<PaymentField, Column> = {
  projectId: ['text', 11],
  date: ['date', 11],
  amount: ['kroner', 12],
  type: ['text', 16],
  voucher: ['text', 10],
  note: ['text', 40],
};

/** A score column: one decimal is enough, and the header (the criterion's name) wraps. */
const SCORE_COLUMN: Column = ['general', 8];

/** The column as wide as its values, and at least as its header's longest word (headers wrap at spaces). */
function width(header: string, [, values]: Column): number {
  const longestWord = Math.max(...header.split(/\s+/).map((word) => textWidth(word, true)));
  return Math.max(values, Math.ceil(longestWord) + 2);
}

/** Lines `header` takes wrapped at spaces in a column `chars` wide (the cell's padding left out). */
function linesOf(header: string, chars: number): number {
  const space = textWidth(' ', true);
  let lines = 1;
  let used = 0;
  for (const word of header.split(/\s+/)) {
    const wide = textWidth(word, true);
    if (used > 0 && used + space + wide > chars - 2) {
      lines += 1;
      used = wide;
    } else used += (used > 0 ? space : 0) + wide;
  }
  return lines;
}

function spec(name: string, columns: [header: string, column: Column][]): UserTableSpec {
  const widths = columns.map(([header, column]) => width(header, column));
  return {
    name,
    headers: columns.map(([header]) => header),
    columns: columns.map(([, [kind]]) => kind),
    widths,
    headerLines: Math.max(1, ...columns.map(([header], i) => linesOf(header, widths[i] ?? 0))),
  };
}

/** `Prosjekter` with the canonical headers. */
export function projectTableSpec(): UserTableSpec {
  return spec(
    PROJECTS,
    FIELD_ORDER.map((field) => [CANONICAL_HEADERS[field], PROJECT_COLUMNS[field]]),
  );
}

/** `Utbetalinger`: one row per payment (or repayment). */
export function paymentsTableSpec(): UserTableSpec {
  return spec(
    PAYMENTS,
    PAYMENT_COLUMNS.map((field) => [PAYMENT_HEADERS[field], PAYMENT_COLUMNS_KINDS[field]]),
  );
}

/** `Søknader`: the application headers the assessment reads, then one score column per criterion. */
export function applicationsTableSpec(criteria: readonly string[]): UserTableSpec {
  const fields = APPLICATION_FIELDS.filter(
    (f): f is keyof typeof APPLICATION_COLUMNS => f !== 'recommendation',
  );
  return spec(APPLICATIONS, [
    ...fields.map((field): [string, Column] => [APPLICATION_HEADERS[field], APPLICATION_COLUMNS[field]]),
    ...criteria.map((name): [string, Column] => [name, SCORE_COLUMN]),
  ]);
}
