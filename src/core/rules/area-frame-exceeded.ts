import type { Finding } from '../types';
import { chronological, firstCrossing, inPeriod, kr, periodText, rowFinding } from './helpers';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'area-frame-exceeded',
  severity: 'error',
  description: {
    nb: 'Bevilget i et innsatsområde i planperioden er mer enn områdets ramme.',
    en: 'Granted in a focus area within the plan period exceeds the area’s frame.',
  },
  check({ table, plan }) {
    const findings: Finding[] = [];
    const period = periodText(plan.period.from, plan.period.to);
    const rows = chronological(table.rows.filter((row) => inPeriod(plan, row.year)));
    for (const area of plan.areas) {
      const crossing = firstCrossing(
        rows.filter((row) => row.area === area.name),
        area.frame,
      );
      if (!crossing) continue;
      const over = crossing.total - area.frame;
      findings.push(
        rowFinding(
          rule,
          table,
          crossing.row,
          'granted',
          `«${area.name}» har en ramme på ${kr(area.frame)} for ${period}. Med denne bevilgningen er det bevilget ${kr(crossing.reached)}, og i alt ${kr(crossing.total)} — ${kr(over)} over rammen. Juster bevilgningene eller flytt midler i planen.`,
          `«${area.name}» has a frame of ${kr(area.frame)} for ${period}. With this grant ${kr(crossing.reached)} is granted, ${kr(crossing.total)} in all — ${kr(over)} over the frame. Adjust the grants or move money in the plan.`,
        ),
      );
    }
    return findings;
  },
};
