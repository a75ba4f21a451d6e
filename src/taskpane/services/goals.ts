/** The goal-curve panel: the curve with the chosen rounding, actual figures beside it, and its sheet. */
import { a1, isBlank } from '../../core/cells';
import { errorFactory } from '../../core/errors';
import {
  goalCurve,
  goalGaps,
  goalVerdict,
  goalYearStatus,
  type GoalGap,
  type GoalVerdict,
  type GoalYearStatus,
} from '../../core/goals';
import { bilingual, defineMessages, type Bilingual, type Lang } from '../../core/messages';
import { isSumWord } from '../../core/sumBlocks';
import { formatNumber, parseNumber } from '../../core/money';
import type { Day } from '../../core/today';
import { paneText, type MessageKey, type Vars } from '../../i18n';
import type { CellValue, GoalIndicator, Grid, Rounding } from '../../core/types';
import { sheetAddress } from '../../port/addresses';
import type { OwnedSheetSpec } from '../../port/workbookPort';

export interface GoalView {
  gaps: GoalGap[];
  /** Each year's standing on the day judged (the base year is 'base'). */
  statuses: GoalYearStatus[];
  verdict: GoalVerdict;
  /** Years whose typed actual figure is not a number. */
  invalid: { year: number; text: string }[];
  hasActuals: boolean;
}

export function goalYears(goal: GoalIndicator): number[] {
  const years: number[] = [];
  for (let year = goal.baseYear; year <= goal.toYear; year++) years.push(year);
  return years;
}

/** The curve beside the typed figures, judged on `today`: a year not yet over is in progress. */
export function goalView(
  goal: GoalIndicator,
  rounding: Rounding,
  actualTexts: Record<number, string>,
  today: Day,
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
    statuses: gaps.map((gap) => goalYearStatus(gap, goal.baseYear, today)),
    verdict: goalVerdict(gaps, goal.baseYear, today),
    invalid,
    hasActuals: gaps.some((gap) => gap.actual !== undefined),
  };
}

const FETCH_MESSAGES = defineMessages({
  'actuals-rejected': {
    nb: 'Tallene i {address} er ikke hentet: {problems} Rett opp området og hent på nytt.',
    en: 'The figures in {address} were not fetched: {problems} Correct the range and fetch again.',
  },
  duplicateYear: {
    nb: '{year} står flere ganger ({cells}).',
    en: '{year} appears more than once ({cells}).',
  },
  notAYear: { nb: '«{text}» i {cell} er ikke et årstall.', en: '"{text}" in {cell} is not a year.' },
});
const fetchError = errorFactory<keyof typeof FETCH_MESSAGES, 'actuals-rejected'>('input', FETCH_MESSAGES);

/** A number as the user would type it in `lang`: no grouping, the language's decimal separator. */
function typedNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'nb-NO', {
    useGrouping: false,
    maximumFractionDigits: 10,
  })
    .format(value)
    .replace('\u2212', '-');
}

/** A key cell's year: a whole number, or text of one ("2014"). */
function yearOf(cell: CellValue | undefined): number | undefined {
  const parsed = parseNumber(cell ?? null);
  return parsed.kind === 'number' && Number.isInteger(parsed.value) ? parsed.value : undefined;
}

function numberOf(cell: CellValue | undefined): number | undefined {
  const parsed = parseNumber(cell ?? null);
  return parsed.kind === 'number' ? parsed.value : undefined;
}

/**
 * Actual figures from a range: pairs of year and value (two columns, or two rows), or a single row or
 * column of values read in order from the curve's first year. In pairs, a year twice or a key that is not a
 * year is refused (InputError naming the cells) rather than one value quietly winning; a heading pair at the
 * start ("År", "Folketall") and a total line ("Sum") are passed over, as are empty pairs, values that are not numbers and years
 * outside the curve. Values are written back as the user would type them in `lang`.
 */
export function actualsFromGrid(grid: Grid, years: number[], lang: Lang = 'nb'): Record<number, string> {
  const values = grid.values;
  const height = values.length;
  const width = Math.max(0, ...values.map((row) => row.length));
  const cellName = (r: number, c: number) => sheetAddress(grid.sheet, a1(grid.top + r, grid.left + c));
  const found: Record<number, string> = {};
  const put = (year: number, value: number | undefined) => {
    if (value !== undefined && years.includes(year)) found[year] = typedNumber(value, lang);
  };
  let pairs: { key: CellValue | undefined; value: CellValue | undefined; at: [number, number] }[] | undefined;
  if (width === 2 && height >= 1)
    pairs = values.map((row, r) => ({ key: row[0], value: row[1], at: [r, 0] }));
  else if (height === 2 && width > 2) {
    pairs = Array.from({ length: width }, (_, c) => ({ key: values[0][c], value: values[1][c], at: [0, c] }));
  }
  if (!pairs) {
    const line = width === 1 ? values.map((row) => row[0]) : (values[0] ?? []);
    line.forEach((cell, i) => years[i] !== undefined && put(years[i], numberOf(cell)));
    return found;
  }
  const problems: Bilingual[] = [];
  const cellsOfYear = new Map<number, string[]>();
  pairs.forEach(({ key, value, at }, i) => {
    if (isBlank(key) && isBlank(value)) return;
    const year = yearOf(key);
    const heading = i === 0 && year === undefined && numberOf(value) === undefined;
    // A total line (Sum, I alt, Totalt) is no year's figure.
    if (heading || (typeof key === 'string' && isSumWord(key))) return;
    if (year === undefined) {
      const text = typeof key === 'object' && key !== null ? key.error : String(key ?? '');
      problems.push(bilingual(FETCH_MESSAGES, 'notAYear', { text, cell: cellName(...at) }));
      return;
    }
    cellsOfYear.set(year, [...(cellsOfYear.get(year) ?? []), cellName(...at)]);
    put(year, numberOf(value));
  });
  for (const [year, cells] of cellsOfYear) {
    if (cells.length > 1) {
      problems.push(bilingual(FETCH_MESSAGES, 'duplicateYear', { year, cells: cells.join(', ') }));
    }
  }
  if (problems.length > 0) {
    const address = sheetAddress(grid.sheet, {
      top: grid.top,
      left: grid.left,
      bottom: grid.top + height - 1,
      right: grid.left + width - 1,
    });
    const joined = { nb: problems.map((p) => p.nb).join(' '), en: problems.map((p) => p.en).join(' ') };
    throw fetchError('actuals-rejected', { address, problems: joined });
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

/** One sentence of the verdict, as an i18n key with its values, and how it should look. */
export interface VerdictLine {
  key: MessageKey;
  vars: Vars;
  intent: 'success' | 'warning' | 'info';
}

const LATEST: Record<
  NonNullable<GoalVerdict['latest']>['status'],
  { key: MessageKey; intent: VerdictLine['intent'] }
> = {
  met: { key: 'latestMet', intent: 'success' },
  missed: { key: 'latestMissed', intent: 'warning' },
  'in-progress': { key: 'latestInProgress', intent: 'info' },
  'not-yet': { key: 'latestNotYet', intent: 'info' },
};

/**
 * What the panel and the sheet say about the curve: the first year met and the first missed (years over and
 * after the base year only), and always where the latest year with a figure stands.
 */
export function verdictLines(goal: GoalIndicator, view: GoalView, lang: Lang): VerdictLine[] {
  const { firstMet, firstMissed, latest } = view.verdict;
  if (!latest) return [{ key: 'noActuals', vars: { baseYear: goal.baseYear }, intent: 'info' }];
  const show = (n: number) => formatNumber(n, 2, lang);
  const lines: VerdictLine[] = [];
  if (firstMet !== undefined) lines.push({ key: 'firstMet', vars: { year: firstMet }, intent: 'success' });
  if (firstMissed !== undefined) {
    lines.push({ key: 'firstMissed', vars: { year: firstMissed }, intent: 'warning' });
  }
  lines.push({
    ...LATEST[latest.status],
    vars: {
      year: latest.year,
      actual: show(latest.actual),
      target: show(latest.target),
      gap: `${latest.gap > 0 ? '+' : ''}${show(latest.gap)}`,
    },
  });
  return lines;
}

export function goalSheet(goal: GoalIndicator, rounding: Rounding, view: GoalView): OwnedSheetSpec {
  const name = tableName(goal);
  const percent = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2 }).format(goal.rate * 100);
  const verdict = verdictLines(goal, view, 'nb').map((line) => paneText('nb', line.key, line.vars));
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
    tables: [
      {
        name,
        headers: ['År', 'Mål', 'Faktisk', 'Avvik'],
        rows: view.gaps.map((gap) => [gap.year, gap.target, gap.actual ?? null, gap.gap ?? null]),
        columns: ['year', 'count', 'count', 'signed'],
      },
    ],
    charts: [{ name: `${name}_diagram`, kind: 'line', title: goal.name, table: name, series: 2 }],
  };
}
