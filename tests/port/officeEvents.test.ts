/**
 * Kontroll follows the user's edits inside Excel: the Office port offers `onChanged` (Worksheet changes,
 * ExcelApi 1.7) and leaves out what the add-in itself wrote, so writing findings or a log line never makes the
 * check run again by itself.
 */
import { sampleProjectsGrid } from '../../src/core/sample';
import type { WorkbookPort } from '../../src/port/workbookPort';
import { changesOf } from '../../src/taskpane/services/portFactory';
import { fakeFrom, officeBuilt } from './fixtures';

const sample = sampleProjectsGrid().values;

function setup(apiMinor = 17) {
  const fake = fakeFrom(
    [
      { name: 'Prosjekter', values: sample, tables: [{ name: 'Prosjekter', address: 'A1:O29' }] },
      { name: 'Notater', values: [['Notat']] },
    ],
    { apiMinor },
  );
  const port = officeBuilt(fake).port;
  return { fake, port };
}

/** Listens through the port's change events, as the pane does; counts what it hears. */
async function listen(port: WorkbookPort) {
  const watch = changesOf(port);
  const heard = { count: 0 };
  const stop = watch?.(() => heard.count++);
  // The handler is registered with a sync of its own; let it land.
  await port.listOwnedSheets();
  return { watch, heard, stop };
}

const findings = {
  name: 'Funn',
  tables: [{ name: 'Funn', headers: ['Celle', 'Melding'], rows: [['H3', 'Tall lagret som tekst']] }],
};

describe('change events (Worksheet.onChanged)', () => {
  test('the user’s edits are heard; the add-in’s own writes are not (triggerSource, ExcelApi 1.14)', async () => {
    const { fake, port } = setup();
    const { watch, heard } = await listen(port);
    expect(watch).toBeDefined();
    fake.userEdit('Prosjekter', 'H3', [[350000]]);
    await fake.flushEvents();
    expect(heard.count).toBe(1);
    await port.writeOwnedSheet(findings);
    await port.appendRows('Prosjekter', [sample[1]]);
    await port.markCells([{ sheet: 'Prosjekter', cell: 'H3', severity: 'error' }]);
    await fake.flushEvents();
    expect(heard.count).toBe(1);
    fake.userEdit('Notater', 'A2', [['Mer']]);
    await fake.flushEvents();
    expect(heard.count).toBe(2);
  });

  test('before ExcelApi 1.14 (no triggerSource) changes on the sheets the add-in owns are left out', async () => {
    const { fake, port } = setup(13);
    const { heard } = await listen(port);
    await port.writeOwnedSheet(findings);
    await port.saveMapping({ mapping: { name: 1 } });
    await fake.flushEvents();
    expect(heard.count).toBe(0);
    fake.userEdit('Prosjekter', 'B2', [['Nytt navn']]);
    await fake.flushEvents();
    expect(heard.count).toBe(1);
  });

  test('stopping takes the handler away in Excel', async () => {
    const { fake, port } = setup();
    const { heard, stop } = await listen(port);
    expect(fake.changeHandlers.size).toBe(1);
    stop?.();
    await port.listOwnedSheets();
    await fake.flushEvents();
    fake.userEdit('Prosjekter', 'H3', [[1]]);
    await fake.flushEvents();
    expect(heard.count).toBe(0);
    expect(fake.changeHandlers.size).toBe(0);
  });

  test('before ExcelApi 1.7 there are no events: the check runs when asked, and nothing fails', async () => {
    const { fake, port } = setup(6);
    const { heard } = await listen(port);
    fake.userEdit('Prosjekter', 'H3', [[1]]);
    await fake.flushEvents();
    expect(heard.count).toBe(0);
    expect(fake.syncs.every((s) => !s.error)).toBe(true);
  });
});
