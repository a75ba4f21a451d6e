import { kr } from '../../rules/helpers';
import type { Category, Finding, ProjectRow } from '../../types';
import { applicationLabel } from '../applications';
import { defineAssessmentRule } from './types';

/** "Far outside" = more than this many times the median grant of the category, or less than its inverse. */
export const UNUSUAL_FACTOR = 3;
/** Fewer earlier grants than this say nothing about what a category usually gets. */
export const MIN_COMPARABLE = 3;

const ONE: Record<Category, { nb: string; en: string }> = {
  prestudy: { nb: 'en forstudie', en: 'a prestudy' },
  preproject: { nb: 'et forprosjekt', en: 'a pre-project' },
  mainProject: { nb: 'et hovedprosjekt', en: 'a main project' },
};
const PLURAL: Record<Category, { nb: string; en: string }> = {
  prestudy: { nb: 'forstudier', en: 'prestudies' },
  preproject: { nb: 'forprosjekter', en: 'pre-projects' },
  mainProject: { nb: 'hovedprosjekter', en: 'main projects' },
};

function median(sorted: number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

/** What the board has granted to a category before: real grants only (not 0 kr, not withdrawn). */
function grantsOf(rows: ProjectRow[], category: Category): number[] {
  return rows
    .filter((row) => row.category === category && row.status !== 'withdrawn' && (row.granted ?? 0) > 0)
    .map((row) => row.granted as number)
    .sort((a, b) => a - b);
}

export const rule = defineAssessmentRule({
  id: 'category-amount-unusual',
  name: { nb: 'Uvanlig beløp for kategorien', en: 'Unusual amount for the category' },
  severity: 'info',
  description: {
    nb: 'Søkt beløp er langt over eller under det kategorien vanligvis har fått i prosjekttabellen.',
    en: 'The amount applied for is far above or below what the category usually got in the project table.',
  },
  messages: {
    unusual: {
      nb: '{application} søker {applied} til {one}, langt {direction} det {plural} har fått før ({range}, median {median}, {count} prosjekter) — sjekk beløpet og kategorien.',
      en: '{application} applies for {applied} for {one}, far {direction} what {plural} got before ({range}, median {median}, {count} projects) — check the amount and the category.',
    },
  },
  headline: {
    nb: 'Beløpet er langt {direction} det {plural} vanligvis får (median {median}).',
    en: 'The amount is far {direction} what {plural} usually get (median {median}).',
  },
  find({ applications, projects }, report) {
    const findings: Finding[] = [];
    if (!projects) return findings;
    const byCategory = new Map<Category, number[]>();
    for (const application of applications.rows) {
      const { category, applied } = application;
      if (category === undefined || applied === undefined || applied <= 0) continue;
      if (!byCategory.has(category)) byCategory.set(category, grantsOf(projects.rows, category));
      const grants = byCategory.get(category) as number[];
      if (grants.length < MIN_COMPARABLE) continue;
      const typical = median(grants);
      const high = applied > UNUSUAL_FACTOR * typical;
      if (!high && applied * UNUSUAL_FACTOR >= typical) continue;
      findings.push(
        report.tableRow(applications, application, application.cells.applied, 'unusual', {
          application: applicationLabel(application),
          applied: kr(applied),
          one: ONE[category],
          direction: high ? { nb: 'over', en: 'above' } : { nb: 'under', en: 'below' },
          plural: PLURAL[category],
          range: `${kr(grants[0]!)}–${kr(grants[grants.length - 1]!)}`,
          median: kr(typical),
          count: grants.length,
        }),
      );
    }
    return findings;
  },
});
