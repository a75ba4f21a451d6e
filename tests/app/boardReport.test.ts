/**
 * Styrerapport over both WorkbookPorts (Office.js over the fake Excel, ExcelJS): the overview and the
 * recommendation with its warnings, written as a values-only sheet on one A4 landscape page with its chart.
 */
import { boardReportOf, boardReportSheet, writeBoardReport } from '../../src/app/boardReport';
import { implementations, sampleBookFixture } from '../port/fixtures';

const TODAY = { year: 2013, month: 11, day: 1 };
const NOW = new Date(2013, 10, 4, 12, 0);

const fixture = (applications = true) => sampleBookFixture({ applications });

describe.each(implementations)('%s', (_name, build) => {
  it('makes the report: the period’s frames, the results judged on the day, the applications in the board’s words', async () => {
    const { port } = await build(fixture());
    const report = await boardReportOf(port, TODAY, { now: NOW });
    expect(report.made).toEqual({ year: 2013, month: 11, day: 4 });
    expect(report.overview.areas.map((a) => [a.area, a.frame, a.remaining])).toEqual([
      ['Nyskaping i næringslivet', 4_400_000, 4_400_000],
      ['Attraktivitet for næringslivet', 1_900_000, 1_900_000],
    ]);
    expect(report.overview.results[0]).toMatchObject({ year: 2013, status: 'in-progress' });
    const byId = Object.fromEntries((report.applications ?? []).map((a) => [a.id, a]));
    expect(byId['S-01']).toMatchObject({ rank: 3, decision: { nb: 'Innenfor rammen' }, warnings: 1 });
    expect(byId['S-01'].remark?.nb).toMatch(/^Søker 85,7\s% av prosjektets budsjett/);
    expect(byId['S-01'].remark?.en).toMatch(/^Applies for 85.7\s% of the project’s budget/);
    expect(byId['S-06']).toMatchObject({ rank: null, warnings: 0 });
    expect(byId['S-06'].remark?.nb).toBe('Mangler poeng for «Gjennomføringsevne».');
  });

  it('reads the workbook once for the overview and the recommendation together', async () => {
    const { port } = await build(fixture());
    const reads = jest.spyOn(port, 'readForOperation');
    await boardReportOf(port, TODAY, { now: NOW });
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('writes Styrerapport with values only — not one formula — on one A4 landscape page, with its chart', async () => {
    const { port, inspect } = await build(fixture());
    const written = await writeBoardReport(port, await boardReportOf(port, TODAY, { now: NOW }));
    expect(written.sheet).toBe('Styrerapport');
    expect(written.charts.map((c) => [c.name, c.kind])).toEqual([['Styrerapport_diagram', 'columns']]);
    const values = inspect.values('Styrerapport', 'A1:H60');
    const formulas = inspect.formulas('Styrerapport', 'A1:H60');
    expect(formulas.flat().filter((f) => f !== null)).toEqual([]);
    const cells = values.flat().map((v) => (typeof v === 'string' ? v.replace(/[\u00a0\u202f]/g, ' ') : v));
    expect(cells[0]).toBe('Styrerapport — Omstillingsplan 2013–2015');
    expect(cells).toContain(
      'Laget 04.11.2013. Resultatene er vurdert per 01.11.2013: et år som ikke er slutt, pågår.',
    );
    expect(cells).toContain('Nyskaping i næringslivet');
    expect(cells).toContain(4_400_000);
    expect(cells).toContain('pågår');
    expect(cells.some((v) => typeof v === 'string' && /^Søker 85,7 % av prosjektets budsjett/.test(v))).toBe(
      true,
    );
    expect(inspect.view('Styrerapport')).toMatchObject({
      paper: 'A4',
      orientation: 'landscape',
      fit: { wide: 1, tall: 1 },
    });
  });

  it('in Excel the frames-vs-use chart is a native chart over the areas table: frame, granted and paid per area', async () => {
    const { port, fake, xlsx } = await build(fixture());
    const written = await writeBoardReport(port, await boardReportOf(port, TODAY, { now: NOW }));
    if (xlsx) {
      // ExcelJS cannot write a chart: the file's sheet says so instead (a warning, the values stand).
      expect(written.charts).toEqual([{ name: 'Styrerapport_diagram', kind: 'columns', native: false }]);
      expect(written.warnings.map((w) => w.code)).toContain('chart-not-saved');
      return;
    }
    expect(written.charts).toEqual([{ name: 'Styrerapport_diagram', kind: 'columns', native: true }]);
    const sheet = fake!.sheet('Styrerapport');
    expect(sheet.charts).toHaveLength(1);
    const [chart] = sheet.charts;
    expect(chart).toMatchObject({
      name: 'Styrerapport_diagram',
      type: 'ColumnClustered',
      seriesBy: 'Columns',
      title: 'Ramme, bevilget og utbetalt per innsatsområde',
    });
    // The source is the areas table's header and rows, the area column and the next three (Ramme,
    // Bevilget, Utbetalt): the categories and the three series Excel draws.
    const header = [0, 1, 2, 3].map(
      (i) => sheet.rows.get(chart.source.top)?.get(chart.source.left + i)?.value,
    );
    expect(header).toEqual(['Innsatsområde', 'Ramme', 'Bevilget', 'Utbetalt']);
    expect(chart.source.right - chart.source.left).toBe(3);
    expect(chart.source.bottom - chart.source.top).toBe(2);
    expect(chart.anchor?.from).toMatch(/^[A-Z]+\d+$/);
  });

  it('leaves the recommendation out of a workbook without applications', async () => {
    const { port } = await build(fixture(false));
    const report = await boardReportOf(port, TODAY, { now: NOW });
    expect(report.applications).toBeNull();
    expect(boardReportSheet(report).tables.map((t) => t.name)).toEqual([
      'Styrerapport_nokkeltall',
      'Styrerapport_rammer',
      'Styrerapport_resultater',
    ]);
  });
});
