/**
 * Scores and ranks. Each criterion is scored 1–5; the weighted score is 0–100:
 * 100 × Σ wᵢ·(sᵢ − 1) / (4 · Σ wᵢ), so all 1s give 0 and all 5s give 100. Criteria with weight 0 are left out.
 * Rounded to one decimal, the way it is shown, and ranked on that: equal shown scores are ties, broken by
 * higher job potential (expected new + secured jobs), then the lower amount applied for, then the number.
 */
import type { ApplicationRow } from './applications';
import { weighted, type Criterion } from './criteria';
import { SCORE_MAX, SCORE_MIN } from './workbookNames';

export { SCORE_MAX, SCORE_MIN };

export function isValidScore(score: number | undefined): score is number {
  return score !== undefined && Number.isFinite(score) && score >= SCORE_MIN && score <= SCORE_MAX;
}

/** The weighted score 0–100 with one decimal; undefined when a weighted criterion has no valid score. */
export function scoreOf(application: ApplicationRow, criteria: readonly Criterion[]): number | undefined {
  const counted = weighted(criteria);
  if (counted.length === 0) return undefined;
  let points = 0;
  let weights = 0;
  for (const criterion of counted) {
    const score = application.scores[criterion.id];
    if (!isValidScore(score)) return undefined;
    points += criterion.weight * (score - SCORE_MIN);
    weights += criterion.weight;
  }
  return Math.round((1000 * points) / ((SCORE_MAX - SCORE_MIN) * weights)) / 10;
}

/** Expected new + secured jobs; what is not filled in counts as 0. */
export function jobPotential(application: ApplicationRow): number {
  return (application.expectedNewJobs ?? 0) + (application.expectedSecuredJobs ?? 0);
}

/** An amount that can't be read gets no head start from the "lower amount first" tie-break. */
function amountKey(application: ApplicationRow): number {
  return application.applied ?? Number.MAX_SAFE_INTEGER;
}

const idOrder = new Intl.Collator('nb', { numeric: true, sensitivity: 'base' });

/** Ranking order: score, job potential, lower amount, number (numeric-aware), then row. */
export function compareForRanking(
  a: { application: ApplicationRow; score: number },
  b: { application: ApplicationRow; score: number },
): number {
  return (
    b.score - a.score ||
    jobPotential(b.application) - jobPotential(a.application) ||
    amountKey(a.application) - amountKey(b.application) ||
    idOrder.compare(a.application.id ?? '', b.application.id ?? '') ||
    a.application.row - b.application.row
  );
}

/** The scored applications in rank order with their rank (1, 2, 3 … — ties are broken, never shared). */
export function rank(
  applications: readonly ApplicationRow[],
  criteria: readonly Criterion[],
): { application: ApplicationRow; score: number; rank: number }[] {
  return applications
    .map((application) => ({ application, score: scoreOf(application, criteria) }))
    .filter((entry): entry is { application: ApplicationRow; score: number } => entry.score !== undefined)
    .sort(compareForRanking)
    .map((entry, i) => ({ ...entry, rank: i + 1 }));
}
