/**
 * The board's overview in the browser preview, opened as the ribbon's «Styret» opens it (here through
 * `?panel=overview`): the first tab, shown, with the period's frames and use and not a single «–». Screenshots
 * at the pane's 350 px and wide land in tests/e2e/__screenshots__/ (gitignored): look at them.
 */
import { mkdirSync } from 'fs';
import path from 'path';
import { launchChromium, openPane, serve, type BrowserSession, type StaticServer } from './harness';
import { builtPane } from '../support/builtPane';

jest.setTimeout(600_000);

const SHOTS = path.join(__dirname, '__screenshots__');
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

let server: StaticServer;
let session: BrowserSession;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serve((await builtPane()).dir);
  session = await launchChromium();
}, 240_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Oversikt in the preview', () => {
  it('opens first, on the period’s frames and use, at the pane’s 350 px and wide', async () => {
    const { page, errors } = await openPane(session.context, server.origin, '?panel=overview');
    await page.getByRole('heading', { name: 'Styrets oversikt' }).waitFor();
    const tabs = page.getByRole('tablist', { name: 'Paneler' }).getByRole('tab');
    expect(await tabs.first().getAttribute('id')).toBe('tab-overview');
    expect(await tabs.first().getAttribute('aria-selected')).toBe('true');
    const areas = page.getByTestId('overview-areas');
    const text = plain(await areas.textContent());
    expect(text).toContain('Nyskaping i næringslivet');
    expect(text).toContain('4 400 000');
    expect(text).toContain('1 900 000');
    expect(await page.getByTestId('overdraft').count()).toBe(0);
    const panel = page.locator('[role=tabpanel]:not([hidden])');
    expect(plain(await panel.textContent())).not.toMatch(/(^|\s)–(\s|$)/);
    await page.screenshot({ path: path.join(SHOTS, 'overview-wide.png'), fullPage: true });
    await page.setViewportSize({ width: 350, height: 1400 });
    await page.getByRole('heading', { name: 'Styrets oversikt' }).waitFor();
    await panel.screenshot({ path: path.join(SHOTS, 'overview-350.png') });
    expect(errors).toEqual([]);
  });
});
