import { detectHost } from '../../src/taskpane/host';

describe('detectHost: Office or the browser preview', () => {
  it('is the preview when office.js did not load', async () => {
    expect(await detectHost(50, {})).toEqual({ mode: 'preview', reason: 'no-office' });
  });

  it('is the preview when Office.onReady never answers (the CDN hangs)', async () => {
    const started = Date.now();
    const office = { onReady: () => new Promise<never>(() => undefined) };
    expect(await detectHost(100, { Office: office })).toEqual({ mode: 'preview', reason: 'timeout' });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('is the preview when Office answers with no host (a plain browser tab)', async () => {
    const office = { onReady: async () => ({ host: null, platform: null }) };
    expect(await detectHost(1000, { Office: office })).toEqual({ mode: 'preview', reason: 'no-host' });
  });

  it('is Office inside Excel, with its display language', async () => {
    const office = {
      onReady: async () => ({ host: 'Excel', platform: 'OfficeOnline' }),
      context: { displayLanguage: 'en-GB' },
    };
    expect(await detectHost(1000, { Office: office })).toEqual({ mode: 'office', displayLanguage: 'en-GB' });
  });

  it('is the preview when onReady throws', async () => {
    const office = { onReady: async () => Promise.reject(new Error('boom')) };
    expect(await detectHost(1000, { Office: office })).toEqual({ mode: 'preview', reason: 'failed' });
  });
});
