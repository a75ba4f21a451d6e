import type { Finding } from '../types';
import { firstCrossing, kr, periodText } from './helpers';
import { defineRule } from './types';

export const rule = defineRule({
  id: 'area-frame-exceeded',
  name: { nb: 'Områdets ramme overskredet', en: 'Area frame exceeded' },
  severity: 'error',
  description: {
    nb: 'Bevilget i et innsatsområde i planperioden er mer enn områdets ramme.',
    en: 'Granted in a focus area within the plan period exceeds the area’s frame.',
  },
  messages: {
    overFrame: {
      nb: '«{area}» har en ramme på {frame} for {period}. Med denne bevilgningen er det bevilget {reached}, og i alt {total} — {over} over rammen. Juster bevilgningene eller flytt midler i planen.',
      en: '"{area}" has a frame of {frame} for {period}. With this grant {reached} is granted, {total} in all — {over} over the frame. Adjust the grants or move money in the plan.',
    },
  },
  find({ table, plan, index }, report) {
    const findings: Finding[] = [];
    const period = periodText(plan.period.from, plan.period.to);
    for (const area of plan.areas) {
      const crossing = firstCrossing(index.areaInPeriod(area.name), area.frame);
      if (!crossing) continue;
      findings.push(
        report.row(table, crossing.row, 'granted', 'overFrame', {
          area: area.name,
          frame: kr(area.frame),
          period,
          reached: kr(crossing.reached),
          total: kr(crossing.total),
          over: kr(crossing.total - area.frame),
        }),
      );
    }
    return findings;
  },
});
