/**
 * The board's overview in the browser preview, opened as the ribbon's «Styret» opens it (here through
 * `?panel=overview`): the first tab, shown, with the period's frames and use and not a single «–». Screenshots
 * at the pane's 350 px and wide land in tests/e2e/__screenshots__/ (gitignored): look at them.
 */
import { execFileSync } from 'child_process';
import { mkdirSync, readFileSync } from 'fs';
import path from 'path';
import { launchChromium, openPane, serve, type BrowserSession, type StaticServer } from './harness';
import { builtPane } from '../support/builtPane';

jest.setTimeout(600_000);

const SHOTS = path.join(__dirname, '__screenshots__');
const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

let server: StaticServer;
/** The built pane's folder. */
let pane: string;
let session: BrowserSession;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  pane = (await builtPane()).dir;
  server = await serve(pane);
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

  it('downloads the board report as a PDF made in the browser; the PDF code and font come only then', async () => {
    const requested: string[] = [];
    const record = (request: { url: () => string }) => requested.push(new URL(request.url()).pathname);
    session.context.on('request', record);
    const { page, errors } = await openPane(session.context, server.origin, '?panel=overview');
    await page.getByRole('heading', { name: 'Styrets oversikt' }).waitFor();
    const lazy = JSON.parse(readFileSync(path.join(pane, 'lazy-chunks.json'), 'utf8')) as Record<
      string,
      string[]
    >;
    const pdfFiles = lazy['board-pdf'] ?? [];
    expect(pdfFiles.length).toBeGreaterThan(0);
    const pdfCode = (paths: string[]) => paths.filter((p) => pdfFiles.some((file) => p.endsWith(`/${file}`)));
    expect(pdfCode(requested)).toEqual([]);
    expect(requested.filter((p) => p.endsWith('.ttf'))).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Last ned som PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Styrerapport.pdf');
    const file = path.join(SHOTS, 'styrerapport-preview.pdf');
    await download.saveAs(file);
    const text = plain(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }));
    expect(text).toContain('Styrerapport — Omstillingsplan 2013–2015');
    expect(text).toContain('Ramme 4 400 000 kr');
    expect(text).toContain('Attraktivitet for næringslivet');
    await page.getByText('Styrerapporten er lastet ned som «Styrerapport.pdf».').waitFor();
    session.context.off('request', record);
    expect(pdfCode(requested).length).toBeGreaterThan(0);
    expect(requested.filter((p) => p.endsWith('.ttf'))).toEqual([
      expect.stringMatching(/\/assets\/DejaVuSans\.ttf$/),
    ]);
    expect(errors).toEqual([]);
  });
});
