/** @jest-environment jsdom */
import './support/setup';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GoalsPanel } from '../../src/taskpane/panels/GoalsPanel';
import type { OwnedSheetSpec } from '../../src/port/workbookPort';
import { FakePort } from './support/fakePort';
import { plain, renderWithWorkbook, workbookRead } from './support/render';

function targetIn(year: number): string {
  const row = within(screen.getByTestId('goal-table')).getByText(String(year)).closest('tr') as HTMLElement;
  return plain(within(row).getAllByRole('cell')[1].textContent);
}

async function choosePopulation() {
  await userEvent.selectOptions(screen.getByLabelText('Indikator'), 'population');
}

describe('Målkurver', () => {
  it('shows the employment curve first, 6232 growing 1 % a year', async () => {
    const port = new FakePort();
    renderWithWorkbook(GoalsPanel, port);
    await workbookRead(port);
    expect(targetIn(2011)).toBe('6 232');
    expect(targetIn(2016)).toBe('6 550');
  });

  it('rounds each year as the plan does (13 255 in 2017), or only at the end (13 254)', async () => {
    const port = new FakePort();
    renderWithWorkbook(GoalsPanel, port);
    await workbookRead(port);
    await choosePopulation();
    expect(targetIn(2017)).toBe('13 255');
    await userEvent.selectOptions(screen.getByLabelText('Avrunding'), 'final');
    expect(targetIn(2017)).toBe('13 254');
  });

  it('says the first year the target is met and the first it is missed', async () => {
    const port = new FakePort();
    renderWithWorkbook(GoalsPanel, port);
    await workbookRead(port);
    await choosePopulation();
    expect(
      screen.getByText('Skriv inn faktiske tall for årene etter grunnåret 2012 for å se når målet nås.'),
    ).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Faktisk 2013'), '13 000');
    await userEvent.type(screen.getByLabelText('Faktisk 2014'), '13 040');
    expect(screen.getByText('Målet er nådd første gang i 2013.')).toBeTruthy();
    expect(screen.getByText('Målet ble ikke nådd i 2014 (første år under målet).')).toBeTruthy();
    expect(plain(screen.getByText(/^Siste år med tall/).textContent)).toBe(
      'Siste år med tall er 2014: ikke nådd, 13 040 mot målet 13 058 (−18).',
    );
    const row = within(screen.getByTestId('goal-table')).getByText('2014').closest('tr') as HTMLElement;
    expect(plain(within(row).getAllByRole('cell')[3].textContent)).toBe('−18');
  });

  it('never calls the base year reached', async () => {
    const port = new FakePort();
    renderWithWorkbook(GoalsPanel, port);
    await workbookRead(port);
    await choosePopulation();
    await userEvent.type(screen.getByLabelText('Faktisk 2012'), '12928');
    expect(screen.queryByText(/nådd første gang/)).toBeNull();
    expect(screen.getByText(/etter grunnåret 2012/)).toBeTruthy();
  });

  it('on 1 June 2014 calls 2014 in progress, with the figure so far — not "ikke nådd"', async () => {
    const port = new FakePort();
    renderWithWorkbook(GoalsPanel, port, { today: { year: 2014, month: 6, day: 1 } });
    await workbookRead(port);
    await choosePopulation();
    await userEvent.type(screen.getByLabelText('Faktisk 2013'), '13 000');
    await userEvent.type(screen.getByLabelText('Faktisk 2014'), '13 040');
    expect(screen.getByText('Målet er nådd første gang i 2013.')).toBeTruthy();
    expect(plain(screen.getByTestId('goal-verdict').textContent)).not.toMatch(/ikke nådd/);
    expect(plain(screen.getByText(/^Siste år med tall/).textContent)).toBe(
      'Siste år med tall er 2014, som ikke er over: pågår, 13 040 så langt mot målet 13 058 (−18).',
    );
  });

  it('refuses a range with a year twice or a key that is not a year, naming the cells', async () => {
    const port = new FakePort();
    port.ranges['Statistikk!A1:B5'] = {
      sheet: 'Statistikk',
      top: 1,
      left: 1,
      values: [
        ['År', 'Folketall'],
        [2013, 12990],
        [2014, 13100],
        [2014, 500000],
        ['2014,5', 13000],
      ],
    };
    renderWithWorkbook(GoalsPanel, port);
    await workbookRead(port);
    await choosePopulation();
    await userEvent.type(screen.getByLabelText('Område (år og verdi)'), 'Statistikk!A1:B5');
    await userEvent.click(screen.getByRole('button', { name: 'Hent' }));
    expect(plain((await screen.findByRole('alert')).textContent)).toContain(
      'Tallene i Statistikk!A1:B5 er ikke hentet: «2014,5» i Statistikk!A5 er ikke et årstall. 2014 står flere ganger (Statistikk!A3, Statistikk!A4). Rett opp området og hent på nytt.',
    );
    expect((screen.getByLabelText('Faktisk 2013') as HTMLInputElement).value).toBe('');
  });

  it('takes actual figures from a range of years and values', async () => {
    const port = new FakePort();
    port.ranges['Statistikk!A2:B3'] = {
      sheet: 'Statistikk',
      top: 2,
      left: 1,
      values: [
        [2013, 12990],
        [2014, '13 100'],
      ],
    };
    renderWithWorkbook(GoalsPanel, port);
    await workbookRead(port);
    await choosePopulation();
    await userEvent.type(screen.getByLabelText('Område (år og verdi)'), 'Statistikk!A2:B3');
    await userEvent.click(screen.getByRole('button', { name: 'Hent' }));
    await screen.findByText('Leste 2 verdier fra Statistikk!A2:B3.');
    expect((screen.getByLabelText('Faktisk 2013') as HTMLInputElement).value).toBe('12990');
    expect((screen.getByLabelText('Faktisk 2014') as HTMLInputElement).value).toBe('13100');
    expect(screen.getByText('Målet ble ikke nådd i 2013 (første år under målet).')).toBeTruthy();
  });

  it('says so when the range is not an address', async () => {
    const port = new FakePort();
    renderWithWorkbook(GoalsPanel, port);
    await workbookRead(port);
    await userEvent.type(screen.getByLabelText('Område (år og verdi)'), 'hei');
    await userEvent.click(screen.getByRole('button', { name: 'Hent' }));
    expect((await screen.findByRole('alert')).textContent).toContain('«hei» er ikke et gyldig celleområde');
  });

  it('writes year | target | actual | gap with a line chart', async () => {
    const port = new FakePort();
    renderWithWorkbook(GoalsPanel, port);
    await workbookRead(port);
    await choosePopulation();
    await userEvent.type(screen.getByLabelText('Faktisk 2013'), '13000');
    await userEvent.click(screen.getByRole('button', { name: 'Skriv målkurven til arket' }));
    await screen.findByText('Skrev 6 rader til arket «Målkurve Folketall».');
    const [spec] = port.callsOf('writeOwnedSheet')[0] as [OwnedSheetSpec];
    expect(spec.tables[0].headers).toEqual(['År', 'Mål', 'Faktisk', 'Avvik']);
    expect(spec.tables[0].rows[1]).toEqual([2013, 12993, 13000, 7]);
    expect(spec.tables[0].rows[5]).toEqual([2017, 13255, null, null]);
    expect(spec.charts?.[0]).toEqual(expect.objectContaining({ kind: 'line', series: 2 }));
  });

  it('marks an actual figure that is not a number', async () => {
    const port = new FakePort();
    renderWithWorkbook(GoalsPanel, port);
    await workbookRead(port);
    await userEvent.type(screen.getByLabelText('Faktisk 2012'), 'mange');
    expect(screen.getByRole('alert').textContent).toBe('2012: «mange» er ikke et tall.');
    expect(screen.getByRole('button', { name: 'Skriv målkurven til arket' })).toHaveProperty(
      'disabled',
      true,
    );
  });
});
