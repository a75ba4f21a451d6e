/** @jest-environment jsdom */
import './support/setup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'fs';
import type { CellValue, Grid } from '../../src/core/types';
import type { OwnedSheetSpec } from '../../src/port/workbookPort';
import { OpenPanelProvider } from '../../src/taskpane/navigation';
import { OverviewPanel } from '../../src/taskpane/panels/OverviewPanel';
import { FakePort } from './support/fakePort';
import { plain, renderWithWorkbook, workbookRead } from './support/render';

const NYSKAPING = 'Nyskaping i næringslivet';
const ATTRAKTIVITET = 'Attraktivitet for næringslivet';
const HEADERS = [
  'Prosjektnr',
  'Prosjekt',
  'Innsatsområde',
  'Kategori',
  'År',
  'Bevilget',
  'Utbetalt ved godkjenning',
  'Status',
  'Nye arbeidsplasser',
  'Nye bedrifter',
];

function projects(rows: CellValue[][]): Grid {
  return { sheet: 'Prosjekter', top: 1, left: 1, values: [HEADERS, ...rows] };
}

/** 2013–2014: Nyskaping well within its frame, Attraktivitet 200 000 over its 1 900 000. */
const inThePeriod = () =>
  projects([
    ['2013-01', 'A', NYSKAPING, 'Hovedprosjekt', 2013, 1_000_000, 500_000, 'Aktiv', 30, 2],
    ['2013-02', 'B', ATTRAKTIVITET, 'Forprosjekt', 2013, 1_500_000, 1_500_000, 'Aktiv', 0, 0],
    ['2014-01', 'C', ATTRAKTIVITET, 'Forstudie', 2014, 600_000, 100_000, 'Aktiv', 2, 1],
  ]);

function area(name: string): HTMLElement {
  return screen.getByTestId('overview-areas').querySelector(`li[data-area="${name}"]`) as HTMLElement;
}

const amount = (name: string, key: string) =>
  plain(within(area(name)).getByTestId(`area-${key}`).textContent);

describe('Oversikt', () => {
  it('reads only what it shows: not the other sheets or Søknader, which Kontroll and Vurdering ask for', async () => {
    const port = new FakePort({ projects: inThePeriod() });
    renderWithWorkbook(OverviewPanel, port, { today: { year: 2014, month: 6, day: 1 } });
    await workbookRead(port);
    const reads = port.callsOf('readForOperation').map(([options]) => options as Record<string, unknown>);
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.filter((options) => options.sheets || options.applications)).toEqual([]);
  });

  it('shows the whole period: five headline numbers, frame, granted, paid and remaining per area', async () => {
    const port = new FakePort({ projects: inThePeriod() });
    renderWithWorkbook(OverviewPanel, port, { today: { year: 2014, month: 6, day: 1 } });
    await workbookRead(port);
    const headlines = within(screen.getByTestId('headlines'));
    expect(headlines.getAllByRole('definition').length).toBe(10);
    expect(
      plain(screen.getByTestId('headlines').querySelector('[data-headline="granted"]')?.textContent),
    ).toBe('Bevilget i perioden3 100 000 kr49 % av rammen på 6 300 000 kr');
    expect(['frame', 'granted', 'paid', 'remaining'].map((key) => amount(NYSKAPING, key))).toEqual([
      '4 400 000',
      '1 000 000',
      '500 000',
      '3 400 000',
    ]);
    expect(amount(ATTRAKTIVITET, 'remaining')).toBe('−200 000');
  });

  it('draws bars in neutral colours, red only where a frame is overdrawn, and says by how much', async () => {
    const port = new FakePort({ projects: inThePeriod() });
    renderWithWorkbook(OverviewPanel, port, { today: { year: 2014, month: 6, day: 1 } });
    await workbookRead(port);
    expect(within(area(NYSKAPING)).queryByTestId('overdraft')).toBeNull();
    expect(within(area(ATTRAKTIVITET)).getByTestId('overdraft')).toBeTruthy();
    expect(plain(area(ATTRAKTIVITET).textContent)).toContain('overtrukket med 200 000 kr');
    expect(plain(area(NYSKAPING).textContent)).not.toContain('overtrukket');
    expect(plain(within(area(NYSKAPING)).getByRole('img').getAttribute('aria-label'))).toBe(
      'Ramme 4 400 000 kr, bevilget 1 000 000 kr, utbetalt 500 000 kr',
    );
  });

  it('judges the results on today: a year not over is in progress, never missed', async () => {
    const port = new FakePort({ projects: inThePeriod() });
    renderWithWorkbook(OverviewPanel, port, { today: { year: 2014, month: 6, day: 1 } });
    await workbookRead(port);
    const lines = within(screen.getByTestId('overview-results'))
      .getAllByRole('listitem')
      .map((item) => plain(item.textContent));
    expect(lines.slice(0, 4)).toEqual([
      'Nye og sikrede arbeidsplasser 201330 / 50 ikke nådd',
      'Nye og sikrede arbeidsplasser 20142 / 50 pågår',
      'Nye og sikrede arbeidsplasser 20150 / 50 ikke ennå',
      'Nye bedrifter 2013–20153 / 6 pågår',
    ]);
    expect(screen.getByText(/^Vurdert per 01\.06\.2014/)).toBeTruthy();
  });

  it('on the preview’s sample shows the period’s frames and use, and not a single «–»', async () => {
    const port = new FakePort();
    const { container } = renderWithWorkbook(OverviewPanel, port, {
      today: { year: 2013, month: 3, day: 1 },
    });
    await workbookRead(port);
    expect(amount(NYSKAPING, 'frame')).toBe('4 400 000');
    expect(amount(ATTRAKTIVITET, 'frame')).toBe('1 900 000');
    expect(amount(ATTRAKTIVITET, 'granted')).toBe('0');
    expect(container.textContent).not.toMatch(/(^|\s)–(\s|$)/);
    expect(screen.queryAllByTestId('overdraft')).toEqual([]);
  });

  it('links to the detail panels', async () => {
    const user = userEvent.setup();
    const opened: string[] = [];
    const port = new FakePort();
    const Linked = () => (
      <OpenPanelProvider value={(id) => opened.push(id)}>
        <OverviewPanel />
      </OpenPanelProvider>
    );
    renderWithWorkbook(Linked, port);
    await workbookRead(port);
    await user.click(screen.getByRole('button', { name: 'Oppfølging' }));
    await user.click(screen.getByRole('button', { name: 'Vurdering av søknader' }));
    expect(opened).toEqual(['follow-up', 'assessment']);
  });

  it('writes the Styrerapport sheet: values only, on one A4 landscape page, with its chart', async () => {
    const user = userEvent.setup();
    const port = new FakePort({ projects: inThePeriod() });
    renderWithWorkbook(OverviewPanel, port, { today: { year: 2014, month: 6, day: 1 } });
    await workbookRead(port);
    await user.click(screen.getByRole('button', { name: 'Skriv styrerapport' }));
    await screen.findByText(/til arket «Styrerapport»/);
    const spec = port.owned.get('Styrerapport') as OwnedSheetSpec;
    expect(spec).toMatchObject({ orientation: 'landscape', onePage: true });
    expect(spec.tables.every((table) => table.sum === undefined && table.links === undefined)).toBe(true);
    expect(spec.charts?.map((c) => [c.kind, c.table, c.series])).toEqual([
      ['columns', 'Styrerapport_rammer', 3],
    ]);
    const areas = spec.tables.find((t) => t.name === 'Styrerapport_rammer');
    expect(areas?.rows[1]).toEqual([ATTRAKTIVITET, 1_900_000, 2_100_000, 1_600_000, 0, -200_000]);
  });

  it('offers the same report as a PDF, made in the browser with the font fetched only then', async () => {
    const user = userEvent.setup();
    const font = readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
    const { fetch: realFetch } = globalThis;
    const fetched: string[] = [];
    const saved: Blob[] = [];
    const downloads: string[] = [];
    globalThis.fetch = (async (url: URL | string) => {
      fetched.push(String(url));
      return {
        ok: true,
        status: 200,
        arrayBuffer: async () => font.buffer.slice(font.byteOffset, font.byteOffset + font.byteLength),
      };
    }) as typeof fetch;
    URL.createObjectURL = (blob: Blob) => (saved.push(blob), 'blob:styrerapport');
    URL.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push(this.download);
    });
    const port = new FakePort({ projects: inThePeriod() });
    renderWithWorkbook(OverviewPanel, port, { today: { year: 2014, month: 6, day: 1 } });
    await workbookRead(port);
    expect(fetched).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Last ned som PDF' }));
    await screen.findByText('Styrerapporten er lastet ned som «Styrerapport.pdf».');
    click.mockRestore();
    expect(fetched).toEqual([expect.stringMatching(/\/assets\/DejaVuSans\.ttf$/)]);
    expect(downloads).toEqual(['Styrerapport.pdf']);
    expect(saved[0].type).toBe('application/pdf');
    const bytes = await new Promise<Uint8Array>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.readAsArrayBuffer(saved[0]);
    });
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(port.owned.size).toBe(0);
    globalThis.fetch = realFetch;
  });

  it('in Excel for Mac and iPad offers no PDF download (it would go nowhere) and says what to do instead', async () => {
    const port = new FakePort({ projects: inThePeriod() });
    renderWithWorkbook(OverviewPanel, port, { today: { year: 2014, month: 6, day: 1 }, downloads: false });
    await workbookRead(port);
    expect(screen.queryByRole('button', { name: 'Last ned som PDF' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Skriv styrerapport' })).toBeTruthy();
    expect(screen.getByText(/Excel for Mac og iPad kan ikke laste ned filer fra et tillegg/)).toBeTruthy();
  });

  it('speaks English', async () => {
    const port = new FakePort({ projects: inThePeriod() });
    renderWithWorkbook(OverviewPanel, port, { lang: 'en', today: { year: 2014, month: 6, day: 1 } });
    await workbookRead(port);
    expect(screen.getByRole('heading', { name: 'Frames and use per focus area, 2013–2015' })).toBeTruthy();
    expect(plain(area(ATTRAKTIVITET).textContent)).toContain('overdrawn by 200 000 kr');
  });
});
