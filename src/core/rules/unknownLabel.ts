/**
 * A rule for a column that takes one of a few labels (Kategori, Status): the value could not be read, so say
 * what was typed, suggest the near miss when there is one, else list the labels. Never a silent guess.
 */
import type { CellValue, Finding, ProjectField, RuleId, Severity } from '../types';
import { isBlank, rowFinding, shown } from './helpers';
import type { Rule } from './types';

export interface LabelRuleSpec {
  id: RuleId;
  severity: Severity;
  description: { nb: string; en: string };
  field: Extract<ProjectField, 'category' | 'status'>;
  labels: Record<string, { nb: string }>;
  match: (raw: CellValue) => { suggestion?: string };
  /** "kategori" / "category". */
  noun: { nb: string; en: string };
  /** Said after the list of labels, e.g. how an empty cell is read. */
  listTail?: { nb: string; en: string };
}

export function labelRule(spec: LabelRuleSpec): Rule {
  const labels = Object.values(spec.labels)
    .map((label) => `«${label.nb}»`)
    .join(', ');
  const tail = spec.listTail ?? { nb: '', en: '' };
  const rule: Rule = {
    id: spec.id,
    severity: spec.severity,
    description: spec.description,
    check({ table }) {
      const findings: Finding[] = [];
      for (const row of table.rows) {
        const raw = row.raw[spec.field];
        if (row[spec.field] !== undefined || raw === undefined || isBlank(raw)) continue;
        const { suggestion } = spec.match(raw);
        const [nb, en] = suggestion
          ? [
              `«${shown(raw)}» er ikke en ${spec.noun.nb} — mente du «${suggestion}»?`,
              `«${shown(raw, 'en')}» is not a ${spec.noun.en} — did you mean «${suggestion}»?`,
            ]
          : [
              `«${shown(raw)}» er ikke en ${spec.noun.nb} — bruk ${labels}${tail.nb}.`,
              `«${shown(raw, 'en')}» is not a ${spec.noun.en} — use ${labels}${tail.en}.`,
            ];
        findings.push(rowFinding(rule, table, row, spec.field, nb, en));
      }
      return findings;
    },
  };
  return rule;
}
