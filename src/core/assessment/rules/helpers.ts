/** Building findings about one application, pinned to a cell of its row. */
import { a1 } from '../../cells';
import { normalize } from '../../text';
import type { Finding } from '../../types';
import type { ApplicationField, ApplicationRow, ApplicationTable } from '../applications';
import type { AssessmentRule } from './types';

export { kr } from '../../rules/helpers';

export function applicationFinding(
  rule: AssessmentRule,
  table: ApplicationTable,
  application: ApplicationRow,
  cell: string | undefined,
  message: string,
  messageEn: string,
): Finding {
  return {
    rule: rule.id,
    severity: rule.severity,
    sheet: table.sheet,
    cell: cell ?? a1(application.row, table.left),
    row: application.row,
    message,
    messageEn,
  };
}

export function fieldCell(application: ApplicationRow, field: ApplicationField): string | undefined {
  return application.cells[field];
}

/** One applicant: by organisation number when there is one, else by name. */
export function applicantKey(row: { orgNo?: string; applicant?: string }): string | undefined {
  const digits = (row.orgNo ?? '').replace(/\D/g, '');
  if (digits) return `org:${digits}`;
  const name = normalize(row.applicant ?? '');
  return name ? `name:${name}` : undefined;
}
