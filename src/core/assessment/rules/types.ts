import type { Criterion } from '../criteria';
import type { ApplicationTable } from '../applications';
import type { BoardLink } from '../board';
import type { Plan, ProjectTable } from '../../types';
import { ruleOver, type Rule } from '../../rules/types';

/** What an assessment rule may look at. Pure: same context, same findings. */
export interface AssessmentContext {
  plan: Plan;
  criteria: readonly Criterion[];
  applications: ApplicationTable;
  /** The project table, when the workbook has one: grants so far, per category and applicant. */
  projects: ProjectTable | null;
  /** The board's ties to companies (the Plan's `Styret`), for habilitet; none when the plan has no such table. */
  board?: readonly BoardLink[];
  /**
   * The meeting's year, for applications with neither År nor Tilsagnsdato (as the assessment places them):
   * the de minimis rules judge them in it, so a card and its warning never disagree.
   */
  year?: number;
}

/** The same shape as the project rules (src/core/rules/types.ts), over applications. */
export type AssessmentRule<Id extends string = string> = Rule<Id, AssessmentContext>;

export const defineAssessmentRule = ruleOver<AssessmentContext>();
