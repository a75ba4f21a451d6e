import { formatPercent } from '../money';
import { finding, headerCell, inPeriod, periodText, usedAmount } from './helpers';
import type { Rule } from './types';

/** How far (in percentage points) an area's actual share may drift from the plan's before we say so. */
export const SPLIT_TOLERANCE_POINTS = 10;

export const rule: Rule = {
  id: 'split-off-target',
  severity: 'warning',
  description: {
    nb: `Fordelingen mellom innsatsområdene avviker mer enn ${SPLIT_TOLERANCE_POINTS} prosentpoeng fra planens andeler.`,
    en: `The split between the focus areas deviates from the plan’s shares by more than ${SPLIT_TOLERANCE_POINTS} points.`,
  },
  check({ table, plan }) {
    const used = new Map(plan.areas.map((area) => [area.name, 0]));
    for (const row of table.rows) {
      if (!inPeriod(plan, row.year) || row.area === undefined || !used.has(row.area)) continue;
      used.set(row.area, (used.get(row.area) ?? 0) + usedAmount(row));
    }
    const total = [...used.values()].reduce((sum, amount) => sum + amount, 0);
    if (total <= 0) return [];
    const shares = plan.areas.map((area) => ({
      area,
      actual: ((used.get(area.name) ?? 0) / total) * 100,
    }));
    if (shares.every(({ area, actual }) => Math.abs(actual - area.sharePercent) <= SPLIT_TOLERANCE_POINTS))
      return [];
    const actualText = shares
      .map(({ area, actual }) => `«${area.name}» ${formatPercent(actual / 100)}`)
      .join(', ');
    const planText = shares.map(({ area }) => formatPercent(area.sharePercent / 100, 0)).join(' / ');
    const period = periodText(plan.period.from, plan.period.to);
    return [
      finding(
        rule,
        table.sheet,
        headerCell(table, 'area'),
        `Bevilget i ${period} fordeler seg slik: ${actualText}. Planen sier ${planText} — mer enn ${SPLIT_TOLERANCE_POINTS} prosentpoeng avvik. Vurder fordelingen i de neste bevilgningene.`,
        `Granted in ${period} splits as ${actualText}. The plan says ${planText} — more than ${SPLIT_TOLERANCE_POINTS} points off. Consider the split in the next grants.`,
      ),
    ];
  },
};
