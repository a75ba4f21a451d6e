/**
 * Målkurver's state: which goal is shown, its rounding and the actual figures typed or fetched (per goal, so
 * switching goals keeps what was typed), the curve judged on today, and what the buttons do (take the
 * selection's address, fetch the actual figures from a range, write the goal's sheet).
 */
import { useMemo, useState } from 'react';
import { isOmstillingError } from '../../core/errors';
import type { Rounding } from '../../core/types';
import { useLanguage } from '../i18n';
import { actualsFromGrid, goalSheet, goalView, goalYears } from '../services/goals';
import { useToday } from '../today';
import { useTask, type NoticeText, writtenNotice } from '../useTask';
import { useWorkbook } from '../workbook';

export function useGoals() {
  const { lang } = useLanguage();
  const { snapshot, port } = useWorkbook();
  const task = useTask();
  const today = useToday();
  const goals = snapshot?.plan.goals ?? [];
  const [goalId, setGoalId] = useState<string | undefined>();
  const [roundings, setRoundings] = useState<Record<string, Rounding>>({});
  const [actuals, setActuals] = useState<Record<string, Record<number, string>>>({});
  const [range, setRange] = useState('');

  const goal = goals.find((g) => g.id === goalId) ?? goals[0];
  const rounding = goal ? (roundings[goal.id] ?? goal.rounding) : 'yearly';
  const typed = useMemo(() => (goal ? (actuals[goal.id] ?? {}) : {}), [goal, actuals]);
  const view = useMemo(() => {
    if (!goal) return undefined;
    try {
      return goalView(goal, rounding, typed, today);
    } catch (error) {
      // A goal the plan cannot grow (a rate of −100 % …) shows no curve; anything else is a bug.
      if (isOmstillingError(error)) return undefined;
      throw error;
    }
  }, [goal, rounding, typed, today]);

  const setRounding = (value: Rounding) => goal && setRoundings({ ...roundings, [goal.id]: value });
  const setActual = (year: number, text: string) =>
    goal && setActuals({ ...actuals, [goal.id]: { ...typed, [year]: text } });
  const takeSelection = () =>
    task.run(async () => {
      const address = await port.getSelectedAddress();
      if (!address) return { key: 'noSelection' };
      setRange(address);
    });
  const fetchRange = () =>
    task.run(async (): Promise<NoticeText | undefined> => {
      if (!goal) return undefined;
      const grid = await port.readRange(range.trim());
      const found = actualsFromGrid(grid, goalYears(goal), lang);
      const count = Object.keys(found).length;
      if (count === 0) return { key: 'actualsNone', vars: { address: range.trim() } };
      setActuals({ ...actuals, [goal.id]: { ...typed, ...found } });
      return { key: count === 1 ? 'actualsReadOne' : 'actualsRead', vars: { count, address: range.trim() } };
    });
  const write = () =>
    task.run(async () => {
      if (!goal || !view) return;
      const result = await port.writeOwnedSheet(goalSheet(goal, rounding, view));
      return writtenNotice(result);
    });

  return {
    snapshot,
    task,
    goals,
    goal,
    setGoalId,
    rounding,
    setRounding,
    typed,
    setActual,
    view,
    range,
    setRange,
    takeSelection,
    fetchRange,
    write,
  };
}
