import { nextProjectIds, projectRowsFor } from '../../../src/core/assessment';
import { defaultPlan } from '../../../src/core/plan';
import { mapHeaders, readProjectTable } from '../../../src/core/projects';
import { sampleProjectsGrid } from '../../../src/core/sample';
import { applicationTable } from './support';

describe('nextProjectIds', () => {
  it('continues the table’s "YYYY-NN" numbering for the year of the decision', () => {
    expect(nextProjectIds(['2011-01', '2012-17'], 2013, 2)).toEqual(['2013-01', '2013-02']);
    expect(nextProjectIds(['2013-03', undefined, '2013-10'], 2013, 1)).toEqual(['2013-11']);
    expect(nextProjectIds(['2013-001'], 2013, 1)).toEqual(['2013-002']);
  });

  it('gives up when the table numbers its projects some other way', () => {
    expect(nextProjectIds(['P-1', 'A17'], 2013, 1)).toBeUndefined();
    expect(nextProjectIds([], 2013, 1)).toBeUndefined();
  });
});

describe('projectRowsFor', () => {
  const [first, second] = applicationTable([
    {
      id: 'S-01',
      name: 'Sensornettverk',
      applicant: 'Toten Sensor AS',
      orgNo: '922 059 179',
      category: 'Forprosjekt',
    },
    { id: 'S-02', name: 'Handelsløft', area: 'attraktivitet', category: null },
  ]).rows;

  it('lays the grants out in the project table’s canonical columns, status Aktiv, year of the decision', () => {
    const sample = readProjectTable(sampleProjectsGrid(), defaultPlan);
    const rows = projectRowsFor(
      [
        { application: first, amount: 450_000 },
        { application: second, amount: 216_667 },
      ],
      2013,
      sample.mapping,
      15,
      sample.rows.map((r) => r.id),
    );
    expect(rows).toEqual([
      [
        '2013-01',
        'Sensornettverk',
        'Toten Sensor AS',
        '922059179',
        'Nyskaping i næringslivet',
        'Forprosjekt',
        2013,
        450_000,
        null,
        null,
        'Aktiv',
        null,
        null,
        null,
        null,
      ],
      [
        '2013-02',
        'Handelsløft',
        null,
        null,
        'Attraktivitet for næringslivet',
        null,
        2013,
        216_667,
        null,
        null,
        'Aktiv',
        null,
        null,
        null,
        null,
      ],
    ]);
  });

  it('follows the user’s own column order and leaves their extra columns empty', () => {
    const headers = ['Merknad', 'Bevilget', 'Prosjekt', 'År', 'Innsatsområde', 'Kategori'];
    const { mapping } = mapHeaders(headers);
    expect(projectRowsFor([{ application: first, amount: 1 }], 2014, mapping, headers.length)).toEqual([
      [null, 1, 'Sensornettverk', 2014, 'Nyskaping i næringslivet', 'Forprosjekt'],
    ]);
  });
});
