/**
 * A small RuleTester in the spirit of ESLint's: each rule gets rows that must pass and rows that must
 * fail with exactly the expected findings (cell, and a fragment of the message in both languages).
 */
import { parseA1 } from '../../../src/core/cells';
import { defaultPlan } from '../../../src/core/plan';
import { CANONICAL_HEADERS, FIELD_ORDER, readProjectTable } from '../../../src/core/projects';
import { ruleContext, type Rule, type RuleContext } from '../../../src/core/rules/types';
import type { CellValue, Finding, Grid, Plan, ProjectField, ProjectTable } from '../../../src/core/types';

/** One project row by field; `null` empties a default. */
export type RowSpec = Partial<Record<ProjectField, CellValue>>;

/** A row that breaks no rule in the default plan (2013, 100 000 kr to Nyskaping). */
export const BASE_ROW: RowSpec = {
  name: 'Testprosjekt',
  area: 'Nyskaping i næringslivet',
  category: 'Forstudie',
  year: 2013,
  granted: 100_000,
};

export const SHEET = 'Prosjekter';

/**
 * Columns in canonical order, all 15 unless `columns` narrows them, header in row 1, projects from row 2:
 * A Prosjektnr, B Prosjekt, C Søker, D Org.nr, E Innsatsområde, F Kategori, G År, H Bevilget,
 * I Utbetalt ved godkjenning, J Utbetalt ved avslutning, K Status, L Nye arbeidsplasser,
 * M Sikrede arbeidsplasser, N Nye bedrifter, O Utløst finansiering.
 */
export function projectGrid(rows: RowSpec[], columns: ProjectField[] = FIELD_ORDER, base = BASE_ROW): Grid {
  const header = columns.map((field) => CANONICAL_HEADERS[field]);
  const body = rows.map((spec, i) => {
    const row: RowSpec = { id: `P-${i + 1}`, ...base, ...spec };
    return columns.map((field) => row[field] ?? null);
  });
  return { sheet: SHEET, top: 1, left: 1, values: [header, ...body] };
}

export function projectTable(
  rows: RowSpec[],
  columns?: ProjectField[],
  plan: Plan = defaultPlan,
): ProjectTable {
  return readProjectTable(projectGrid(rows, columns), plan);
}

interface Case {
  name: string;
  rows?: RowSpec[];
  columns?: ProjectField[];
  plan?: Plan;
  sheets?: Grid[];
  summary?: Grid;
  /** Start rows empty instead of from BASE_ROW. */
  bare?: boolean;
  /** What a port may add to the project grid: merged ranges, formulas. */
  grid?: Pick<Grid, 'merges' | 'formulas'>;
}

export interface Expected {
  cell: string;
  sheet?: string;
  /** A fragment of the bokmål message (or a pattern). */
  message?: string | RegExp;
  /** When the finding is milder than the rule's severity. */
  severity?: Finding['severity'];
  messageEn?: string | RegExp;
}

export interface InvalidCase extends Case {
  errors: Expected[];
}

export function contextOf(testCase: Case): RuleContext {
  const plan = testCase.plan ?? defaultPlan;
  const grid = {
    ...projectGrid(testCase.rows ?? [], testCase.columns, testCase.bare ? {} : BASE_ROW),
    ...testCase.grid,
  };
  return ruleContext({
    plan,
    table: readProjectTable(grid, plan),
    sheets: testCase.sheets,
    summary: testCase.summary,
  });
}

function position(finding: Finding): [string, number, number] {
  const cell = parseA1(finding.cell) ?? { row: 0, column: 0 };
  return [finding.sheet, cell.row, cell.column];
}

function byPosition<T extends { sheet?: string; cell: string }>(a: T, b: T): number {
  const [sa, ra, ca] = position({ sheet: a.sheet ?? SHEET, cell: a.cell } as Finding);
  const [sb, rb, cb] = position({ sheet: b.sheet ?? SHEET, cell: b.cell } as Finding);
  return sa.localeCompare(sb) || ra - rb || ca - cb;
}

function expectFragment(text: string, fragment: string | RegExp | undefined): void {
  if (fragment === undefined) return;
  if (typeof fragment === 'string') expect(text).toContain(fragment);
  else expect(text).toMatch(fragment);
}

/** The findings `rule` gives for a case, checked for what every finding must have. */
const MILDER_OR_SAME: Record<Finding['severity'], Finding['severity'][]> = {
  error: ['error', 'warning', 'info'],
  warning: ['warning', 'info'],
  info: ['info'],
};

export function findingsOf(rule: Rule, testCase: Case): Finding[] {
  const findings = rule.check(contextOf(testCase));
  for (const finding of findings) {
    expect(finding.rule).toBe(rule.id);
    expect(MILDER_OR_SAME[rule.severity]).toContain(finding.severity);
    expect(parseA1(finding.cell)).toBeDefined();
    expect(finding.message.length).toBeGreaterThan(10);
    expect(finding.messageEn.length).toBeGreaterThan(10);
    expect(finding.messageEn).not.toBe(finding.message);
    // Said with one of the rule's own messages, every placeholder filled in.
    expect(Object.keys(rule.messages)).toContain(finding.messageId);
    expect(`${finding.message} ${finding.messageEn}`).not.toMatch(/\{\w+\}/);
  }
  return findings;
}

export function ruleTester(rule: Rule, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    it('describes itself in both languages', () => {
      expect(rule.description.nb).toBeTruthy();
      expect(rule.description.en).toBeTruthy();
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
          const findings = findingsOf(rule, testCase).sort(byPosition);
          const expected = [...testCase.errors].sort(byPosition);
          expect(findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual(
            expected.map((e) => `${e.sheet ?? SHEET}!${e.cell}`),
          );
          findings.forEach((finding, i) => {
            expect(finding.severity).toBe(expected[i].severity ?? rule.severity);
            expectFragment(finding.message, expected[i].message);
            expectFragment(finding.messageEn, expected[i].messageEn);
          });
        });
      }
    });
  });
}
