/** What the command line says, in bokmål (the default) and English (`--lang en`). */
import { OmstillingError } from '../core/errors';
import { bilingual, type Bilingual, type Catalogue, type Lang, type MessageData } from '../core/messages';

export type { Lang } from '../core/messages';
export type Text = Bilingual;

export const say = (text: Text, lang: Lang): string => text[lang];

/** Why the command line cannot run (exit code 2, code `usage`): a message of the command's catalogue. */
export function usageError<Id extends string>(
  catalogue: Catalogue<Id>,
  id: Id,
  data?: MessageData,
): OmstillingError<'usage'> {
  return new OmstillingError('usage', 'usage', bilingual(catalogue, id, data));
}

export const HINT_HELP: Text = {
  nb: 'Skriv «omstilling --hjelp» for bruk.',
  en: 'Run "omstilling --help --lang en" for usage.',
};

export const SEVERITY_HEADINGS: Record<'error' | 'warning' | 'info', Text> = {
  error: { nb: 'Feil', en: 'Errors' },
  warning: { nb: 'Advarsler', en: 'Warnings' },
  info: { nb: 'Til informasjon', en: 'For information' },
};

export const PLAN_SOURCE: Record<'default' | 'workbook', Text> = {
  default: {
    nb: 'Plan: standardplanen (Vestre Toten 2013–2015) — arbeidsboken har ingen plantabeller på arket Plan.',
    en: 'Plan: the default plan (Vestre Toten 2013–2015) — the workbook has no plan tables on the Plan sheet.',
  },
  workbook: { nb: 'Plan: fra arket Plan i arbeidsboken.', en: 'Plan: from the Plan sheet in the workbook.' },
};

/** "3 feil, 1 advarsel, 0 til informasjon" */
export function countsLine(counts: Record<'error' | 'warning' | 'info', number>, lang: Lang): string {
  if (lang === 'en') {
    const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    return `${plural(counts.error, 'error', 'errors')}, ${plural(counts.warning, 'warning', 'warnings')}, ${counts.info} for information.`;
  }
  return `${counts.error} feil, ${counts.warning} ${counts.warning === 1 ? 'advarsel' : 'advarsler'}, ${counts.info} til informasjon.`;
}
