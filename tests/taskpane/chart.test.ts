/** The pane's charts label each column in full where the narrow pane allows: two lines, broken between words. */
import { labelLines } from '../../src/taskpane/components/Chart';

describe('labelLines', () => {
  it('keeps a label that fits on one line', () => {
    expect(labelLines('2014', 20)).toEqual(['2014']);
  });

  it('breaks an area name between words instead of cutting it (two areas at 350 px: 20 characters)', () => {
    expect(labelLines('Nyskaping i næringslivet', 20)).toEqual(['Nyskaping i', 'næringslivet']);
    expect(labelLines('Attraktivitet for næringslivet', 20)).toEqual(['Attraktivitet for', 'næringslivet']);
  });

  it('shortens only what two lines cannot hold', () => {
    expect(labelLines('Kompetanse og utvikling i det lokale næringslivet', 12)).toEqual([
      'Kompetanse',
      'og utviklin…',
    ]);
    expect(labelLines('Næringslivsutvikling', 12)).toEqual(['Næringslivs…']);
  });
});
