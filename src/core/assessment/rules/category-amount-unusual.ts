import type { Category, Finding, ProjectRow } from '../../types';
import { applicationLabel } from '../applications';
import { applicationFinding, kr } from './helpers';
import type { AssessmentRule } from './types';

/** "Far outside" = more than this many times the median grant of the category, or less than its inverse. */
export const UNUSUAL_FACTOR = 3;
/** Fewer earlier grants than this say nothing about what a category usually gets. */
export const MIN_COMPARABLE = 3;

const PLURAL: Record<Category, { nb: string; en: string; one: string; oneEn: string }> = {
  prestudy: { nb: 'forstudier', en: 'prestudies', one: 'en forstudie', oneEn: 'a prestudy' },
  preproject: { nb: 'forprosjekter', en: 'pre-projects', one: 'et forprosjekt', oneEn: 'a pre-project' },
  mainProject: {
    nb: 'hovedprosjekter',
    en: 'main projects',
    one: 'et hovedprosjekt',
    oneEn: 'a main project',
  },
};

function median(sorted: number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : Math.round((sorted[middle - 1] + sorted[middle]) / 2);
}

/** What the board has granted to a category before: real grants only (not 0 kr, not withdrawn). */
function grantsOf(rows: ProjectRow[], category: Category): number[] {
  return rows
    .filter((row) => row.category === category && row.status !== 'withdrawn' && (row.granted ?? 0) > 0)
    .map((row) => row.granted as number)
    .sort((a, b) => a - b);
}

export const rule: AssessmentRule = {
  id: 'category-amount-unusual',
  severity: 'info',
  description: {
    nb: 'Søkt beløp er langt over eller under det kategorien vanligvis har fått i prosjekttabellen.',
    en: 'The amount applied for is far above or below what the category usually got in the project table.',
  },
  check({ applications, projects }) {
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
      const words = PLURAL[category];
      const range = `${kr(grants[0])}–${kr(grants[grants.length - 1])}`;
      findings.push(
        applicationFinding(
          rule,
          applications,
          application,
          application.cells.applied,
          `${applicationLabel(application)} søker ${kr(applied)} til ${words.one}, langt ${high ? 'over' : 'under'} det ${words.nb} har fått før (${range}, median ${kr(typical)}, ${grants.length} prosjekter) — sjekk beløpet og kategorien.`,
          `${applicationLabel(application, 'en')} applies for ${kr(applied)} for ${words.oneEn}, far ${high ? 'above' : 'below'} what ${words.en} got before (${range}, median ${kr(typical)}, ${grants.length} projects) — check the amount and the category.`,
        ),
      );
    }
    return findings;
  },
};
