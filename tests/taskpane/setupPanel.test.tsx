/** @jest-environment jsdom */
import './support/setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { defaultPlan, planToTables } from '../../src/core/plan';
import { sampleProjectsGrid } from '../../src/core/sample';
import { SetupPanel } from '../../src/taskpane/panels/SetupPanel';
import { fakeFrom, officeBuilt, sampleBookFixture } from '../port/fixtures';
import { FakePort } from './support/fakePort';
import { plain, renderWithWorkbook, workbookRead } from './support/render';

/** Opens the folded part of the column map, where the fields matched by their headers are. */
async function showAllColumns() {
  await userEvent.click(screen.getByRole('button', { name: /Vis og endre de andre kolonnene/ }));
}

describe('Oppsett', () => {
  it('says the built-in plan is in use and creates the Plan sheet from it', async () => {
    const port = new FakePort();
    renderWithWorkbook(SetupPanel, port);
    await workbookRead(port);
    expect(screen.getByTestId('plan-in-use').textContent).toContain('innebygd standardplan');

    await userEvent.click(screen.getByRole('button', { name: 'Lag arket «Plan» med standardplanen' }));
    await screen.findByText('Laget arket «Plan». Endre tabellene der for å tilpasse planen.');
    expect(port.callsOf('createPlanSheet')[0][0]).toEqual(planToTables(defaultPlan));
    await waitFor(() => expect(screen.getByTestId('plan-in-use').textContent).toContain('fra arket «Plan»'));
    expect(screen.getByRole('button', { name: 'Lag arket «Plan» med standardplanen' })).toHaveProperty(
      'disabled',
      true,
    );
  });

  it('shows the port’s own message when Excel refuses', async () => {
    const port = new FakePort();
    port.failNext('createPlanSheet', (await import('../../src/port/errors')).portErrors.workbookProtected());
    renderWithWorkbook(SetupPanel, port);
    await workbookRead(port);
    await userEvent.click(screen.getByRole('button', { name: 'Lag arket «Plan» med standardplanen' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Arbeidsbokens struktur er beskyttet');
  });

  it('finds the project table and the column of every field', async () => {
    const port = new FakePort();
    renderWithWorkbook(SetupPanel, port);
    await workbookRead(port);
    expect(
      screen.getByText(/Fant tabellen «Prosjekter» \(Prosjekter!A1:O29\) med 28 prosjekter/),
    ).toBeTruthy();
    await showAllColumns();
    expect((screen.getByLabelText(/^Bevilget/) as HTMLSelectElement).value).toBe('7');
    expect((screen.getByLabelText(/^Innsatsområde/) as HTMLSelectElement).value).toBe('4');
  });

  it('refuses to save a mapping without a required field, and saves a fixed one with its headers', async () => {
    const port = new FakePort();
    renderWithWorkbook(SetupPanel, port);
    await workbookRead(port);
    const save = screen.getByRole('button', { name: 'Lagre kolonnekart' });
    await showAllColumns();
    await userEvent.selectOptions(screen.getByLabelText(/^Bevilget/), '');
    expect(save).toHaveProperty('disabled', true);
    expect(screen.getByText('Mangler påkrevde felt: Bevilget.')).toBeTruthy();

    await userEvent.selectOptions(screen.getByLabelText(/^Bevilget/), '7');
    await userEvent.click(save);
    await screen.findByText('Kolonnekartet er lagret i arbeidsboken.');
    const [saved] = port.callsOf('saveMapping')[0] as [
      { mapping: Record<string, number>; headers: string[] },
    ];
    expect(saved.mapping.granted).toBe(7);
    expect(saved.headers[7]).toBe('Bevilget');
  });

  it('flags one column chosen for two fields', async () => {
    const port = new FakePort();
    renderWithWorkbook(SetupPanel, port);
    await workbookRead(port);
    await showAllColumns();
    await userEvent.selectOptions(screen.getByLabelText(/^Søker/), '1');
    expect(screen.getAllByText('«Prosjekt» er valgt for flere felt.').length).toBe(2);
    expect(screen.getByRole('button', { name: 'Lagre kolonnekart' })).toHaveProperty('disabled', true);
  });

  it('offers an empty project table when there is none, and makes it', async () => {
    const port = new FakePort({ projects: null });
    renderWithWorkbook(SetupPanel, port);
    await workbookRead(port);
    expect(screen.getByText(/Fant ingen prosjekttabell/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Lag tom prosjekttabell' }));
    await screen.findByText('Laget tabellen «Prosjekter» med standardoverskriftene.');
    await screen.findByText(/Fant tabellen «Prosjekter».* med 0 prosjekter/);
    expect(within(document.body).queryByRole('button', { name: 'Lag tom prosjekttabell' })).toBeNull();
  });

  it('speaks English', async () => {
    const port = new FakePort();
    renderWithWorkbook(SetupPanel, port, { lang: 'en' });
    await workbookRead(port);
    expect(
      screen.getByRole('button', { name: 'Create the "Plan" sheet with the default plan' }),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: /Show and change the other columns/ }));
    expect(screen.getByLabelText(/^Granted/)).toBeTruthy();
  });

  it('folds the column map: all 15 fields found, none to decide, no dropdown in the tab order', async () => {
    const port = new FakePort();
    renderWithWorkbook(SetupPanel, port);
    await workbookRead(port);
    // The read is asked for before its answer is shown: on a loaded machine the buttons are there first.
    await waitFor(() =>
      expect(screen.getByTestId('mapping-summary').textContent).toBe(
        '15 av 15 felt har en kolonne i tabellen.',
      ),
    );
    expect(screen.queryAllByRole('combobox')).toEqual([]);
    expect(screen.getByRole('button', { name: 'Vis og endre de andre kolonnene (15)' })).toBeTruthy();
  });

  it('shows only the fields that need a decision: a required one missing, and the unused column', async () => {
    const grid = sampleProjectsGrid();
    const values = grid.values.map((row) => [...row]);
    values[0][7] = 'Beløp innvilget';
    const port = new FakePort({ projects: { ...grid, values } });
    renderWithWorkbook(SetupPanel, port);
    await workbookRead(port);
    expect(screen.getByText('Trenger et valg (1):')).toBeTruthy();
    expect(screen.getAllByRole('combobox')).toHaveLength(1);
    expect(screen.getByText('Mangler påkrevde felt: Bevilget.')).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText(/^Bevilget/), '7');
    expect(screen.getByRole('button', { name: 'Lagre kolonnekart' })).toHaveProperty('disabled', false);
    expect(screen.getByRole('button', { name: 'Vis og endre de andre kolonnene (14)' })).toBeTruthy();
  });

  it('adds pick-lists to the existing tables through Excel, changing no value, and removes exactly its own', async () => {
    // The Office port over the fake Excel: the user has her own list on Status; there is no Plan sheet.
    const [projects, applications] = sampleBookFixture();
    const fake = fakeFrom([{ ...projects, userValidation: { ref: 'K2:K29', values: ['Aktiv', 'Avsluttet'] } }, applications]);
    const { port, inspect } = officeBuilt(fake);
    const before = inspect.values('Prosjekter', 'A1:O29');
    renderWithWorkbook(SetupPanel, port, { mode: 'office' });
    await userEvent.click(await screen.findByRole('button', { name: 'Legg til valglister' }));
    const added = await screen.findByText(/^La til valglister i \d+ kolonner/);
    expect(plain(added.textContent)).toContain('Prosjekter: Kategori, Søknader: Kategori, Søknader: Relevans');
    // The columns left alone, each with why, under the notice.
    const notice = plain(added.closest('[aria-live]')?.textContent);
    expect(notice).toContain('«Status» i Prosjekter: har din egen validering, som får stå.');
    expect(notice).toContain(
      '«Innsatsområde» i Prosjekter: Plan har ingen tabell «Omrader» å hente innsatsområdene fra.',
    );
    expect(inspect.validation('Prosjekter', 'F29')).toEqual({
      type: 'list',
      formula1: '"Forstudie,Forprosjekt,Hovedprosjekt"',
    });
    expect(inspect.validation('Søknader', 'M2')?.type).toBe('decimal');
    expect(inspect.values('Prosjekter', 'A1:O29')).toEqual(before);
    expect(inspect.values('Logg', 'B2:C2')).toEqual([['La til validering', 'Prosjekter, Søknader']]);

    await userEvent.click(screen.getByRole('button', { name: 'Fjern valglistene' }));
    await screen.findByText(/^Fjernet \d+ valglister som tillegget la til\. Din egen validering er som før\./);
    expect(inspect.validation('Prosjekter', 'F29')).toBeUndefined();
    expect(inspect.validation('Søknader', 'M2')).toBeUndefined();
    expect(inspect.validation('Prosjekter', 'K2')).toEqual({ type: 'list', formula1: '"Aktiv,Avsluttet"' });
    expect(inspect.values('Prosjekter', 'A1:O29')).toEqual(before);
  });
});
