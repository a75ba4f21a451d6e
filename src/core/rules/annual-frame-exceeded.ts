import { frames } from '../allocation';
import { InputError } from '../errors';
import type { Finding, Plan } from '../types';
import { chronological, firstCrossing, kr, rowFinding } from './helpers';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'annual-frame-exceeded',
  severity: 'warning',
  description: {
    nb: 'Bevilget i et innsatsområde i ett år er mer enn årets andel av områdets ramme.',
    en: 'Granted in a focus area in one year exceeds that year’s share of the area’s frame.',
  },
  check({ table, plan }) {
    const findings: Finding[] = [];
    const areas = new Set(plan.areas.map((area) => area.name));
    const rows = chronological(table.rows);
    for (const { area, year, frame } of framesOrNone(plan)) {
      if (!areas.has(area)) continue;
      const crossing = firstCrossing(
        rows.filter((row) => row.area === area && row.year === year),
        frame,
      );
      if (!crossing) continue;
      const over = crossing.total - frame;
      findings.push(
        rowFinding(
          rule,
          table,
          crossing.row,
          'granted',
          `«${area}» har ${kr(frame)} av rammen i ${year}. Med denne bevilgningen er det bevilget ${kr(crossing.reached)} i ${year}, og i alt ${kr(crossing.total)} — ${kr(over)} over årets ramme. Sjekk at resten av perioden har nok igjen.`,
          `«${area}» has ${kr(frame)} of its frame in ${year}. With this grant ${kr(crossing.reached)} is granted in ${year}, ${kr(crossing.total)} in all — ${kr(over)} over the year’s frame. Check that the rest of the period has enough left.`,
        ),
      );
    }
    return findings;
  },
};

/** Frames that cannot be split (a negative frame …) are checkPlan's to report, not this rule's. */
function framesOrNone(plan: Plan): ReturnType<typeof frames> {
  try {
    return frames(plan);
  } catch (error) {
    if (error instanceof InputError) return [];
    throw error;
  }
}
