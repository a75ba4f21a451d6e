import fc from 'fast-check';
import {
  CRITERIA_HEADERS,
  DEFAULT_CRITERIA,
  criteriaFromTable,
  criteriaToTable,
  defaultCriteria,
  weightShares,
  type Criterion,
} from '../../../src/core/assessment';
import type { CellValue } from '../../../src/core/types';

const asRows = (criteria: Criterion[]): CellValue[][] => {
  const table = criteriaToTable(criteria);
  return [table.headers, ...table.rows];
};

describe('default criteria', () => {
  it('are the seven of the issue, with equal weights', () => {
    expect(DEFAULT_CRITERIA.map((c) => c.nameEn)).toEqual([
      'Relevance',
      'Market and growth',
      'Job potential',
      'Value creation',
      'Capacity',
      'Additionality',
      'Leverage',
    ]);
    expect(Object.values(weightShares(DEFAULT_CRITERIA))).toEqual(Array(7).fill(1 / 7));
  });

  it('are copied, so editing one set leaves the default alone', () => {
    const mine = defaultCriteria();
    mine[0].weight = 5;
    expect(DEFAULT_CRITERIA[0].weight).toBe(1);
  });
});

describe('criteriaToTable / criteriaFromTable', () => {
  it('write the Plan table «Kriterier»', () => {
    const table = criteriaToTable(DEFAULT_CRITERIA);
    expect(table.name).toBe('Kriterier');
    expect(table.headers).toEqual(CRITERIA_HEADERS);
    // The English name and the id are the add-in's: last, after what the board reads.
    expect(table.rows[0]).toEqual([
      'Relevans',
      'Relevans for innsatsområdet og planens mål',
      1,
      'Relevance',
      'relevance',
    ]);
  });

  it('round-trip', () => {
    const criterion = fc.record({
      id: fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/),
      name: fc.stringMatching(/^[A-ZÆØÅ][a-zæøå]{2,12}$/),
      nameEn: fc.stringMatching(/^[A-Z][a-z]{2,12}$/),
      description: fc.stringMatching(/^[A-Za-z][a-z ]{0,20}[a-z]$/),
      weight: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 10, noNaN: true })),
    });
    const criteriaSet = fc
      .uniqueArray(criterion, {
        minLength: 1,
        maxLength: 9,
        selector: (c) => c.name.toLowerCase(),
      })
      .filter((list) => new Set(list.map((c) => c.id)).size === list.length);
    fc.assert(
      fc.property(criteriaSet, (criteria) => {
        const read = criteriaFromTable(asRows(criteria));
        expect(read.findings).toEqual([]);
        expect(read.isDefault).toBe(false);
        expect(read.criteria).toEqual(criteria);
      }),
    );
  });

  it('read weights typed as percent or text, and fill what is optional', () => {
    const read = criteriaFromTable([
      ['Kriterium', 'Vekt'],
      ['Relevans', '40 %'],
      ['Marked og vekst', '0,5'],
      ['Arbeidsplasser', 0],
    ]);
    expect(read.criteria).toEqual([
      { id: 'relevans', name: 'Relevans', nameEn: 'Relevans', description: 'Relevans', weight: 40 },
      {
        id: 'marked-og-vekst',
        name: 'Marked og vekst',
        nameEn: 'Marked og vekst',
        description: 'Marked og vekst',
        weight: 0.5,
      },
      {
        id: 'arbeidsplasser',
        name: 'Arbeidsplasser',
        nameEn: 'Arbeidsplasser',
        description: 'Arbeidsplasser',
        weight: 0,
      },
    ]);
  });

  it('leave out rows they cannot read and say which', () => {
    const read = criteriaFromTable([
      ['Id', 'Kriterium', 'Vekt'],
      ['a', 'Relevans', -1],
      ['b', '', 1],
      ['c', 'Giring', 'mye'],
      [null, null, null],
      ['d', 'Verdiskaping', 2],
      ['e', 'verdiskaping', 1],
    ]);
    expect(read.criteria.map((c) => c.name)).toEqual(['Verdiskaping']);
    expect(read.findings.map((f) => [f.row, f.message])).toEqual([
      [1, 'Vekten «-1» for «Relevans» er ikke et tall ≥ 0; kriteriet er ikke brukt.'],
      [2, 'Rad 2 i «Kriterier» har ikke noe navn i «Kriterium»; raden er ikke brukt.'],
      [3, 'Vekten «mye» for «Giring» er ikke et tall ≥ 0; kriteriet er ikke brukt.'],
      [6, '«verdiskaping» står to ganger i «Kriterier»; bare den første raden er brukt.'],
    ]);
  });

  it('fall back to the default set, and say so, without a usable table', () => {
    for (const rows of [
      null,
      undefined,
      [],
      [['Kriterium']],
      [
        ['Kriterium', 'Vekt'],
        ['X', 'nei'],
      ],
    ]) {
      const read = criteriaFromTable(rows as CellValue[][] | null);
      expect(read.isDefault).toBe(true);
      expect(read.criteria).toEqual(DEFAULT_CRITERIA);
      expect(read.findings.length).toBeGreaterThan(0);
      expect(read.findings.every((f) => f.messageEn !== f.message)).toBe(true);
    }
  });
});
