/**
 * One voice per language, as a reader sees the pane: bokmål quotes «» and the decimal comma, English quotes
 * "" and the decimal point, and kr in both (amounts look as the workbook shows them). Dates written
 * 01.06.2014 or 1.1. are left out of the decimal check. Shared by the jsdom scan of every panel and the e2e run.
 */
export type Lang = 'nb' | 'en';

const RULES: Record<Lang, [RegExp, string][]> = {
  nb: [
    [/.{0,30}["“”].{0,30}/g, 'English quotes in bokmål'],
    [/.{0,30}\d\.\d.{0,30}/g, 'decimal point in bokmål'],
    [/.{0,30}\bNOK\b.{0,30}/g, 'NOK (kr in both languages)'],
  ],
  en: [
    [/.{0,30}[«»].{0,30}/g, 'bokmål quotes in English'],
    [/.{0,30}\d,\d.{0,30}/g, 'decimal comma in English'],
    [/.{0,30}\bNOK\b.{0,30}/g, 'NOK (kr in both languages)'],
  ],
};

/** What in `text` is in the other language's style, with a little context each. */
export function voiceProblems(text: string, lang: Lang): string[] {
  // Dates as bokmål writes them (01.06.2014, «saldo 1.1.») are no decimals.
  const scanned = text.replace(/\b\d{1,2}\.\d{1,2}\.(\d{4}\b)?/g, '');
  return RULES[lang].flatMap(([pattern, what]) =>
    [...scanned.matchAll(pattern)].map((match) => `${what}: ${match[0]}`),
  );
}
