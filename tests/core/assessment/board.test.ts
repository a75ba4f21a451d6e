import { boardFromTable, boardToTable, companyKey, linksTo } from '../../../src/core/assessment';

describe('the Plan table Styret', () => {
  it('is written with its headers and one empty row to fill in, and reads back as no ties', () => {
    const table = boardToTable([]);
    expect(table.name).toBe('Styret');
    expect(table.headers).toEqual(['Medlem', 'Rolle', 'Org.nr', 'Selskap', 'Tilknytning']);
    expect(table.rows).toEqual([[null, null, null, null, null]]);
    expect(boardFromTable([table.headers, ...table.rows])).toEqual({ links: [], findings: [] });
  });

  it('round-trips the ties it writes', () => {
    const links = [
      {
        member: 'Kari Nordby',
        role: 'Styreleder',
        orgNo: '922059179',
        company: 'Toten Sensor AS',
        relation: 'boardMember' as const,
        row: 1,
      },
      { member: 'Per Hov', company: 'Raufoss Lettmetall AS', relation: 'owner' as const, row: 2 },
    ];
    const table = boardToTable(links);
    expect(boardFromTable([table.headers, ...table.rows]).links).toEqual(links);
  });

  it('reads nynorsk and English headers, org.nr with spaces, and the ties in other words', () => {
    const { links, findings } = boardFromTable([
      ['Namn', 'Verv', 'Organisasjonsnummer', 'Føretak', 'Tilknyting'],
      ['Kari Nordby', 'Nestleiar', '922 059 179', null, 'Tilsett'],
      ['Ola Berg', null, 936284108, 'Raufoss Lettmetall AS', 'familie'],
      [null, null, null, null, null],
      ['Per Hov', null, 'Toten Trebygg AS', null, 'revisor'],
    ]);
    expect(findings).toEqual([]);
    expect(links).toEqual([
      { member: 'Kari Nordby', role: 'Nestleiar', orgNo: '922059179', relation: 'employee', row: 1 },
      {
        member: 'Ola Berg',
        orgNo: '936284108',
        company: 'Raufoss Lettmetall AS',
        relation: 'family',
        row: 2,
      },
      // A name in the org.nr column is the company's name.
      { member: 'Per Hov', company: 'Toten Trebygg AS', relationText: 'revisor', row: 4 },
    ]);
    const english = boardFromTable([
      ['Member', 'Role', 'Org no', 'Company', 'Relation'],
      ['Kari Nordby', 'Chair', '922059179', 'Toten Sensor AS', 'Board member'],
    ]);
    expect(english.links[0]).toMatchObject({ member: 'Kari Nordby', relation: 'boardMember' });
  });

  it('names a row it cannot use and a table it cannot read, and never throws', () => {
    const { links, findings } = boardFromTable([
      ['Medlem', 'Org.nr'],
      ['Kari Nordby', null],
      [null, '922059179'],
    ]);
    expect(links).toEqual([]);
    expect(findings.map((f) => [f.row, f.message])).toEqual([
      [1, 'Rad 1 i «Styret» trenger både et medlem og et org.nr eller selskap; raden er ikke brukt.'],
      [2, 'Rad 2 i «Styret» trenger både et medlem og et org.nr eller selskap; raden er ikke brukt.'],
    ]);
    expect(boardFromTable([['Navn på styret']]).findings[0].message).toMatch(/trenger kolonnene «Medlem»/);
    expect(boardFromTable(undefined)).toEqual({ links: [], findings: [] });
    expect(boardFromTable([[]])).toMatchObject({ links: [] });
  });
});

describe('matching an applicant', () => {
  const links = [
    { member: 'Kari', orgNo: '922059179', row: 1 },
    { member: 'Per', company: 'Raufoss Lettmetall', row: 2 },
  ];

  it('by org.nr however it is written, or by the name without the legal form', () => {
    expect(linksTo(links, { orgNo: '922 059 179' }).map((l) => l.member)).toEqual(['Kari']);
    expect(linksTo(links, { applicant: 'RAUFOSS LETTMETALL AS' }).map((l) => l.member)).toEqual(['Per']);
    expect(linksTo(links, { applicant: 'Raufoss Lettmetall Eiendom AS' })).toEqual([]);
    expect(linksTo(links, {})).toEqual([]);
  });

  it('compares names without case, spaces, punctuation and the legal form', () => {
    expect(companyKey('  Toten  Sensor A.S. ')).toBe(companyKey('toten sensor'));
    expect(companyKey('Hydro ASA')).toBe('hydro');
    expect(companyKey('AS')).toBe('as');
    expect(companyKey('')).toBeUndefined();
  });
});
