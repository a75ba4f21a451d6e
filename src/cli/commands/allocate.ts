/** `omstilling fordel` / `allocate`: split an amount by shares, exact to the krone. */
import { allocateByShares, sharesOffText } from '../../core/allocation';
import { formatKroner, formatNumber, parseAmount, parseShare, type Share } from '../../core/money';
import { EXIT, type Command } from '../context';
import { json, renderTable } from '../format';
import { defineMessages, translate } from '../../core/messages';
import { say, usageError, type Text } from '../messages';

const WARNING: Text = { nb: 'Advarsel', en: 'Warning' };

const MESSAGES = defineMessages({
  share: { nb: 'Andel', en: 'Share' },
  amount: { nb: 'Beløp', en: 'Amount' },
  total: { nb: 'Sum', en: 'Total' },
  negativeShare: {
    nb: 'Andelen «{text}» er negativ: andeler må være 0 eller mer.',
    en: 'The share "{text}" is negative: shares must be 0 or more.',
  },
  shareNotNumber: {
    nb: 'Andelen «{text}» er ikke et tall. Skriv andeler som 70 30 eller «70 %» «30 %».',
    en: 'The share "{text}" is not a number. Write shares like 70 30 or "70 %" "30 %".',
  },
  notAmount: {
    nb: '{what} «{text}» er ikke et beløp. Skriv for eksempel 6300000, «6 300 000» eller «6,3 mill».',
    en: '{what} "{text}" is not an amount. Write e.g. 6300000, "6 300 000" or "6.3 million".',
  },
  noAmount: { nb: 'Mangler beløpet som skal fordeles.', en: 'Missing the amount to split.' },
  noShares: {
    nb: 'Mangler andelene å fordele etter, f.eks. «fordel 6300000 70 30».',
    en: 'Missing the shares to split by, e.g. "allocate 6300000 70 30".',
  },
});

/** "70", "70 %", "0,7" → a share (see parseShare). */
function shareOf(text: string): Share {
  const parsed = parseShare(text);
  if (parsed.kind === 'number' && parsed.value < 0) {
    throw usageError(MESSAGES, 'negativeShare', { text });
  }
  if (parsed.kind !== 'number') {
    throw usageError(MESSAGES, 'shareNotNumber', { text });
  }
  return parsed;
}

function wholeKroner(text: string, nbWhat: string, enWhat: string): number {
  const parsed = parseAmount(text);
  if (parsed.kind !== 'number') {
    throw usageError(MESSAGES, 'notAmount', { what: { nb: nbWhat, en: enWhat }, text });
  }
  return parsed.value;
}

export const run: Command = async ({ args, lang, json: asJson, io }) => {
  const [amountText, ...shareTexts] = args.positionals;
  if (amountText === undefined) throw usageError(MESSAGES, 'noAmount');
  if (shareTexts.length === 0) {
    throw usageError(MESSAGES, 'noShares');
  }
  const total = wholeKroner(amountText, 'Beløpet', 'The amount');
  const shares = shareTexts.map(shareOf);
  const unit =
    typeof args.options.unit === 'string' ? wholeKroner(args.options.unit, '--enhet', '--unit') : undefined;
  const result = allocateByShares(total, shares, { unit, strict: args.options.strict === true });
  const warning = result.off && sharesOffText(result.off);
  if (asJson) {
    io.out(
      json({
        allocation: result.parts,
        sharesSum: result.sum,
        warnings: warning
          ? [
              {
                code: 'shares-not-100',
                message: warning[lang],
                sum: result.sum,
              },
            ]
          : [],
      }),
    );
    return EXIT.ok;
  }
  const word = (id: 'share' | 'amount' | 'total') => translate(lang, MESSAGES, id);
  const header = [word('share'), word('amount')];
  const rows = result.parts.map((part, i) => [formatNumber(shares[i].value, 10, lang), formatKroner(part)]);
  const sum = [word('total'), formatKroner(result.parts.reduce((a, b) => a + b, 0))];
  const table = renderTable([header, ...rows, sum], ['left', 'right']);
  const note = warning ? `\n\n${say(WARNING, lang)}: ${warning[lang]}` : '';
  io.out(`${table}${note}`);
  return EXIT.ok;
};
