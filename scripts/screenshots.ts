/**
 * `npm run screenshots`: the README's pictures of each panel, taken in headless Chromium on the browser
 * preview (built pane, sample workbook, no network) and written to docs/screenshots/. Each panel is shown
 * after the action a user would take there, with the sheet it wrote beside it.
 */
import { mkdirSync } from 'fs';
import path from 'path';
import type { Page } from 'playwright-core';
import { buildPane, launchChromium, openPane, serve } from '../tests/e2e/harness';

const OUT = path.resolve(__dirname, '..', 'docs', 'screenshots');

async function openPanel(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
  await page.locator('[role=tabpanel]:not([hidden])').waitFor();
}

/** Brings a chart the sheet recorded into view, as a user would scroll to it. */
async function showChart(page: Page): Promise<void> {
  const chart = page.getByTestId('sheet-chart').first();
  await chart.waitFor();
  await chart.evaluate((element) => element.scrollIntoView({ block: 'nearest', inline: 'end' }));
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.mouse.move(0, 0);
  await page.locator('main').evaluate((main) => main.parentElement?.scrollTo(0, 0));
  await page.waitForTimeout(400); // let tab and message animations finish
  const file = path.join(OUT, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(`skrev / wrote ${path.relative(process.cwd(), file)}`);
}

async function tour(page: Page): Promise<void> {
  await page.getByText('Forhåndsvisning — eksempelarbeidsbok').waitFor({ timeout: 15_000 });
  await page.getByText(/Fant tabellen «Prosjekter»/).waitFor();
  await shoot(page, 'oppsett');

  await openPanel(page, 'Fordeling');
  await page.getByRole('button', { name: 'Skriv fordelingen til arket' }).click();
  await page.getByText(/Skrev \d+ rader til arket «Fordeling»/).waitFor();
  await showChart(page);
  await shoot(page, 'fordeling');

  await openPanel(page, 'Målkurver');
  await page.getByLabel('Indikator').selectOption('population');
  await page.getByLabel('Faktisk 2013').fill('13 000');
  await page.getByLabel('Faktisk 2014').fill('13 040');
  await page.getByRole('button', { name: 'Skriv målkurven til arket' }).click();
  await page.getByText(/arket «Målkurve Folketall»/).waitFor();
  await showChart(page);
  await shoot(page, 'malkurver');

  await openPanel(page, 'Kontroll');
  await page.getByText('Advarsler: 2').waitFor();
  await page.getByRole('button', { name: 'Merk cellene' }).click();
  await page.getByText('Merket 2 celler.').waitFor();
  await page.locator('[data-rule="zero-grant"] li button').nth(1).click();
  await shoot(page, 'kontroll');

  await openPanel(page, 'Oppfølging');
  await page.getByRole('button', { name: 'Skriv oppfølgingen til arket' }).click();
  await page.getByText(/arket «Oppfølging»/).waitFor();
  await shoot(page, 'oppfolging');
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  console.log('bygger / building …');
  const server = await serve(await buildPane('production'));
  const session = await launchChromium();
  try {
    await session.context.setDefaultTimeout(20_000);
    const { page, errors } = await openPane(session.context, server.origin);
    await page.setViewportSize({ width: 1600, height: 1000 });
    await tour(page);
    if (errors.length) throw new Error(`Feil i siden / errors in the page: ${errors.join('; ')}`);
  } finally {
    await session.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
