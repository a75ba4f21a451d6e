/** @jest-environment jsdom */
import './support/setup';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { a1, parseA1 } from '../../src/core/cells';
import type { Severity } from '../../src/core/types';
import { LanguageProvider } from '../../src/taskpane/i18n';
import { SheetView } from '../../src/taskpane/preview/SheetView';
import type {
  PreviewChange,
  PreviewChart,
  PreviewSheet,
  PreviewWorkbook,
} from '../../src/taskpane/preview/types';
import { FakePort } from './support/fakePort';

/** Two sheets of plain text cells, a mark and a chart; selection and edits kept in memory. */
class MemoryPreview implements PreviewWorkbook {
  port = new FakePort();
  cells: Record<string, Record<string, string>> = {
    Prosjekter: { A1: 'Prosjekt', B1: 'Bevilget', A2: 'Sykkelpark', B2: '0' },
    Fordeling: { A1: 'Innsatsområde', B1: 'Ramme', A2: 'Nyskaping', B2: '4400000' },
  };
  marks = new Map<string, Severity>([['B2', 'warning']]);
  charts: PreviewChart[] = [
    {
      kind: 'columns',
      title: 'Bevilget mot ramme',
      categories: ['Nyskaping'],
      series: [{ name: 'Ramme', values: [4_400_000] }],
      anchor: { top: 1, left: 4, bottom: 15, right: 11 },
    },
  ];
  active = 'Prosjekter';
  selected: { sheet: string; cell: string } | null = { sheet: 'Prosjekter', cell: 'A1' };
  edits: [string, string, string][] = [];
  listeners = new Set<(change: PreviewChange) => void>();

  sheets(): PreviewSheet[] {
    return Object.entries(this.cells).map(([name, cells]) => ({
      name,
      rows: 2,
      columns: 2,
      text: (row, column) => cells[a1(row, column)] ?? '',
      isNumber: (row, column) => /^\d+$/.test(cells[a1(row, column)] ?? ''),
      isBold: (row) => row === 1,
      columnWidth: () => undefined,
      marks: name === 'Prosjekter' ? this.marks : new Map(),
      charts: name === 'Fordeling' ? this.charts : [],
    }));
  }
  activeSheet = () => this.active;
  selection = () => this.selected;
  activate(sheet: string) {
    this.active = sheet;
    this.emit('activate');
  }
  select(sheet: string, cell: string) {
    this.active = sheet;
    this.selected = { sheet, cell };
    this.emit('select');
  }
  edit(sheet: string, cell: string, text: string) {
    this.edits.push([sheet, cell, text]);
    this.cells[sheet][cell] = text;
    this.emit('edit');
  }
  subscribe(listener: (change: PreviewChange) => void) {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }
  emit(change: PreviewChange) {
    act(() => this.listeners.forEach((listener) => listener(change)));
  }
}

function renderView(preview: MemoryPreview) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider lang="nb">
        <SheetView preview={preview} />
      </LanguageProvider>
    </FluentProvider>,
  );
}

const selectedCell = () =>
  screen.getAllByRole('gridcell').find((c) => c.getAttribute('aria-selected') === 'true');

describe('the preview’s sheet view', () => {
  it('shows the active sheet with A1 headers, the selected cell and our marks', () => {
    renderView(new MemoryPreview());
    const grid = screen.getByRole('grid', { name: 'Prosjekter' });
    expect(within(grid).getByRole('columnheader', { name: 'A' })).toBeTruthy();
    expect(within(grid).getByRole('rowheader', { name: '2' })).toBeTruthy();
    expect(selectedCell()?.getAttribute('data-cell')).toBe('A1');
    expect(screen.getByTestId('selected-cell').textContent).toBe('Markert celle: Prosjekter!A1');
    expect(within(grid).getByRole('gridcell', { name: '0' }).getAttribute('data-mark')).toBe('warning');
  });

  it('follows the selection when the pane selects a cell (a click on a finding)', () => {
    const preview = new MemoryPreview();
    renderView(preview);
    preview.select('Prosjekter', 'B2');
    expect(selectedCell()?.getAttribute('data-cell')).toBe('B2');
    expect(screen.getByTestId('selected-cell').textContent).toBe('Markert celle: Prosjekter!B2');
  });

  it('moves the selection with the arrow keys and edits a cell with Enter', async () => {
    const preview = new MemoryPreview();
    renderView(preview);
    screen.getByRole('grid').focus();
    await userEvent.keyboard('{ArrowDown}{ArrowRight}');
    expect(preview.selected).toEqual({ sheet: 'Prosjekter', cell: 'B2' });
    await userEvent.keyboard('{Enter}');
    const editor = screen.getByLabelText('Rediger B2');
    await userEvent.clear(editor);
    await userEvent.type(editor, '150000{Enter}');
    expect(preview.edits).toEqual([['Prosjekter', 'B2', '150000']]);
    expect(within(screen.getByRole('grid')).getByRole('gridcell', { name: '150000' })).toBeTruthy();
  });

  it('switches sheets from the tabs and draws the charts the port recorded', async () => {
    const preview = new MemoryPreview();
    renderView(preview);
    expect(screen.queryByTestId('sheet-chart')).toBeNull();
    await userEvent.click(screen.getByRole('tab', { name: 'Fordeling' }));
    expect(screen.getByRole('grid', { name: 'Fordeling' })).toBeTruthy();
    const chart = within(screen.getByTestId('sheet-chart')).getByRole('img', { name: /Bevilget mot ramme/ });
    expect(chart.querySelectorAll('rect[data-series="Ramme"]').length).toBe(1);
  });

  it('renders every column a chart covers', async () => {
    const preview = new MemoryPreview();
    preview.active = 'Fordeling';
    renderView(preview);
    const headers = within(screen.getByRole('grid'))
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toContain('K');
    expect(parseA1('K1')?.column).toBe(11);
  });
});
