import { defaultPlan } from '../../src/core/plan';
import { CANONICAL_HEADERS, FIELD_ORDER, mapHeaders, readProjectTable } from '../../src/core/projects';
import { sampleProjectsGrid } from '../../src/core/sample';

/** Norwegian organisation numbers: 9 digits, mod-11 check digit with weights 3 2 7 6 5 4 3 2. */
function validOrgNo(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  const remainder = weights.reduce((sum, weight, i) => sum + weight * Number(digits[i]), 0) % 11;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check !== 10 && check === Number(digits[8]);
}

describe('sampleProjectsGrid', () => {
  const grid = sampleProjectsGrid();
  const { rows } = readProjectTable(grid, defaultPlan);

  it('is the canonical header row and 28 projects (11 in 2011, 17 in 2012) from A1', () => {
    expect(grid).toMatchObject({ sheet: 'Prosjekter', top: 1, left: 1 });
    expect(grid.values[0]).toEqual(FIELD_ORDER.map((field) => CANONICAL_HEADERS[field]));
    expect(mapHeaders(grid.values[0]).missing).toEqual([]);
    expect(rows.filter((r) => r.year === 2011)).toHaveLength(11);
    expect(rows.filter((r) => r.year === 2012)).toHaveLength(17);
    expect(sampleProjectsGrid('Eksempel').sheet).toBe('Eksempel');
  });

  it('has every field readable on every row, unique ids and valid org.nr', () => {
    for (const row of rows) {
      expect(row.name && row.applicant && row.area && row.category && row.status).toBeTruthy();
      expect(row.granted).toEqual(expect.any(Number));
      expect(validOrgNo(row.orgNo ?? '')).toBe(true);
    }
    expect(new Set(rows.map((r) => r.id)).size).toBe(28);
  });

  it('pays no more than granted, and active projects only at approval', () => {
    for (const row of rows) {
      const paid = (row.paidAtApproval ?? 0) + (row.paidAtCompletion ?? 0);
      expect(paid).toBeLessThanOrEqual(row.granted ?? 0);
      if (row.status === 'active') expect(row.paidAtCompletion ?? 0).toBe(0);
    }
  });

  it('has results on every closed project, and the totals the plan reports for 2011–2012', () => {
    const closed = rows.filter((r) => r.status === 'closed');
    expect(closed).toHaveLength(8);
    for (const row of closed) expect(row.newJobs ?? row.securedJobs ?? row.leveragedFunding).toBeDefined();
    const total = (pick: (r: (typeof rows)[number]) => number | undefined) =>
      rows.reduce((sum, r) => sum + (pick(r) ?? 0), 0);
    expect(total((r) => r.newJobs) + total((r) => r.securedJobs)).toBeGreaterThan(50);
    expect(total((r) => r.newCompanies)).toBe(2);
    expect(total((r) => r.leveragedFunding)).toBeGreaterThan(30_000_000);
  });

  it('has one withdrawn project, granted but never paid', () => {
    const withdrawn = rows.filter((r) => r.status === 'withdrawn');
    expect(withdrawn).toMatchObject([
      { id: '2012-08', granted: 125_000, paidAtApproval: 0, paidAtCompletion: 0 },
    ]);
  });
});
