/** The goal-curve panel: the curve with the chosen rounding, actual figures beside it, and its sheet. */
import { FORMATS } from '../../core/formats';
import { firstYearMet, firstYearMissed, goalCurve, goalGaps, type GoalGap } from '../../core/goals';
import { formatNumber, parseNumber } from '../../core/money';
import type { CellValue, GoalIndicator, Grid, Rounding } from '../../core/types';
import type { OwnedSheetSpec } from '../../port/workbookPort';

export interface GoalView {
  gaps: GoalGap[];
  firstMet?: number;
  firstMissed?: number;
  /** Years whose typed actual figure is not a number. */
  invalid: { year: number; text: string }[];
  hasActuals: boolean;
}

export function goalYears(goal: GoalIndicator): number[] {
  const years: number[] = [];
  for (let year = goal.baseYear; year <= goal.toYear; year++) years.push(year);
  return years;
}

export function goalView(
  goal: GoalIndicator,
  rounding: Rounding,
  actualTexts: Record<number, string>,
): GoalView {
  const curve = goalCurve(goal.base, goal.rate, goal.baseYear, goal.toYear, rounding);
  const actuals: Record<number, number | undefined> = {};
  const invalid: GoalView['invalid'] = [];
  for (const { year } of curve) {
    const text = actualTexts[year] ?? '';
    const parsed = parseNumber(text);
    if (parsed.kind === 'number') actuals[year] = parsed.value;
    else if (parsed.kind === 'invalid') invalid.push({ year, text });
  }
  const gaps = goalGaps(curve, actuals);
  return {
    gaps,
    firstMet: firstYearMet(gaps),
    firstMissed: firstYearMissed(gaps),
    invalid,
    hasActuals: gaps.some((gap) => gap.actual !== undefined),
  };
}

function numberOf(cell: CellValue | undefined): number | undefined {
  const parsed = parseNumber(cell ?? null);
  return parsed.kind === 'number' ? parsed.value : undefined;
}

/**
 * Actual figures from a range: pairs of year and value (two columns, or two rows), or a single row or
 * column of values read in order from the curve's first year. Cells that are not numbers are skipped.
 */
export function actualsFromGrid(grid: Grid, years: number[]): Record<number, string> {
  const values = grid.values;
  const height = values.length;
  const width = Math.max(0, ...values.map((row) => row.length));
  const found: Record<number, string> = {};
  const put = (year: number | undefined, value: number | undefined) => {
    if (year !== undefined && Number.isInteger(year) && value !== undefined && years.includes(year)) {
      found[year] = String(value).replace('.', ',');
    }
  };
  if (width === 2 && height >= 1) {
    for (const row of values) put(numberOf(row[0]), numberOf(row[1]));
  } else if (height === 2 && width > 2) {
    for (let c = 0; c < width; c++) put(numberOf(values[0][c]), numberOf(values[1][c]));
  } else {
    const line = width === 1 ? values.map((row) => row[0]) : (values[0] ?? []);
    line.forEach((cell, i) => put(years[i], numberOf(cell)));
  }
  return found;
}

/** Excel sheet names: at most 31 characters, none of \ / ? * [ ] : */
export function goalSheetName(goal: GoalIndicator): string {
  return `Målkurve ${goal.name}`
    .replace(/[\\/?*[\]:]/g, ' ')
    .slice(0, 31)
    .trim();
}

function tableName(goal: GoalIndicator): string {
  const id = goal.id.replace(/[^\p{L}\p{N}_]/gu, '_');
  return `Maalkurve_${id}`;
}

const ROUNDING_NB: Record<Rounding, string> = { yearly: 'årlig', final: 'slutt', none: 'ingen' };

export function goalSheet(goal: GoalIndicator, rounding: Rounding, view: GoalView): OwnedSheetSpec {
  const name = tableName(goal);
  const percent = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2 }).format(goal.rate * 100);
  const verdict = [
    view.firstMet !== undefined ? `Målet er nådd første gang i ${view.firstMet}.` : undefined,
    view.firstMissed !== undefined ? `Målet ble ikke nådd i ${view.firstMissed}.` : undefined,
  ];
  return {
    name: goalSheetName(goal),
    title: `Målkurve: ${goal.name}`,
    subtitle: [
      `Grunnlag ${formatNumber(goal.base)} i ${goal.baseYear}, ${percent} % vekst per år, avrunding ${ROUNDING_NB[rounding]}.`,
      ...verdict,
    ]
      .filter(Boolean)
      .join(' '),
    action: 'Skrev målkurve',
    columnWidths: [10, 14, 14, 14],
    tables: [
      {
        name,
        headers: ['År', 'Mål', 'Faktisk', 'Avvik'],
        rows: view.gaps.map((gap) => [gap.year, gap.target, gap.actual ?? null, gap.gap ?? null]),
        numberFormats: [FORMATS.year, FORMATS.count, FORMATS.count, FORMATS.signed],
      },
    ],
    charts: [{ name: `${name}_diagram`, kind: 'line', title: goal.name, table: name, series: 2 }],
  };
}
