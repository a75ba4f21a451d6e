import { isBlank, parseA1 } from '../cells';
import type { Bilingual } from '../messages';
import { areaNamesForYear } from '../plan';
import { REQUIRED_FIELDS } from '../projects';
import type { Finding, Plan, ProjectField } from '../types';
import { fieldLabel, fieldLabels, headerCell, quotedList, rowCell } from './helpers';
import { defineRule } from './types';

/** What to fill in, per required field. */
function hint(field: ProjectField, plan: Plan, year?: number): Bilingual {
  switch (field) {
    case 'area': {
      const names = quotedList(areaNamesForYear(plan, year));
      return { nb: `skriv innsatsområdet (${names.nb})`, en: `enter the focus area (${names.en})` };
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

export const rule = defineRule({
  id: 'required-field',
  name: { nb: 'Mangler verdi', en: 'Missing value' },
  severity: 'error',
  description: {
    nb: 'Prosjekt, Innsatsområde, Kategori, År og Bevilget må være fylt ut på hver rad.',
    en: 'Project, focus area, category, year and granted amount must be filled in on every row.',
  },
  messages: {
    noColumn: {
      nb: 'Prosjekttabellen mangler kolonnen {column} — legg den til, eller koble en kolonne til den.',
      en: 'The project table has no {column} — add it, or map a column to it.',
    },
    empty: {
      nb: '«{field}» mangler på rad {row} — {hint}.',
      en: '{field} is missing on row {row} — {hint}.',
    },
    // The cell is empty because it lies inside a merge whose top-left cell holds the value (an
    // Innsatsområde typed once and merged over three rows). Excel shows it empty, and SUMIF and filters
    // see it so: still an error, but the message says why the cell looks filled in.
    emptyInMerge: {
      nb: '«{field}» er tom i {cell}: cellen er slått sammen med {anchor}{where}, og Excel viser verdien bare i {anchor} (SUMMERHVIS og filtre ser {cell} som tom) — opphev sammenslåingen og {hint} på rad {row}.',
      en: '{field} is empty in {cell}: the cell is merged with {anchor}{where}, and Excel shows the value only in {anchor} (SUMIF and filters see {cell} as empty) — unmerge the cells and {hint} on row {row}.',
    },
  },
  find({ table, plan }, report) {
    const findings: Finding[] = [];
    for (const field of REQUIRED_FIELDS) {
      if (table.mapping[field] !== undefined) continue;
      const header = fieldLabel(field);
      const column = { nb: `«${header}»`, en: `"${header}" column (${fieldLabel(field, 'en')})` };
      findings.push(report.at(table.sheet, headerCell(table, field), 'noColumn', { column }));
    }
    for (const row of table.rows) {
      for (const field of REQUIRED_FIELDS) {
        if (table.mapping[field] === undefined || !isBlank(row.raw[field])) continue;
        const data = { field: fieldLabels(field), row: row.row, hint: hint(field, plan, row.year) };
        const anchor = row.merged?.[field];
        if (!anchor) {
          findings.push(report.row(table, row, field, 'empty', data));
          continue;
        }
        const cell = rowCell(table, row, field);
        const above = parseA1(anchor)?.column === parseA1(cell)?.column;
        const where = above ? { nb: ' over', en: ' above' } : '';
        findings.push(report.row(table, row, field, 'emptyInMerge', { ...data, cell, anchor, where }));
      }
    }
    return findings;
  },
});
