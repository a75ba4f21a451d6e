/**
 * Each rule's short name, for a column or a heading where the description is too long: what the findings
 * sheet shows first (the id, which never changes, goes in its last column). The name is part of the rule's
 * definition (`defineRule({ id, name, … })`); this looks it up by id across both registries.
 */
import { assessmentRules } from '../assessment/rules';
import type { Bilingual } from '../messages';
import { allRules } from '.';

/** The rule's name; for an id no registry knows, the id. */
export function ruleName(rule: string): Bilingual {
  const known = [...allRules, ...assessmentRules].find((r) => r.id === rule);
  return known?.name ?? { nb: rule, en: rule };
}
