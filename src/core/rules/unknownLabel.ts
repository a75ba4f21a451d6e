/**
 * A rule for a column that takes one of a few labels (Kategori, Status): the value could not be read, so say
 * what was typed, suggest the near miss when there is one, else list the labels. Never a silent guess.
 */
import { isBlank } from '../cells';
import type { Bilingual } from '../messages';
import type { CellValue, Finding, ProjectField, Severity } from '../types';
import { quotedList, typed } from './helpers';
import { defineRule, type Rule } from './types';

export interface LabelRuleSpec<Id extends string> {
  id: Id;
  name: Bilingual;
  severity: Severity;
  description: Bilingual;
  field: Extract<ProjectField, 'category' | 'status'>;
  labels: Record<string, { nb: string }>;
  match: (raw: CellValue) => { suggestion?: string };
  /** "kategori" / "category". */
  noun: Bilingual;
  /** Said after the list of labels, e.g. how an empty cell is read. */
  listTail?: Bilingual;
}

export function labelRule<const Id extends string>(spec: LabelRuleSpec<Id>): Rule<Id> {
  const labels = quotedList(Object.values(spec.labels).map((label) => label.nb));
  const tail = spec.listTail ?? { nb: '', en: '' };
  return defineRule({
    id: spec.id,
    name: spec.name,
    severity: spec.severity,
    description: spec.description,
    messages: {
      nearMiss: {
        nb: '«{value}» er ikke en {noun} — mente du «{suggestion}»?',
        en: '"{value}" is not a {noun} — did you mean "{suggestion}"?',
      },
      unknown: {
        nb: '«{value}» er ikke en {noun} — bruk {labels}{tail}.',
        en: '"{value}" is not a {noun} — use {labels}{tail}.',
      },
    },
    find({ table }, report) {
      const findings: Finding[] = [];
      for (const row of table.rows) {
        const raw = row.raw[spec.field];
        if (row[spec.field] !== undefined || raw === undefined || isBlank(raw)) continue;
        const { suggestion } = spec.match(raw);
        const data = { value: typed(raw), noun: spec.noun };
        findings.push(
          suggestion
            ? report.row(table, row, spec.field, 'nearMiss', { ...data, suggestion })
            : report.row(table, row, spec.field, 'unknown', { ...data, labels, tail }),
        );
      }
      return findings;
    },
  });
}
