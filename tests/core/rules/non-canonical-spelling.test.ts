import { defaultPlan } from '../../../src/core/plan';
import { runRules } from '../../../src/core/rules';
import { rule } from '../../../src/core/rules/non-canonical-spelling';
import { visibleSpaces } from '../../../src/core/text';
import { contextOf, ruleTester } from './ruleTester';

ruleTester(rule, {
  valid: [
    {
      name: 'labels as listed',
      rows: [{ category: 'Forprosjekt', status: 'Aktiv' }, { category: 'Hovedprosjekt' }],
    },
    {
      name: 'listed synonyms, English labels and the plan’s own aliases',
      rows: [
        { category: 'Pre-study', status: 'Ferdig' },
        { category: 'Forstudier', status: 'Completed', area: 'Nyskaping' },
      ],
    },
    { name: 'an empty status means Aktiv', rows: [{ status: null }] },
    { name: 'a legacy area as the plan writes it, for its year', rows: [{ area: 'Fritid', year: 2011 }] },
    {
      name: 'what cannot be read at all is unknown-*’s to report, not this rule’s',
      rows: [{ category: 'Forprosjket', status: 'Pause', area: 'Nyskapning' }],
    },
  ],
  invalid: [
    {
      name: '«forprosjekt » with a trailing space: a warning, the space shown',
      rows: [{ category: 'forprosjekt ' }],
      errors: [
        {
          cell: 'F2',
          message:
            '«forprosjekt␠» leses som «Forprosjekt», men SUMMERHVIS og pivottabeller regner den som en annen verdi',
          messageEn:
            '"forprosjekt␠" is read as "Forprosjekt", but SUMIF and pivot tables count it as another value',
        },
      ],
    },
    {
      name: 'an area with a double space or a non-breaking space: a warning',
      rows: [{ area: 'Nyskaping i  næringslivet' }, { area: 'Nyskaping\u00a0i næringslivet' }],
      errors: [
        { cell: 'E2', message: '«Nyskaping i␠␠næringslivet» leses som «Nyskaping i næringslivet»' },
        { cell: 'E3', message: '«Nyskaping␠i næringslivet»', messageEn: 'totals per focus area' },
      ],
    },
    {
      name: 'lower case only: info, since SUMIF and pivot tables ignore case',
      rows: [{ category: 'forprosjekt', status: 'aktiv' }, { area: 'nyskaping i næringslivet' }],
      errors: [
        {
          cell: 'F2',
          severity: 'info',
          message: '«forprosjekt» leses som «Forprosjekt». SUMMERHVIS og pivottabeller skiller ikke',
        },
        { cell: 'K2', severity: 'info', message: '«aktiv» leses som «Aktiv»', messageEn: 'write "Aktiv"' },
        {
          cell: 'E3',
          severity: 'info',
          message: '«nyskaping i næringslivet» leses som «Nyskaping i næringslivet»',
        },
      ],
    },
    {
      name: 'a status with spaces is info: the plan’s sums are not per status',
      rows: [{ status: ' Avsluttet ' }],
      errors: [{ cell: 'K2', severity: 'info', message: '«␠Avsluttet␠» leses som «Avsluttet»' }],
    },
    {
      name: 'a synonym in other case names the canonical label',
      rows: [{ category: 'PRE-STUDY', status: 'ferdig ' }],
      errors: [
        { cell: 'F2', severity: 'info', message: '«PRE-STUDY» leses som «Forstudie»' },
        { cell: 'K2', severity: 'info', message: '«ferdig␠» leses som «Avsluttet»' },
      ],
    },
  ],
});

describe('non-canonical-spelling with the other label rules', () => {
  it('each odd cell is reported once: by this rule when read, by unknown-* when not', () => {
    const findings = runRules(
      contextOf({
        name: 'mixed',
        rows: [{ category: 'forprosjekt ', status: 'Avslutet', area: ' Nyskaping i næringslivet' }],
      }),
    );
    const labelRules = ['non-canonical-spelling', 'unknown-area', 'unknown-category', 'unknown-status'];
    expect(findings.filter((f) => labelRules.includes(f.rule)).map((f) => `${f.rule} ${f.cell}`)).toEqual([
      'unknown-status K2',
      'non-canonical-spelling E2',
      'non-canonical-spelling F2',
    ]);
  });

  it('the value still counts in our figures', () => {
    const { table } = contextOf({
      name: 'spaced',
      rows: [{ category: 'forprosjekt ', area: 'nyskaping i næringslivet ' }],
    });
    expect(table.rows[0]).toMatchObject({ category: 'preproject', area: defaultPlan.areas[0].name });
  });
});

describe('visibleSpaces', () => {
  it.each([
    ['forprosjekt ', 'forprosjekt␠'],
    [' a  b\u00a0c\t', '␠a␠␠b␠c→'],
    ['Nyskaping i næringslivet', 'Nyskaping i næringslivet'],
    ['a\nb', 'a↵b'],
    ['', ''],
  ])('%j → %s', (text, shown) => {
    expect(visibleSpaces(text)).toBe(shown);
  });
});
