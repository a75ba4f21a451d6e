/** `omstilling fordel` / `allocate`: split an amount by shares, exact to the krone. */
import { allocate as split } from '../../core/allocation';
import { formatKroner, formatNumber, parseAmount, parseNumber } from '../../core/money';
import { EXIT, type Command } from '../context';
import { json, renderTable } from '../format';
import { usage } from '../messages';

/** "70", "0,7", "70 %" → a weight; the % sign is only decoration (weights are relative). */
function weightOf(text: string): number {
  const parsed = parseNumber(text.replace(/\s*%\s*$/, ''));
  if (parsed.kind !== 'number') {
    throw usage(
      `Andelen «${text}» er ikke et tall. Skriv andeler som 70 30 eller «70 %» «30 %».`,
      `The share "${text}" is not a number. Write shares like 70 30 or "70 %" "30 %".`,
    );
  }
  return parsed.value;
}

function wholeKroner(text: string, nbWhat: string, enWhat: string): number {
  const parsed = parseAmount(text);
  if (parsed.kind !== 'number') {
    throw usage(
      `${nbWhat} «${text}» er ikke et beløp. Skriv for eksempel 6300000, «6 300 000» eller «6,3 mill».`,
      `${enWhat} "${text}" is not an amount. Write e.g. 6300000, "6 300 000" or "6,3 mill".`,
    );
  }
  return parsed.value;
}

export const allocate: Command = async ({ args, lang, json: asJson, io }) => {
  const [amountText, ...shareTexts] = args.positionals;
  if (amountText === undefined)
    throw usage('Mangler beløpet som skal fordeles.', 'Missing the amount to split.');
  if (shareTexts.length === 0) {
    throw usage(
      'Mangler andelene å fordele etter, f.eks. «fordel 6300000 70 30».',
      'Missing the shares to split by, e.g. "allocate 6300000 70 30".',
    );
  }
  const total = wholeKroner(amountText, 'Beløpet', 'The amount');
  const weights = shareTexts.map(weightOf);
  const unit =
    typeof args.options.unit === 'string' ? wholeKroner(args.options.unit, '--enhet', '--unit') : undefined;
  const parts = split(total, weights, unit === undefined ? {} : { unit });
  if (asJson) {
    io.out(json({ allocation: parts }));
    return EXIT.ok;
  }
  const header = lang === 'nb' ? ['Andel', 'Beløp'] : ['Share', 'Amount'];
  const rows = parts.map((part, i) => [formatNumber(weights[i], 10), formatKroner(part)]);
  const sum = [lang === 'nb' ? 'Sum' : 'Total', formatKroner(parts.reduce((a, b) => a + b, 0))];
  io.out(renderTable([header, ...rows, sum], ['left', 'right']));
  return EXIT.ok;
};
