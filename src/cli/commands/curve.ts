/** `omstilling kurve` / `curve`: a goal curve from the command line. */
import { isYear, YEARS } from '../../core/dates';
import { goalCurve, parseRounding } from '../../core/goals';
import {
  formatKroner,
  formatNumber,
  formatRate,
  parseNumber,
  parseRate,
  rateProblem,
} from '../../core/money';
import type { Rounding } from '../../core/types';
import { EXIT, type Command } from '../context';
import { json, renderTable } from '../format';
import { defineMessages, translate, type Bilingual } from '../../core/messages';
import { usageError } from '../messages';
import { requireOption } from './options';

const ROUNDING_WORD: Record<Rounding, { nb: string; en: string }> = {
  yearly: { nb: 'årlig', en: 'yearly' },
  final: { nb: 'slutt', en: 'final' },
  none: { nb: 'ingen', en: 'none' },
};

const MESSAGES = defineMessages({
  notNumber: { nb: '{option} må være {what}, ikke «{text}».', en: '{option} must be {what}, not "{text}".' },
  negativeBase: {
    nb: '--grunnlag er et antall (arbeidsplasser, innbyggere) og kan ikke være negativt: «{text}».',
    en: '--base is a count (jobs, inhabitants) and cannot be negative: "{text}".',
  },
  badYear: {
    nb: '{option} må være et årstall fra {first} til {last}, ikke «{text}».',
    en: '{option} must be a year from {first} to {last}, not "{text}".',
  },
  noPositionals: {
    nb: 'kurve tar ingen filnavn eller tall uten valg (fikk «{got}»); bruk --grunnlag, --fra, --til og --vekst.',
    en: 'curve takes no file or bare numbers (got "{got}"); use --base, --from, --to and --rate.',
  },
  badRate: { nb: '{problem}', en: '{problem}' },
  heading: {
    nb: 'Målkurve: {base} i {from}, vekst {rate} i året, avrunding {rounding}',
    en: 'Goal curve: {base} in {from}, growth {rate} a year, rounding {rounding}',
  },
  year: { nb: 'År', en: 'Year' },
  value: { nb: 'Verdi', en: 'Value' },
});

function numberOption(text: string, option: Bilingual, integer: boolean): number {
  const parsed = parseNumber(text);
  if (parsed.kind !== 'number' || (integer && !Number.isInteger(parsed.value))) {
    const what = integer ? { nb: 'et helt tall', en: 'a whole number' } : { nb: 'et tall', en: 'a number' };
    throw usageError(MESSAGES, 'notNumber', { option, what, text });
  }
  return parsed.value;
}

export const run: Command = async ({ args, lang, json: asJson, io }) => {
  if (args.positionals.length > 0) {
    throw usageError(MESSAGES, 'noPositionals', { got: args.positionals[0] ?? '' });
  }
  const option = (key: string, nb: string, en: string, integer: boolean) =>
    numberOption(requireOption(args, key, { nb, en }), { nb, en }, integer);
  const base = option('base', '--grunnlag', '--base', false);
  if (base < 0) throw usageError(MESSAGES, 'negativeBase', { text: String(args.options.base) });
  const year = (key: string, nb: string, en: string) => {
    const value = option(key, nb, en, true);
    if (!isYear(value))
      throw usageError(MESSAGES, 'badYear', { option: { nb, en }, text: String(value), ...YEARS });
    return value;
  };
  const from = year('from', '--fra', '--from');
  const to = year('to', '--til', '--to');
  const rateText = requireOption(args, 'rate', { nb: '--vekst', en: '--rate' });
  const rate = parseRate(rateText);
  if (rate.kind !== 'number') {
    const problem = rateProblem(rate, { nb: '--vekst', en: '--rate' });
    // The core says what is wrong with the rate, in both languages (rateProblem).
    throw usageError(MESSAGES, 'badRate', { problem });
  }
  const rounding = parseRounding(
    typeof args.options.rounding === 'string' ? args.options.rounding : undefined,
  );
  const points = goalCurve(base, rate.value, from, to, rounding);
  if (asJson) {
    io.out(json({ curve: points }));
    return EXIT.ok;
  }
  const heading = translate(lang, MESSAGES, 'heading', {
    base: formatNumber(base, 10, lang),
    from,
    rate: formatRate(rate.value, lang),
    rounding: ROUNDING_WORD[rounding],
  });
  const header = [translate(lang, MESSAGES, 'year'), translate(lang, MESSAGES, 'value')];
  const rows = points.map((p) => [
    String(p.year),
    Number.isInteger(p.value) ? formatKroner(p.value) : formatNumber(p.value, 4, lang),
  ]);
  io.out(`${heading}\n\n${renderTable([header, ...rows], ['left', 'right'])}`);
  return EXIT.ok;
};
