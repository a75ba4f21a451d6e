import { projectMoney } from '../plan';
import type { Finding } from '../types';
import { chronological, firstCrossing, inPeriod, kr, periodText, rowFinding } from './helpers';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'period-frame-exceeded',
  severity: 'error',
  description: {
    nb: 'Bevilget til prosjekter i planperioden er mer enn prosjektmidlene (finansiering minus administrasjon).',
    en: 'Granted to projects within the plan period exceeds the project money (financing minus administration).',
  },
  check({ table, plan }) {
    const limit = projectMoney(plan);
    const period = periodText(plan.period.from, plan.period.to);
    // Every project row of the period uses money, whether or not its area is recognised.
    const crossing = firstCrossing(
      chronological(table.rows.filter((row) => inPeriod(plan, row.year))),
      limit,
    );
    if (!crossing) return [];
    const over = crossing.total - limit;
    const findings: Finding[] = [
      rowFinding(
        rule,
        table,
        crossing.row,
        'granted',
        `Prosjektmidlene for ${period} er ${kr(limit)}. Med denne bevilgningen er det bevilget ${kr(crossing.reached)}, og i alt ${kr(crossing.total)} — ${kr(over)} mer enn planen har. Finn mer finansiering eller juster bevilgningene.`,
        `The project money for ${period} is ${kr(limit)}. With this grant ${kr(crossing.reached)} is granted, ${kr(crossing.total)} in all — ${kr(over)} more than the plan has. Find more financing or adjust the grants.`,
      ),
    ];
    return findings;
  },
};
