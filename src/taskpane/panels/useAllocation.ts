/**
 * Fordeling's state: the shares, holds and rounding unit as typed (started from the plan, and again when the
 * plan changes), the allocation they give with what is granted so far, and writing it to its sheet.
 */
import { useEffect, useMemo, useState } from 'react';
import {
  allocationSheet,
  allocationView,
  grantedInPeriod,
  initialInput,
  type AllocationInput,
} from '../services/allocation';
import { useTask, writtenNotice } from '../useTask';
import { useSameContent } from '../useSameContent';
import { useWorkbook } from '../workbook';

export function useAllocation() {
  const { snapshot, port } = useWorkbook();
  const task = useTask();
  // Read again after every edit in the workbook: the shares typed are kept unless the plan itself changed.
  const plan = useSameContent(snapshot?.plan);
  const [input, setInput] = useState<AllocationInput | undefined>(plan && initialInput(plan));

  useEffect(() => {
    if (plan) setInput(initialInput(plan));
  }, [plan]);

  const granted = useMemo(
    () => (plan ? grantedInPeriod(plan, snapshot?.table?.rows ?? []) : {}),
    [plan, snapshot?.table],
  );
  const view = useMemo(
    () =>
      plan && input && input.shares.length === plan.areas.length
        ? allocationView(plan, input, granted)
        : undefined,
    [plan, input, granted],
  );

  const change = (next: (input: AllocationInput) => AllocationInput) => input && setInput(next(input));
  return {
    task,
    plan,
    input,
    view,
    setUnit: (unit: number) => change((all) => ({ ...all, unit })),
    setShare: (i: number, value: string) =>
      change((all) => ({ ...all, shares: all.shares.map((s, j) => (j === i ? value : s)) })),
    setHold: (i: number, value: string) =>
      change((all) => ({ ...all, holds: all.holds.map((h, j) => (j === i ? value : h)) })),
    reset: () => plan && setInput(initialInput(plan)),
    write: () =>
      task.run(async () => {
        if (!plan || !view) return;
        return writtenNotice(await port.writeOwnedSheet(allocationSheet(plan, view)));
      }),
  };
}
