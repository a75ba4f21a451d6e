import { projectMoney } from '../plan';
import { firstCrossing, kr, periodText } from './helpers';
import { defineRule } from './types';

export const rule = defineRule({
  id: 'period-frame-exceeded',
  name: { nb: 'Prosjektmidlene overskredet', en: 'Project money exceeded' },
  severity: 'error',
  description: {
    nb: 'Bevilget til prosjekter i planperioden er mer enn prosjektmidlene (finansiering minus administrasjon).',
    en: 'Granted to projects within the plan period exceeds the project money (financing minus administration).',
  },
  messages: {
    overProjectMoney: {
      nb: 'Prosjektmidlene for {period} er {limit}. Med denne bevilgningen er det bevilget {reached}, og i alt {total} — {over} mer enn planen har. Finn mer finansiering eller juster bevilgningene.',
      en: 'The project money for {period} is {limit}. With this grant {reached} is granted, {total} in all — {over} more than the plan has. Find more financing or adjust the grants.',
    },
  },
  find({ table, plan, index }, report) {
    const limit = projectMoney(plan);
    // Every project row of the period uses money, whether or not its area is recognised.
    const crossing = firstCrossing(index.inPeriod(), limit);
    if (!crossing) return [];
    return [
      report.row(table, crossing.row, 'granted', 'overProjectMoney', {
        period: periodText(plan.period.from, plan.period.to),
        limit: kr(limit),
        reached: kr(crossing.reached),
        total: kr(crossing.total),
        over: kr(crossing.total - limit),
      }),
    ];
  },
});
