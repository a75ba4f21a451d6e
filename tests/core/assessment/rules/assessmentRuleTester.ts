/**
 * The RuleTester of tests/core/rules, over applications: rows that must pass and rows that must fail with
 * exactly the expected findings (cell, and a fragment of the message in both languages).
 */
import {
  DEFAULT_CRITERIA,
  type AssessmentRule,
  type BoardLink,
  type Criterion,
} from '../../../../src/core/assessment';
import { parseA1 } from '../../../../src/core/cells';
import { defaultPlan } from '../../../../src/core/plan';
import type { Finding, Plan } from '../../../../src/core/types';
import { projectTable, type RowSpec } from '../../rules/ruleTester';
import { SHEET, applicationTable, type ApplicationSpec } from '../support';

interface Case {
  name: string;
  applications: ApplicationSpec[];
  /** Rows of the project table (from BASE_ROW of the project RuleTester); none = no project table. */
  projects?: RowSpec[];
  criteria?: Criterion[];
  /** The score columns of the grid, when they differ from `criteria`. */
  columns?: Criterion[];
  plan?: Plan;
  /** The board's ties to companies (the Plan's `Styret`). */
  board?: BoardLink[];
}

export interface InvalidCase extends Case {
  errors: {
    cell: string;
    message?: string | RegExp;
    messageEn?: string | RegExp;
    /** A fragment of the finding's headline, the board's short sentence (bokmål). */
    headline?: string | RegExp;
  }[];
}

function findingsOf(rule: AssessmentRule, testCase: Case): Finding[] {
  const plan = testCase.plan ?? defaultPlan;
  const criteria = testCase.criteria ?? DEFAULT_CRITERIA;
  const findings = rule.check({
    plan,
    criteria,
    applications: applicationTable(testCase.applications, testCase.columns ?? criteria, plan, criteria),
    projects: testCase.projects ? projectTable(testCase.projects, undefined, plan) : null,
    board: testCase.board,
  });
  for (const finding of findings) {
    expect(finding.rule).toBe(rule.id);
    expect(finding.severity).toBe(rule.severity);
    expect(finding.sheet).toBe(SHEET);
    expect(parseA1(finding.cell)).toBeDefined();
    expect(finding.messageEn).not.toBe(finding.message);
    expect(Object.keys(rule.messages)).toContain(finding.messageId);
    expect(`${finding.message} ${finding.messageEn}`).not.toMatch(/\{\w+\}/);
    // A rule with a headline gives every finding one, filled in both languages, shorter than the message.
    expect(finding.headline === undefined).toBe(rule.headline === undefined);
    if (finding.headline) {
      expect(`${finding.headline.nb} ${finding.headline.en}`).not.toMatch(/\{\w+\}/);
      expect(finding.headline.en).not.toBe(finding.headline.nb);
      expect(finding.headline.nb.length).toBeLessThan(finding.message.length);
    }
  }
  return findings;
}

function expectFragment(text: string, fragment: string | RegExp | undefined): void {
  if (typeof fragment === 'string') expect(text).toContain(fragment);
  else if (fragment) expect(text).toMatch(fragment);
}

export function assessmentRuleTester(
  rule: AssessmentRule,
  cases: { valid: Case[]; invalid: InvalidCase[] },
): void {
  describe(rule.id, () => {
    it('describes itself in both languages', () => {
      expect(rule.description.nb).toBeTruthy();
      expect(rule.description.en).not.toBe(rule.description.nb);
    });
    describe('valid', () => {
      for (const testCase of cases.valid) {
        it(testCase.name, () => {
          expect(findingsOf(rule, testCase).map((f) => `${f.cell}: ${f.message}`)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const testCase of cases.invalid) {
        it(testCase.name, () => {
          const findings = findingsOf(rule, testCase);
          expect(findings.map((f) => f.cell)).toEqual(testCase.errors.map((e) => e.cell));
          findings.forEach((finding, i) => {
            expectFragment(finding.message, testCase.errors[i].message);
            expectFragment(finding.messageEn, testCase.errors[i].messageEn);
            expectFragment(finding.headline?.nb ?? '', testCase.errors[i].headline);
          });
        });
      }
    });
  });
}
