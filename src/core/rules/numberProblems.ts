/**
 * What is wrong with a number cell, said the same way for the project table (invalid-number) and the
 * applications table (application-invalid-number): unreadable, negative, implausibly large, or a count
 * that is not whole. The bounds are plausible.ts's. Both rules take these messages into their catalogue.
 */
import { isBlank } from '../cells';
import { formatNumber, kr } from '../money';
import type { Bilingual, MessageData } from '../messages';
import { AMOUNT_LIMIT, readAmount, readCount } from '../plausible';
import type { CellValue } from '../types';
import { typed } from './helpers';

export type NumberKind = 'amount' | 'count' | 'year';

export const NUMBER_MESSAGES = {
  unreadable: {
    nb: '«{value}» i «{field}» er ikke {what} Omstilling kan lese — {example}.',
    en: '"{value}" in {field} is not {what} Omstilling can read — {example}.',
  },
  negative: {
    nb: '«{value}» i «{field}» er negativt — skriv beløpet eller antallet uten minus.',
    en: '"{value}" in {field} is negative — enter the amount or count without a minus.',
  },
  tooLarge: {
    nb: '«{value}» i «{field}» er urimelig stort (mer enn {limit}) og telles ikke med i noen sum — sjekk tallet; står det i feil kolonne?',
    en: '"{value}" in {field} is implausibly large (more than {limit}) and is left out of every sum — check the number; is it in the wrong column?',
  },
  notWhole: {
    nb: '«{value}» i «{field}» er ikke et helt tall og telles ikke med — antall skrives som hele tall, f.eks. 3.',
    en: '"{value}" in {field} is not a whole number and is left out of the sums — counts are whole numbers, e.g. 3.',
  },
};

export type NumberMessageId = keyof typeof NUMBER_MESSAGES;

/** What to type instead, per kind of number. */
const EXAMPLE: Record<NumberKind, Bilingual> = {
  amount: {
    nb: 'skriv beløpet i hele kroner, f.eks. 1 400 000',
    en: 'enter the amount in whole kroner, e.g. 1 400 000',
  },
  count: { nb: 'skriv et tall, f.eks. 3', en: 'enter a number, e.g. 3' },
  year: { nb: 'skriv ett årstall, f.eks. 2013', en: 'enter one year, e.g. 2013' },
};

const WHAT: Record<NumberKind, Bilingual> = {
  amount: { nb: 'et tall', en: 'a number' },
  count: { nb: 'et tall', en: 'a number' },
  year: { nb: 'et årstall', en: 'a year' },
};

/**
 * The message for a number cell that is not used as typed, or undefined when it is fine. `read` is what the
 * table reader made of the cell (undefined when it refused it); `field` the column in both languages.
 */
export function numberProblem(
  kind: NumberKind,
  raw: CellValue | undefined,
  read: number | undefined,
  field: Bilingual,
): { id: NumberMessageId; data: MessageData } | undefined {
  if (isBlank(raw)) return undefined;
  if (read !== undefined && read >= 0) return undefined;
  // Shown only in a message: most cells are fine, and formatting every one costs a big table seconds.
  const data = { value: typed(raw), field };
  if (read !== undefined) return { id: 'negative', data };
  const reading = kind === 'amount' ? readAmount(raw) : kind === 'count' ? readCount(raw) : undefined;
  if (reading?.kind === 'too-large') {
    const limit =
      reading.limit === AMOUNT_LIMIT ? kr(reading.limit) : formatNumber(reading.limit);
    return { id: 'tooLarge', data: { ...data, limit } };
  }
  if (reading?.kind === 'not-whole') return { id: 'notWhole', data };
  return { id: 'unreadable', data: { ...data, what: WHAT[kind], example: EXAMPLE[kind] } };
}
