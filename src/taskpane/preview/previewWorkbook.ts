/**
 * The preview's workbook: the ExcelJS port over a sample workbook (the default plan's Plan sheet and the
 * 2011–2012 projects), built in the browser. Loaded through a dynamic import, so ExcelJS stays out of the
 * Office path. Wraps the port to tell the sheet view about every write and selection.
 */
import type ExcelJS from 'exceljs';
import { writeTemplate } from '../../app/template';
import { a1, parseA1 } from '../../core/cells';
import { formatValue } from '../../core/formats';
import type { Lang } from '../../core/messages';
import { parseNumber } from '../../core/money';
import type { CellValue, Severity } from '../../core/types';
import { parseRect } from '../../port/addresses';
import type { PlannedChart } from '../../port/layout';
import { isMarkFormula, severityOfMarkFormula } from '../../port/marks';
import { PROJECTS } from '../../port/names';
import type { WorkbookPort } from '../../port/workbookPort';
import { createXlsxPort, type XlsxWorkbookPort } from '../../xlsx/xlsxPort';
import { fromExcelJs } from '../../xlsx/cellValues';
import type { PreviewChange, PreviewChart, PreviewSheet, PreviewWorkbook } from './types';

const WRITES: (keyof WorkbookPort)[] = [
  'writeOwnedSheet',
  'createPlanSheet',
  'writePlanTable',
  'createProjectTable',
  'createPaymentsTable',
  'appendRows',
  'markCells',
  'clearMarks',
  'saveMapping',
];

type ConditionalFormatting = { ref: string; rules: { formulae?: string[] }[] };

function marksOf(sheet: ExcelJS.Worksheet): Map<string, Severity> {
  const marks = new Map<string, Severity>();
  const formattings = (sheet as unknown as { conditionalFormattings?: ConditionalFormatting[] })
    .conditionalFormattings;
  for (const cf of formattings ?? []) {
    const formula = cf.rules.map((rule) => rule.formulae?.[0]).find((f) => isMarkFormula(f));
    const severity = formula ? severityOfMarkFormula(formula) : undefined;
    if (!severity) continue;
    for (const area of cf.ref.split(/\s+/)) {
      const rect = parseRect(area);
      if (!rect) continue;
      for (let row = rect.top; row <= rect.bottom; row++) {
        for (let column = rect.left; column <= rect.right; column++) {
          marks.set(a1(row, column), severity);
        }
      }
    }
  }
  return marks;
}

function chartOf(sheet: ExcelJS.Worksheet, chart: PlannedChart): PreviewChart {
  const { source, spec } = chart;
  const value = (row: number, column: number): CellValue => fromExcelJs(sheet.findCell(row, column)?.value);
  const categories: string[] = [];
  const series = Array.from({ length: spec.series }, (_, i) => ({
    name: String(value(source.top, source.left + 1 + i) ?? ''),
    values: [] as (number | null)[],
  }));
  for (let row = source.top + 1; row <= source.bottom; row++) {
    categories.push(String(value(row, source.left) ?? ''));
    series.forEach((s, i) => {
      const v = value(row, source.left + 1 + i);
      s.values.push(typeof v === 'number' ? v : null);
    });
  }
  return { kind: spec.kind, title: spec.title, categories, series, anchor: chart.anchor };
}

function usedSize(sheet: ExcelJS.Worksheet): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  sheet.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.value === null || cell.value === undefined || cell.value === '') return;
      rows = Math.max(rows, r);
      columns = Math.max(columns, c);
    });
  });
  return { rows, columns };
}

class SampleWorkbook implements PreviewWorkbook {
  readonly port: WorkbookPort;
  private listeners = new Set<(change: PreviewChange) => void>();

  constructor(private readonly xlsx: XlsxWorkbookPort) {
    this.port = this.observed(xlsx);
  }

  private get workbook(): ExcelJS.Workbook {
    return this.xlsx.workbook;
  }

  /** The port as the panels use it: every write and selection tells the sheet view. */
  private observed(port: XlsxWorkbookPort): WorkbookPort {
    const emit = (change: PreviewChange) => this.emit(change);
    return new Proxy(port, {
      get(target, key, receiver) {
        const member = Reflect.get(target, key, receiver);
        if (typeof member !== 'function') return member;
        const change: PreviewChange | undefined = WRITES.includes(key as keyof WorkbookPort)
          ? 'write'
          : key === 'selectCell'
            ? 'select'
            : undefined;
        if (!change) return member.bind(target);
        return async (...args: unknown[]) => {
          try {
            return await member.apply(target, args);
          } finally {
            emit(change);
          }
        };
      },
    });
  }

  private emit(change: PreviewChange): void {
    for (const listener of this.listeners) listener(change);
  }

  private visible(): ExcelJS.Worksheet[] {
    return this.workbook.worksheets.filter((s) => s.state !== 'hidden' && s.state !== 'veryHidden');
  }

  private sheetNamed(name: string): ExcelJS.Worksheet | undefined {
    return this.workbook.worksheets.find((s) => s.name === name);
  }

  sheets(locale: Lang = 'nb'): PreviewSheet[] {
    return this.visible().map((sheet) => {
      const { rows, columns } = usedSize(sheet);
      const cell = (row: number, column: number) => sheet.findCell(row, column);
      return {
        name: sheet.name,
        rows,
        columns,
        text: (row, column) => {
          const c = cell(row, column);
          if (!c) return '';
          // A formula's cached result: `c.result` keeps a result of 0, which `c.value` drops.
          const value = c.formula ? fromExcelJs(c.result) : fromExcelJs(c.value);
          return formatValue(value, typeof c.numFmt === 'string' ? c.numFmt : 'General', locale);
        },
        isNumber: (row, column) => {
          const c = cell(row, column);
          return typeof fromExcelJs(c?.formula ? c.result : c?.value) === 'number';
        },
        isBold: (row, column) => Boolean(cell(row, column)?.font?.bold),
        columnWidth: (column) => {
          const chars = sheet.getColumn(column).width;
          return typeof chars === 'number' && chars > 0 ? Math.round(chars * 7 + 5) : undefined;
        },
        marks: marksOf(sheet),
        charts: (this.xlsx.charts.get(sheet.name) ?? []).map((chart) => chartOf(sheet, chart)),
      };
    });
  }

  activeSheet(): string {
    const all = this.workbook.worksheets;
    const active = all[this.workbook.views?.[0]?.activeTab ?? 0] ?? all[0];
    return active && active.state === 'visible' ? active.name : (this.visible()[0]?.name ?? '');
  }

  selection(): { sheet: string; cell: string } | null {
    const sheet = this.sheetNamed(this.activeSheet());
    const cell = (sheet?.views?.[0] as { activeCell?: string } | undefined)?.activeCell;
    return sheet && cell ? { sheet: sheet.name, cell } : null;
  }

  activate(name: string): void {
    const sheet = this.sheetNamed(name);
    if (!sheet) return;
    const cell = (sheet.views?.[0] as { activeCell?: string } | undefined)?.activeCell ?? 'A1';
    void this.port.selectCell(name, cell);
  }

  select(sheet: string, cell: string): void {
    void this.port.selectCell(sheet, cell);
  }

  edit(sheetName: string, cell: string, text: string): void {
    const sheet = this.sheetNamed(sheetName);
    if (!sheet || !parseA1(cell)) return;
    const parsed = parseNumber(text);
    sheet.getCell(cell).value =
      parsed.kind === 'empty' ? null : parsed.kind === 'number' ? parsed.value : text;
    this.emit('edit');
  }

  subscribe(listener: (change: PreviewChange) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
}

/** A fresh sample workbook: Plan sheet with the default plan and the 28 projects of 2011–2012. */
export async function openPreview(): Promise<PreviewWorkbook> {
  const xlsx = createXlsxPort();
  await writeTemplate(xlsx, { example: true });
  await xlsx.selectCell(PROJECTS, 'A1');
  return new SampleWorkbook(xlsx);
}
