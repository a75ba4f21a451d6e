/** Shared by the payment rules: the payments table's rows with the project each one is for. */
import { formatDate } from '../dates';
import { projectKey, type PaymentField, type PaymentRow, type PaymentTable } from '../payments';
import type { Bilingual } from '../messages';
import type { ProjectRow, ProjectTable } from '../types';
import type { Report } from './types';

export interface PaymentOf {
  payment: PaymentRow;
  /** The project row with that number; undefined when there is none. */
  project?: ProjectRow;
}

/** Each payment row with its project (by project number, case and spaces aside). */
export function paymentsWithProjects(
  table: ProjectTable,
): { payments: PaymentTable; rows: PaymentOf[] } | undefined {
  const payments = table.payments;
  if (!payments) return undefined;
  const byId = new Map<string, ProjectRow>();
  for (const row of table.rows)
    if (row.id !== undefined && !byId.has(projectKey(row.id))) byId.set(projectKey(row.id), row);
  const rows = payments.rows.map((payment) => ({
    payment,
    project: payment.projectId === undefined ? undefined : byId.get(projectKey(payment.projectId)),
  }));
  return { payments, rows };
}

/** A finding at a payment row's cell of `field` (its first cell when the column is missing). */
export function atPayment<Id extends string>(
  report: Report<Id>,
  payments: PaymentTable,
  payment: PaymentRow,
  field: PaymentField,
  id: Id,
  data?: Parameters<Report<Id>['at']>[3],
) {
  const cell = payment.cells[field] ?? Object.values(payment.cells)[0] ?? `A${payment.row}`;
  return report.at(payments.sheet, cell, id, data, payment.row);
}

/** «2012-05» (in English "2012-05") for a project number, with the project's name when known. */
export function projectLabel(payment: PaymentRow, project?: ProjectRow): Bilingual {
  const id = payment.projectId ?? '';
  const suffix = project?.name ? ` (${project.name})` : '';
  return { nb: `«${id}»${suffix}`, en: `"${id}"${suffix}` };
}

export function dateText(payment: PaymentRow): string {
  return payment.date ? formatDate(payment.date) : '';
}
