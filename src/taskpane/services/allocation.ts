/**
 * The allocation panel's numbers: the plan's project money split over the areas by the shares the user
 * types (holds first, rounded to the unit), then each area's frame over the years by the financing, and
 * the sheet that records it.
 */
import { allocateByShares, frames, type SharesOff } from '../../core/allocation';
import { isInputError } from '../../core/errors';
import { moneyFollowUp } from '../../core/followUp';
import { exactSum, kr, parseAmount, parseShare, sharePercents, type Share } from '../../core/money';
import { projectMoney } from '../../core/plan';
import type { Plan, ProjectRow } from '../../core/types';
import type { OwnedSheetSpec } from '../../port/workbookPort';

export interface AllocationInput {
  /** Percent as typed, one per plan area. */
  shares: string[];
  /** Fixed amounts as typed ('' = none), one per plan area. */
  holds: string[];
  unit: number;
}

export interface AllocationProblem {
  kind: 'share' | 'hold' | 'allocate';
  area?: string;
  text?: string;
  message?: string;
  messageEn?: string;
}

export interface AreaAllocation {
  area: string;
  share: number;
  hold?: number;
  frame: number;
  planFrame: number;
  /** Granted in the plan period (from the project table). */
  granted: number;
}

export interface AllocationView {
  total: number;
  /** What the shares add up to, in percent. */
  sharesSum: number;
  /** Set when the shares do not add up to 100 %: they were split in proportion, and the pane says so. */
  sharesOff?: SharesOff;
  areas: AreaAllocation[];
  years: number[];
  /** Per area (and the administration, last) its frame per year. */
  perYear: { area: string; frames: number[]; total: number; administration: boolean }[];
  problems: AllocationProblem[];
}

export const ROUNDING_UNITS = [1, 1_000, 10_000, 100_000];
export const PLAN_UNIT = 100_000;

export function initialInput(plan: Plan): AllocationInput {
  return {
    shares: plan.areas.map((area) => String(area.sharePercent).replace('.', ',')),
    holds: plan.areas.map(() => ''),
    unit: PLAN_UNIT,
  };
}

export function grantedInPeriod(plan: Plan, rows: ProjectRow[]): Record<string, number> {
  const granted: Record<string, number> = {};
  for (const entry of moneyFollowUp(rows, plan).perArea) granted[entry.area] = entry.granted;
  return granted;
}

export function allocationView(
  plan: Plan,
  input: AllocationInput,
  granted: Record<string, number> = {},
): AllocationView {
  const total = projectMoney(plan);
  const problems: AllocationProblem[] = [];
  const typed = plan.areas.map((area, i): Share => {
    const parsed = parseShare(input.shares[i] ?? '');
    if (parsed.kind === 'number' && parsed.value >= 0) return parsed;
    problems.push({ kind: 'share', area: area.name, text: input.shares[i] ?? '' });
    return { value: 0, percentSign: false };
  });
  const shares = sharePercents(typed);
  const holds = plan.areas.map((area, i) => {
    const parsed = parseAmount(input.holds[i] ?? '');
    if (parsed.kind === 'empty') return undefined;
    if (parsed.kind === 'number' && parsed.value >= 0) return parsed.value;
    problems.push({ kind: 'hold', area: area.name, text: input.holds[i] ?? '' });
    return undefined;
  });
  const years: number[] = [];
  for (let year = plan.period.from; year <= plan.period.to; year++) years.push(year);

  let allocated: number[] = plan.areas.map(() => 0);
  let sharesOff: SharesOff | undefined;
  if (problems.length === 0) {
    try {
      const result = allocateByShares(total, typed, { unit: input.unit, holds });
      allocated = result.parts;
      sharesOff = result.off;
    } catch (error) {
      if (!isInputError(error)) throw error;
      problems.push({ kind: 'allocate', message: error.message, messageEn: error.messageEn });
    }
  }
  const areas = plan.areas.map((area, i) => ({
    area: area.name,
    share: shares[i],
    hold: holds[i],
    frame: allocated[i],
    planFrame: area.frame,
    granted: granted[area.name] ?? 0,
  }));

  let perYear: AllocationView['perYear'] = [];
  if (problems.length === 0) {
    try {
      const planned: Plan = {
        ...plan,
        areas: plan.areas.map((area, i) => ({ ...area, sharePercent: shares[i], frame: allocated[i] })),
      };
      const cells = frames(planned);
      const rows = [...planned.areas.map((area) => area.name), plan.administration.name];
      perYear = rows.map((name, r) => {
        const frameOf = years.map(
          (year) => cells.find((c) => c.area === name && c.year === year)?.frame ?? 0,
        );
        return {
          area: name,
          frames: frameOf,
          total: frameOf.reduce((sum, f) => sum + f, 0),
          administration: r === rows.length - 1,
        };
      });
    } catch (error) {
      if (!isInputError(error)) throw error;
      problems.push({ kind: 'allocate', message: error.message, messageEn: error.messageEn });
    }
  }
  const sharesSum = exactSum(shares);
  return { total, sharesSum, ...(sharesOff ? { sharesOff } : {}), areas, years, perYear, problems };
}

export const ALLOCATION_SHEET = 'Fordeling';

/** The owned sheet: the allocation per area, frames per year, and granted vs frame with its column chart. */
export function allocationSheet(plan: Plan, view: AllocationView): OwnedSheetSpec {
  const years = view.years.map(String);
  return {
    name: ALLOCATION_SHEET,
    title: `Fordeling av prosjektmidler — ${plan.name}`,
    subtitle: `Prosjektmidler ${plan.period.from}–${plan.period.to}: ${kr(view.total)}`,
    action: 'Skrev fordeling',
    tables: [
      {
        name: 'Fordeling',
        title: 'Ramme per innsatsområde',
        headers: ['Innsatsområde', 'Andel', 'Fast beløp', 'Ramme', 'Planens ramme'],
        // The share as a fraction, shown as percent: 70 → 0.7 → «70,0 %».
        rows: view.areas.map((a) => [a.area, a.share / 100, a.hold ?? null, a.frame, a.planFrame]),
        columns: ['text', 'shareTenths', 'kroner', 'kroner', 'kroner'],
        // Fixed amounts are summed only when some are typed: a sum of nothing says nothing.
        sum: {
          label: 'Sum',
          columns: view.areas.some((a) => a.hold !== undefined) ? [1, 2, 3, 4] : [1, 3, 4],
        },
      },
      {
        name: 'FordelingPerAar',
        title: 'Rammer per år',
        headers: ['Innsatsområde', ...years, 'Sum'],
        rows: view.perYear.map((row) => [row.area, ...row.frames, row.total]),
        columns: ['text', ...years.map(() => 'kroner' as const), 'kroner'],
        sum: { label: 'Sum', columns: [...years.map((_, i) => i + 1), years.length + 1] },
      },
      {
        name: 'BevilgetMotRamme',
        title: 'Bevilget mot ramme',
        headers: ['Innsatsområde', 'Bevilget', 'Ramme'],
        rows: view.areas.map((a) => [a.area, a.granted, a.frame]),
        columns: ['text', 'kroner', 'kroner'],
        sum: { label: 'Sum', columns: [1, 2] },
      },
    ],
    charts: [
      {
        name: 'BevilgetMotRammeDiagram',
        kind: 'columns',
        title: 'Bevilget mot ramme per innsatsområde',
        table: 'BevilgetMotRamme',
        series: 2,
      },
    ],
  };
}
