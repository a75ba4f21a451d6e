/**
 * The task pane's words: the PANE catalogue (src/i18n/messages.ts) said through the one `translate`
 * (src/core/messages.ts). Panels get `t(key, vars)` from `useLanguage()` (src/taskpane/i18n.tsx).
 */
import { langOf, translate, type Lang, type MessageData } from '../core/messages';
import { PANE, type PaneMessageId } from './messages';

export { PANE } from './messages';
export type { Lang } from '../core/messages';
export { messageIn } from '../core/messages';
export type MessageKey = PaneMessageId;
export type Vars = MessageData;

/** A pane message in `lang`, its `{name}` placeholders filled from `vars`. */
export function paneText(lang: Lang, key: MessageKey, vars?: Vars): string {
  return translate(lang, PANE, key, vars);
}

/** Office's display language ("en-US", "nb-NO", "nn-NO" …): English for 'en-*', bokmål for everything else. */
export function languageOf(displayLanguage: string | undefined | null): Lang {
  return langOf(displayLanguage) ?? 'nb';
}
