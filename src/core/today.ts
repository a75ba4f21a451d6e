/**
 * The day the figures are judged on. A year's target can only be missed once the year is over; until then
 * it is in progress (or not started). Core never reads the clock: the CLI (`--dato`, else the clock) and the
 * pane (the clock, or the preview's date picker) pass the day in.
 */
import { defineMessages, type Bilingual } from './messages';

/** A calendar day. */
export interface Day {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

/** The local calendar day of a Date (the user's clock). */
export function dayOf(date: Date): Day {
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

/** "2014-06-01" (ISO 8601), as the CLI's JSON and the preview's date field write it. */
export function isoDay({ year, month, day }: Day): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** "01.06.2014" in bokmål, "2014-06-01" in English. */
export function dayWords(day: Day): Bilingual {
  const pad = (n: number) => String(n).padStart(2, '0');
  return { nb: `${pad(day.day)}.${pad(day.month)}.${day.year}`, en: isoDay(day) };
}

/**
 * A day as people type it: "2014-06-01" (ISO) or "1.6.2014" / "01.06.2014" (Norwegian). Undefined for
 * anything else, and for days that do not exist (31.02.2014).
 */
export function parseDay(text: string): Day | undefined {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const norwegian = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : norwegian
      ? [norwegian[3], norwegian[2], norwegian[1]]
      : [];
  if (year === undefined) return undefined;
  const candidate = { year: Number(year), month: Number(month), day: Number(day) };
  const check = new Date(Date.UTC(candidate.year, candidate.month - 1, candidate.day));
  const exists =
    check.getUTCFullYear() === candidate.year &&
    check.getUTCMonth() === candidate.month - 1 &&
    check.getUTCDate() === candidate.day;
  return exists ? candidate : undefined;
}

/**
 * Where a count stands against its target on `today`, for targets of a span of years (one year, or the plan
 * period): reached is reached whenever it happens (counts only grow); short of it is "not met" only once the
 * span is over, "in progress" while it runs and "not yet" before it starts.
 */
export type Verdict = 'met' | 'not-met' | 'in-progress' | 'not-yet';

export function verdictOn(
  today: Day,
  count: number,
  target: number,
  span: { from: number; to: number },
): Verdict {
  if (count >= target) return 'met';
  if (today.year > span.to) return 'not-met';
  return today.year >= span.from ? 'in-progress' : 'not-yet';
}

/** The words for a verdict, as the pane, the sheets and the CLI say them. */
export const VERDICT_WORDS = defineMessages<Verdict>({
  met: { nb: 'nådd', en: 'met' },
  'not-met': { nb: 'ikke nådd', en: 'not met' },
  'in-progress': { nb: 'pågår', en: 'in progress' },
  'not-yet': { nb: 'ikke ennå', en: 'not yet' },
});
