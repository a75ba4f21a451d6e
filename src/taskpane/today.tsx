/**
 * The day the panels judge targets on: the clock, or — in the preview — the day chosen in the date field, so
 * a year not yet over shows as in progress rather than missed (see src/core/today.ts).
 */
import { createContext, useContext, type ReactNode } from 'react';
import { dayOf, type Day } from '../core/today';

const TodayContext = createContext<Day | undefined>(undefined);

export function TodayProvider({ today, children }: { today: Day; children: ReactNode }) {
  return <TodayContext.Provider value={today}>{children}</TodayContext.Provider>;
}

/** The chosen day, or the clock's when none is chosen. */
export function useToday(): Day {
  return useContext(TodayContext) ?? dayOf(new Date());
}
