/**
 * Are we inside Office? office.js comes from Microsoft's CDN; outside Office (the browser preview, a machine
 * offline) it either fails to load or `Office.onReady` reports no host — or never resolves at all. So the
 * answer is raced against a timeout and anything but a real host means preview mode.
 * Only `Office.onReady` and `Office.context.displayLanguage` are read here; the workbook itself is reached
 * through the port (src/excel).
 */
export type Host =
  | { mode: 'office'; displayLanguage?: string }
  | { mode: 'preview'; reason: 'no-office' | 'no-host' | 'timeout' | 'failed' };

interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform?: unknown }>;
  context?: { displayLanguage?: string };
}

export const OFFICE_TIMEOUT_MS = 3000;

export async function detectHost(
  timeoutMs = OFFICE_TIMEOUT_MS,
  scope: { Office?: unknown } = globalThis as { Office?: unknown },
): Promise<Host> {
  const office = scope.Office as OfficeLike | undefined;
  if (!office || typeof office.onReady !== 'function') return { mode: 'preview', reason: 'no-office' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    if (info === 'timeout') return { mode: 'preview', reason: 'timeout' };
    if (!info || !info.host) return { mode: 'preview', reason: 'no-host' };
    return { mode: 'office', displayLanguage: office.context?.displayLanguage };
  } catch (_failed) {
    // office.js loaded but could not start (offline, blocked): whatever it threw, the pane runs as a preview.
    return { mode: 'preview', reason: 'failed' };
  } finally {
    clearTimeout(timer);
  }
}
