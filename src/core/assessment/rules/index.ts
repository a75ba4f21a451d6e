/**
 * The assessment rule registry, in catalogue order, and running them with the project rules' finding order.
 * A new rule: a file (defineAssessmentRule, src/core/assessment/rules/types.ts), one import and one line here.
 */
import { sortFindings } from '../../rules';
import type { Finding } from '../../types';
import { rule as applicantDeMinimis } from './applicant-de-minimis';
import { rule as applicationInvalidNumber } from './application-invalid-number';
import { rule as applicationInvalidOrgNumber } from './application-invalid-org-number';
import { rule as applicationRateMissing } from './exchange-rate-missing';
import { rule as boardMemberConflict } from './board-member-conflict';
import { rule as categoryAmountUnusual } from './category-amount-unusual';
import { rule as duplicateApplicationId } from './duplicate-application-id';
import { rule as missingScore } from './missing-score';
import { rule as scoreOutOfRange } from './score-out-of-range';
import { rule as supportShareExceeded } from './support-share-exceeded';
import type { AssessmentContext } from './types';

export { defineAssessmentRule, type AssessmentContext, type AssessmentRule } from './types';

export const assessmentRules = [
  applicationInvalidNumber,
  duplicateApplicationId,
  applicationInvalidOrgNumber,
  scoreOutOfRange,
  missingScore,
  supportShareExceeded,
  categoryAmountUnusual,
  applicantDeMinimis,
  applicationRateMissing,
  boardMemberConflict,
] as const;

/** The id of an assessment rule in the registry. */
export type AssessmentRuleId = (typeof assessmentRules)[number]['id'];

/** Every assessment rule (or only those named): error → warning → info, then sheet, row, column. */
export function runAssessmentRules(ctx: AssessmentContext, only?: AssessmentRuleId[]): Finding[] {
  const rules = only ? assessmentRules.filter((rule) => only.includes(rule.id)) : assessmentRules;
  return sortFindings(rules.flatMap((rule) => rule.check(ctx)));
}
