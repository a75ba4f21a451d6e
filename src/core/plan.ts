/**
 * The programme plan: the built-in default (Vestre Toten 2013–2015), its coherence check, area matching,
 * and the Excel tables the plan is kept in on the `Plan` sheet.
 */
import type { CellValue, Plan } from './types';
import { closest, normalize } from './text';

/**
 * Every figure here is from the seed plan (Omstillingsplan 2013–2015, Vestre Toten) unless marked
 * ASSUMPTION: financing (Del III, Finansiering), frames (Forbruk av midler), the 2013 SMB-utvikling extra,
 * legacy areas 2010–2012 (Del I), goal tables (Del II), result targets, and the 20 % egenandel (Del I).
 */
export const defaultPlan: Plan = {
  name: 'Omstillingsplan 2013–2015',
  municipality: 'Vestre Toten',
  period: { from: 2013, to: 2015 },
  financing: [
    {
      id: 'ofk',
      name: 'Tilskudd OFK',
      kind: 'countyGrant',
      perYear: { 2013: 2_500_000, 2014: 2_500_000, 2015: 2_500_000 },
    },
    {
      id: 'egenandel',
      name: 'Egenandel Vestre Toten',
      kind: 'coFunding',
      perYear: { 2013: 500_000, 2014: 500_000, 2015: 500_000 },
    },
  ],
  extraFunding: [
    {
      year: 2013,
      amount: 700_000,
      sources: ['Innovasjon Norge', 'Gjøvikregionen'],
      purpose: 'SMB-utvikling',
      approximate: true,
    },
  ],
  areas: [
    {
      name: 'Nyskaping i næringslivet',
      sharePercent: 70,
      frame: 4_400_000,
      aliases: ['Velferdsinnovasjon', 'Nyskaping i næringslivet, inkl. velferdsinnovasjon', 'Nyskaping'],
    },
    {
      name: 'Attraktivitet for næringslivet',
      sharePercent: 30,
      frame: 1_900_000,
      aliases: ['Attraktivitet'],
    },
  ],
  administration: { name: 'Programadministrasjon inkl. kommunikasjon', frame: 2_700_000 },
  legacy: {
    from: 2010,
    to: 2012,
    areas: ['Nyskaping i næringslivet', 'Velferdsinnovasjon', 'Sentrum', 'Fritid', 'Andre'],
  },
  goals: [
    {
      id: 'employment',
      name: 'Sysselsatte med arbeidssted i kommunen',
      nameEn: 'Employed with workplace in the municipality',
      base: 6232,
      baseYear: 2011,
      rate: 0.01,
      toYear: 2016,
      rounding: 'yearly',
    },
    {
      id: 'population',
      name: 'Folketall',
      nameEn: 'Population',
      base: 12928,
      baseYear: 2012,
      rate: 0.005,
      toYear: 2017,
      rounding: 'yearly',
    },
  ],
  targets: {
    jobsPerYear: 50,
    newCompaniesInPeriod: 6,
    attractivenessMeasuresPerYear: 3,
    attractivenessArea: 'Attraktivitet for næringslivet',
  },
  limits: {
    coFundingMinShare: 0.2,
    // EU's general de minimis ceiling in 2013 (Reg. 1998/2006 and 1407/2013): EUR 200 000 per undertaking
    // over three fiscal years. Not in the seed.
    deMinimisEur: 200_000,
    // ASSUMPTION: NOK per EUR, roughly the 2013 level. Not in the seed; edit it in the Plan sheet.
    eurToNok: 7.5,
    // ASSUMPTION: applied amount at most 75 % of a project's budget. Not in the seed.
    supportShareMax: 0.75,
  },
};

/** Frames are set in tenths of a million ("4,4 mill. kr"), so they may miss their exact share by less than this. */
export const FRAME_UNIT = 100_000;

function yearsOf(plan: Plan): number[] {
  const years: number[] = [];
  for (let year = plan.period.from; year <= plan.period.to && years.length <= 1000; year++) years.push(year);
  return years;
}

/** Financing per year of the period, all sources summed. Amounts for years outside the period are left out. */
export function financingPerYear(plan: Plan): Record<number, number> {
  const perYear: Record<number, number> = {};
  for (const year of yearsOf(plan)) {
    perYear[year] = plan.financing.reduce((sum, source) => sum + (source.perYear[year] ?? 0), 0);
  }
  return perYear;
}

export function totalFinancing(plan: Plan): number {
  return Object.values(financingPerYear(plan)).reduce((sum, amount) => sum + amount, 0);
}

/** What the areas share: total financing less the administration frame (6 300 000 in the default plan). */
export function projectMoney(plan: Plan): number {
  return totalFinancing(plan) - plan.administration.frame;
}

/** Canonical names a row of `year` may use: the legacy areas first for a legacy year, then the current ones. */
export function areaNamesForYear(plan: Plan, year?: number): string[] {
  const current = plan.areas.map((area) => area.name);
  if (year === undefined || !isLegacyYear(plan, year)) return current;
  return [...plan.legacy.areas, ...current.filter((name) => !plan.legacy.areas.includes(name))];
}

function isLegacyYear(plan: Plan, year: number): boolean {
  return year >= plan.legacy.from && year <= plan.legacy.to;
}

/**
 * The canonical area `raw` names, compared after `normalize`: a current area or one of its aliases, or —
 * for a legacy year — a legacy area (which wins, so 2011's «Velferdsinnovasjon» stays its own area).
 * Otherwise at most a near-miss `suggestion`; it never guesses.
 */
export function matchArea(plan: Plan, raw: string, year?: number): { area?: string; suggestion?: string } {
  const wanted = normalize(typeof raw === 'string' ? raw : String(raw ?? ''));
  if (!wanted) return {};
  const names = new Map<string, string>();
  if (year !== undefined && isLegacyYear(plan, year)) {
    for (const name of plan.legacy.areas) names.set(normalize(name), name);
  }
  for (const area of plan.areas) {
    for (const name of [area.name, ...area.aliases]) {
      if (!names.has(normalize(name))) names.set(normalize(name), area.name);
    }
  }
  const exact = names.get(wanted);
  if (exact) return { area: exact };
  const near = closest(wanted, [...names.keys()]);
  return near ? { suggestion: names.get(near) } : {};
}

export interface PlanProblem {
  code: string;
  message: string;
  messageEn: string;
}

const nok = (n: number): string => new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 }).format(n);
const nokEn = (n: number): string => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }).format(n);

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
  if (to - from > 50) {
    add(
      'period-too-long',
      `Perioden ${from}–${to} er over 50 år.`,
      `The period ${from}–${to} is longer than 50 years.`,
    );
    return problems;
  }
  if (plan.areas.length === 0) {
    add('no-areas', 'Planen har ingen innsatsområder.', 'The plan has no focus areas.');
  }

  const shareSum = plan.areas.reduce((sum, area) => sum + area.sharePercent, 0);
  if (Math.abs(shareSum - 100) > 1e-9) {
    const shares = plan.areas.map((area) => `${area.sharePercent}`).join(' + ');
    add(
      'share-sum',
      `Andelene for innsatsområdene (${shares}) summerer til ${shareSum} %, ikke 100 %.`,
      `The focus areas' shares (${shares}) add up to ${shareSum} %, not 100 %.`,
    );
  }
  for (const area of plan.areas) {
    if (!(area.sharePercent >= 0 && area.sharePercent <= 100)) {
      add(
        'share-range',
        `Andelen for «${area.name}» (${area.sharePercent} %) må være mellom 0 og 100 %.`,
        `The share of "${area.name}" (${area.sharePercent} %) must be between 0 and 100 %.`,
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
      `The frames of the focus areas and the administration add up to NOK ${nokEn(framesSum)}, but the financing is NOK ${nokEn(total)}.`,
    );
  }
  const money = projectMoney(plan);
  if (Math.abs(shareSum - 100) <= 1e-9) {
    for (const area of plan.areas) {
      const exact = (money * area.sharePercent) / 100;
      if (Math.abs(area.frame - exact) >= FRAME_UNIT) {
        add(
          'frame-share',
          `Rammen for «${area.name}» (${nok(area.frame)} kr) avviker fra ${area.sharePercent} % av prosjektmidlene (${nok(exact)} kr) med mer enn ${nok(FRAME_UNIT)} kr.`,
          `The frame of "${area.name}" (NOK ${nokEn(area.frame)}) is more than NOK ${nokEn(FRAME_UNIT)} off ${area.sharePercent} % of the project money (NOK ${nokEn(exact)}).`,
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
        `Egenandelen ${year} (${nok(coFunding)} kr) er under ${minShare * 100} % av tilskuddet (${nok(grant)} kr).`,
        `The co-funding ${year} (NOK ${nokEn(coFunding)}) is below ${minShare * 100} % of the grant (NOK ${nokEn(grant)}).`,
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

/** An Excel table on the `Plan` sheet: name, a title shown above it, header row and data rows. */
export interface PlanTable {
  name: string;
  title: string;
  headers: string[];
  rows: CellValue[][];
}
