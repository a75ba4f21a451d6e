/**
 * The criteria the board's applications are scored on (1–5 each) and their weights, kept in the Plan as
 * the table `Kriterier`. The default set has seven criteria with equal weights (the assessment issue).
 */
import { isBlank } from '../cells';
import { parseNumber } from '../money';
import type { PlanTable, PlanTableFinding } from '../plan';
import { normalize } from '../text';
import type { CellValue } from '../types';
import { headerKey, textOf } from './headers';
import { CRITERIA_TABLE } from './workbookNames';

export interface Criterion {
  /** Stable id (JSON, settings); never shown as a header. */
  id: string;
  /** Short bokmål name: also the header of the criterion's score column in `Søknader`. */
  name: string;
  nameEn: string;
  description: string;
  /** Relative weight, ≥ 0; only the proportions matter. 0 leaves the criterion out. */
  weight: number;
}

export { CRITERIA_TABLE };
/** The criteria table's headers; the English name and the id are for the add-in, so they come last. */
export const CRITERIA_HEADERS = ['Kriterium', 'Beskrivelse', 'Vekt', 'Criterion (en)', 'Id'];

export const DEFAULT_CRITERIA: readonly Criterion[] = [
  {
    id: 'relevance',
    name: 'Relevans',
    nameEn: 'Relevance',
    description: 'Relevans for innsatsområdet og planens mål',
    weight: 1,
  },
  {
    id: 'market',
    name: 'Marked og vekst',
    nameEn: 'Market and growth',
    description: 'Markeds- og vekstpotensial',
    weight: 1,
  },
  {
    id: 'jobs',
    name: 'Arbeidsplasser',
    nameEn: 'Job potential',
    description: 'Potensial for nye og sikrede arbeidsplasser',
    weight: 1,
  },
  {
    id: 'valueCreation',
    name: 'Verdiskaping',
    nameEn: 'Value creation',
    description: 'Verdiskaping i regionen',
    weight: 1,
  },
  {
    id: 'capacity',
    name: 'Gjennomføringsevne',
    nameEn: 'Capacity',
    description: 'Søkerens evne til å gjennomføre prosjektet',
    weight: 1,
  },
  {
    id: 'additionality',
    name: 'Utløsende effekt',
    nameEn: 'Additionality',
    description: 'Støtten utløser prosjektet (addisjonalitet)',
    weight: 1,
  },
  {
    id: 'leverage',
    name: 'Giring',
    nameEn: 'Leverage',
    description: 'Annen finansiering per krone det søkes om',
    weight: 1,
  },
];

export function defaultCriteria(): Criterion[] {
  return DEFAULT_CRITERIA.map((criterion) => ({ ...criterion }));
}

/** The criteria as the Plan sheet's table `Kriterier`. */
export function criteriaToTable(criteria: readonly Criterion[]): PlanTable {
  return {
    name: CRITERIA_TABLE,
    title: 'Kriterier for vurdering av søknader (poeng 1–5, vekt)',
    headers: [...CRITERIA_HEADERS],
    rows: criteria.map((c) => [c.name, c.description, c.weight, c.nameEn, c.id]),
    columns: ['text', 'text', 'general', 'id', 'id'],
  };
}

/** "20 %" in the weight column means 20: only proportions matter. */
function weightOf(cell: CellValue | undefined): number | undefined {
  const stripped = typeof cell === 'string' ? cell.replace(/\s*%\s*$/, '') : (cell ?? null);
  const parsed = parseNumber(stripped);
  return parsed.kind === 'number' && parsed.value >= 0 ? parsed.value : undefined;
}

function slug(name: string): string {
  return normalize(name)
    .replace(/[^a-z0-9æøå]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface CriteriaRead {
  criteria: Criterion[];
  findings: PlanTableFinding[];
  /** True when the default set is used (no table, or nothing in it could be read). */
  isDefault: boolean;
}

/**
 * Reads `Kriterier` back (rows including the header row). Unreadable rows are left out and named; with no
 * table or no readable row the default set is used. Never throws. Round-trips criteriaToTable for criteria
 * with trimmed texts and distinct names.
 */
export function criteriaFromTable(rows: CellValue[][] | null | undefined): CriteriaRead {
  const findings: PlanTableFinding[] = [];
  const say = (row: number, message: string, messageEn: string) =>
    findings.push({ table: CRITERIA_TABLE, row, message, messageEn });
  const fallback = (): CriteriaRead => ({ criteria: defaultCriteria(), findings, isDefault: true });

  if (!Array.isArray(rows) || rows.length === 0 || !Array.isArray(rows[0])) {
    say(
      0,
      `Tabellen «${CRITERIA_TABLE}» finnes ikke; standardkriteriene (sju, like vekter) brukes.`,
      `The table "${CRITERIA_TABLE}" is missing; the default criteria (seven, equal weights) are used.`,
    );
    return fallback();
  }
  const columns = new Map<string, number>();
  rows[0].forEach((cell, i) => {
    const key = headerKey(textOf(cell) ?? '');
    if (key && !columns.has(key)) columns.set(key, i);
  });
  const at = (row: CellValue[], header: string) => {
    const index = columns.get(headerKey(header));
    return index === undefined ? undefined : row[index];
  };
  for (const header of ['Kriterium', 'Vekt']) {
    if (columns.has(headerKey(header))) continue;
    say(
      0,
      `Tabellen «${CRITERIA_TABLE}» mangler kolonnen «${header}»; standardkriteriene brukes.`,
      `The table "${CRITERIA_TABLE}" lacks the column "${header}"; the default criteria are used.`,
    );
    return fallback();
  }

  const criteria: Criterion[] = [];
  rows.slice(1).forEach((row, i) => {
    if (!Array.isArray(row) || row.every((cell) => isBlank(cell))) return;
    const name = textOf(at(row, 'Kriterium'));
    const weight = weightOf(at(row, 'Vekt'));
    if (name === undefined) {
      say(
        i + 1,
        `Rad ${i + 1} i «${CRITERIA_TABLE}» har ikke noe navn i «Kriterium»; raden er ikke brukt.`,
        `Row ${i + 1} of "${CRITERIA_TABLE}" has no name under "Kriterium"; the row was left out.`,
      );
      return;
    }
    if (weight === undefined) {
      const typed = textOf(at(row, 'Vekt')) ?? '';
      say(
        i + 1,
        `Vekten «${typed}» for «${name}» er ikke et tall ≥ 0; kriteriet er ikke brukt.`,
        `The weight "${typed}" of "${name}" is not a number ≥ 0; the criterion was left out.`,
      );
      return;
    }
    const id = textOf(at(row, 'Id')) ?? slug(name);
    if (criteria.some((c) => headerKey(c.name) === headerKey(name) || c.id === id)) {
      say(
        i + 1,
        `«${name}» står to ganger i «${CRITERIA_TABLE}»; bare den første raden er brukt.`,
        `"${name}" appears twice in "${CRITERIA_TABLE}"; only the first row is used.`,
      );
      return;
    }
    criteria.push({
      id,
      name,
      nameEn: textOf(at(row, 'Criterion (en)')) ?? name,
      description: textOf(at(row, 'Beskrivelse')) ?? name,
      weight,
    });
  });
  if (criteria.length === 0) {
    say(
      0,
      `Tabellen «${CRITERIA_TABLE}» har ingen kriterier som kan leses; standardkriteriene brukes.`,
      `The table "${CRITERIA_TABLE}" has no readable criteria; the default criteria are used.`,
    );
    return fallback();
  }
  return { criteria, findings, isDefault: false };
}

/** The criteria that count: weight above 0. */
export function weighted(criteria: readonly Criterion[]): Criterion[] {
  return criteria.filter((c) => c.weight > 0);
}

/** Each criterion's share of the total weight (0–1); all 0 when no weight is above 0. */
export function weightShares(criteria: readonly Criterion[]): Record<string, number> {
  const total = criteria.reduce((sum, c) => sum + Math.max(0, c.weight), 0);
  return Object.fromEntries(criteria.map((c) => [c.id, total > 0 ? Math.max(0, c.weight) / total : 0]));
}
