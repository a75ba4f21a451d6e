import type { Finding } from '../types';
import { inPeriod, periodText, rowFinding } from './helpers';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'year-outside-plan',
  severity: 'warning',
  description: {
    nb: 'Året ligger utenfor planperioden og utenfor forrige periode.',
    en: 'The year lies outside the plan period and outside the previous period.',
  },
  check({ table, plan }) {
    const findings: Finding[] = [];
    const current = periodText(plan.period.from, plan.period.to);
    const legacy = periodText(plan.legacy.from, plan.legacy.to);
    for (const row of table.rows) {
      const year = row.year;
      if (year === undefined || !Number.isInteger(year) || inPeriod(plan, year)) continue;
      if (year >= plan.legacy.from && year <= plan.legacy.to) continue;
      findings.push(
        rowFinding(
          rule,
          table,
          row,
          'year',
          `År ${year} er utenfor planperioden ${current} og forrige periode ${legacy} — sjekk årstallet.`,
          `Year ${year} is outside the plan period ${current} and the previous period ${legacy} — check the year.`,
        ),
      );
    }
    return findings;
  },
};
