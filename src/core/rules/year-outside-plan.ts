import type { Finding } from '../types';
import { inPeriod, periodText } from './helpers';
import { defineRule } from './types';

export const rule = defineRule({
  id: 'year-outside-plan',
  name: { nb: 'År utenfor planperioden', en: 'Year outside the plan period' },
  severity: 'warning',
  description: {
    nb: 'Året ligger utenfor planperioden og utenfor forrige periode.',
    en: 'The year lies outside the plan period and outside the previous period.',
  },
  messages: {
    outside: {
      nb: 'År {year} er utenfor planperioden {current} og forrige periode {legacy} — sjekk årstallet.',
      en: 'Year {year} is outside the plan period {current} and the previous period {legacy} — check the year.',
    },
  },
  find({ table, plan }, report) {
    const findings: Finding[] = [];
    const current = periodText(plan.period.from, plan.period.to);
    const legacy = periodText(plan.legacy.from, plan.legacy.to);
    for (const row of table.rows) {
      const year = row.year;
      if (year === undefined || !Number.isInteger(year) || inPeriod(plan, year)) continue;
      if (year >= plan.legacy.from && year <= plan.legacy.to) continue;
      findings.push(report.row(table, row, 'year', 'outside', { year, current, legacy }));
    }
    return findings;
  },
});
