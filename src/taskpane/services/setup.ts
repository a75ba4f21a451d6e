/** The setup panel's column mapping: which header each field reads, and what is wrong with a choice. */
import { CANONICAL_HEADERS, FIELD_ORDER, REQUIRED_FIELDS } from '../../core/projects';
import type { ColumnMapping, ProjectField } from '../../core/types';

export interface MappingProblems {
  missing: ProjectField[];
  /** Columns chosen for more than one field. */
  duplicates: number[];
}

export function mappingProblems(mapping: ColumnMapping): MappingProblems {
  const missing = REQUIRED_FIELDS.filter((field) => mapping[field] === undefined);
  const counts = new Map<number, number>();
  for (const column of Object.values(mapping)) {
    if (column !== undefined) counts.set(column, (counts.get(column) ?? 0) + 1);
  }
  const duplicates = [...counts.entries()].filter(([, n]) => n > 1).map(([column]) => column);
  return { missing, duplicates };
}

/**
 * The fields a user has to look at: a required field without a column, a column chosen for two fields, and
 * an optional field without a column while some column is not used by any field (it may be that one). The
 * rest were matched by their headers and need nothing; Oppsett folds them away.
 */
export function fieldsNeedingDecision(mapping: ColumnMapping, headers: string[]): ProjectField[] {
  const { missing, duplicates } = mappingProblems(mapping);
  const used = new Set(Object.values(mapping));
  const freeColumn = headers.some((header, column) => header !== '' && !used.has(column));
  return FIELD_ORDER.filter((field) => {
    const column = mapping[field];
    if (column === undefined) return missing.includes(field) || freeColumn;
    return duplicates.includes(column);
  });
}

export function withColumn(
  mapping: ColumnMapping,
  field: ProjectField,
  column: number | undefined,
): ColumnMapping {
  const next: ColumnMapping = { ...mapping };
  if (column === undefined) delete next[field];
  else next[field] = column;
  return next;
}

export function sameMapping(a: ColumnMapping, b: ColumnMapping): boolean {
  return FIELD_ORDER.every((field) => a[field] === b[field]);
}

export const FIELDS = FIELD_ORDER.map((field) => ({
  field,
  header: CANONICAL_HEADERS[field],
  required: REQUIRED_FIELDS.includes(field),
}));
