/**
 * Vurdering in the browser preview: the panel brings the six sample applications, ranks them, and when a
 * score is typed into the sheet the ranking follows. Built pane, Chromium, no network (see harness.ts).
 */
import type { Page } from 'playwright-core';
import {
  E2E_WAIT_MS,
  launchChromium,
  openPane,
  serve,
  type BrowserSession,
  type StaticServer,
} from './harness';
import { builtPane } from '../support/builtPane';

jest.setTimeout(600_000);

let server: StaticServer;
let session: BrowserSession;

beforeAll(async () => {
  server = await serve((await builtPane()).dir);
  session = await launchChromium();
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Waits until `read` gives `expected` (or the time is up), then asserts it. */
async function eventually<T>(read: () => Promise<T>, expected: T, timeout = E2E_WAIT_MS): Promise<void> {
  const until = Date.now() + timeout;
  let last = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  expect(last).toEqual(expected);
}

async function ranking(page: Page): Promise<string[]> {
  return page
    .locator('[data-testid="assessment-ranking"] > li')
    .evaluateAll((items) =>
      items.map((li) => `${li.getAttribute('data-id')} ${li.getAttribute('data-decision')}`),
    );
}

describe('Vurdering in the preview', () => {
  it('scores an application in the sheet and sees the ranking change', async () => {
    const { page, errors } = await openPane(session.context, server.origin);
    await page.getByTestId('preview-banner').waitFor();
    await page.getByRole('tab', { name: 'Vurdering' }).click();
    await page.locator('[data-testid="assessment-ranking"] > li').nth(5).waitFor();
    expect(await ranking(page)).toEqual([
      'S-02 funded',
      'S-04 funded',
      'S-01 funded',
      'S-05 partly',
      'S-03 outside',
      'S-06 notAssessed',
    ]);
    // The panel opened the applications in the sheet view.
    await page.locator('table[data-sheet="Søknader"]').waitFor();

    // S-06 gets its missing «Gjennomføringsevne» (U7: the template's state-aid columns come before the
    // scores): 4,4,3,4,5,3,3 → 19 of 28 points = 67,9.
    await page.locator('td[data-cell="U7"]').dblclick();
    const editor = page.getByLabel('Rediger U7');
    await editor.fill('5');
    await editor.press('Enter');
    await eventually(
      () => ranking(page),
      ['S-02 funded', 'S-04 funded', 'S-06 funded', 'S-01 funded', 'S-05 partly', 'S-03 outside'],
    );
    const third = page.locator('[data-testid="assessment-ranking"] > li').nth(2);
    expect(await third.getByTestId('score').textContent()).toBe('67,9');

    // A click on an application selects it in the sheet.
    await page.locator('[data-testid="assessment-ranking"] > li[data-id="S-05"] button').click();
    await eventually(
      async () => (await page.getByTestId('selected-cell').textContent())?.includes('Søknader!A6'),
      true,
    );
    expect(errors).toEqual([]);
  });
});
