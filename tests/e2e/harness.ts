/**
 * Browser tests on the built pane: build once with webpack, serve the output from 127.0.0.1 with a tiny
 * static server, and drive Debian's Chromium with playwright-core. Every request to another host is
 * aborted, so office.js (Microsoft's CDN) fails at once and the pane falls back to its preview.
 * Shared by the e2e tests, `npm run bench -- pane` and scripts/screenshots.ts.
 */
import { existsSync, mkdtempSync, readFileSync, statSync } from 'fs';
import { createServer, type Server } from 'http';
import { tmpdir } from 'os';
import path from 'path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Configuration } from 'webpack';

const ROOT = path.resolve(__dirname, '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** How long a browser test waits for what it expects to appear. */
export const E2E_WAIT_MS = 90_000;

type ConfigFactory = (env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<Configuration>;

/** Builds the add-in into a fresh folder (production by default) and returns it. */
export async function buildPane(mode: 'production' | 'development' = 'production'): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'omstilling-pane-'));
  const webpack = (await import('webpack')).default;
  const factory = (await import(path.join(ROOT, 'webpack.config.js'))).default as ConfigFactory;
  const config = await factory({ outDir }, { mode });
  config.stats = 'errors-only';
  await new Promise<void>((resolve, reject) => {
    webpack(config).run((error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString('errors-only')));
      resolve();
    });
  });
  return outDir;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.map': 'application/json',
};

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/** Serves `dir` on 127.0.0.1 (a free port); nothing outside it. */
export async function serve(dir: string): Promise<StaticServer> {
  const root = path.resolve(dir);
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const file = path.resolve(root, `.${decodeURIComponent(url.pathname)}`);
    if (!file.startsWith(root + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export class ChromiumMissing extends Error {
  constructor() {
    super(
      `Chromium finnes ikke på ${CHROMIUM} / Chromium is missing at ${CHROMIUM}. ` +
        'Install it: `sudo apt-get update && sudo apt-get install -y chromium` (CI does), or set CHROMIUM_PATH. ' +
        'Never `npx playwright install`.',
    );
  }
}

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  close: () => Promise<void>;
}

/** Chromium with a fresh profile; fails with a clear message when it is not installed. */
export async function launchChromium(): Promise<BrowserSession> {
  if (!existsSync(CHROMIUM)) throw new ChromiumMissing();
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(path.join(tmpdir(), 'omstilling-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1280, height: 860 },
    locale: 'nb-NO',
  });
  const browser = context.browser() as Browser;
  return { browser, context, close: () => context.close() };
}

/** A page that may reach 127.0.0.1 only: office.js from the CDN is aborted, as it fails on a machine offline. */
export async function openPane(
  context: BrowserContext,
  origin: string,
  /** The address's query, e.g. '?panel=overview' (the pane opened on the board's overview). */
  search = '',
): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  // On a loaded machine Chromium can take many seconds to lay out a panel; a wait still fails when what it
  // waits for never comes, just not because the machine was busy.
  page.setDefaultTimeout(E2E_WAIT_MS);
  page.setDefaultNavigationTimeout(E2E_WAIT_MS);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/*', (route) => {
    const host = new URL(route.request().url()).hostname;
    return host === '127.0.0.1' ? route.continue() : route.abort();
  });
  await page.goto(`${origin}/taskpane.html${search}`);
  return { page, errors };
}
