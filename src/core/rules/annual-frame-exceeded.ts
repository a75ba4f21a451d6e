import { frames } from '../allocation';
import { isInputError } from '../errors';
import type { Finding, Plan } from '../types';
import { firstCrossing, kr } from './helpers';
import { defineRule } from './types';

export const rule = defineRule({
  id: 'annual-frame-exceeded',
  name: { nb: 'Årets ramme overskredet', en: 'Annual frame exceeded' },
  severity: 'warning',
  description: {
    nb: 'Bevilget i et innsatsområde i ett år er mer enn årets andel av områdets ramme.',
    en: 'Granted in a focus area in one year exceeds that year’s share of the area’s frame.',
  },
  messages: {
    overYearFrame: {
      nb: '«{area}» har {frame} av rammen i {year}. Med denne bevilgningen er det bevilget {reached} i {year}, og i alt {total} — {over} over årets ramme. Sjekk at resten av perioden har nok igjen.',
      en: '"{area}" has {frame} of its frame in {year}. With this grant {reached} is granted in {year}, {total} in all — {over} over the year’s frame. Check that the rest of the period has enough left.',
    },
  },
  find({ table, plan, index }, report) {
    const findings: Finding[] = [];
    const areas = new Set(plan.areas.map((area) => area.name));
    for (const { area, year, frame } of framesOrNone(plan)) {
      if (!areas.has(area)) continue;
      const crossing = firstCrossing(index.areaInYear(area, year), frame);
      if (!crossing) continue;
      findings.push(
        report.row(table, crossing.row, 'granted', 'overYearFrame', {
          area,
          frame: kr(frame),
          year,
          reached: kr(crossing.reached),
          total: kr(crossing.total),
          over: kr(crossing.total - frame),
        }),
      );
    }
    return findings;
  },
});

/** Frames that cannot be split (a negative frame …) are checkPlan's to report, not this rule's. */
function framesOrNone(plan: Plan): ReturnType<typeof frames> {
  try {
    return frames(plan);
  } catch (error) {
    if (isInputError(error)) return [];
    throw error;
  }
}
