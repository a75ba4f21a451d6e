import { detectHost, offersDownloads, paneVisibility } from '../../src/taskpane/host';

/** A promise the test settles itself: Office answering late, when the test says so. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('detectHost: Office or the browser preview', () => {
  afterEach(() => jest.useRealTimers());

  it('is the preview when office.js did not load', async () => {
    expect(await detectHost({ scope: {} })).toEqual({ mode: 'preview', reason: 'no-office' });
  });

  it('waits for a late Office.onReady, saying so, and is Office when it answers (never the preview by itself)', async () => {
    jest.useFakeTimers();
    const ready = deferred<{ host: string }>();
    const office = { onReady: () => ready.promise, context: { displayLanguage: 'nb-NO' } };
    let waiting = 0;
    let answer: unknown;
    const detection = detectHost({ scope: { Office: office }, waitMs: 3000, onWaiting: () => waiting++ });
    void detection.then((host) => (answer = host));
    jest.advanceTimersByTime(60_000);
    await Promise.resolve();
    expect(waiting).toBe(1);
    expect(answer).toBeUndefined();
    ready.resolve({ host: 'Excel' });
    expect(await detection).toEqual({ mode: 'office', displayLanguage: 'nb-NO' });
  });

  it('is the preview when Office answers with no host (a plain browser tab)', async () => {
    const office = { onReady: async () => ({ host: null, platform: null }) };
    expect(await detectHost({ scope: { Office: office } })).toEqual({ mode: 'preview', reason: 'no-host' });
  });

  it('is Office inside Excel, with its display language, without saying it waits', async () => {
    let waiting = 0;
    const office = {
      onReady: async () => ({ host: 'Excel', platform: 'OfficeOnline' }),
      context: { displayLanguage: 'en-GB' },
    };
    expect(await detectHost({ scope: { Office: office }, onWaiting: () => waiting++ })).toEqual({
      mode: 'office',
      displayLanguage: 'en-GB',
      platform: 'OfficeOnline',
    });
    expect(waiting).toBe(0);
  });

  it('knows where a download reaches the user: not in Excel for Mac and iPad (WKWebView)', () => {
    expect(['PC', 'OfficeOnline', undefined].map(offersDownloads)).toEqual([true, true, true]);
    expect(['Mac', 'iOS'].map(offersDownloads)).toEqual([false, false]);
  });

  it('is the preview when onReady throws', async () => {
    const office = { onReady: async () => Promise.reject(new Error('boom')) };
    expect(await detectHost({ scope: { Office: office } })).toEqual({ mode: 'preview', reason: 'failed' });
  });
});

describe('paneVisibility: the pane on screen, or the runtime running only for the functions', () => {
  function fakeDocument(state: 'visible' | 'hidden') {
    const listeners = new Set<() => void>();
    return {
      visibilityState: state,
      addEventListener: (_: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
      show() {
        this.visibilityState = 'visible';
        listeners.forEach((l) => l());
      },
      listeners,
    };
  }

  it('is shown when Office says the task pane is shown (Office.addin.onVisibilityModeChanged)', async () => {
    const doc = fakeDocument('hidden');
    let handler: ((m: { visibilityMode: string }) => void) | undefined;
    let removed = 0;
    const office = {
      addin: {
        onVisibilityModeChanged: async (h: (m: { visibilityMode: string }) => void) => {
          handler = h;
          return async () => void removed++;
        },
      },
    };
    const visibility = paneVisibility({ Office: office, document: doc as unknown as Document });
    expect(visibility.visible()).toBe(false);
    let shown = 0;
    visibility.whenShown(() => shown++);
    await Promise.resolve();
    await Promise.resolve();
    handler?.({ visibilityMode: 'Hidden' });
    expect(shown).toBe(0);
    handler?.({ visibilityMode: 'Taskpane' });
    handler?.({ visibilityMode: 'Taskpane' });
    expect(shown).toBe(1);
    await Promise.resolve();
    expect(removed).toBe(1);
    expect(doc.listeners.size).toBe(0);
  });

  it('is shown when the page becomes visible (hosts without the shared runtime API)', () => {
    const doc = fakeDocument('hidden');
    const visibility = paneVisibility({ document: doc as unknown as Document });
    let shown = 0;
    visibility.whenShown(() => shown++);
    doc.show();
    expect(shown).toBe(1);
    expect(paneVisibility({ document: doc as unknown as Document }).visible()).toBe(true);
  });
});
