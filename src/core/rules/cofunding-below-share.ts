import { formatPercent } from '../money';
import type { Finding } from '../types';
import { finding, kr } from './helpers';
import type { Rule } from './types';

/** The sheet the plan lives on (ARCHITECTURE §4). */
export const PLAN_SHEET = 'Plan';

export const rule: Rule = {
  id: 'cofunding-below-share',
  severity: 'error',
  description: {
    nb: 'Egenandelen i planen er mindre enn den påkrevde andelen av tilskuddet i et år.',
    en: 'The plan’s co-funding is below the required share of the county grant in a year.',
  },
  check({ plan }) {
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
        finding(
          rule,
          PLAN_SHEET,
          'A1',
          `Egenandelen i ${year} er ${kr(coFunding)}, men skal være minst ${formatPercent(share, 0)} av tilskuddet på ${kr(grant)}, altså ${kr(required)} — øk egenandelen med ${kr(required - coFunding)} i tabellen Finansiering.`,
          `The co-funding in ${year} is ${kr(coFunding)}, but must be at least ${formatPercent(share, 0)} of the ${kr(grant)} county grant, i.e. ${kr(required)} — raise it by ${kr(required - coFunding)} in the Finansiering table.`,
        ),
      );
    }
    return findings;
  },
};
