/** The pane's language as React context: `useT()` gives the translate function for the current language. */
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { translate, type Catalogue } from '../core/messages';
import { messageIn, paneText, type Lang, type MessageKey, type Vars } from '../i18n';

export type Translate = (key: MessageKey, vars?: Vars) => string;

interface LanguageState {
  lang: Lang;
  t: Translate;
  /** A Finding's, PortError's or InputError's message in the current language. */
  m: (item: { message: string; messageEn?: string }) => string;
}

const LanguageContext = createContext<LanguageState>({
  lang: 'nb',
  t: (key, vars) => paneText('nb', key, vars),
  m: (item) => messageIn('nb', item),
});

export function LanguageProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo<LanguageState>(
    () => ({ lang, t: (key, vars) => paneText(lang, key, vars), m: (item) => messageIn(lang, item) }),
    [lang],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  return useContext(LanguageContext);
}

/**
 * A panel's own words in the pane's language: a catalogue the panel keeps beside it (e.g. SetupWords.ts), so
 * its words load with the panel instead of with the pane's first download.
 */
export function useWords<Id extends string>(catalogue: Catalogue<Id>): (key: Id, vars?: Vars) => string {
  const { lang } = useLanguage();
  return useCallback((key: Id, vars?: Vars) => translate(lang, catalogue, key, vars), [lang, catalogue]);
}
