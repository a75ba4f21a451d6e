/**
 * The check panel: the check over the pane's snapshot, findings grouped by severity and rule, the marks they
 * give, and the findings sheet.
 */
import { checkLoaded, type CheckResult } from '../../app/check';
import type { LoadedWorkbook } from '../../app/load';
import { allRules } from '../../core/rules';
import { ruleName } from '../../core/rules/names';
import type { Finding, IsoDate, Severity } from '../../core/types';
import type { CellMark, OwnedSheetSpec } from '../../port/workbookPort';
import { messageIn, paneText, type Lang, type MessageKey, type Vars } from '../../i18n';

export const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** "No project table" is an answer (a notice), not a failure. */
export type PanelCheck = { checked: true; result: CheckResult } | { checked: false };

/** The check of the project table the snapshot holds, with each undertaking's de minimis room on `today`. */
export function checkSnapshot(loaded: LoadedWorkbook, today?: IsoDate): PanelCheck {
  if (!loaded.table) return { checked: false };
  return { checked: true, result: checkLoaded(loaded, { stateAidAsOf: today }) };
}

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
const SEVERITY_KEY = {
  error: 'findingsSheetError',
  warning: 'findingsSheetWarning',
  info: 'findingsSheetInfo',
} as const satisfies Record<Severity, MessageKey>;

/**
 * One row per finding in the user's language: severity, the rule's name, where (the cell links to it), the
 * message; the rule's id, which never changes, last. The sheet and table names stay the same in both
 * languages, so writing again replaces the sheet.
 */
export function findingsSheet(
  findings: Finding[],
  lang: Lang = 'nb',
  when: Date = new Date(),
): OwnedSheetSpec {
  const t = (key: MessageKey, vars?: Vars) => paneText(lang, key, vars);
  const locale = lang === 'en' ? 'en-GB' : 'nb-NO';
  const stamp = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(when);
  return {
    name: FINDINGS_SHEET,
    title: t('findingsSheetTitle'),
    subtitle: t('findingsSheetSubtitle', { count: findings.length, when: stamp }),
    action: 'Skrev funnliste',
    tables: [
      {
        name: 'Funn',
        headers: [
          t('findingsSheetSeverity'),
          t('findingsSheetRule'),
          t('findingsSheetSheet'),
          t('findingsSheetCell'),
          t('findingsSheetMessage'),
          t('findingsSheetRuleId'),
        ],
        columns: ['text', 'text', 'text', 'text', 'text', 'id'],
        rows: findings.map((f) => [
          t(SEVERITY_KEY[f.severity]),
          ruleName(f.rule)[lang],
          f.sheet,
          f.cell,
          messageIn(lang, f),
          f.rule,
        ]),
        links: { column: 3, targets: findings.map((f) => ({ sheet: f.sheet, cell: f.cell })) },
      },
    ],
  };
}
