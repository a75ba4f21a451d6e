/**
 * The task pane's words in bokmål (default) and English. Numbers stay Norwegian in both languages
 * (formatKroner): they are how the amounts look in the workbook.
 */
import { langOf, type Lang } from '../core/messages';
import { en } from './en';
import { nb, type MessageKey } from './nb';

export type { MessageKey } from './nb';
export type { Lang } from '../core/messages';
export { messageIn } from '../core/messages';
export type Vars = Record<string, string | number>;

const dictionaries: Record<Lang, Record<MessageKey, string>> = { nb, en };

/** The message for `key` with `{name}` placeholders filled in; a missing value leaves the placeholder. */
export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  const text = dictionaries[lang][key] ?? nb[key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Office's display language ("en-US", "nb-NO", "nn-NO" …): English for 'en-*', bokmål for everything else. */
export function languageOf(displayLanguage: string | undefined | null): Lang {
  return langOf(displayLanguage) ?? 'nb';
}
