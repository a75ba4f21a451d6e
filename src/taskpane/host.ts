/**
 * Are we inside Office, and is the pane on screen? office.js comes from Microsoft's CDN; outside Office (the
 * browser preview, a machine offline) it fails to load, or `Office.onReady` reports no host. Inside Excel
 * `onReady` can take long — a slow machine, or the shared runtime (lifetime="long") started while the workbook
 * opens — so when Office is there the pane waits for it ("Venter på Excel …", with the preview offered) and
 * never falls back to the sample workbook by itself. Only `Office.onReady`, `Office.context.displayLanguage`
 * and `Office.addin.onVisibilityModeChanged` are read here; the workbook is reached through the port (src/excel).
 */
export type Host =
  | { mode: 'office'; displayLanguage?: string; platform?: string }
  | { mode: 'preview'; reason: 'no-office' | 'no-host' | 'failed' | 'chosen' };

interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform?: unknown }>;
  context?: { displayLanguage?: string };
  addin?: {
    onVisibilityModeChanged?(
      handler: (message: { visibilityMode: string }) => void,
    ): Promise<() => Promise<void>> | undefined;
  };
}

/** After this long without an answer from Office the pane says it is waiting, and offers the preview. */
const OFFICE_WAIT_MS = 3000;

export interface DetectOptions {
  /** Where `Office` is looked up (globalThis). */
  scope?: { Office?: unknown };
  /** Called once, when Office has not answered within `waitMs`. */
  onWaiting?: () => void;
  waitMs?: number;
}

export async function detectHost(options: DetectOptions = {}): Promise<Host> {
  const scope = options.scope ?? (globalThis as { Office?: unknown });
  const office = scope.Office as OfficeLike | undefined;
  if (!office || typeof office.onReady !== 'function') return { mode: 'preview', reason: 'no-office' };
  const timer = setTimeout(() => options.onWaiting?.(), options.waitMs ?? OFFICE_WAIT_MS);
  try {
    const info = await office.onReady();
    if (!info || !info.host) return { mode: 'preview', reason: 'no-host' };
    const platform = typeof info.platform === 'string' ? info.platform : undefined;
    return { mode: 'office', displayLanguage: office.context?.displayLanguage, platform };
  } catch (_failed) {
    // office.js loaded but could not start (a broken CDN copy): nothing of Office to use.
    return { mode: 'preview', reason: 'failed' };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Whether a file the pane offers (a blob link with `download`) reaches the user. Excel for Mac and for iPad
 * show the pane in WKWebView, which does nothing with it (office-js #2700, closed by design; #3385; #4681);
 * Windows, the web and the browser preview download it. `platform` is Office.onReady's (Office.PlatformType).
 */
export function offersDownloads(platform: string | undefined): boolean {
  return platform !== 'Mac' && platform !== 'iOS';
}

/**
 * Whether the pane is on screen. With the shared runtime the page also runs when Excel starts it only for
 * the custom functions, with the pane hidden; then the workbook must not be read until the pane is shown —
 * `Office.addin.onVisibilityModeChanged` says "Taskpane" (SharedRuntime 1.1,
 * learn.microsoft.com/javascript/api/office/office.visibilitymode), or the page becomes visible.
 */
export interface PaneVisibility {
  visible(): boolean;
  /** Calls `listener` once, when the pane comes on screen; returns the way to stop waiting. */
  whenShown(listener: () => void): () => void;
}

export function paneVisibility(
  scope: { Office?: unknown; document?: Document } = globalThis as { Office?: unknown; document?: Document },
): PaneVisibility {
  const doc = scope.document;
  return {
    visible: () => doc?.visibilityState !== 'hidden',
    whenShown(listener) {
      let done = false;
      const shown = () => {
        if (done) return;
        done = true;
        stop();
        listener();
      };
      const onVisibility = () => doc?.visibilityState === 'visible' && shown();
      doc?.addEventListener('visibilitychange', onVisibility);
      let removeHandler: (() => Promise<void>) | undefined;
      const office = scope.Office as OfficeLike | undefined;
      void Promise.resolve(
        office?.addin?.onVisibilityModeChanged?.(
          (message) => message.visibilityMode === 'Taskpane' && shown(),
        ),
      )
        .then((remove) => {
          removeHandler = remove;
          if (done) void remove?.();
        })
        .catch(() => undefined);
      function stop() {
        done = true;
        doc?.removeEventListener('visibilitychange', onVisibility);
        void removeHandler?.().catch(() => undefined);
      }
      return stop;
    },
  };
}
