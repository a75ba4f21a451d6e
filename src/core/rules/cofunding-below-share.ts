import { inBoth } from '../messages';
import { formatPercent } from '../money';
import { PLAN_SHEET } from '../planTables';
import type { Finding } from '../types';
import { kr } from './helpers';
import { defineRule } from './types';

export const rule = defineRule({
  id: 'cofunding-below-share',
  name: { nb: 'For lav egenandel', en: 'Co-funding too low' },
  severity: 'error',
  description: {
    nb: 'Egenandelen i planen er mindre enn den påkrevde andelen av tilskuddet i et år.',
    en: 'The plan’s co-funding is below the required share of the county grant in a year.',
  },
  messages: {
    belowShare: {
      nb: 'Egenandelen i {year} er {coFunding}, men skal være minst {share} av tilskuddet på {grant}, altså {required} — øk egenandelen med {missing} i tabellen Finansiering.',
      en: 'The co-funding in {year} is {coFunding}, but must be at least {share} of the {grant} county grant, i.e. {required} — raise it by {missing} in the Finansiering table.',
    },
  },
  find({ plan }, report) {
    const findings: Finding[] = [];
    const share = plan.limits.coFundingMinShare;
    for (let year = plan.period.from; year <= plan.period.to; year++) {
      const sum = (kind: string) =>
        plan.financing
          .filter((source) => source.kind === kind)
          .reduce((total, source) => total + (source.perYear[year] ?? 0), 0);
      const grant = sum('countyGrant');
      const coFunding = sum('coFunding');
      // Whole kroner: 20 % of 2 500 000 is 500 000, not 500 000.0000001.
      const required = Math.ceil(share * grant - 1e-6);
      if (coFunding >= required) continue;
      findings.push(
        report.at(PLAN_SHEET, 'A1', 'belowShare', {
          year,
          coFunding: kr(coFunding),
          share: inBoth((lang) => formatPercent(share, 0, lang)),
          grant: kr(grant),
          required: kr(required),
          missing: kr(required - coFunding),
        }),
      );
    }
    return findings;
  },
});
