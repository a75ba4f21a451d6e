/** Is a plan coherent? Shares, frames, financing, period and goals checked against each other. */
import type { Lang } from './messages';
import { formatKroner, formatNumber } from './money';
import { normalize } from './text';
import type { Plan } from './types';
import { FRAME_UNIT, financingPerYear, MAX_PERIOD_YEARS, projectMoney, totalFinancing } from './planFigures';

export interface PlanProblem {
  code: string;
  message: string;
  messageEn: string;
}

/** Amounts as the workbook shows them, "4 400 000" in both languages; other numbers per language. */
const nok = formatKroner;
const num = (n: number, lang: Lang): string => formatNumber(n, 4, lang);

/**
 * Is the plan coherent? Shares sum to 100 %, area frames + administration = total financing, each frame
 * within one FRAME_UNIT of its share of the project money, a sensible period with every year financed,
 * egenandel ≥ the minimum share of tilskudd each year, sensible goals. Empty array = coherent.
 */
export function checkPlan(plan: Plan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const add = (code: string, message: string, messageEn: string) =>
    problems.push({ code, message, messageEn });
  const { from, to } = plan.period;

  if (!Number.isInteger(from) || !Number.isInteger(to) || from > to) {
    add(
      'period-order',
      `Perioden ${from}–${to} er ugyldig: fra-år må være ≤ til-år.`,
      `The period ${from}–${to} is invalid: the first year must be ≤ the last.`,
    );
    return problems;
  }
  if (to - from > MAX_PERIOD_YEARS) {
    add(
      'period-too-long',
      `Perioden ${from}–${to} er over ${MAX_PERIOD_YEARS} år.`,
      `The period ${from}–${to} is longer than ${MAX_PERIOD_YEARS} years.`,
    );
    return problems;
  }
  if (plan.areas.length === 0) {
    add('no-areas', 'Planen har ingen innsatsområder.', 'The plan has no focus areas.');
  }

  const shareSum = plan.areas.reduce((sum, area) => sum + area.sharePercent, 0);
  if (Math.abs(shareSum - 100) > 1e-9) {
    const shares = (lang: Lang) => plan.areas.map((area) => num(area.sharePercent, lang)).join(' + ');
    add(
      'share-sum',
      `Andelene for innsatsområdene (${shares('nb')}) summerer til ${num(shareSum, 'nb')} %, ikke 100 %.`,
      `The focus areas' shares (${shares('en')}) add up to ${num(shareSum, 'en')} %, not 100 %.`,
    );
  }
  for (const area of plan.areas) {
    if (!(area.sharePercent >= 0 && area.sharePercent <= 100)) {
      add(
        'share-range',
        `Andelen for «${area.name}» (${num(area.sharePercent, 'nb')} %) må være mellom 0 og 100 %.`,
        `The share of "${area.name}" (${num(area.sharePercent, 'en')} %) must be between 0 and 100 %.`,
      );
    }
    if (!Number.isSafeInteger(area.frame) || area.frame < 0) {
      add(
        'frame-invalid',
        `Rammen for «${area.name}» må være et helt, ikke-negativt kronebeløp.`,
        `The frame of "${area.name}" must be a whole, non-negative amount of kroner.`,
      );
    }
  }
  if (!Number.isSafeInteger(plan.administration.frame) || plan.administration.frame < 0) {
    add(
      'frame-invalid',
      `Rammen for «${plan.administration.name}» må være et helt, ikke-negativt kronebeløp.`,
      `The frame of "${plan.administration.name}" must be a whole, non-negative amount of kroner.`,
    );
  }

  checkNames(plan, add);
  checkFinancing(plan, add);

  const total = totalFinancing(plan);
  const framesSum = plan.areas.reduce((sum, area) => sum + area.frame, 0) + plan.administration.frame;
  if (framesSum !== total) {
    add(
      'frames-sum',
      `Rammene for innsatsområdene og administrasjonen summerer til ${nok(framesSum)} kr, men finansieringen er ${nok(total)} kr.`,
      `The frames of the focus areas and the administration add up to ${nok(framesSum)} kr, but the financing is ${nok(total)} kr.`,
    );
  }
  const money = projectMoney(plan);
  if (Math.abs(shareSum - 100) <= 1e-9) {
    for (const area of plan.areas) {
      const exact = (money * area.sharePercent) / 100;
      if (Math.abs(area.frame - exact) >= FRAME_UNIT) {
        add(
          'frame-share',
          `Rammen for «${area.name}» (${nok(area.frame)} kr) avviker fra ${num(area.sharePercent, 'nb')} % av prosjektmidlene (${nok(exact)} kr) med mer enn ${nok(FRAME_UNIT)} kr.`,
          `The frame of "${area.name}" (${nok(area.frame)} kr) is more than ${nok(FRAME_UNIT)} kr off ${num(area.sharePercent, 'en')} % of the project money (${nok(exact)} kr).`,
        );
      }
    }
  }
  checkGoals(plan, add);
  return problems;
}

type Add = (code: string, message: string, messageEn: string) => void;

function checkNames(plan: Plan, add: Add): void {
  const seen = new Map<string, string>();
  for (const area of plan.areas) {
    for (const name of [area.name, ...area.aliases]) {
      const key = normalize(name);
      const owner = seen.get(key);
      if (owner !== undefined && owner !== area.name) {
        add(
          'duplicate-area',
          `Navnet «${name}» brukes av både «${owner}» og «${area.name}».`,
          `The name "${name}" is used by both "${owner}" and "${area.name}".`,
        );
      } else if (owner === undefined) seen.set(key, area.name);
    }
  }
  if (plan.areas.length && !plan.areas.some((area) => area.name === plan.targets.attractivenessArea)) {
    add(
      'unknown-target-area',
      `Resultatmålet gjelder «${plan.targets.attractivenessArea}», som ikke er et innsatsområde i planen.`,
      `The result target refers to "${plan.targets.attractivenessArea}", which is not a focus area of the plan.`,
    );
  }
}

function checkFinancing(plan: Plan, add: Add): void {
  const perYear = financingPerYear(plan);
  for (const [year, amount] of Object.entries(perYear)) {
    if (!(amount > 0))
      add(
        'year-unfinanced',
        `År ${year} i perioden har ingen finansiering.`,
        `Year ${year} of the period has no financing.`,
      );
  }
  for (const source of plan.financing) {
    for (const [year, amount] of Object.entries(source.perYear)) {
      if (Number(year) < plan.period.from || Number(year) > plan.period.to) {
        add(
          'financing-outside-period',
          `«${source.name}» har beløp for ${year}, utenfor perioden ${plan.period.from}–${plan.period.to}; beløpet telles ikke med.`,
          `"${source.name}" has an amount for ${year}, outside the period ${plan.period.from}–${plan.period.to}; it is not counted.`,
        );
      } else if (!Number.isSafeInteger(amount) || amount < 0) {
        add(
          'financing-invalid',
          `«${source.name}» ${year} må være et helt, ikke-negativt kronebeløp.`,
          `"${source.name}" ${year} must be a whole, non-negative amount of kroner.`,
        );
      }
    }
  }
  const minShare = plan.limits.coFundingMinShare;
  for (const year of Object.keys(perYear).map(Number)) {
    const sum = (kind: string) =>
      plan.financing.filter((s) => s.kind === kind).reduce((total, s) => total + (s.perYear[year] ?? 0), 0);
    const grant = sum('countyGrant');
    const coFunding = sum('coFunding');
    // Compare in whole kroner × 1e6 to keep 0.2 × 2 500 000 from tipping over on binary error.
    if (grant > 0 && Math.round(coFunding * 1e6) < Math.round(grant * minShare * 1e6)) {
      add(
        'cofunding-below-share',
        `Egenandelen ${year} (${nok(coFunding)} kr) er under ${num(minShare * 100, 'nb')} % av tilskuddet (${nok(grant)} kr).`,
        `The co-funding ${year} (${nok(coFunding)} kr) is below ${num(minShare * 100, 'en')} % of the grant (${nok(grant)} kr).`,
      );
    }
  }
}

function checkGoals(plan: Plan, add: Add): void {
  for (const goal of plan.goals) {
    const ok =
      Number.isFinite(goal.base) &&
      Number.isFinite(goal.rate) &&
      goal.rate > -1 &&
      Number.isInteger(goal.baseYear) &&
      Number.isInteger(goal.toYear) &&
      goal.toYear >= goal.baseYear &&
      goal.toYear - goal.baseYear <= 200;
    if (!ok) {
      add(
        'goal-invalid',
        `Målet «${goal.name}» er ugyldig: sjekk basis, basisår, vekst (over −100 %) og til-år (≥ basisår).`,
        `The goal "${goal.name}" is invalid: check base, base year, growth (above −100 %) and last year (≥ base year).`,
      );
    }
  }
}
