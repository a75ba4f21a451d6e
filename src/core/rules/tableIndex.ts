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
  private byYear?: Map<number | undefined, ProjectRow[]>;
  private period?: { rows: ProjectRow[]; byArea: Map<string, ProjectRow[]> };
  private grants?: readonly AidGrant[];
  private book?: AidBook;

  constructor(
    readonly table: ProjectTable,
    readonly plan: Plan,
  ) {}

  /** The rows by year, each year's in table order. */
  private rowsByYear(): Map<number | undefined, ProjectRow[]> {
    if (!this.byYear) {
      this.byYear = new Map();
      for (const row of this.table.rows) {
        const ofYear = this.byYear.get(row.year);
        if (ofYear) ofYear.push(row);
        else this.byYear.set(row.year, [row]);
      }
    }
    return this.byYear;
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

  /**
   * The period's rows in the order money was granted: by year, then as they stand in the table. Table rows
   * come in sheet order, so the period's years taken in order give that order — no sort of every row.
   */
  private periodRows(): { rows: ProjectRow[]; byArea: Map<string, ProjectRow[]> } {
    if (!this.period) {
      const period = { rows: [] as ProjectRow[], byArea: new Map<string, ProjectRow[]>() };
      const byYear = this.rowsByYear();
      const years = [...byYear.keys()].filter((year) => inPeriod(this.plan, year)).sort((a, b) => a - b);
      for (const year of years) {
        for (const row of byYear.get(year)!) {
          period.rows.push(row);
          if (row.area === undefined) continue;
          const ofArea = period.byArea.get(row.area);
          if (ofArea) ofArea.push(row);
          else period.byArea.set(row.area, [row]);
        }
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
