/** What the preview's sheet view needs from the sample workbook behind the ExcelJS port. */
import type { Lang } from '../../core/messages';
import type { Severity } from '../../core/types';
import type { WorkbookPort } from '../../port/workbookPort';
import type { ChartProps } from '../components/Chart';

export interface PreviewSheet {
  name: string;
  /** Used size from A1 (1-based last row and column with content). */
  rows: number;
  columns: number;
  /** Text as the cell shows it ('' for empty), by 1-based row and column. */
  text(row: number, column: number): string;
  isNumber(row: number, column: number): boolean;
  isBold(row: number, column: number): boolean;
  /** Our marks by A1 address. */
  marks: Map<string, Severity>;
  /** Width in pixels where the sheet sets one (owned sheets do), else undefined. */
  columnWidth(column: number): number | undefined;
  /** Charts the port recorded for this sheet (ExcelJS cannot hold real ones), with the cells they cover. */
  charts: PreviewChart[];
}

export interface PreviewChart extends ChartProps {
  /** 1-based rows and columns, inclusive, where Excel would place the chart. */
  anchor: { top: number; left: number; bottom: number; right: number };
}

export type PreviewChange = 'write' | 'select' | 'edit' | 'activate';

export interface PreviewWorkbook {
  port: WorkbookPort;
  /** Visible sheets in tab order, cells shown as Excel in `locale` shows them (default nb). */
  sheets(locale?: Lang): PreviewSheet[];
  activeSheet(): string;
  /** The selected cell, e.g. { sheet: 'Prosjekter', cell: 'H26' }. */
  selection(): { sheet: string; cell: string } | null;
  activate(sheet: string): void;
  select(sheet: string, cell: string): void;
  /** The user types in a cell of the sheet view (text is read the way Excel would: numbers become numbers). */
  edit(sheet: string, cell: string, text: string): void;
  /** Every change, for the sheet view; returns an unsubscribe. */
  subscribe(listener: (change: PreviewChange) => void): () => void;
}
