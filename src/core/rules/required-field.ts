import { parseA1 } from '../cells';
import { REQUIRED_FIELDS } from '../projects';
import { areaNamesForYear } from '../plan';
import type { Finding, Plan, ProjectField, ProjectRow, ProjectTable } from '../types';
import { fieldLabel, finding, headerCell, isBlank, rowCell, rowFinding } from './helpers';
import type { Rule } from './types';

/** What to fill in, per required field. */
function hint(field: ProjectField, plan: Plan, year?: number): { nb: string; en: string } {
  switch (field) {
    case 'area': {
      const names = areaNamesForYear(plan, year).map((name) => `«${name}»`);
      return {
        nb: `skriv innsatsområdet (${names.join(', ')})`,
        en: `enter the focus area (${names.join(', ')})`,
      };
    }
    case 'category':
      return {
        nb: 'skriv Forstudie, Forprosjekt eller Hovedprosjekt',
        en: 'enter Forstudie, Forprosjekt or Hovedprosjekt',
      };
    case 'year':
      return { nb: 'skriv året styret bevilget pengene', en: 'enter the year the board granted the money' };
    case 'granted':
      return {
        nb: 'skriv beløpet styret bevilget (0 hvis ingenting)',
        en: 'enter the amount granted (0 if none)',
      };
    default:
      return { nb: 'fyll inn cellen', en: 'fill in the cell' };
  }
}

/**
 * The cell is empty because it lies inside a merge whose top-left cell holds the value (an Innsatsområde
 * typed once and merged over three rows). Excel shows it empty, and SUMIF and filters see it so: still an
 * error, but the message says why the cell looks filled in.
 */
function mergedFinding(
  table: ProjectTable,
  row: ProjectRow,
  field: ProjectField,
  anchor: string,
  what: { nb: string; en: string },
): Finding {
  const cell = rowCell(table, row, field);
  const above = parseA1(anchor)?.column === parseA1(cell)?.column;
  const where = above ? { nb: ' over', en: ' above' } : { nb: '', en: '' };
  return rowFinding(
    rule,
    table,
    row,
    field,
    `«${fieldLabel(field)}» er tom i ${cell}: cellen er slått sammen med ${anchor}${where.nb}, og Excel viser verdien bare i ${anchor} (SUMMERHVIS og filtre ser ${cell} som tom) — opphev sammenslåingen og ${what.nb} på rad ${row.row}.`,
    `${fieldLabel(field, 'en')} is empty in ${cell}: the cell is merged with ${anchor}${where.en}, and Excel shows the value only in ${anchor} (SUMIF and filters see ${cell} as empty) — unmerge the cells and ${what.en} on row ${row.row}.`,
  );
}

export const rule: Rule = {
  id: 'required-field',
  severity: 'error',
  description: {
    nb: 'Prosjekt, Innsatsområde, Kategori, År og Bevilget må være fylt ut på hver rad.',
    en: 'Project, focus area, category, year and granted amount must be filled in on every row.',
  },
  check({ table, plan }) {
    const findings: Finding[] = [];
    for (const field of REQUIRED_FIELDS) {
      if (table.mapping[field] !== undefined) continue;
      findings.push(
        finding(
          rule,
          table.sheet,
          headerCell(table, field),
          `Prosjekttabellen mangler kolonnen «${fieldLabel(field)}» — legg den til, eller koble en kolonne til den.`,
          `The project table has no «${fieldLabel(field)}» column (${fieldLabel(field, 'en')}) — add it, or map a column to it.`,
        ),
      );
    }
    for (const row of table.rows) {
      for (const field of REQUIRED_FIELDS) {
        if (table.mapping[field] === undefined || !isBlank(row.raw[field])) continue;
        const what = hint(field, plan, row.year);
        const anchor = row.merged?.[field];
        if (anchor) {
          findings.push(mergedFinding(table, row, field, anchor, what));
          continue;
        }
        findings.push(
          rowFinding(
            rule,
            table,
            row,
            field,
            `«${fieldLabel(field)}» mangler på rad ${row.row} — ${what.nb}.`,
            `${fieldLabel(field, 'en')} is missing on row ${row.row} — ${what.en}.`,
          ),
        );
      }
    }
    return findings;
  },
};
