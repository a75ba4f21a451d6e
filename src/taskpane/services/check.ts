/** The check panel: findings grouped by severity and rule, the marks they give, and the findings sheet. */
import { allRules } from '../../core/rules';
import type { Finding, Severity } from '../../core/types';
import type { CellMark, OwnedSheetSpec } from '../../port/workbookPort';

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export interface RuleGroup {
  rule: string;
  description: { nb: string; en: string };
  findings: Finding[];
}

export interface SeverityGroup {
  severity: Severity;
  count: number;
  rules: RuleGroup[];
}

const RULE_INDEX = new Map(allRules.map((rule, i) => [rule.id as string, i]));

function describe(rule: string): { nb: string; en: string } {
  const known = allRules.find((r) => r.id === rule);
  return known ? known.description : { nb: rule, en: rule };
}

/** Severity groups in order error → warning → info (empty ones left out); rules in catalogue order. */
export function groupFindings(findings: Finding[]): SeverityGroup[] {
  return SEVERITIES.map((severity) => {
    const ofSeverity = findings.filter((f) => f.severity === severity);
    const byRule = new Map<string, Finding[]>();
    for (const finding of ofSeverity)
      byRule.set(finding.rule, [...(byRule.get(finding.rule) ?? []), finding]);
    const rules = [...byRule.entries()]
      .sort(([a], [b]) => (RULE_INDEX.get(a) ?? 999) - (RULE_INDEX.get(b) ?? 999))
      .map(([rule, list]) => ({ rule, description: describe(rule), findings: list }));
    return { severity, count: ofSeverity.length, rules };
  }).filter((group) => group.count > 0);
}

export function marksOf(findings: Finding[]): CellMark[] {
  return findings.map((f) => ({ sheet: f.sheet, cell: f.cell, severity: f.severity }));
}

export const FINDINGS_SHEET = 'Kontroll';
const SEVERITY_NB: Record<Severity, string> = { error: 'Feil', warning: 'Advarsel', info: 'Info' };

/** One row per finding; the Celle column links to the cell. */
export function findingsSheet(findings: Finding[], when: Date = new Date()): OwnedSheetSpec {
  const stamp = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'short', timeStyle: 'short' }).format(when);
  return {
    name: FINDINGS_SHEET,
    title: 'Kontroll av prosjekttabellen',
    subtitle: `${findings.length} funn, ${stamp}`,
    action: 'Skrev funnliste',
    columnWidths: [12, 28, 14, 10, 90],
    tables: [
      {
        name: 'Funn',
        headers: ['Alvorlighet', 'Regel', 'Ark', 'Celle', 'Melding'],
        rows: findings.map((f) => [SEVERITY_NB[f.severity], f.rule, f.sheet, f.cell, f.message]),
        links: { column: 3, targets: findings.map((f) => ({ sheet: f.sheet, cell: f.cell })) },
      },
    ],
  };
}
