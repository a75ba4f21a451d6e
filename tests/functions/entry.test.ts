/** Loaded inside Excel (Office defined), the entry wires Excel's display language and the workbook's plan. */
import { errorOf, installCustomFunctions } from './customFunctionsStandIn';

installCustomFunctions();

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
  delete (globalThis as Record<string, unknown>).Excel;
});

it('reads the plan through the Office port once Office is ready, and speaks Excel’s language', async () => {
  const runs: unknown[] = [];
  (globalThis as Record<string, unknown>).Office = {
    onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }),
    context: { displayLanguage: 'en-US', requirements: { isSetSupported: () => true } },
  };
  (globalThis as Record<string, unknown>).Excel = {
    run: (...args: unknown[]) => {
      runs.push(args);
      return Promise.reject(Object.assign(new Error('The workbook is busy'), { code: 'GeneralException' }));
    },
  };
  let frame: (area: unknown, year?: unknown) => Promise<number> = async () => 0;
  await jest.isolateModulesAsync(async () => {
    ({ frame } = await import('../../src/functions/functions'));
  });
  const shown = await errorOf(() => frame('Nyskaping i næringslivet'));
  expect(runs.length).toBeGreaterThan(0);
  expect(shown.code).toBe('#N/A');
  expect(shown.message).toMatch(/^Could not read the plan on the Plan sheet/);
});
