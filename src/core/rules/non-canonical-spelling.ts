/**
 * A category, status or area that Omstilling reads only after trimming or folding case ("forprosjekt ",
 * "aktiv", "Nyskaping i  næringslivet"): our figures count it, but Excel may not count it with the rest.
 *
 * Severity: SUMIF/COUNTIF and pivot tables compare text without regard to case but keep every space and
 * character (Excel's criteria are not case-sensitive: https://github.com/bradbase/xlcalculator/issues/38,
 * which matched its SUMIF to Excel's), so "forprosjekt " is a category of its own in the finance
 * department's SUMIF or pivot table, and its totals per category or area no longer match ours: a warning.
 * A difference in case alone ("aktiv", "forprosjekt") is counted together by SUMIF and pivot tables, and
 * the status is no axis of the plan's sums at all: info — still worth writing as listed, since EXACT,
 * Power Query and other systems do tell them apart.
 */
import { areaSpellings } from '../plan';
import { CATEGORY_LABELS, CATEGORY_SPELLINGS, STATUS_LABELS, STATUS_SPELLINGS } from '../projects';
import { visibleSpaces } from '../text';
import type { Finding, Plan, ProjectField, ProjectRow, Severity } from '../types';
import { defineRule } from './types';

const messages = {
  apart: {
    nb: '«{typed}» leses som «{canonical}», men SUMMERHVIS og pivottabeller regner den som en annen verdi, så summene per {noun} i Excel blir ikke som Omstillings — skriv «{canonical}».',
    en: '"{typed}" is read as "{canonical}", but SUMIF and pivot tables count it as another value, so Excel’s totals per {noun} will not match Omstilling’s — write "{canonical}".',
  },
  case: {
    nb: '«{typed}» leses som «{canonical}». SUMMERHVIS og pivottabeller skiller ikke store og små bokstaver, men EKSAKT, Power Query og andre systemer gjør det — skriv «{canonical}».',
    en: '"{typed}" is read as "{canonical}". SUMIF and pivot tables ignore case, but EXACT, Power Query and other systems do not — write "{canonical}".',
  },
};

interface Checked {
  field: Extract<ProjectField, 'area' | 'category' | 'status'>;
  noun: { nb: string; en: string };
  /** The plan's sums (frames, the summary table) are per area and per category, not per status. */
  summedBy: boolean;
  listed: (plan: Plan) => ReadonlySet<string>;
  canonical: (row: ProjectRow) => string | undefined;
}

const CHECKED: Checked[] = [
  {
    field: 'area',
    noun: { nb: 'innsatsområde', en: 'focus area' },
    summedBy: true,
    listed: areaSpellings,
    canonical: (row) => row.area,
  },
  {
    field: 'category',
    noun: { nb: 'kategori', en: 'category' },
    summedBy: true,
    listed: () => CATEGORY_SPELLINGS,
    canonical: (row) => row.category && CATEGORY_LABELS[row.category].nb,
  },
  {
    field: 'status',
    noun: { nb: 'status', en: 'status' },
    summedBy: false,
    listed: () => STATUS_SPELLINGS,
    canonical: (row) => row.status && STATUS_LABELS[row.status].nb,
  },
];

const folded = (text: string) => text.toLocaleLowerCase('nb');

export const rule = defineRule({
  id: 'non-canonical-spelling',
  name: { nb: 'Avvikende skrivemåte', en: 'Spelling differs' },
  severity: 'warning',
  description: {
    nb: 'En kategori, status eller et innsatsområde er skrevet med ekstra mellomrom eller andre store/små bokstaver enn i listen: Omstilling leser det, men SUMMERHVIS og pivottabeller kan telle det for seg.',
    en: 'A category, status or focus area is typed with extra spaces or other letter case than listed: Omstilling reads it, but SUMIF and pivot tables may count it apart.',
  },
  milderSeverity: 'info',
  note: {
    nb: 'Advarsel når mellomrom o.l. splitter summene per kategori eller innsatsområde; info når bare store/små bokstaver skiller, eller for status.',
    en: 'Warning when spaces and the like split the totals per category or focus area; info when only letter case differs (SUMIF ignores case), or for a status.',
  },
  messages,
  find({ table, plan }, report) {
    const findings: Finding[] = [];
    for (const checked of CHECKED) {
      if (table.mapping[checked.field] === undefined) continue;
      const listed = checked.listed(plan);
      const listedFolded = new Set([...listed].map(folded));
      for (const row of table.rows) {
        const typed = row.raw[checked.field];
        const canonical = checked.canonical(row);
        // Unread values are unknown-area/-category/-status's to report; what is spelled as listed is fine.
        if (typeof typed !== 'string' || canonical === undefined || listed.has(typed)) continue;
        const caseOnly = listedFolded.has(folded(typed));
        const severity: Severity = checked.summedBy && !caseOnly ? 'warning' : 'info';
        const data = { typed: visibleSpaces(typed), canonical, noun: checked.noun };
        findings.push({
          ...report.row(table, row, checked.field, caseOnly ? 'case' : 'apart', data),
          severity,
        });
      }
    }
    return findings;
  },
});
