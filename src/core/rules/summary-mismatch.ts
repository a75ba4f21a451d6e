import { a1 } from '../cells';
import { inBoth, quoted } from '../messages';
import { formatKroner, formatNumber } from '../money';
import { matchArea } from '../plan';
import { CATEGORY_LABELS, matchCategory } from '../projects';
import { readCell, sumLabelRest } from '../sumBlocks';
import { MEASURES, summarize, type SummaryRecord } from '../summary';
import { normalize } from '../text';
import type { Category, CellValue, Finding, Plan } from '../types';
import { shown } from './helpers';
import { defineRule } from './types';

type Measure = (typeof MEASURES)[number]['key'];

/** «Bevilget beløp» / «Amount granted» … → the record field it shows. */
const MEASURE_BY_LABEL = new Map<string, Measure>(
  MEASURES.flatMap((measure) => [
    [normalize(measure.nb), measure.key],
    [normalize(measure.en), measure.key],
  ]),
);

/** The summary's layout: year, category and measure in the first three columns, areas after them. */
const FIRST_AREA_COLUMN = 3;

interface Column {
  index: number;
  header: string;
  isSum: boolean;
}

function readHeader(values: CellValue[]): Column[] | undefined {
  const cells = values.map(readCell);
  const rest = cells.slice(FIRST_AREA_COLUMN);
  if (!rest.some((cell) => cell.kind === 'text') || rest.some((cell) => cell.kind === 'number'))
    return undefined;
  let last = cells.length - 1;
  while (last >= FIRST_AREA_COLUMN && cells[last]!.kind === 'empty') last--;
  const columns: Column[] = [];
  for (let index = FIRST_AREA_COLUMN; index <= last; index++) {
    const header = shown(values[index]);
    columns.push({ index, header, isSum: header !== '' && sumLabelRest(header) !== undefined });
  }
  return columns;
}

function yearOf(value: CellValue): number | undefined {
  const cell = readCell(value);
  return cell.kind === 'number' && Number.isInteger(cell.value) && cell.value >= 1900 && cell.value <= 2100
    ? cell.value
    : undefined;
}

/** Which header column each record's area belongs to: the same name first, then a name the plan knows. */
function assignAreas(
  plan: Plan,
  columns: Column[],
  records: SummaryRecord[],
  year: number,
): Map<string, number> {
  const assigned = new Map<string, number>();
  const areaColumns = columns.filter((column) => !column.isSum && column.header !== '');
  for (const area of new Set(records.map((record) => record.area))) {
    const same = areaColumns.find((column) => normalize(column.header) === normalize(area));
    const known = same ?? areaColumns.find((column) => matchArea(plan, column.header, year).area === area);
    if (known) assigned.set(area, known.index);
  }
  return assigned;
}

function describe(measure: Measure, n: number): string {
  return measure.startsWith('amount') ? formatKroner(n) : formatNumber(n);
}

export const rule = defineRule({
  id: 'summary-mismatch',
  name: { nb: 'Oversikten stemmer ikke', en: 'Summary does not match' },
  severity: 'error',
  description: {
    nb: 'Et tall i oversikten (år × kategori × innsatsområde) stemmer ikke med prosjekttabellen.',
    en: 'A number in the summary (year × category × focus area) does not match the project table.',
  },
  messages: {
    differs: {
      nb: '{row}, {column}: oversikten viser {found}, men prosjekttabellen gir {expected} — oppdater oversikten, eller sjekk prosjektene bak tallet.',
      en: '{row}, {column}: the summary shows {found}, but the project table gives {expected} — update the summary, or check the projects behind the number.',
    },
  },
  find({ table, plan, summary }, report) {
    if (!summary) return [];
    const records = summarize(table.rows);
    const findings: Finding[] = [];
    let columns: Column[] | undefined;
    let year: number | undefined;
    let category: Category | undefined;

    summary.values.forEach((values, r) => {
      const header = readHeader(values);
      if (header) {
        columns = header;
        year = undefined;
        category = undefined;
        return;
      }
      if (!columns) return;
      year = yearOf(values[0]!) ?? year;
      const categoryCell = values[1];
      if (typeof categoryCell === 'string' && categoryCell.trim() !== '')
        category = matchCategory(categoryCell).category;
      if (year === undefined) return;

      const labels = values.slice(0, FIRST_AREA_COLUMN).map((value) => shown(value));
      const sumLabel = labels.find((label) => label !== '' && sumLabelRest(label) !== undefined);
      const measure: Measure | undefined = sumLabel
        ? 'amountGranted'
        : MEASURE_BY_LABEL.get(normalize(labels[2] ?? ''));
      if (!measure || (!sumLabel && !category)) return;

      const inYear = records.filter((record) => record.year === year);
      const counted = sumLabel ? inYear : inYear.filter((record) => record.category === category);
      const assigned = assignAreas(plan, columns, inYear, year);
      // The category as the workbook writes it (its bokmål label), in either language.
      const rowName = inBoth((lang) =>
        sumLabel
          ? `${quoted(sumLabel)[lang]} ${year}`
          : `${quoted(labels[2] ?? '')[lang]} for ${CATEGORY_LABELS[category as Category].nb} ${year}`,
      );

      for (const column of columns) {
        const expected = counted
          .filter((record) => column.isSum || assigned.get(record.area) === column.index)
          .reduce((sum, record) => sum + record[measure], 0);
        const raw = values[column.index] ?? null;
        const cell = readCell(raw);
        const found =
          cell.kind === 'number'
            ? cell.value
            : cell.kind === 'empty' || /^[-–—]$/.test(shown(raw))
              ? 0
              : undefined;
        if (found === expected) continue;
        const address = a1(summary.top + r, summary.left + column.index);
        const letters = address.replace(/\d+$/, '');
        findings.push(
          report.at(summary.sheet, address, 'differs', {
            row: rowName,
            column: column.header
              ? quoted(column.header)
              : { nb: `kolonne ${letters}`, en: `column ${letters}` },
            found: found === undefined ? quoted(shown(raw)) : describe(measure, found),
            expected: describe(measure, expected),
          }),
        );
      }
    });
    return findings;
  },
});
