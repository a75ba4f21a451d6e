/** @jest-environment jsdom */
/**
 * Every panel of the pane, rendered in bokmål and in English over the sample workbook, keeps one voice
 * (tests/support/voice.ts): no «» or decimal comma in English, no "" or decimal point in bokmål, kr in both.
 * tests/e2e/pane350.test.ts scans the built pane the same way, after using each panel.
 */
import './support/setup';
import { screen } from '@testing-library/react';
import { Suspense } from 'react';
import { panels } from '../../src/taskpane/panels';
import { voiceProblems, type Lang } from '../support/voice';
import { FakePort } from './support/fakePort';
import { renderWithWorkbook, workbookRead } from './support/render';

/** The text of every text node, one per line (as a reader sees separate pieces; textContent runs them together). */
function textOf(root: Element): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const pieces: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) pieces.push(node.textContent ?? '');
  return pieces.join('\n');
}

describe.each<Lang>(['nb', 'en'])('one voice in %s', (lang) => {
  it.each(panels.map((panel) => [panel.id, panel] as const))('%s', async (_id, panel) => {
    const port = new FakePort();
    const Panel = () => (
      <Suspense fallback={null}>
        <panel.Component />
      </Suspense>
    );
    const { container } = renderWithWorkbook(Panel, port, { lang, today: { year: 2014, month: 6, day: 1 } });
    await workbookRead(port);
    await screen.findAllByRole('button', undefined, { timeout: 20_000 });
    const text = textOf(container);
    expect(text.length).toBeGreaterThan(100);
    expect(voiceProblems(text, lang)).toEqual([]);
  });
});
