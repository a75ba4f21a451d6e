import type { Finding, Grid, Plan, ProjectTable, RuleId, Severity } from '../types';

/** What a rule may look at. Rules are pure: same context, same findings. */
export interface RuleContext {
  plan: Plan;
  table: ProjectTable;
  /** Every sheet's used range, for sum-mismatch. */
  sheets?: Grid[];
  /** A range the user points at, in the seed's summary layout, for summary-mismatch. */
  summary?: Grid;
}

/** One rule of the catalogue (ARCHITECTURE §6): a stable id, a severity, a description and a check. */
export interface Rule {
  id: RuleId;
  /** The severity of its findings; a rule may give some findings a milder one (non-canonical-spelling). */
  severity: Severity;
  description: { nb: string; en: string };
  check(ctx: RuleContext): Finding[];
}
