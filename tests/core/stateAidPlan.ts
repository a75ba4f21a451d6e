/** A plan for the state-aid tests: the default plan with round test rates for the years they use. */
import { defaultPlan } from '../../src/core/plan';
import type { EuroRate, Plan } from '../../src/core/types';

/** 8 NOK/EUR up to 2020 (EUR 200 000 = 1 600 000 kr), 10 from 2021 (EUR 300 000 = 3 000 000 kr). */
export const TEST_RATES: EuroRate[] = [2011, 2012, 2013, 2014, 2015, 2021, 2022, 2023, 2024, 2025].map(
  (year) => ({ year, nokPerEur: year < 2021 ? 8 : 10, source: 'test' }),
);

export const planWithRates: Plan = { ...defaultPlan, stateAid: { ...defaultPlan.stateAid, rates: TEST_RATES } };

export function planWith(stateAid: Partial<Plan['stateAid']>): Plan {
  return { ...planWithRates, stateAid: { ...planWithRates.stateAid, ...stateAid } };
}
