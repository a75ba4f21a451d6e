/**
 * The funding simulation: down the ranking, each application takes what its frame still has.
 * - funded: the remaining frame carries the whole amount;
 * - partly: something is left, but less than applied for — the rest of the frame is taken;
 * - outside: nothing is left (or the frame is already overdrawn).
 * The remaining frame never grows and never drops by more than an application's amount; a frame that is
 * already negative (granted more than the frame) stays as it is, so the overdraft shows.
 */
export type FundingDecision = 'funded' | 'partly' | 'outside';

export interface FundingStep {
  key: string;
  applied: number;
  /** Remaining frame before this application. */
  before: number;
  /** What the frame carries of it: 0 ≤ funded ≤ applied, and ≤ what was left. */
  funded: number;
  after: number;
  decision: FundingDecision;
}

export function simulateFunding(
  entries: readonly { key: string; applied: number }[],
  start: ReadonlyMap<string, number>,
): FundingStep[] {
  const remaining = new Map(start);
  return entries.map(({ key, applied }) => {
    const before = remaining.get(key) ?? 0;
    const wanted = Math.max(0, applied);
    const funded = Math.min(wanted, Math.max(0, before));
    const after = before - funded;
    remaining.set(key, after);
    const decision: FundingDecision = funded === wanted ? 'funded' : funded > 0 ? 'partly' : 'outside';
    return { key, applied, before, funded, after, decision };
  });
}
