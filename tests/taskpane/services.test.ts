import { defaultPlan } from '../../src/core/plan';
import type { GoalIndicator, Grid } from '../../src/core/types';
import { allocationView, initialInput } from '../../src/taskpane/services/allocation';
import { groupFindings } from '../../src/taskpane/services/check';
import { actualsFromGrid, goalSheetName } from '../../src/taskpane/services/goals';
import { mappingProblems } from '../../src/taskpane/services/setup';

const grid = (values: Grid['values']): Grid => ({ sheet: 'Statistikk', top: 1, left: 1, values });
const years = [2012, 2013, 2014, 2015];

describe('actual figures taken from a range', () => {
  it.each([
    [
      'two columns: year | value',
      [
        [2013, 13000],
        [2014, '13 100'],
        ['Sum', 1],
      ],
      { 2013: '13000', 2014: '13100' },
    ],
    [
      'two rows: years over values',
      [
        [2012, 2013, 2014],
        [12928, 12990, null],
      ],
      { 2012: '12928', 2013: '12990' },
    ],
    ['one column from the first year', [[12928], [12990], ['–']], { 2012: '12928', 2013: '12990' }],
    ['one row from the first year', [[12928, 12990, 13050]], { 2012: '12928', 2013: '12990', 2014: '13050' }],
    [
      'years outside the curve are left out',
      [
        [2030, 1],
        [2013, 2.5],
      ],
      { 2013: '2,5' },
    ],
  ])('%s', (_, values, expected) => {
    expect(actualsFromGrid(grid(values as Grid['values']), years)).toEqual(expected);
  });
});

describe('goal sheet names', () => {
  it('fit Excel’s 31 characters and leave out the characters Excel forbids', () => {
    const goal = {
      ...defaultPlan.goals[0],
      name: 'Sysselsatte/arbeidsplasser [i kommunen]: alle',
    } as GoalIndicator;
    const name = goalSheetName(goal);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[\\/?*[\]:]/);
    expect(name.startsWith('Målkurve Sysselsatte')).toBe(true);
  });
});

describe('allocation view', () => {
  it('sums every year’s frames to the financing and every area’s to its frame', () => {
    const view = allocationView(defaultPlan, { ...initialInput(defaultPlan), shares: ['55', '45'], unit: 1 });
    expect(view.areas.map((a) => a.frame)).toEqual([3_465_000, 2_835_000]);
    for (const row of view.perYear) {
      expect(row.total).toBe(
        row.administration ? 2_700_000 : view.areas.find((a) => a.area === row.area)?.frame,
      );
    }
    const perYear = view.years.map((_, i) => view.perYear.reduce((sum, row) => sum + row.frames[i], 0));
    expect(perYear).toEqual([3_000_000, 3_000_000, 3_000_000]);
  });

  it('says which hold is too large, in core’s words', () => {
    const view = allocationView(defaultPlan, { ...initialInput(defaultPlan), holds: ['7 000 000', ''] });
    expect(view.problems).toEqual([expect.objectContaining({ kind: 'allocate' })]);
    expect(view.problems[0].message).toBeTruthy();
    expect(view.problems[0].messageEn).toBeTruthy();
  });
});

describe('grouped findings', () => {
  it('orders severities error → warning → info and rules by the catalogue, with counts', () => {
    const finding = (rule: string, severity: 'error' | 'warning' | 'info') => ({
      rule,
      severity,
      sheet: 'Prosjekter',
      cell: 'A2',
      message: rule,
      messageEn: rule,
    });
    const groups = groupFindings([
      finding('zero-grant', 'warning'),
      finding('required-field', 'error'),
      finding('duplicate-id', 'warning'),
      finding('zero-grant', 'warning'),
    ]);
    expect(groups.map((g) => [g.severity, g.count])).toEqual([
      ['error', 1],
      ['warning', 3],
    ]);
    expect(groups[1].rules.map((r) => [r.rule, r.findings.length])).toEqual([
      ['duplicate-id', 1],
      ['zero-grant', 2],
    ]);
  });
});

describe('column mapping problems', () => {
  it('names missing required fields and columns chosen twice', () => {
    expect(mappingProblems({ name: 1, area: 4, category: 5, year: 6, applicant: 1 })).toEqual({
      missing: ['granted'],
      duplicates: [1],
    });
  });
});
