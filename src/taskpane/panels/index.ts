/**
 * The pane's panels, in tab order. Adding a panel is one entry here: an id, a label (a key of the pane's
 * strings, or `{ nb, en }` words) and its component — loaded with `lazyPanel`, so no panel's code is in the
 * pane's first download (budget: bench/bundle.ts, PANE_FIRST_LOAD_BUDGET_BYTES). The first tab's is fetched
 * while the workbook is read (App.tsx), since no panel shows before that read is done.
 */
import { lazy } from 'react';
import { BOARD_PANEL } from '../startPanel';
import type { LazyPanel, PanelDefinition } from './types';

export type { PanelDefinition } from './types';

/** A panel component from its module, fetched the first time its tab opens or `preload` is called. */
export function lazyPanel<M extends Record<string, unknown>>(
  load: () => Promise<M>,
  name: keyof M,
): LazyPanel {
  let loading: Promise<M> | undefined;
  const preload = () => (loading ??= load());
  const Component = lazy(async () => ({ default: (await preload())[name] as LazyPanel['Component'] }));
  return { Component, preload };
}

export const panels: PanelDefinition[] = [
  {
    id: 'setup',
    label: 'setupTab',
    ...lazyPanel(() => import(/* webpackChunkName: "panel-setup" */ './SetupPanel'), 'SetupPanel'),
  },
  {
    id: 'allocation',
    label: 'allocationTab',
    ...lazyPanel(
      () => import(/* webpackChunkName: "panel-allocation" */ './AllocationPanel'),
      'AllocationPanel',
    ),
  },
  {
    id: 'goals',
    label: 'goalsTab',
    ...lazyPanel(() => import(/* webpackChunkName: "panel-goals" */ './GoalsPanel'), 'GoalsPanel'),
  },
  {
    id: 'check',
    label: 'checkTab',
    ...lazyPanel(() => import(/* webpackChunkName: "panel-check" */ './CheckPanel'), 'CheckPanel'),
  },
  {
    id: 'follow-up',
    label: 'followUpTab',
    ...lazyPanel(() => import(/* webpackChunkName: "panel-follow-up" */ './FollowUpPanel'), 'FollowUpPanel'),
  },
  {
    id: 'assessment',
    label: { nb: 'Vurdering', en: 'Assessment' },
    ...lazyPanel(
      () => import(/* webpackChunkName: "panel-assessment" */ './AssessmentPanel'),
      'AssessmentPanel',
    ),
  },
  {
    // The board's overview; first when the pane is opened from the ribbon's «Styret» (startPanel.ts).
    id: BOARD_PANEL,
    label: 'overviewTab',
    ...lazyPanel(() => import(/* webpackChunkName: "panel-overview" */ './OverviewPanel'), 'OverviewPanel'),
  },
  {
    id: 'finance',
    label: { nb: 'Økonomi', en: 'Finance' },
    ...lazyPanel(() => import(/* webpackChunkName: "panel-finance" */ './FinancePanel'), 'FinancePanel'),
  },
];
