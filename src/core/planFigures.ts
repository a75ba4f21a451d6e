/** The built-in default plan (Vestre Toten 2013–2015), its financing sums and area matching. */
import { DEFAULT_STATE_AID } from './stateAidDefaults';
import { closest, normalize } from './text';
import type { Plan } from './types';

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
    // ASSUMPTION: applied amount at most 75 % of a project's budget. Not in the seed.
    supportShareMax: 0.75,
  },
  // Not in the seed: the de minimis regulations since 2007 and the rates we could cite (src/core/stateAid.ts).
  stateAid: DEFAULT_STATE_AID,
};

/** Frames are set in tenths of a million ("4,4 mill. kr"), so they may miss their exact share by less than this. */
export const FRAME_UNIT = 100_000;

/**
 * The longest plan period the programme reads: omstillingsprogrammer run a few years (the default plan three). A
 * longer one is a typo, and every per-year table and loop would run that many years.
 */
export const MAX_PERIOD_YEARS = 50;

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

/** Every area name exactly as the plan writes it: current areas, their aliases and the legacy areas. */
export function areaSpellings(plan: Plan): Set<string> {
  return new Set([...plan.areas.flatMap((area) => [area.name, ...area.aliases]), ...plan.legacy.areas]);
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
