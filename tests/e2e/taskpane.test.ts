/**
 * End to end in headless Chromium: the built pane falls back to its preview (office.js cannot load), and a
 * user runs the allocation, a goal curve and the check, clicks a finding, edits a cell and switches to
 * English. Screenshots of each step land in tests/e2e/__screenshots__/ (gitignored): look at them.
 * Chromium missing fails the test with how to install it; CI installs it.
 */
import { mkdirSync } from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { launchChromium, openPane, serve, type BrowserSession, type StaticServer } from './harness';
import { builtPane } from '../support/builtPane';

const SHOTS = path.join(__dirname, '__screenshots__');
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

// A browser on a loaded machine: each test may wait up to E2E_WAIT_MS for what it expects, more than once.
jest.setTimeout(600_000);

let server: StaticServer | undefined;
let session: BrowserSession | undefined;
let page: Page;
const pageErrors: string[] = [];

async function shoot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

async function openPanel(name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.locator('[role=tabpanel]:not([hidden])').waitFor();
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  session = await launchChromium();
  server = await serve((await builtPane()).dir);
  const opened = await openPane(session.context, server.origin);
  page = opened.page;
  page.on('pageerror', (error) => pageErrors.push(error.message));
}, 240_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('the task pane in a browser (preview)', () => {
  it('falls back to the preview with the sample workbook when Office is not there', async () => {
    await page.getByText('Forhåndsvisning — eksempelarbeidsbok').waitFor();
    await page.getByText(/Fant tabellen «Prosjekter».* med 28 prosjekter/).waitFor();
    expect(await page.getByTestId('sheet-view').getByRole('tab', { name: 'Prosjekter' }).count()).toBe(1);
    await shoot('1-oppsett');
  });

  it('runs the allocation: 4 400 000 to Nyskaping, written to a sheet with its chart', async () => {
    await openPanel('Fordeling');
    const table = page.getByTestId('allocation-table');
    const row = table.getByRole('row', { name: /Nyskaping i næringslivet/ });
    expect(plain(await row.textContent())).toContain('4 400 000');
    expect(plain(await table.textContent())).toContain('1 900 000');
    await page.getByRole('button', { name: 'Skriv fordelingen til arket' }).click();
    await page.getByText('Skrev 7 rader til arket «Fordeling».').waitFor();
    const sheet = page.getByTestId('sheet-view');
    expect(await sheet.getByRole('tab', { name: 'Fordeling', selected: true }).count()).toBe(1);
    expect(plain(await sheet.locator('[data-cell="D6"]').textContent())).toBe('4 400 000');
    expect(await sheet.getByTestId('sheet-chart').count()).toBe(1);
    await shoot('2-fordeling');
  });

  it('draws the population goal curve: 13 255 in 2017, and says when the target is met and missed', async () => {
    await openPanel('Målkurver');
    await page.getByLabel('Indikator').selectOption('population');
    const row2017 = page.getByTestId('goal-table').getByRole('row', { name: /2017/ });
    expect(plain(await row2017.textContent())).toContain('13 255');
    await page.getByLabel('Faktisk 2013').fill('13 000');
    await page.getByLabel('Faktisk 2014').fill('13 040');
    await page.getByText('Målet er nådd første gang i 2013.').waitFor();
    await page.getByText('Målet ble ikke nådd i 2014 (første år under målet).').waitFor();
    await page.getByRole('button', { name: 'Skriv målkurven til arket' }).click();
    await page.getByText('Skrev 6 rader til arket «Målkurve Folketall».').waitFor();
    expect(await page.getByTestId('sheet-chart').count()).toBe(1);
    await shoot('3-malkurver');
  });

  it('runs the check: the two zero-grant findings; a click moves the selection; marks show', async () => {
    await openPanel('Kontroll');
    await page.getByText('Advarsler: 2').waitFor();
    const findings = page.locator('[data-rule="zero-grant"] li button');
    expect(await findings.count()).toBe(2);
    const texts = (await findings.allTextContents()).map(plain);
    expect(texts[0]).toContain('«Raufoss sentrum, forprosjekt» er bevilget 0 kr');
    expect(texts[1]).toContain('«Sykkelpark på Totenåsen» er bevilget 0 kr');

    const target = /^Prosjekter!(H\d+)/.exec(texts[1])?.[1] as string;
    await findings.nth(1).click();
    const sheet = page.getByTestId('sheet-view');
    await sheet.getByTestId('selected-cell').getByText(`Prosjekter!${target}`).waitFor();
    expect(await sheet.locator(`[data-cell="${target}"]`).getAttribute('aria-selected')).toBe('true');

    await page.getByRole('button', { name: 'Merk cellene' }).click();
    // The two 0-kr grants, and the two years without a euro rate (info).
    await page.getByText('Merket 4 celler.').waitFor();
    expect(await sheet.locator('[data-mark="warning"]').count()).toBe(2);
    await shoot('4-kontroll');
  });

  it('runs the check again after a cell is edited in the sheet', async () => {
    const first = plain(await page.locator('[data-rule="zero-grant"] li button').first().textContent());
    const cell = /^Prosjekter!(H\d+)/.exec(first)?.[1] as string;
    await page.getByTestId('sheet-view').locator(`[data-cell="${cell}"]`).dblclick();
    await page.getByLabel(`Rediger ${cell}`).fill('150000');
    await page.keyboard.press('Enter');
    await page.getByText('Advarsler: 1').waitFor();
  });

  it('writes the findings sheet with links to the cells', async () => {
    await page.getByRole('button', { name: 'Skriv funnliste til arket' }).click();
    await page.getByText('Skrev 3 rader til arket «Kontroll».').waitFor();
    const sheet = page.getByTestId('sheet-view');
    expect(await sheet.getByRole('tab', { name: 'Kontroll', selected: true }).count()).toBe(1);
  });

  it('follows up money and results: 5 240 000 granted in 2012, plus the 150 000 typed in', async () => {
    await openPanel('Oppfølging');
    const total = page.getByTestId('follow-up-money').getByRole('region', { name: 'Sum' });
    await total.waitFor();
    expect(plain(await total.textContent())).toContain('Bevilget5 390 000');
    await page.getByRole('button', { name: 'Skriv sammendragstabellen' }).click();
    await page.getByText(/arket «Sammendrag»/).waitFor();
    await shoot('5-oppfolging');
  });

  it('can be used from the keyboard: arrow keys move between the panels', async () => {
    await page.getByRole('tab', { name: 'Oppfølging' }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Kjør kontroll' }).waitFor();
  });

  it('switches to English', async () => {
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByText('Preview — sample workbook').waitFor();
    expect(await page.getByRole('tab', { name: 'Allocation' }).count()).toBe(1);
    await page.getByText('Warnings: 1').waitFor();
    await openPanel('Goal curves');
    await page.getByText('The target is first met in 2013.').waitFor();
    await shoot('6-english');
  });

  it('threw no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
