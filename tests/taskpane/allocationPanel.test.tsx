/** @jest-environment jsdom */
import './support/setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AllocationPanel } from '../../src/taskpane/panels/AllocationPanel';
import type { OwnedSheetSpec } from '../../src/port/workbookPort';
import { FakePort } from './support/fakePort';
import { plain, renderWithWorkbook, workbookRead } from './support/render';
import { defaultPlan, planToTables } from '../../src/core/plan';
import { sampleProjectsGrid } from '../../src/core/sample';
import type { WatchChanges } from '../../src/taskpane/workbook';

const NYSKAPING = 'Nyskaping i næringslivet';
const ATTRAKTIVITET = 'Attraktivitet for næringslivet';

function frameOf(area: string): string {
  const table = screen.getByTestId('allocation-table');
  const row = within(table).getByText(area).closest('tr') as HTMLElement;
  return plain(within(row).getAllByRole('cell')[1].textContent);
}

function shareInput(area: string): HTMLInputElement {
  return within(screen.getByRole('group', { name: area })).getByLabelText(`Andel (%) for ${area}`) as HTMLInputElement;
}

describe('Fordeling', () => {
  it('splits the plan’s 6 300 000 into the plan’s frames: 4 400 000 and 1 900 000', async () => {
    const port = new FakePort();
    renderWithWorkbook(AllocationPanel, port);
    await workbookRead(port);
    expect(plain(screen.getByTestId('allocation-total').textContent)).toBe(
      'Prosjektmidler i perioden: 6 300 000 kr',
    );
    expect(frameOf(NYSKAPING)).toBe('4 400 000');
    expect(frameOf(ATTRAKTIVITET)).toBe('1 900 000');
    const perYear = screen.getByRole('table', { name: 'Rammer per år' });
    const administration = within(perYear).getByText('Administrasjon').closest('tr') as HTMLElement;
    expect(
      within(administration)
        .getAllByRole('cell')
        .map((c) => plain(c.textContent)),
    ).toEqual(['Administrasjon', '900 000', '900 000', '900 000']);
  });

  it('previews a new share at once, and to the krone with unit 1 kr', async () => {
    const port = new FakePort();
    renderWithWorkbook(AllocationPanel, port);
    await workbookRead(port);
    await userEvent.clear(shareInput(NYSKAPING));
    await userEvent.type(shareInput(NYSKAPING), '60');
    await userEvent.clear(shareInput(ATTRAKTIVITET));
    await userEvent.type(shareInput(ATTRAKTIVITET), '40');
    expect(frameOf(NYSKAPING)).toBe('3 800 000');
    expect(frameOf(ATTRAKTIVITET)).toBe('2 500 000');

    await userEvent.selectOptions(screen.getByLabelText('Avrundingsenhet'), '1');
    expect(frameOf(NYSKAPING)).toBe('3 780 000');
    expect(frameOf(ATTRAKTIVITET)).toBe('2 520 000');
  });

  it('keeps the shares the user typed when the workbook is read again after an edit elsewhere', async () => {
    // A workbook with its own Plan sheet: every read parses the plan anew.
    const port = new FakePort({ plan: planToTables(defaultPlan) });
    const listeners = new Set<() => void>();
    const watchChanges: WatchChanges = (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    };
    renderWithWorkbook(AllocationPanel, port, { watchChanges });
    await workbookRead(port);
    await userEvent.clear(shareInput(NYSKAPING));
    await userEvent.type(shareInput(NYSKAPING), '60');
    const reads = port.callsOf('readForOperation').length;
    const grid = sampleProjectsGrid();
    grid.values[25][7] = 150_000; // the user types an amount in the project table
    port.projects = grid;
    listeners.forEach((listener) => listener());
    await waitFor(() => expect(port.callsOf('readForOperation').length).toBeGreaterThan(reads));
    // The read is answered and rendered (the pane re-reads on a pause of 800 ms at most).
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(shareInput(NYSKAPING).value).toBe('60');
    expect(frameOf(NYSKAPING)).toBe('4 200 000'); // 60 of 90: the shares are rescaled, with a warning
  });

  it('takes a fixed amount out first', async () => {
    const port = new FakePort();
    renderWithWorkbook(AllocationPanel, port);
    await workbookRead(port);
    const hold = within(screen.getByRole('group', { name: ATTRAKTIVITET })).getByLabelText(`Fast beløp (kr) for ${ATTRAKTIVITET}`);
    await userEvent.type(hold, '2 000 000');
    expect(frameOf(ATTRAKTIVITET)).toBe('2 000 000');
    expect(frameOf(NYSKAPING)).toBe('4 300 000');
  });

  it('accepts "70 %" as a share, and says so when the shares do not add up to 100 %', async () => {
    const port = new FakePort();
    renderWithWorkbook(AllocationPanel, port);
    await workbookRead(port);
    await userEvent.clear(shareInput(NYSKAPING));
    await userEvent.type(shareInput(NYSKAPING), '70 %');
    expect(frameOf(NYSKAPING)).toBe('4 400 000');
    expect(plain(screen.getByText(/Andelene summerer til/).textContent)).toBe('Andelene summerer til 100 %.');
    await userEvent.clear(shareInput(NYSKAPING));
    await userEvent.type(shareInput(NYSKAPING), '60');
    expect(plain(screen.getByTestId('shares-off').textContent)).toBe(
      'Andelene summerer til 90 %, ikke 100 % — fordelt som 66,7 / 33,3 % av beløpet.',
    );
    expect(frameOf(NYSKAPING)).toBe('4 200 000');
    expect(frameOf(ATTRAKTIVITET)).toBe('2 100 000');
  });

  it('says what is wrong with a share that is not a number, and will not write', async () => {
    const port = new FakePort();
    renderWithWorkbook(AllocationPanel, port);
    await workbookRead(port);
    await userEvent.clear(shareInput(NYSKAPING));
    await userEvent.type(shareInput(NYSKAPING), 'sytti');
    expect(screen.getByText(/«sytti» er ikke en andel/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Skriv fordelingen til arket' })).toHaveProperty(
      'disabled',
      true,
    );
  });

  it('writes the allocation, frames per year and granted vs frame with a column chart', async () => {
    const port = new FakePort();
    renderWithWorkbook(AllocationPanel, port);
    await workbookRead(port);
    await userEvent.click(screen.getByRole('button', { name: 'Skriv fordelingen til arket' }));
    await screen.findByText('Skrev 7 rader til arket «Fordeling».');
    const [spec] = port.callsOf('writeOwnedSheet')[0] as [OwnedSheetSpec];
    expect(spec.tables.find((t) => t.name === 'Fordeling')?.rows).toEqual([
      [NYSKAPING, 0.7, null, 4_400_000, 4_400_000],
      [ATTRAKTIVITET, 0.3, null, 1_900_000, 1_900_000],
    ]);
    expect(spec.charts).toEqual([
      expect.objectContaining({ kind: 'columns', table: 'BevilgetMotRamme', series: 2 }),
    ]);
  });

  it('draws granted vs frame per area', async () => {
    const port = new FakePort();
    renderWithWorkbook(AllocationPanel, port);
    await workbookRead(port);
    const chart = screen.getByRole('img', { name: /Bevilget mot ramme per innsatsområde/ });
    expect(plain(chart.getAttribute('aria-label'))).toContain('Ramme: Nyskaping i næringslivet 4 400 000');
    expect(chart.querySelectorAll('rect[data-series]').length).toBe(4);
  });
});
