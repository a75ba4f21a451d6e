/**
 * The pane's panels, in tab order. Adding a panel is one entry here: an id, a label (a key of the pane's
 * strings, or `{ nb, en }` words) and a component that reads the workbook with `useWorkbook()`.
 */
import { AllocationPanel } from './AllocationPanel';
import { AssessmentPanel } from './AssessmentPanel';
import { CheckPanel } from './CheckPanel';
import { FollowUpPanel } from './FollowUpPanel';
import { GoalsPanel } from './GoalsPanel';
import { SetupPanel } from './SetupPanel';
import type { PanelDefinition } from './types';

export type { PanelDefinition } from './types';

export const panels: PanelDefinition[] = [
  { id: 'setup', label: 'setupTab', Component: SetupPanel },
  { id: 'allocation', label: 'allocationTab', Component: AllocationPanel },
  { id: 'goals', label: 'goalsTab', Component: GoalsPanel },
  { id: 'check', label: 'checkTab', Component: CheckPanel },
  { id: 'follow-up', label: 'followUpTab', Component: FollowUpPanel },
  { id: 'assessment', label: { nb: 'Vurdering', en: 'Assessment' }, Component: AssessmentPanel },
];
