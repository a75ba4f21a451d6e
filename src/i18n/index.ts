/**
 * The task pane's words: the PANE catalogue (src/i18n/messages.ts) said through the one `translate`
 * (src/core/messages.ts). Panels get `t(key, vars)` from `useLanguage()` (src/taskpane/i18n.tsx).
 * One voice per language: bokmål quotes «» and the decimal comma, English quotes "" and the decimal point;
 * amounts are "1 466 667 kr" in both (grouped with a no-break space, as the workbook shows them; formatKroner).
 * tests/taskpane/voice.test.tsx and tests/e2e/pane350.test.ts scan every panel.
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
