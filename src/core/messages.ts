/**
 * Saying things in bokmål and English, the one way the whole code base does it (core, ports, functions, pane,
 * CLI). A module keeps its messages in a catalogue: ids mapped to a `{ nb, en }` pair of templates, where
 * `{name}` marks a value filled in from the message's data — the shape of ESLint's `meta.messages` with
 * `context.report({ messageId, data })` (https://eslint.org/docs/latest/extend/custom-rules#messageids),
 * with a template per language. Code names a message by id and passes data; it never writes prose pairs
 * inline, and never `lang === 'nb' ? … : …`.
 */

/** The two languages: bokmål first (the default everywhere), English second. */
export type Lang = 'nb' | 'en';

export const LANGS: readonly Lang[] = ['nb', 'en'];

/** A text in both languages: a catalogue's template, or a message already filled in. */
export interface Bilingual {
  readonly nb: string;
  readonly en: string;
}

/** A value filled into a template: the same in both languages, or its own word per language. */
export type MessageValue = string | number | Bilingual;

export type MessageData = Readonly<Record<string, MessageValue>>;

export type Catalogue<Id extends string = string> = Readonly<Record<Id, Bilingual>>;

/** A message named by id, with its data: what a rule reports and an error carries. */
export interface Message<Id extends string = string> {
  readonly id: Id;
  readonly data?: MessageData;
}

const PLACEHOLDER = /\{(\w+)\}/g;

function valueIn(lang: Lang, value: MessageValue): string {
  return typeof value === 'object' ? value[lang] : String(value);
}

/** `template` with its `{name}` placeholders filled from `data`; a placeholder without a value stays as it is. */
export function fill(lang: Lang, template: string, data?: MessageData): string {
  if (!data) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? valueIn(lang, data[name]!) : whole,
  );
}

/** The names a template fills in, e.g. ['sheet', 'rows']: both languages of a message must use the same. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1]!).sort();
}

/** One message of a catalogue in `lang`, its placeholders filled from `data`. */
export function translate<Id extends string>(
  lang: Lang,
  catalogue: Catalogue<Id>,
  id: Id,
  data?: MessageData,
): string {
  return fill(lang, catalogue[id][lang], data);
}

/** One message of a catalogue in both languages, for what carries both (a finding, an error). */
export function bilingual<Id extends string>(
  catalogue: Catalogue<Id>,
  id: Id,
  data?: MessageData,
): Bilingual {
  return { nb: translate('nb', catalogue, id, data), en: translate('en', catalogue, id, data) };
}

/** Several texts in both languages joined into one, e.g. a list of sums said in a message. */
export function joinBilingual(texts: readonly Bilingual[], separator: string): Bilingual {
  return {
    nb: texts.map((text) => text.nb).join(separator),
    en: texts.map((text) => text.en).join(separator),
  };
}

/**
 * Declares a catalogue, keeping its ids as a type (so `translate` and `bilingual` only take ids it has).
 * Every id needs both languages; tests/core/catalogues.test.ts reads every `defineMessages` in src and checks
 * each id has both, with the same placeholders, and is used somewhere in src.
 */
export function defineMessages<Id extends string>(templates: Record<Id, Bilingual>): Catalogue<Id> {
  return templates;
}

/**
 * Which language a word or locale means: `en`, `en-US`, `english` → 'en'; `nb`, `nb-NO`, `nn-NO`, `no`,
 * `norsk`, `bokmål` → 'nb'; anything else undefined, so the caller decides (the CLI refuses it, the pane and
 * the functions fall back to bokmål).
 */
export function langOf(text: string | null | undefined): Lang | undefined {
  if (typeof text !== 'string') return undefined;
  const key = text.trim().toLowerCase();
  const primary = key.split(/[-_]/)[0]!;
  if (['en', 'eng', 'english', 'engelsk'].includes(primary)) return 'en';
  if (['nb', 'no', 'nn', 'nob', 'nno', 'norsk', 'bokmål', 'bokmal'].includes(primary)) return 'nb';
  return undefined;
}

/** A text made once per language: `inBoth((lang) => …)`. */
export function inBoth(make: (lang: Lang) => string): Bilingual {
  return { nb: make('nb'), en: make('en') };
}

/** A name or what the user typed, quoted as each language quotes: «Nyskaping» / "Nyskaping". */
export function quoted(text: string): Bilingual {
  return { nb: `«${text}»`, en: `"${text}"` };
}

/** «A», «B», «C» / "A", "B", "C" */
export function quotedList(names: readonly string[]): Bilingual {
  const each = names.map(quoted);
  return { nb: each.map((q) => q.nb).join(', '), en: each.map((q) => q.en).join(', ') };
}

/** What carries both languages (a finding, an error) in `lang`. */
export function messageIn(lang: Lang, item: { message: string; messageEn?: string }): string {
  return lang === 'en' && item.messageEn ? item.messageEn : item.message;
}
