/** @jest-environment jsdom */
import './support/setup';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'fs';
import path from 'path';
import { FinancePanel } from '../../src/taskpane/panels/FinancePanel';
import type { OwnedSheetSpec } from '../../src/port/workbookPort';
import { FakePort } from './support/fakePort';
import { renderWithWorkbook, workbookRead } from './support/render';

const LEDGER = readFileSync(path.join(__dirname, '../fixtures/finance/hovedbok-2011-2012.csv'));

describe('Økonomi', () => {
  it('reconciles a ledger file picked in the pane: the three planted differences, each with its cell', async () => {
    const port = new FakePort();
    renderWithWorkbook(FinancePanel, port);
    await workbookRead(port);
    expect(screen.getByText(/leses fra prosjekttabellens to kolonner/)).toBeTruthy();
    const file = new File([LEDGER], 'hovedbok.csv', { type: 'text/csv' });
    await userEvent.upload(screen.getByLabelText(/Eksport fra regnskapet/), file);
    expect(
      await screen.findByText(/\d+ av 32 linjer i hovedbok\.csv stemmer med en utbetaling/),
    ).toBeTruthy();
    const items = await screen.findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Prosjekter!I4: .*40\s000 kr til prosjekt «2011-03»/),
      expect.stringMatching(/Prosjekt «2012-02».*differanse 180\s000 kr/),
      expect.stringMatching(/125\s000 kr er bokført på prosjekt «2012-06»/),
    ]);
    const [saved, kind] = port.callsOf('saveMapping')[0] as [{ headers: string[] }, string];
    expect(kind).toBe('ledger');
    expect(saved.headers).toEqual(expect.arrayContaining(['Dato', 'Prosjekt', 'Beløp', 'Bilag']));
  });

  it('moves the payment columns into Utbetalinger, and writes the year-end sheet with its fund', async () => {
    const port = new FakePort();
    renderWithWorkbook(FinancePanel, port);
    await workbookRead(port);
    await userEvent.click(
      screen.getByRole('button', { name: 'Flytt utbetalingene til tabellen Utbetalinger' }),
    );
    expect(await screen.findByText(/Flyttet 33 utbetalinger til tabellen «Utbetalinger»/)).toBeTruthy();
    const [rows] = port.callsOf('createPaymentsTable')[0] as [unknown[][]];
    expect(rows).toHaveLength(33);

    const year = screen.getByLabelText('År');
    await userEvent.clear(year);
    await userEvent.type(year, '2013');
    await userEvent.click(screen.getByRole('button', { name: 'Regn ut' }));
    expect(
      await screen.findByText(
        /Fondet 2013: inngående 0 kr \+ mottatt 3\s000\s000 kr − utbetalt 0 kr = utgående 3\s000\s000 kr/,
      ),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Skriv arket Årsoppgjør' }));
    expect(await screen.findByText('Skrev arket «Årsoppgjør».')).toBeTruthy();
    const [spec] = port.callsOf('writeOwnedSheet')[0] as [OwnedSheetSpec];
    expect(spec.name).toBe('Årsoppgjør');
    expect(spec.tables.map((table) => table.sum?.columns)).toEqual([[2, 3, 4, 5], [2], [1]]);
  });

  it('writes the year in the field, not a statement computed earlier for another year', async () => {
    const port = new FakePort();
    renderWithWorkbook(FinancePanel, port, { today: { year: 2013, month: 3, day: 1 } });
    await workbookRead(port);
    const year = screen.getByLabelText('År') as HTMLInputElement;
    expect(year.value).toBe('2012'); // the year just closed, by the pane's today
    await userEvent.click(screen.getByRole('button', { name: 'Regn ut' }));
    await screen.findByText(/Fondet 2012:/);
    await userEvent.clear(year);
    await userEvent.type(year, '2013');
    await userEvent.click(screen.getByRole('button', { name: 'Skriv arket Årsoppgjør' }));
    expect(await screen.findByText('Skrev arket «Årsoppgjør».')).toBeTruthy();
    const [spec] = port.callsOf('writeOwnedSheet')[0] as [OwnedSheetSpec];
    expect(JSON.stringify(spec)).toContain('2013');
    expect(await screen.findByText(/Fondet 2013:/)).toBeTruthy();
  });
});
