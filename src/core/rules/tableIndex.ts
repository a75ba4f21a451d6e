/**
 * What several rules need of the project table, worked out once per check instead of once per rule (or per
 * frame): the rows in the order money was granted, grouped by area and year, and the de minimis grants.
 * `runRules` makes one and hands it to every rule; each part is built the first time a rule asks for it,
 * so a rule run alone pays only for what it uses.
 */
import { AidBook, deMinimisGrants, type AidGrant } from '../stateAid';
import type { Plan, ProjectRow, ProjectTable } from '../types';
import { inPeriod, usedAmount } from './helpers';

const NONE: readonly ProjectRow[] = [];

export class TableIndex {
  private byYear?: Map<number, ProjectRow[]>;
  private sorted?: readonly ProjectRow[];
  private period?: { rows: ProjectRow[]; byArea: Map<string, ProjectRow[]> };
  private grants?: readonly AidGrant[];
  private book?: AidBook;

  constructor(
    readonly table: ProjectTable,
    readonly plan: Plan,
  ) {}

  /** The rows by year (a row without one counts as year 0), each year's in table order. */
  private rowsByYear(): Map<number, ProjectRow[]> {
    if (!this.byYear) {
      this.byYear = new Map();
      for (const row of this.table.rows) {
        const year = row.year ?? 0;
        const ofYear = this.byYear.get(year);
        if (ofYear) ofYear.push(row);
        else this.byYear.set(year, [row]);
      }
    }
    return this.byYear;
  }

  /**
   * The rows in the order money was granted: by year, then as they stand in the table. Table rows come in
   * sheet order, so the years' groups laid end to end are that order — no sort of every row needed.
   */
  chronological(): readonly ProjectRow[] {
    if (!this.sorted) {
      const byYear = this.rowsByYear();
      this.sorted = [...byYear.keys()].sort((a, b) => a - b).flatMap((year) => byYear.get(year)!);
    }
    return this.sorted;
  }

  /** The plan period's rows in chronological order. */
  inPeriod(): readonly ProjectRow[] {
    return this.periodRows().rows;
  }

  /** The plan period's rows of one area (its canonical name), in chronological order. */
  areaInPeriod(area: string): readonly ProjectRow[] {
    return this.periodRows().byArea.get(area) ?? NONE;
  }

  /** One area's rows of one year, in table order (which is chronological within a year). */
  areaInYear(area: string, year: number): readonly ProjectRow[] {
    return (this.rowsByYear().get(year) ?? NONE).filter((row) => row.area === area);
  }

  private periodRows(): { rows: ProjectRow[]; byArea: Map<string, ProjectRow[]> } {
    if (!this.period) {
      const period = { rows: [] as ProjectRow[], byArea: new Map<string, ProjectRow[]>() };
      for (const row of this.chronological()) {
        if (!inPeriod(this.plan, row.year)) continue;
        period.rows.push(row);
        if (row.area === undefined) continue;
        const ofArea = period.byArea.get(row.area);
        if (ofArea) ofArea.push(row);
        else period.byArea.set(row.area, [row]);
      }
      this.period = period;
    }
    return this.period;
  }

  /** The programme's de minimis grants, in table order (what each row counts for: `usedAmount`). */
  deMinimisGrants(): readonly AidGrant[] {
    this.grants ??= deMinimisGrants(this.table.rows, this.plan, usedAmount);
    return this.grants;
  }

  /** The de minimis grants by single undertaking. */
  aidBook(): AidBook {
    this.book ??= new AidBook(this.plan, this.deMinimisGrants());
    return this.book;
  }
}
