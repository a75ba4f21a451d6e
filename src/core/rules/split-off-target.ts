import { inBoth, quoted } from '../messages';
import { formatPercent } from '../money';
import { headerCell, inPeriod, periodText, usedAmount } from './helpers';
import { defineRule } from './types';

/** How far (in percentage points) an area's actual share may drift from the plan's before we say so. */
export const SPLIT_TOLERANCE_POINTS = 10;

export const rule = defineRule({
  id: 'split-off-target',
  name: { nb: 'Fordeling avviker fra planen', en: 'Split differs from the plan' },
  severity: 'warning',
  description: {
    nb: `Fordelingen mellom innsatsområdene avviker mer enn ${SPLIT_TOLERANCE_POINTS} prosentpoeng fra planens andeler.`,
    en: `The split between the focus areas deviates from the plan’s shares by more than ${SPLIT_TOLERANCE_POINTS} points.`,
  },
  messages: {
    offTarget: {
      nb: 'Bevilget i {period} fordeler seg slik: {actual}. Planen sier {planned} — mer enn {tolerance} prosentpoeng avvik. Vurder fordelingen i de neste bevilgningene.',
      en: 'Granted in {period} splits as {actual}. The plan says {planned} — more than {tolerance} points off. Consider the split in the next grants.',
    },
  },
  find({ table, plan }, report) {
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
    return [
      report.at(table.sheet, headerCell(table, 'area'), 'offTarget', {
        period: periodText(plan.period.from, plan.period.to),
        actual: inBoth((lang) =>
          shares
            .map(({ area, actual }) => `${quoted(area.name)[lang]} ${formatPercent(actual / 100, 1, lang)}`)
            .join(', '),
        ),
        planned: inBoth((lang) =>
          shares.map(({ area }) => formatPercent(area.sharePercent / 100, 0, lang)).join(' / '),
        ),
        tolerance: SPLIT_TOLERANCE_POINTS,
      }),
    ];
  },
});
