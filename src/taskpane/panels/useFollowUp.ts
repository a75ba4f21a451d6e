/**
 * Oppfølging's state: the follow-up of the plan judged on today, the year or period chosen (by default the
 * whole period, or the last year with projects when none fall in it), its money per area, and writing the
 * follow-up and the plan's summary table to their sheets.
 */
import { useMemo, useState } from 'react';
import { summaryOf } from '../../app/summary';
import {
  followUp,
  followUpSheet,
  followUpYears,
  moneyColumns,
  moneyTotal,
  summarySheet,
  type FollowUpPeriod,
} from '../services/followUp';
import { useToday } from '../today';
import { useTask, writtenNotice } from '../useTask';
import { useWorkbook } from '../workbook';

export function useFollowUp() {
  const { snapshot, port } = useWorkbook();
  const task = useTask();
  const plan = snapshot?.plan;
  const rows = useMemo(() => snapshot?.table?.rows ?? [], [snapshot]);
  const today = useToday();
  const result = useMemo(() => (plan ? followUp(rows, plan, today) : undefined), [plan, rows, today]);
  const [chosen, setChosen] = useState<FollowUpPeriod | undefined>();
  if (!plan || !result) return undefined;

  const years = followUpYears(result);
  const anyInPeriod = rows.some(
    (r) => r.year !== undefined && r.year >= plan.period.from && r.year <= plan.period.to,
  );
  const yearsWithProjects = years.filter((y) => rows.some((r) => r.year === y));
  const period: FollowUpPeriod =
    chosen ??
    (anyInPeriod || yearsWithProjects.length === 0
      ? 'period'
      : yearsWithProjects[yearsWithProjects.length - 1]!);
  const columns = moneyColumns(result, period);

  return {
    task,
    plan,
    rows,
    results: result.results,
    years,
    period,
    choose: setChosen,
    columns,
    total: moneyTotal(columns),
    writeFollowUp: () =>
      task.run(async () => writtenNotice(await port.writeOwnedSheet(followUpSheet(plan, result, today)))),
    writeSummary: () =>
      task.run(async () => {
        const { layouts } = await summaryOf(port);
        return writtenNotice(await port.writeOwnedSheet(summarySheet(plan, layouts)));
      }),
  };
}
