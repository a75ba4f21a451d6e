import type { ComponentType } from 'react';
import type { MessageKey } from '../../i18n';

/** One panel of the pane: adding a panel is one entry in `panels` (index.ts). */
export interface PanelDefinition {
  id: string;
  /** Tab label: a key of the pane's strings, or the words themselves in both languages. */
  label: MessageKey | { nb: string; en: string };
  Component: ComponentType;
}
