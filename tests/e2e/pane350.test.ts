/**
 * Every panel at Excel's default task-pane width (350 px), in bokmål and English, in headless Chromium on the
 * built preview: axe (WCAG 2.1 A/AA) finds nothing serious or critical and none of the best-practice rules the
 * issue names (heading order, empty headers), disabled controls stay readable (4.5:1), no two fields in view
 * share a name, no number is cut off, each language
 * keeps its own voice (bokmål: «» and decimal comma; English: "" and decimal point; kr in both), and a
 * screenshot of the pane is saved as <panel>-<lang>.png to be looked at (where: SHOTS below).
 * The judging day is set to 1 June 2014 in the preview's date field, so Oppfølging shows years in progress.
 * Then at 320 and 450 px (the range of the pane's width) each panel is checked again for cut-off numbers.
 * Waits are for content, never for time, with room for a loaded machine.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, writeFileSync } from 'fs';
import path from 'path';
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
import { voiceProblems, type Lang } from '../support/voice';

jest.setTimeout(300_000);

const WIDTH = 350;
const REPORTS = path.join(__dirname, '__screenshots__');
/**
 * Where the screenshots go: tests/e2e/__screenshots__/350 (ignored by git), so a test run leaves the
 * checkout as it was; `OMSTILLING_DOC_SCREENSHOTS=1` writes them to docs/screenshots/350 instead, to be
 * looked at and committed when the pane changes.
 */
const SHOTS =
  process.env.OMSTILLING_DOC_SCREENSHOTS === '1'
    ? path.resolve(__dirname, '..', '..', 'docs', 'screenshots', String(WIDTH))
    : path.join(REPORTS, String(WIDTH));
const WAIT = { timeout: E2E_WAIT_MS };
const LEDGER = path.resolve(__dirname, '..', 'fixtures', 'finance', 'hovedbok-2011-2012.csv');

interface PanelTour {
  file: string;
  tab: Record<Lang, string>;
  /** What shows when the panel has its content. */
  ready: (page: Page) => Promise<void>;
  /** What a user does there first (only once: the pane keeps it when the language changes). */
  use?: (page: Page) => Promise<void>;
}

const visible = (page: Page) => page.locator('[role=tabpanel]:not([hidden])');

const PANELS: PanelTour[] = [
  {
    file: 'oppsett',
    tab: { nb: 'Oppsett', en: 'Setup' },
    ready: (page) =>
      visible(page)
        .getByText(/«Prosjekter»|"Prosjekter"/)
        .first()
        .waitFor(WAIT),
  },
  {
    file: 'fordeling',
    tab: { nb: 'Fordeling', en: 'Allocation' },
    ready: (page) => page.getByTestId('allocation-table').waitFor(WAIT),
    use: async (page) => {
      const share = page
        .getByRole('group', { name: 'Nyskaping i næringslivet' })
        .getByRole('textbox')
        .first();
      await share.fill('60');
      await page.getByTestId('shares-off').waitFor(WAIT);
    },
  },
  {
    file: 'malkurver',
    tab: { nb: 'Målkurver', en: 'Goal curves' },
    ready: (page) => page.getByTestId('goal-table').waitFor(WAIT),
    use: async (page) => {
      await visible(page).getByRole('combobox').first().selectOption('population');
      await page.getByLabel('Faktisk 2013').fill('13 000');
      await page.getByLabel('Faktisk 2014').fill('13 040');
      await page.getByText(/Siste år med tall er 2014/).waitFor(WAIT);
    },
  },
  {
    file: 'kontroll',
    tab: { nb: 'Kontroll', en: 'Check' },
    ready: (page) => visible(page).locator('[data-rule]').first().waitFor(WAIT),
  },
  {
    file: 'oppfolging',
    tab: { nb: 'Oppfølging', en: 'Follow-up' },
    ready: (page) => page.getByTestId('jobs-table').waitFor(WAIT),
  },
  {
    file: 'vurdering',
    tab: { nb: 'Vurdering', en: 'Assessment' },
    ready: (page) => page.locator('[data-testid="assessment-ranking"] > li').first().waitFor(WAIT),
  },
  {
    file: 'oversikt',
    tab: { nb: 'Oversikt', en: 'Overview' },
    ready: (page) => page.getByTestId('overview-areas').waitFor(WAIT),
  },
  {
    file: 'okonomi',
    tab: { nb: 'Økonomi', en: 'Finance' },
    ready: (page) =>
      visible(page)
        .getByRole('button', { name: /^(Regn ut|Compute)$/ })
        .waitFor(WAIT),
    use: async (page) => {
      await visible(page).locator('input[type=file]').setInputFiles(LEDGER);
      await page.getByText(/linjer i .* stemmer med en utbetaling/).waitFor(WAIT);
      await visible(page).getByRole('textbox', { name: 'År' }).fill('2012');
      await visible(page).getByRole('button', { name: 'Regn ut' }).click();
      await page.getByText(/^Fondet 2012:/).waitFor(WAIT);
    },
  },
];

let server: StaticServer | undefined;
let session: BrowserSession | undefined;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  mkdirSync(REPORTS, { recursive: true });
  server = await serve((await builtPane()).dir);
  session = await launchChromium();
  page = (await openPane(session.context, server.origin)).page;
  // Fluent's buttons and tabs change colour over ~100 ms; axe, run on a loaded machine, once measured a frame in
  // between (#f3f3f3 on #2076c1, 4.27:1, in Kontroll). With reduced motion they change at once (Fluent honours
  // it), so axe sees the colours a person sees.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.setViewportSize({ width: WIDTH, height: 900 });
  await page.getByText('Forhåndsvisning — eksempelarbeidsbok').waitFor(WAIT);
  await page.getByTestId('preview-today').fill('01.06.2014');
}, 240_000);

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/**
 * What axe finds serious or critical in the pane, with where, for the report. Fluent's focus manager
 * (tabster) puts focusable aria-hidden bumpers (`data-tabster-dummy`) around tab lists; they pass focus on
 * at once and are hidden so screen readers skip them — a known false positive of aria-hidden-focus
 * (microsoft/tabster#288; Accessibility Insights suppresses it, microsoft/accessibility-insights-web#7605).
 */
async function axeProblems(counts: AxeCounts): Promise<string[]> {
  const axe = () => new AxeBuilder({ page }).include('main').exclude('[data-tabster-dummy]');
  const wcag = await axe().withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const practice = await axe().withRules(PRACTICE_RULES).analyze();
  const nodes = (violations: typeof wcag.violations) =>
    violations.reduce((sum, v) => sum + v.nodes.length, 0);
  const serious = wcag.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  counts.seriousOrCritical = nodes(serious);
  counts.moderateOrMinor = nodes(wcag.violations) - counts.seriousOrCritical;
  counts.practice = nodes(practice.violations);
  return [...serious, ...practice.violations].flatMap((v) =>
    v.nodes.map((node) => `${v.id} (${v.impact}): ${node.target.join(' ')} — ${node.failureSummary}`),
  );
}

/**
 * What axe counts as best practice rather than WCAG, but the issue asks for: headings in order (h1 → h2 → h3,
 * none empty), no empty table header, a name that is more than a tooltip, one h1. Any impact counts.
 */
const PRACTICE_RULES = [
  'heading-order',
  'empty-heading',
  'empty-table-header',
  'label-title-only',
  'page-has-heading-one',
];

interface AxeCounts {
  seriousOrCritical: number;
  moderateOrMinor: number;
  practice: number;
}

/**
 * What axe leaves out: disabled controls (WCAG 1.4.3 exempts them, so axe skips them) must still be
 * readable — text at 4.5:1 against what is behind it; and two fields in view must not share a name (a
 * screen reader would hear "Andel (%)" twice without knowing for which area).
 */
async function unreadableOrUnnamed(): Promise<string[]> {
  return page.locator('main').evaluate((main) => {
    const problems: string[] = [];
    const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const linear = (c: number) =>
        c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4;
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    const background = (el: Element | null): number[] => {
      for (let at = el; at; at = at.parentElement) {
        const [r, g, b, a = 1] = rgb(getComputedStyle(at).backgroundColor);
        if (a > 0.5) return [r, g, b];
      }
      return [255, 255, 255];
    };
    const shown = (el: Element) => (el as HTMLElement).offsetParent !== null;
    for (const el of main.querySelectorAll('button:disabled, [aria-disabled=true], input:disabled')) {
      if (!shown(el) || !(el.textContent ?? '').trim()) continue;
      const fore = luminance(rgb(getComputedStyle(el).color));
      const back = luminance(background(el));
      const ratio = (Math.max(fore, back) + 0.05) / (Math.min(fore, back) + 0.05);
      if (ratio < 4.5)
        problems.push(`disabled text at ${ratio.toFixed(2)}:1: «${(el.textContent ?? '').trim()}»`);
    }
    const nameOf = (el: HTMLElement) => {
      const by = el.getAttribute('aria-labelledby');
      if (by)
        return by
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ');
      const label = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent;
      return (label ?? '').replace(/\s+/g, ' ').trim();
    };
    const fields = [...main.querySelectorAll<HTMLElement>('input:not([type=radio]), select, textarea')];
    const seen = new Map<string, number>();
    for (const field of fields.filter(shown)) {
      const name = nameOf(field);
      if (name) seen.set(name, (seen.get(name) ?? 0) + 1);
    }
    for (const [name, count] of seen) if (count > 1) problems.push(`${count} fields named «${name}»`);
    return problems;
  });
}

/**
 * Numbers cut off: an element that hides its overflow (or an input) whose digits do not fit, or digits that
 * stick out of the pane without a scrolling box around them; and the page scrolling sideways at all.
 */
async function clippedNumbers(): Promise<string[]> {
  return page.locator('main').evaluate((main) => {
    const problems: string[] = [];
    const pane = main.getBoundingClientRect();
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} «${(el instanceof HTMLInputElement ? el.value : (el.textContent ?? '')).trim().slice(0, 40)}»`;
    /** The box a scrolling ancestor shows, or the pane's. */
    const shownBox = (el: Element): DOMRect => {
      for (let at = el.parentElement; at && at !== main; at = at.parentElement) {
        if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(at).overflowX)) {
          return at.getBoundingClientRect();
        }
      }
      return pane;
    };
    for (const el of main.querySelectorAll('*')) {
      const own =
        el instanceof HTMLInputElement
          ? el.value
          : [...el.childNodes]
              .filter((n) => n.nodeType === Node.TEXT_NODE)
              .map((n) => n.textContent)
              .join('');
      if (!/\d/.test(own)) continue;
      const style = getComputedStyle(el);
      const hides =
        el instanceof HTMLInputElement ||
        ['hidden', 'clip'].includes(style.overflowX) ||
        style.textOverflow === 'ellipsis';
      if (hides && el.scrollWidth > el.clientWidth + 1) problems.push(`cut off inside: ${name(el)}`);
      // A table that scrolls sideways still shows cut digits at its edge until scrolled: not good enough.
      const box = el.getBoundingClientRect();
      const shown = shownBox(el);
      if (box.width > 0 && (box.right > shown.right + 1 || box.left < shown.left - 1)) {
        problems.push(`cut at the edge: ${name(el)}`);
      }
    }
    if (document.documentElement.scrollWidth > window.innerWidth + 1) {
      // Name the innermost elements that stick out, so the report says what to fix.
      const out = [...main.querySelectorAll('*')].filter(
        (el) => el.getBoundingClientRect().right > window.innerWidth + 1,
      );
      const innermost = out.filter((el) => !out.some((other) => other !== el && el.contains(other)));
      problems.push(
        `the page scrolls sideways: ${document.documentElement.scrollWidth} px > ${window.innerWidth} px (${innermost
          .slice(0, 3)
          .map(name)
          .join(', ')})`,
      );
    }
    return problems;
  });
}

/** Text in the other language's style: quotes, decimal separator, currency (tests/support/voice.ts). */
async function voiceOf(lang: Lang): Promise<string[]> {
  return voiceProblems(await page.locator('main').innerText(), lang);
}

/** Opens a panel (using it the first time), then checks it and saves its screenshot; what is wrong, or []. */
async function visit(panel: PanelTour, lang: Lang): Promise<string[]> {
  const counts: AxeCounts = { seriousOrCritical: 0, moderateOrMinor: 0, practice: 0 };
  await page.getByRole('tab', { name: panel.tab[lang], exact: true }).click();
  await visible(page).waitFor(WAIT);
  await panel.ready(page);
  if (lang === 'nb' && panel.use) await panel.use(page);
  await page.mouse.move(0, 0);
  const problems = [
    ...(await axeProblems(counts)),
    ...(await unreadableOrUnnamed()),
    ...(await clippedNumbers()),
    ...(await voiceOf(lang)),
  ];
  await page
    .locator('main')
    .screenshot({ path: path.join(SHOTS, `${panel.file}-${lang}.png`), animations: 'disabled' });
  writeFileSync(
    path.join(REPORTS, `pane350-${panel.file}-${lang}.json`),
    JSON.stringify({ axe: counts, problems }, null, 2),
  );
  return problems;
}

const tours = PANELS.map((panel) => [panel.file, panel] as const);

describe(`every panel at ${WIDTH} px in bokmål: accessible (axe), no number cut off, one voice`, () => {
  it.each(tours)('%s', async (_file, panel) => {
    expect(await visit(panel, 'nb')).toEqual([]);
  });
});

describe(`every panel at ${WIDTH} px in English: accessible (axe), no number cut off, one voice`, () => {
  beforeAll(async () => {
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByText('Preview — sample workbook').waitFor(WAIT);
  }, 120_000);

  it.each(tours)('%s', async (_file, panel) => {
    expect(await visit(panel, 'en')).toEqual([]);
  });
});

describe('at the narrowest and widest pane Excel gives (320 and 450 px), in English', () => {
  beforeAll(async () => {
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByText('Preview — sample workbook').waitFor(WAIT);
  }, 120_000);

  it.each([320, 450])('%i px: no number cut off on any panel', async (width) => {
    await page.setViewportSize({ width, height: 900 });
    const found: Record<string, string[]> = {};
    for (const panel of PANELS) {
      await page.getByRole('tab', { name: panel.tab.en, exact: true }).click();
      await panel.ready(page);
      found[panel.file] = await clippedNumbers();
    }
    expect(found).toEqual(Object.fromEntries(PANELS.map((panel) => [panel.file, []])));
  });
});

describe('after both tours', () => {
  it('the page threw no errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
