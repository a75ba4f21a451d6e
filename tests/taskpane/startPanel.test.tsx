/** @jest-environment jsdom */
import './support/setup';
import { act, screen, waitFor } from '@testing-library/react';
import fs from 'fs';
import path from 'path';
import { onCommandsReady, RIBBON_FUNCTIONS } from '../../src/commands/commands';
import { Pane } from '../../src/taskpane/App';
import { BOARD_PANEL, requestPanel, takeRequestedPanel } from '../../src/taskpane/startPanel';
import { FakePort } from './support/fakePort';
import { renderWithWorkbook } from './support/render';

const tabIds = () => screen.getAllByRole('tab').map((tab) => tab.id.replace(/^tab-/, ''));
const selectedTab = () =>
  screen
    .getAllByRole('tab')
    .find((tab) => tab.getAttribute('aria-selected') === 'true')
    ?.id.replace(/^tab-/, '');

describe('the ribbon’s «Styret» button', () => {
  it('runs a function that asks for the board’s overview, shows the pane and always completes', async () => {
    const actions = new Map<string, (event: { completed(): void }) => void>();
    const shown: string[] = [];
    let completed = 0;
    onCommandsReady({
      actions: { associate: (name, action) => actions.set(name, action) },
      addin: {
        showAsTaskpane: async () => {
          shown.push(takeRequestedPanel() ?? '');
        },
      },
    });
    expect([...actions.keys()]).toEqual([...RIBBON_FUNCTIONS]);
    actions.get('openBoardOverview')?.({ completed: () => completed++ });
    await waitFor(() => expect(completed).toBe(1));
    expect(shown).toEqual([BOARD_PANEL]);
  });

  it('is wired in manifest.xml to a function the function file associates', () => {
    const xml = fs.readFileSync(path.join(__dirname, '../../manifest.xml'), 'utf8');
    const names = [...xml.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect(names).toEqual([...RIBBON_FUNCTIONS]);
    expect(xml).toMatch(
      /<bt:String id="BoardButton.Label" DefaultValue="Board">\s*<bt:Override Locale="nb-NO" Value="Styret" \/>/,
    );
  });

  it('opens the pane with the overview as its first tab, shown; the administration’s tabs stay', async () => {
    requestPanel(BOARD_PANEL);
    renderWithWorkbook(Pane, new FakePort());
    expect(await screen.findByRole('heading', { name: 'Styrets oversikt' })).toBeTruthy();
    expect(tabIds()).toEqual([
      'overview',
      'setup',
      'allocation',
      'goals',
      'check',
      'follow-up',
      'assessment',
      'finance',
    ]);
    expect(selectedTab()).toBe('overview');
    expect(screen.getByRole('tab', { name: 'Oversikt' })).toBeTruthy();
  });

  it('opened the ordinary way the pane starts on Oppsett, and «Styret» pressed later shows the overview', async () => {
    renderWithWorkbook(Pane, new FakePort());
    await waitFor(() => expect(selectedTab()).toBe('setup'));
    expect(tabIds()[0]).toBe('setup');
    act(() => requestPanel(BOARD_PANEL));
    await waitFor(() => expect(selectedTab()).toBe('overview'));
    expect(await screen.findByRole('heading', { name: 'Styrets oversikt' })).toBeTruthy();
  });

  it('in the preview, ?panel=overview in the address does the same', () => {
    window.history.replaceState(null, '', '/taskpane.html?panel=overview');
    expect(takeRequestedPanel()).toBe('overview');
    window.history.replaceState(null, '', '/taskpane.html');
    expect(takeRequestedPanel()).toBeUndefined();
  });
});
