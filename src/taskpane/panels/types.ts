import type { ComponentType } from 'react';
import type { MessageKey } from '../../i18n';

/** One panel of the pane: adding a panel is one entry in `panels` (index.ts). */
export interface PanelDefinition {
  id: string;
  /** Tab label: a key of the pane's strings, or the words themselves in both languages. */
  label: MessageKey | { nb: string; en: string };
  Component: ComponentType;
  /** Fetches the component's code ahead of its first render. */
  preload: () => Promise<unknown>;
}

/** What `lazyPanel` makes: the component and a way to fetch its code early. */
export type LazyPanel = Pick<PanelDefinition, 'Component' | 'preload'>;
