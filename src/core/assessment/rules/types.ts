import type { Criterion } from '../criteria';
import type { ApplicationTable } from '../applications';
import type { Finding, Plan, ProjectTable, Severity } from '../../types';

export type AssessmentRuleId =
  | 'score-out-of-range'
  | 'missing-score'
  | 'support-share-exceeded'
  | 'category-amount-unusual'
  | 'applicant-de-minimis';

/** What an assessment rule may look at. Pure: same context, same findings. */
export interface AssessmentContext {
  plan: Plan;
  criteria: readonly Criterion[];
  applications: ApplicationTable;
  /** The project table, when the workbook has one: grants so far, per category and applicant. */
  projects: ProjectTable | null;
}

/** The same shape as the project rules (src/core/rules/types.ts), over applications. */
export interface AssessmentRule {
  id: AssessmentRuleId;
  severity: Severity;
  description: { nb: string; en: string };
  check(ctx: AssessmentContext): Finding[];
}
