/**
 * The pane's panels, in tab order. Adding a panel is one entry here: an id, a label (a key of the pane's
 * strings, or `{ nb, en }` words) and its component — loaded on first use with `lazyPanel`, so each panel's
 * code stays out of the pane's first download (budget: bench/bundle.ts, PANE_FIRST_LOAD_BUDGET_BYTES).
 */
import { lazy, type ComponentType } from 'react';
import { SetupPanel } from './SetupPanel';
import { BOARD_PANEL } from '../startPanel';
import type { PanelDefinition } from './types';

export type { PanelDefinition } from './types';

/** A panel component from its module, fetched the first time its tab opens. */
export function lazyPanel<M extends Record<string, unknown>>(
  load: () => Promise<M>,
  name: keyof M,
): ComponentType {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

export const panels: PanelDefinition[] = [
  { id: 'setup', label: 'setupTab', Component: SetupPanel },
  {
    id: 'allocation',
    label: 'allocationTab',
    Component: lazyPanel(
      () => import(/* webpackChunkName: "panel-allocation" */ './AllocationPanel'),
      'AllocationPanel',
    ),
  },
  {
    id: 'goals',
    label: 'goalsTab',
    Component: lazyPanel(() => import(/* webpackChunkName: "panel-goals" */ './GoalsPanel'), 'GoalsPanel'),
  },
  {
    id: 'check',
    label: 'checkTab',
    Component: lazyPanel(() => import(/* webpackChunkName: "panel-check" */ './CheckPanel'), 'CheckPanel'),
  },
  {
    id: 'follow-up',
    label: 'followUpTab',
    Component: lazyPanel(
      () => import(/* webpackChunkName: "panel-follow-up" */ './FollowUpPanel'),
      'FollowUpPanel',
    ),
  },
  {
    id: 'assessment',
    label: { nb: 'Vurdering', en: 'Assessment' },
    Component: lazyPanel(
      () => import(/* webpackChunkName: "panel-assessment" */ './AssessmentPanel'),
      'AssessmentPanel',
    ),
  },
  {
    // The board's overview; first when the pane is opened from the ribbon's «Styret» (startPanel.ts).
    id: BOARD_PANEL,
    label: 'overviewTab',
    Component: lazyPanel(
      () => import(/* webpackChunkName: "panel-overview" */ './OverviewPanel'),
      'OverviewPanel',
    ),
  },
  {
    id: 'finance',
    label: { nb: 'Økonomi', en: 'Finance' },
    Component: lazyPanel(
      () => import(/* webpackChunkName: "panel-finance" */ './FinancePanel'),
      'FinancePanel',
    ),
  },
];
