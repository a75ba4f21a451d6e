/** SUMMARY (OPPSUMMERING) over the seed's 28 projects of 2011–2012 gives the plan's two summary tables. */
import { errorOf, installCustomFunctions } from './customFunctionsStandIn';
import { summary } from '../../src/functions/functions';
import { setDisplayLanguageGetter } from '../../src/functions/runtime';
import { setPlanProvider } from '../../src/functions/planSource';
import { defaultPlan } from '../../src/core/plan';
import { FIELD_ORDER } from '../../src/core/projects';
import { sampleProjectsGrid } from '../../src/core/sample';
import type { ProjectField } from '../../src/core/types';

installCustomFunctions();

beforeEach(() => {
  setDisplayLanguageGetter(() => 'nb-NO');
  setPlanProvider(async () => defaultPlan);
});

/** A column of the sample project table as Excel passes a range: rows of one cell, header row included. */
function column(field: ProjectField): unknown[][] {
  const index = FIELD_ORDER.indexOf(field);
  return sampleProjectsGrid().values.map((row) => [row[index]]);
}

const sampleColumns = () =>
  [column('year'), column('category'), column('area'), column('granted'), column('status')] as const;

const AREAS_2011_2012 = [
  'Nyskaping i næringslivet',
  'Velferdsinnovasjon',
  'Sentrum',
  'Fritid',
  'Andre',
  'Attraktivitet for næringslivet',
];

describe('SUMMARY (OPPSUMMERING)', () => {
  it("reproduces the seed's 2011 and 2012 tables, stacked with a blank row between", async () => {
    const table = await summary(...sampleColumns());
    expect(table).toHaveLength(2 * 14 + 1);
    expect(table[0]).toEqual(['', '', '', ...AREAS_2011_2012, 'Sum']);
    expect(table[1]).toEqual([2011, 'Forstudie', 'Antall bevilget', 3, 1, 1, 2, 1, 0, 8]);
    expect(table[3]).toEqual(['', '', 'Bevilget beløp', 640000, 300000, 150000, 250000, 70000, 0, 1410000]);
    expect(table[13]).toEqual(['Sum bevilget', '', '', 1830000, 300000, 150000, 250000, 70000, 0, 2600000]);
    expect(table[14].every((cell) => cell === '')).toBe(true);
    expect(table[16]).toEqual([2012, 'Forstudie', 'Antall bevilget', 8, 2, 0, 0, 0, 0, 10]);
    expect(table[20]).toEqual(['', 'Forprosjekt', 'Antall bevilget', 3, 0, 1, 0, 0, 0, 4]);
    expect(table[28]).toEqual(['Sum bevilget', '', '', 4190000, 1050000, 0, 0, 0, 0, 5240000]);
  });

  it('is rectangular, so Excel can spill it', async () => {
    const table = await summary(...sampleColumns());
    expect(new Set(table.map((row) => row.length))).toEqual(new Set([10]));
  });

  it('works without a header row and skips empty rows (whole-column references)', async () => {
    const [years, categories, areas, amounts, statuses] = sampleColumns().map((c) => [
      ...c.slice(1),
      [''],
      [null],
    ]);
    expect(await summary(years, categories, areas, amounts, statuses)).toEqual(
      await summary(...sampleColumns()),
    );
  });

  it('labels the rows in English when Excel is in English; the area names stay the plan’s', async () => {
    setDisplayLanguageGetter(() => 'en-GB');
    const table = await summary(...sampleColumns());
    expect(table[1].slice(0, 3)).toEqual([2011, 'Prestudy', 'Number granted']);
    expect(table[0].at(-1)).toBe('Total');
    expect(table[13][0]).toBe('Total granted');
    expect(table[0][3]).toBe('Nyskaping i næringslivet');
  });

  it('puts projects of the plan period under the current areas', async () => {
    const table = await summary(
      [[2014], [2014]],
      [['Forstudie'], ['Hovedprosjekt']],
      [['Nyskaping'], ['Attraktivitet']],
      [[100000], ['250 000']],
      [[''], ['Avsluttet']],
    );
    expect(table[0]).toEqual([
      '',
      '',
      '',
      'Nyskaping i næringslivet',
      'Attraktivitet for næringslivet',
      'Sum',
    ]);
    expect(table.at(-1)).toEqual(['Sum bevilget', '', '', 100000, 250000, 350000]);
    expect(table[10]).toEqual(['', '', 'Antall aktive', 0, 0, 0]);
  });

  it.each([
    [
      'an unknown category, with the one meant',
      { categories: 'Forprosjket' },
      /Rad 2: ukjent kategori «Forprosjket»\. Mente du «Forprosjekt»\?/,
    ],
    [
      'an unknown area',
      { areas: 'Sentrumm' },
      /Rad 2: ukjent innsatsområde «Sentrumm»\. Mente du «Sentrum»\?/,
    ],
    ['an unknown status', { statuses: 'Aktivv' }, /Rad 2: ukjent status «Aktivv»\. Mente du «Aktiv»\?/],
    ['an amount that is not a number', { amounts: 'mye' }, /Rad 2: beløpet «mye» er ikke et tall/],
    ['a year that cannot be read', { years: 'i fjor' }, /Rad 2: årstallet «i fjor» kan ikke leses/],
  ])('#VALUE! for %s', async (_case, change, message) => {
    const row = {
      years: 2012,
      categories: 'Forstudie',
      areas: 'Sentrum',
      amounts: 100000,
      statuses: 'Aktiv',
      ...change,
    };
    const first = { years: 2012, categories: 'Forstudie', areas: 'Sentrum', amounts: 1, statuses: '' };
    const ranges = (['years', 'categories', 'areas', 'amounts', 'statuses'] as const).map((key) => [
      [first[key]],
      [row[key]],
    ]);
    const shown = await errorOf(() => summary(ranges[0], ranges[1], ranges[2], ranges[3], ranges[4]));
    expect(shown.code).toBe('#VALUE!');
    expect(shown.message).toMatch(message);
  });

  it('#VALUE! when the columns are not the same size', async () => {
    const shown = await errorOf(() =>
      summary([[2012], [2012]], [['Forstudie']], [['Sentrum']], [[1]], [['']]),
    );
    expect(shown.message).toMatch(/«kategorier» har 1 celler, men «årene» har 2/);
  });

  it('#N/A with a message when there are no projects yet', async () => {
    const shown = await errorOf(() =>
      summary(
        [['År'], ['']],
        [['Kategori'], ['']],
        [['Område'], ['']],
        [['Beløp'], ['']],
        [['Status'], ['']],
      ),
    );
    expect(shown).toEqual({ code: '#N/A', message: 'Ingen prosjekter å oppsummere ennå.' });
  });
});
