/**
 * `npm run bench -- pane`: the task pane's first render in headless Chromium and its download size.
 * - shell: navigation start → the pane's first content (what Office users wait for; office.js is blocked,
 *   as offline, so the pane falls back to the preview at once);
 * - ready: → the panels on screen over the preview's sample workbook (ExcelJS chunk loaded, sample built).
 * Median of LOADS fresh page loads on a production build. Size: what the page loads before its first render
 * inside Excel, gzipped, against its budget (bundle.ts); the lazy chunks (ExcelJS for the preview) apart.
 */
import type { BrowserContext } from 'playwright-core';
import { buildPane, launchChromium, openPane, serve } from '../tests/e2e/harness';
import { firstLoadReport, lazyChunks } from './bundle';

const LOADS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Records when React first renders into #root (replacing the page's static "starter …" line). */
const MARK_FIRST_CONTENT = () => {
  const scope = window as unknown as { __firstContent?: number };
  new MutationObserver((_, observer) => {
    if (document.querySelector('#root .fui-FluentProvider')) {
      scope.__firstContent = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

async function loadOnce(context: BrowserContext, origin: string): Promise<{ shell: number; ready: number }> {
  const { page } = await openPane(context, origin);
  await page.locator('[role=tabpanel]').first().waitFor({ timeout: 30_000 });
  const ready = await page.evaluate(() => performance.now());
  const shell = await page.evaluate(
    () => (window as unknown as { __firstContent?: number }).__firstContent ?? NaN,
  );
  await page.close();
  return { shell, ready };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number): string => `${Math.round(value)} ms`;

export async function benchPane(): Promise<void> {
  console.log('bygger (production) / building (production) …');
  const dir = await buildPane('production');
  for (const line of firstLoadReport(dir)) console.log(line);
  for (const chunk of lazyChunks(dir))
    console.log(`  lazy ${chunk.file.padEnd(28)} ${kb(chunk.gzipBytes).padStart(10)} gzip`);

  const server = await serve(dir);
  const session = await launchChromium();
  try {
    await session.context.addInitScript(MARK_FIRST_CONTENT);
    await loadOnce(session.context, server.origin); // warm-up: the disk cache, not the measure
    const runs: { shell: number; ready: number }[] = [];
    for (let i = 0; i < LOADS; i++) runs.push(await loadOnce(session.context, server.origin));
    console.log(
      `first render (median of ${LOADS}): shell ${ms(median(runs.map((r) => r.shell)))}, ` +
        `panels ready in the preview ${ms(median(runs.map((r) => r.ready)))}`,
    );
  } finally {
    await session.close();
    await server.close();
  }
}

if (require.main === module) {
  benchPane().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
