import { allocationSheet, allocationView, initialInput } from '../../src/taskpane/services/allocation';
import { defaultPlan } from '../../src/core/plan';
import { openPreview } from '../../src/taskpane/preview/previewWorkbook';
import type { PreviewChange } from '../../src/taskpane/preview/types';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('the preview’s sample workbook', () => {
  it('holds the Plan sheet and the 28 sample projects, with the project sheet active at A1', async () => {
    const preview = await openPreview();
    const names = preview.sheets().map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Plan', 'Prosjekter']));
    expect(names).not.toContain('Omstilling_innstillinger');
    expect(preview.activeSheet()).toBe('Prosjekter');
    expect(preview.selection()).toEqual({ sheet: 'Prosjekter', cell: 'A1' });
    const read = await preview.port.readForOperation();
    expect(read.projects?.tableName).toBe('Prosjekter');
  });

  it('tells the sheet view about writes and selections made through the port', async () => {
    const preview = await openPreview();
    const changes: PreviewChange[] = [];
    preview.subscribe((change) => changes.push(change));
    await preview.port.selectCell('Prosjekter', 'H5');
    await preview.port.markCells([{ sheet: 'Prosjekter', cell: 'H5', severity: 'error' }]);
    expect(changes).toEqual(['select', 'write']);
    const sheet = preview.sheets().find((s) => s.name === 'Prosjekter');
    expect(sheet?.marks.get('H5')).toBe('error');
    expect(preview.selection()).toEqual({ sheet: 'Prosjekter', cell: 'H5' });
  });

  it('draws a written sheet’s chart from the cells the port recorded, over the cells Excel would use', async () => {
    const preview = await openPreview();
    const view = allocationView(defaultPlan, initialInput(defaultPlan));
    await preview.port.writeOwnedSheet(allocationSheet(defaultPlan, view));
    expect(preview.activeSheet()).toBe('Fordeling');
    const sheet = preview.sheets().find((s) => s.name === 'Fordeling');
    expect(sheet?.charts).toHaveLength(1);
    const chart = sheet!.charts[0];
    expect(chart.categories).toEqual(['Nyskaping i næringslivet', 'Attraktivitet for næringslivet']);
    expect(chart.series.map((s) => s.name)).toEqual(['Bevilget', 'Ramme']);
    expect(chart.series[1].values).toEqual([4_400_000, 1_900_000]);
    expect(chart.anchor.left).toBeGreaterThan(5);
    expect(sheet?.columnWidth(1)).toBeGreaterThan(200);
  });

  it('reads what the user types as Excel would: numbers become numbers, text stays text, empty clears', async () => {
    const preview = await openPreview();
    const changes: PreviewChange[] = [];
    preview.subscribe((change) => changes.push(change));
    preview.edit('Prosjekter', 'H5', '150 000');
    preview.edit('Prosjekter', 'A5', '2011-99');
    preview.edit('Prosjekter', 'M5', '');
    const grid = await preview.port.readRange('Prosjekter!A5:M5');
    expect(grid.values[0][7]).toBe(150_000);
    expect(grid.values[0][0]).toBe('2011-99');
    expect(grid.values[0][12]).toBeNull();
    expect(changes).toEqual(['edit', 'edit', 'edit']);
  });
});

describe('cell text in the sheet view', () => {
  it('shows amounts and shares as Excel in the pane’s language does', async () => {
    const preview = await openPreview();
    const view = allocationView(defaultPlan, initialInput(defaultPlan));
    await preview.port.writeOwnedSheet(allocationSheet(defaultPlan, view));
    const row = (locale: 'nb' | 'en') => {
      const sheet = preview.sheets(locale).find((s) => s.name === 'Fordeling')!;
      const at = Array.from({ length: sheet.rows }, (_, r) => r + 1).find(
        (r) => sheet.text(r, 1) === 'Nyskaping i næringslivet',
      )!;
      return [2, 4].map((column) => sheet.text(at, column));
    };
    expect(row('nb').map(plain)).toEqual(['70,0 %', '4 400 000']);
    expect(row('en')).toEqual(['70.0 %', '4,400,000']);
  });
});
