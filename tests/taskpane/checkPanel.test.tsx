/** @jest-environment jsdom */
import './support/setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { sampleProjectsGrid } from '../../src/core/sample';
import { CheckPanel } from '../../src/taskpane/panels/CheckPanel';
import type { WatchChanges } from '../../src/taskpane/workbook';
import type { OwnedSheetSpec } from '../../src/port/workbookPort';
import { FakePort } from './support/fakePort';
import { plain, renderWithWorkbook } from './support/render';

async function checked() {
  await screen.findByTestId('finding-counts');
}

function zeroGrantButtons() {
  const group = document.querySelector('[data-rule="zero-grant"]') as HTMLElement;
  return within(group).getAllByRole('button');
}

describe('Kontroll: de minimis room per undertaking', () => {
  it('lists each undertaking with aid in its window on the day, least room first, in euro and kroner', async () => {
    renderWithWorkbook(CheckPanel, new FakePort(), { today: { year: 2012, month: 12, day: 31 } });
    await checked();
    const list = await screen.findByTestId('state-aid-room');
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => plain(li.textContent));
    expect(items.length).toBeGreaterThan(3);
    expect(items[0]).toMatch(/^.+: [\d ]+ euro igjen ≈ [\d ]+ kr$/);
    const rooms = items.map((text) => Number(/: ([\d ]+) euro/.exec(text)?.[1]?.replace(/ /g, '')));
    expect(rooms).toEqual([...rooms].sort((a, b) => a - b));
    expect(rooms.every((room) => room > 0 && room < 200_000)).toBe(true);
    expect(screen.getByText(/per 31\.12\.2012/)).toBeTruthy();
  });

  it('says the whole ceiling is left when no grant lies in the window (the 2011–2012 sample judged in 2026)', async () => {
    renderWithWorkbook(CheckPanel, new FakePort(), { lang: 'en', today: { year: 2026, month: 11, day: 27 } });
    await screen.findByTestId('finding-counts');
    expect(
      await screen.findByText(
        'No undertaking has de minimis aid from the programme in the window as of 2026-11-27: the whole ceiling is left.',
      ),
    ).toBeTruthy();
    expect(screen.queryByTestId('state-aid-room')).toBeNull();
  });
});

describe('Kontroll', () => {
  it('runs every rule at once and groups the two zero-grant findings under Advarsler', async () => {
    const port = new FakePort();
    renderWithWorkbook(CheckPanel, port);
    await checked();
    expect(screen.getByText('Advarsler: 2')).toBeTruthy();
    expect(screen.getByText('Feil: 0')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Advarsler (2)' })).toBeTruthy();
    const buttons = zeroGrantButtons();
    expect(buttons.map((b) => b.textContent?.slice(0, 14))).toEqual(['Prosjekter!H26', 'Prosjekter!H28']);
    expect(buttons[0].textContent).toContain('«Raufoss sentrum, forprosjekt» er bevilget 0 kr');
  });

  it('selects the cell of a finding when it is clicked', async () => {
    const port = new FakePort();
    renderWithWorkbook(CheckPanel, port);
    await checked();
    await userEvent.click(zeroGrantButtons()[1]);
    await waitFor(() => expect(port.selected).toEqual({ sheet: 'Prosjekter', cell: 'H28' }));
  });

  it('is reachable by keyboard: Tab to a finding and Enter selects its cell', async () => {
    const port = new FakePort();
    renderWithWorkbook(CheckPanel, port);
    await checked();
    const target = zeroGrantButtons()[0];
    for (let i = 0; i < 10 && document.activeElement !== target; i++) await userEvent.tab();
    expect(document.activeElement).toBe(target);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(port.selected).toEqual({ sheet: 'Prosjekter', cell: 'H26' }));
  });

  it('marks the cells and clears the marks', async () => {
    const port = new FakePort();
    renderWithWorkbook(CheckPanel, port);
    await checked();
    await userEvent.click(screen.getByRole('button', { name: 'Merk cellene' }));
    // The two 0-kr grants, and the years 2011 and 2012 that have no euro rate in the default plan.
    await screen.findByText('Merket 4 celler.');
    expect(port.marks).toEqual([
      { sheet: 'Prosjekter', cell: 'H26', severity: 'warning' },
      { sheet: 'Prosjekter', cell: 'H28', severity: 'warning' },
      { sheet: 'Prosjekter', cell: 'G2', severity: 'info' },
      { sheet: 'Prosjekter', cell: 'G13', severity: 'info' },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Fjern merker' }));
    await screen.findByText('Fjernet 4 merker.');
    expect(port.marks).toEqual([]);
  });

  it('writes a findings sheet that links to the cells', async () => {
    const port = new FakePort();
    renderWithWorkbook(CheckPanel, port);
    await checked();
    await userEvent.click(screen.getByRole('button', { name: 'Skriv funnliste til arket' }));
    await screen.findByText('Skrev 4 rader til arket «Kontroll».');
    const [spec] = port.callsOf('writeOwnedSheet')[0] as [OwnedSheetSpec];
    const table = spec.tables[0];
    expect(table.headers).toEqual(['Alvorlighet', 'Regel', 'Ark', 'Celle', 'Melding', 'Regel-id']);
    // The rule's name in the user's language first; its id, which never changes, last.
    expect(table.rows[0].slice(0, 4)).toEqual(['Advarsel', 'Bevilget 0 kr', 'Prosjekter', 'H26']);
    expect(table.rows[0][5]).toBe('zero-grant');
    expect(table.columns?.[5]).toBe('id');
    expect(table.links).toEqual({
      column: 3,
      targets: [
        { sheet: 'Prosjekter', cell: 'H26' },
        { sheet: 'Prosjekter', cell: 'H28' },
        { sheet: 'Prosjekter', cell: 'G2' },
        { sheet: 'Prosjekter', cell: 'G13' },
      ],
    });
  });

  it('runs again, once, shortly after the table changes — one read of the workbook for the pane and the check', async () => {
    const port = new FakePort();
    const listeners = new Set<() => void>();
    const notify = () => listeners.forEach((listener) => listener());
    const watchChanges: WatchChanges = (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    };
    const checks = () =>
      port.callsOf('readForOperation').filter(([options]) => (options as { sheets?: boolean }).sheets).length;
    renderWithWorkbook(CheckPanel, port, { watchChanges });
    await checked();
    const grid = sampleProjectsGrid();
    grid.values[25][7] = 150_000; // H26 gets an amount
    port.projects = grid;
    const before = checks();
    const readsBefore = port.callsOf('readForOperation').length;
    notify();
    notify();
    notify();
    await screen.findByText('Advarsler: 1');
    expect(checks()).toBe(before + 1);
    // The check runs over the pane's snapshot: the workbook is not read a second time for it.
    expect(port.callsOf('readForOperation').length).toBe(readsBefore + 1);
    // That one read has the other sheets for the sum checks, because Kontroll is shown.
    expect(checks()).toBe(before + 1);
  });

  it('says there is nothing to check without a project table', async () => {
    const port = new FakePort({ projects: null });
    renderWithWorkbook(CheckPanel, port);
    expect(await screen.findByText('Fant ingen prosjekttabell å kontrollere. Se Oppsett.')).toBeTruthy();
  });

  it('speaks English: counts, rule and message', async () => {
    const port = new FakePort();
    renderWithWorkbook(CheckPanel, port, { lang: 'en' });
    await screen.findByText('Warnings: 2');
    expect(zeroGrantButtons()[0].textContent).toContain(
      'Project "Raufoss sentrum, forprosjekt" is granted 0 kr',
    );
  });
});
