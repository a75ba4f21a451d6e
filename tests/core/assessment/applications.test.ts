import {
  DEFAULT_CRITERIA,
  applicationLabel,
  mapApplicationHeaders,
  readApplicationTable,
} from '../../../src/core/assessment';
import { defaultPlan } from '../../../src/core/plan';
import type { CellValue } from '../../../src/core/types';
import { applicationGrid, applicationTable } from './support';

describe('mapApplicationHeaders', () => {
  it('maps the canonical headers and one column per criterion', () => {
    const grid = applicationGrid([]);
    const match = mapApplicationHeaders(grid.values[0], DEFAULT_CRITERIA);
    expect(match.mapping).toEqual({
      id: 0,
      name: 1,
      applicant: 2,
      orgNo: 3,
      area: 4,
      category: 5,
      year: 6,
      applied: 7,
      totalBudget: 8,
      otherFunding: 9,
      expectedNewJobs: 10,
      expectedSecuredJobs: 11,
    });
    expect(match.criteria).toEqual({
      relevance: 12,
      market: 13,
      jobs: 14,
      valueCreation: 15,
      capacity: 16,
      additionality: 17,
      leverage: 18,
    });
    expect(match.missing).toEqual([]);
    expect(match.missingCriteria).toEqual([]);
    expect(match.unknown).toEqual([]);
  });

  it('reads synonyms, English names, units and "(1–5)" hints, whatever the case and spacing', () => {
    const headers: CellValue[] = [
      'Søknadsnummer',
      'PROSJEKTNAVN',
      'Område',
      'Søkt beløp (kr)',
      'Total budget',
      'Relevans (1–5)',
      'market and growth',
      'Job potential',
      'Innstilling',
      'Kommentar',
      'Giiring',
    ];
    const match = mapApplicationHeaders(headers, DEFAULT_CRITERIA);
    expect(match.mapping).toEqual({ id: 0, name: 1, area: 2, applied: 3, totalBudget: 4, recommendation: 8 });
    expect(match.criteria).toEqual({ relevance: 5, market: 6, jobs: 7 });
    expect(match.missingCriteria).toEqual(['valueCreation', 'capacity', 'additionality', 'leverage']);
    expect(match.unknown).toEqual([
      { column: 9, header: 'Kommentar' },
      { column: 10, header: 'Giiring', suggestion: 'Giring' },
    ]);
  });

  it('names the required columns that are missing', () => {
    expect(mapApplicationHeaders(['Søker', 'Kategori'], DEFAULT_CRITERIA).missing).toEqual([
      'name',
      'area',
      'applied',
    ]);
  });

  it('lets a field win over a criterion of the same name', () => {
    const criteria = [{ id: 'x', name: 'Søker', nameEn: 'Applicant', description: '', weight: 1 }];
    const match = mapApplicationHeaders(['Søker'], criteria);
    expect(match.mapping).toEqual({ applicant: 0 });
    expect(match.missingCriteria).toEqual(['x']);
  });
});

describe('readApplicationTable', () => {
  it('types the cells and keeps raw values and A1 addresses', () => {
    const table = applicationTable([
      {
        orgNo: '922 059 179',
        area: 'velferdsinnovasjon',
        applied: '1 410 000 kr',
        totalBudget: '2,5 mill',
        expectedNewJobs: '3',
        scores: { relevance: '4,5', market: 'fem' },
      },
    ]);
    const [row] = table.rows;
    expect(row.row).toBe(2);
    expect(row.id).toBe('S-01');
    expect(row.orgNo).toBe('922059179');
    expect(row.area).toBe('Nyskaping i næringslivet');
    expect(row.areaText).toBe('velferdsinnovasjon');
    expect(row.category).toBe('prestudy');
    expect(row.year).toBe(2013);
    expect(row.applied).toBe(1_410_000);
    expect(row.raw.applied).toBe('1 410 000 kr');
    expect(row.cells.applied).toBe('H2');
    expect(row.totalBudget).toBe(2_500_000);
    expect(row.expectedNewJobs).toBe(3);
    expect(row.scores.relevance).toBe(4.5);
    expect(row.scores.market).toBeUndefined();
    expect(row.scoreRaw.market).toBe('fem');
    expect(row.scoreCells).toMatchObject({ relevance: 'M2', market: 'N2', leverage: 'S2' });
  });

  it('skips empty rows, takes the first non-empty row as headers and counts from where the grid sits', () => {
    const grid = applicationGrid([{}, {}]);
    const values = [[], [null], grid.values[0], grid.values[1], [null, '  '], grid.values[2]];
    const table = readApplicationTable(
      { sheet: 'Søknader', top: 3, left: 2, values },
      defaultPlan,
      DEFAULT_CRITERIA,
    );
    expect(table.headerRow).toBe(5);
    expect(table.rows.map((r) => r.row)).toEqual([6, 8]);
    expect(table.rows[0].cells.applied).toBe('I6');
    expect(table.rows[1].scoreCells.relevance).toBe('N8');
  });

  it('finds the headers below a title: the title is no application', () => {
    const grid = applicationGrid([{}, {}]);
    const values = [['Søknader til styremøtet 12. mars'], [], ...grid.values];
    const table = readApplicationTable(
      { sheet: 'Søknader', top: 1, left: 1, values },
      defaultPlan,
      DEFAULT_CRITERIA,
    );
    expect(table.headerRow).toBe(3);
    expect(table.rows.map((r) => r.row)).toEqual([4, 5]);
    expect(table.mapping.applied).toBe(7);
  });

  it('leaves an unknown area, an unreadable amount and an empty sheet undefined without throwing', () => {
    const table = applicationTable([{ area: 'Nyskapning', applied: 'mye', year: 'i fjor' }]);
    expect(table.rows[0]).toMatchObject({
      area: undefined,
      areaText: 'Nyskapning',
      applied: undefined,
      year: undefined,
    });
    expect(
      readApplicationTable({ sheet: 'S', top: 1, left: 1, values: [] }, defaultPlan, DEFAULT_CRITERIA).rows,
    ).toEqual([]);
  });

  it('names an application by number, else project, else row', () => {
    const table = applicationTable([{}, { id: null }, { id: null, name: null }]);
    expect(table.rows.map((r) => applicationLabel(r).nb)).toEqual(['S-01', '«Testsøknad»', 'rad 4']);
    expect(applicationLabel(table.rows[2]).en).toBe('row 4');
  });

  it('reads a total line under the list as a total, not an application: Sum, I alt, or a row of SUM formulas', () => {
    const grid = applicationGrid([{}, {}]);
    const width = grid.values[0].length;
    const line = (cells: Record<number, CellValue>): CellValue[] =>
      Array.from({ length: width }, (_, j) => cells[j] ?? null);
    const values = [
      ...grid.values,
      line({ 0: 'Sum', 7: 2_000_000 }),
      line({ 1: 'I alt søkt', 7: 2_000_000 }),
    ];
    const formulas = values.map((_, r) =>
      r === 4 ? line({}).map((_, j) => (j === 7 ? 'SUM(H2:H3)' : undefined)) : [],
    );
    const withFormula = [...values, line({ 7: 2_000_000 })];
    const table = readApplicationTable(
      {
        sheet: 'Søknader',
        top: 1,
        left: 1,
        values: withFormula,
        formulas: [...formulas, line({}).map((_, j) => (j === 7 ? 'SUBTOTAL(109,H2:H3)' : undefined))],
      },
      defaultPlan,
      DEFAULT_CRITERIA,
    );
    expect(table.rows.map((r) => r.row)).toEqual([2, 3]);
    expect(table.totalRows).toEqual([4, 5, 6]);
  });

  it('reads merged cells as Excel shows them: an area merged over two rows is empty in the second, a merged note is no application', () => {
    const grid = applicationGrid([{}, {}]);
    const width = grid.values[0].length;
    const note = Array.from({ length: width }, (_, j): CellValue => (j === 0 ? 'Merk: frist 1. mars' : null));
    // ExcelJS copies a merge's value into every cell; Excel shows it in the top-left cell only.
    const copied = grid.values.map((row) => [...row]);
    copied[2][4] = copied[1][4];
    const table = readApplicationTable(
      {
        sheet: 'Søknader',
        top: 1,
        left: 1,
        values: [...copied, note],
        merges: [
          { top: 2, left: 5, bottom: 3, right: 5 },
          { top: 4, left: 1, bottom: 4, right: 6 },
        ],
      },
      defaultPlan,
      DEFAULT_CRITERIA,
    );
    expect(table.rows.map((r) => r.row)).toEqual([2, 3]);
    expect(table.rows[0].area).toBe('Nyskaping i næringslivet');
    expect(table.rows[1].area).toBeUndefined();
    expect(table.rows[1].raw.area).toBeNull();
    expect(table.rows[1].merged).toEqual({ area: 'E2' });
  });
});
