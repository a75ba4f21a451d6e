/** @jest-environment jsdom */
import './support/setup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FollowUpPanel } from '../../src/taskpane/panels/FollowUpPanel';
import type { OwnedSheetSpec } from '../../src/port/workbookPort';
import { FakePort } from './support/fakePort';
import { plain, renderWithWorkbook, workbookRead } from './support/render';

/** What the card of an area (or 'Sum') shows for a measure. */
function measure(area: string, label: string): string {
  const card = within(screen.getByTestId('follow-up-money')).getByRole('region', { name: area });
  const term = within(card).getByText(label, { selector: 'dt' });
  return plain(term.nextElementSibling?.textContent);
}

function rowOf(tableTestId: string, label: string): string[] {
  const table = screen.getByTestId(tableTestId);
  const row = within(table).getByText(label).closest('tr') as HTMLElement;
  return [...row.querySelectorAll('th, td')].map((cell) => plain(cell.textContent));
}

describe('Oppfølging', () => {
  it('opens on the latest year with projects when the plan period has none: 2012, 5 240 000 granted', async () => {
    const port = new FakePort();
    renderWithWorkbook(FollowUpPanel, port);
    await workbookRead(port);
    expect((screen.getByLabelText('Periode') as HTMLSelectElement).value).toBe('2012');
    expect(measure('Nyskaping i næringslivet', 'Bevilget')).toBe('4 190 000');
    expect(measure('Velferdsinnovasjon', 'Utbetalt')).toBe('525 000');
    expect(measure('Sum', 'Bevilget')).toBe('5 240 000');
    expect(measure('Sum', 'Forpliktelser')).toBe('1 925 000');
    expect(measure('Sum', 'Frigjorte midler')).toBe('125 000');
    expect(measure('Sum', 'Ramme')).toBe('–');
  });

  it('shows the period’s frames and what remains of them', async () => {
    const port = new FakePort();
    renderWithWorkbook(FollowUpPanel, port);
    await workbookRead(port);
    await userEvent.selectOptions(screen.getByLabelText('Periode'), 'period');
    expect(measure('Nyskaping i næringslivet', 'Ramme')).toBe('4 400 000');
    expect(measure('Attraktivitet for næringslivet', 'Ramme')).toBe('1 900 000');
    expect(measure('Sum', 'Gjenstår av ramme')).toBe('6 300 000');
  });

  it('sets results against the targets', async () => {
    const port = new FakePort();
    renderWithWorkbook(FollowUpPanel, port);
    await workbookRead(port);
    expect(rowOf('jobs-table', '2011')).toEqual(['2011', '38', '', '']);
    expect(rowOf('jobs-table', '2013')).toEqual(['2013', '0', '50', 'ikke nådd']);
    expect(screen.getByText(/Nye bedrifter i perioden: 0 av 6/)).toBeTruthy();
    expect(screen.getByRole('img', { name: /Arbeidsplasser mot mål/ })).toBeTruthy();
  });

  it('on 1 June 2014 says 2014 is in progress and 2015 not yet — never "ikke nådd" for 2014–2015', async () => {
    const port = new FakePort();
    renderWithWorkbook(FollowUpPanel, port, { today: { year: 2014, month: 6, day: 1 } });
    await workbookRead(port);
    expect(rowOf('jobs-table', '2013')).toEqual(['2013', '0', '50', 'ikke nådd']);
    expect(rowOf('jobs-table', '2014')).toEqual(['2014', '0', '50', 'pågår']);
    expect(rowOf('jobs-table', '2015')).toEqual(['2015', '0', '50', 'ikke ennå']);
    expect(plain(screen.getByText(/Nye bedrifter i perioden/).textContent)).toBe(
      'Nye bedrifter i perioden: 0 av 6 — pågår',
    );
    const notMet = screen
      .queryAllByText(/ikke nådd/)
      .map((element) => plain(element.closest('tr, p, span')?.textContent));
    expect(notMet.filter((text) => /2014|2015/.test(text))).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Skriv oppfølgingen til arket' }));
    await screen.findByText(/arket «Oppfølging»/);
    const [spec] = port.callsOf('writeOwnedSheet')[0] as [OwnedSheetSpec];
    const jobs = spec.tables.find((t) => t.name === 'ArbeidsplasserMotMaal');
    expect(jobs?.rows.filter((row) => Number(row[0]) >= 2013).map((row) => [row[0], row.at(-1)])).toEqual([
      ['2013', 'Nei'],
      ['2014', 'Pågår'],
      ['2015', 'Ikke ennå'],
    ]);
    expect(spec.subtitle).toMatch(/vurdert per 01\.06\.2014/);
  });

  it('writes the follow-up with a chart of jobs vs target', async () => {
    const port = new FakePort();
    renderWithWorkbook(FollowUpPanel, port);
    await workbookRead(port);
    await userEvent.click(screen.getByRole('button', { name: 'Skriv oppfølgingen til arket' }));
    await screen.findByText(/Skrev \d+ rader til arket «Oppfølging»\./);
    const [spec] = port.callsOf('writeOwnedSheet')[0] as [OwnedSheetSpec];
    expect(spec.charts).toEqual([
      expect.objectContaining({ kind: 'columns', table: 'ArbeidsplasserMotMaal' }),
    ]);
  });

  it('writes the plan’s summary tables in the plan’s layout, summing to 2 600 000 and 5 240 000', async () => {
    const port = new FakePort();
    renderWithWorkbook(FollowUpPanel, port);
    await workbookRead(port);
    await userEvent.click(screen.getByRole('button', { name: 'Skriv sammendragstabellen' }));
    await screen.findByText(/arket «Sammendrag»/);
    const [spec] = port.callsOf('writeOwnedSheet')[0] as [OwnedSheetSpec];
    expect(spec.tables.map((t) => t.name)).toEqual(['Sammendrag_2011', 'Sammendrag_2012']);
    const sums = spec.tables.map((t) => t.rows.at(-1));
    expect(sums.map((row) => row?.[0])).toEqual(['Sum bevilget', 'Sum bevilget']);
    expect(sums.map((row) => row?.at(-1))).toEqual([2_600_000, 5_240_000]);
    expect(spec.tables[0].rows[0].slice(0, 3)).toEqual(['2011', 'Forstudie', 'Antall bevilget']);
  });
});
