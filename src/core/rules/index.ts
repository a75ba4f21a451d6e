/**
 * The rule registry: every project-table rule, in catalogue order (the order the README's catalogue, the
 * check panel and equal findings follow). A new rule is a file of its own (src/core/rules/types.ts says how
 * to write one), one import and one line in `allRules` below, and a test file tests/core/rules/<id>.test.ts;
 * `npm run docs:rules` then regenerates the README's catalogue.
 */
import { parseA1 } from '../cells';
import type { Finding, Severity } from '../types';
import { rule as annualFrameExceeded } from './annual-frame-exceeded';
import { rule as areaFrameExceeded } from './area-frame-exceeded';
import { rule as closedWithoutResults } from './closed-without-results';
import { rule as cofundingBelowShare } from './cofunding-below-share';
import { rule as completionPaymentWhileActive } from './completion-payment-while-active';
import { rule as deMinimisExceeded } from './de-minimis-exceeded';
import { rule as duplicateId } from './duplicate-id';
import { rule as exchangeRateMissing } from './exchange-rate-missing';
import { rule as invalidNumber } from './invalid-number';
import { rule as invalidOrgNumber } from './invalid-org-number';
import { rule as nonCanonicalSpelling } from './non-canonical-spelling';
import { rule as paymentUnreadable } from './payment-unreadable';
import { rule as paymentUnknownProject } from './payment-unknown-project';
import { rule as paymentAboveGranted } from './payment-above-granted';
import { rule as returnExceedsPaid } from './return-exceeds-paid';
import { rule as secondFinalPayment } from './second-final-payment';
import { rule as paymentOnWithdrawn } from './payment-on-withdrawn';
import { rule as paymentBeforeGrantYear } from './payment-before-grant-year';
import { rule as finalPaymentWhileActive } from './final-payment-while-active';
import { rule as numberAsText } from './number-as-text';
import { rule as paidExceedsGranted } from './paid-exceeds-granted';
import { rule as periodFrameExceeded } from './period-frame-exceeded';
import { rule as requiredField } from './required-field';
import { rule as splitOffTarget } from './split-off-target';
import { rule as sumMismatch } from './sum-mismatch';
import { rule as summaryMismatch } from './summary-mismatch';
import { rule as unknownArea } from './unknown-area';
import { rule as unknownCategory } from './unknown-category';
import { rule as unknownStatus } from './unknown-status';
import { rule as yearOutsidePlan } from './year-outside-plan';
import { rule as zeroGrant } from './zero-grant';
import { ruleContext, type RuleInput } from './types';

export { defineRule, ruleContext, type Rule, type RuleContext, type RuleInput } from './types';

export const allRules = [
  requiredField,
  invalidNumber,
  numberAsText,
  unknownArea,
  unknownCategory,
  unknownStatus,
  nonCanonicalSpelling,
  duplicateId,
  invalidOrgNumber,
  zeroGrant,
  yearOutsidePlan,
  paidExceedsGranted,
  completionPaymentWhileActive,
  closedWithoutResults,
  paymentUnreadable,
  paymentUnknownProject,
  paymentAboveGranted,
  returnExceedsPaid,
  secondFinalPayment,
  paymentOnWithdrawn,
  paymentBeforeGrantYear,
  finalPaymentWhileActive,
  areaFrameExceeded,
  annualFrameExceeded,
  periodFrameExceeded,
  splitOffTarget,
  cofundingBelowShare,
  deMinimisExceeded,
  exchangeRateMissing,
  summaryMismatch,
  sumMismatch,
] as const;

/** The id of a rule in the registry. */
export type RuleId = (typeof allRules)[number]['id'];

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const RULE_ORDER = new Map<string, number>(allRules.map((rule, i) => [rule.id, i]));

/** Where a finding stands in the order, worked out once per finding (parsing its cell is the costly part). */
interface Place {
  severity: number;
  sheet: string;
  row: number;
  column: number;
  rule: number;
}

function placeOf(finding: Finding): Place {
  const cell = parseA1(finding.cell) ?? { row: 0, column: 0 };
  return {
    severity: SEVERITY_ORDER[finding.severity],
    sheet: finding.sheet,
    row: cell.row,
    column: cell.column,
    rule: RULE_ORDER.get(finding.rule) ?? allRules.length,
  };
}

function comparePlaces(a: Place, b: Place): number {
  return (
    a.severity - b.severity ||
    (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0) ||
    a.row - b.row ||
    a.column - b.column ||
    a.rule - b.rule
  );
}

/** error → warning → info, then sheet, row, column, and the rule's place in the catalogue. */
export function compareFindings(a: Finding, b: Finding): number {
  return comparePlaces(placeOf(a), placeOf(b));
}

/**
 * The findings in compareFindings' order, equal ones as they came (the sort is stable). Each finding's
 * place is worked out once, not once per comparison: a big table's thousands of findings sort in a blink.
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding) => ({ finding, place: placeOf(finding) }))
    .sort((a, b) => comparePlaces(a.place, b.place))
    .map(({ finding }) => finding);
}

/** Runs every rule (or only those named) and returns their findings in a stable order. */
export function runRules(input: RuleInput, only?: RuleId[]): Finding[] {
  const rules = only ? allRules.filter((rule) => only.includes(rule.id)) : allRules;
  const ctx = ruleContext(input);
  return sortFindings(rules.flatMap((rule) => rule.check(ctx)));
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
