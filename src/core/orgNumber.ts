/**
 * The Norwegian organisation number (organisasjonsnummer): nine digits, the last a check digit computed
 * modulus 11 with the weights 3, 2, 7, 6, 5, 4, 3, 2 on the first eight; remainder 0 gives check digit 0, and
 * a number whose check digit would be 10 (remainder 1) is never issued. Brønnøysundregistrene, "The
 * organization number": http://www.brreg.no/english/coordination/number.html
 */

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];
const SEPARATORS = /[\s.\-\u00a0\u202f]/g;
const NINE_DIGITS = /^\d{9}$/;

export type OrgNumberCheck =
  | { ok: true; digits: string }
  /** Not nine digits (with spaces, dots, an «NO» prefix and an «MVA» suffix allowed around them). */
  | { ok: false; problem: 'format' }
  /** Nine digits whose last is not the check digit; `expected` is what it would be (none: no valid number). */
  | { ok: false; problem: 'check-digit'; digits: string; expected?: number };

/**
 * The check digit for the first eight digits, undefined when no number with them can be valid. Only the
 * first eight characters are read: the whole number may be given.
 */
export function orgCheckDigit(first8: string): number | undefined {
  let sum = 0;
  for (let i = 0; i < WEIGHTS.length; i++) sum += WEIGHTS[i]! * (first8.charCodeAt(i) - 0x30);
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  return remainder === 1 ? undefined : 11 - remainder;
}

/** Checks what is typed in an Org.nr cell: «918 452 036», «918452036», «NO 918 452 036 MVA». */
export function checkOrgNumber(text: string): OrgNumberCheck {
  // Most are digits and separators only: no «NO» or «MVA» to take off first (their letters would be left).
  const bare = text.replace(SEPARATORS, '');
  const digits = NINE_DIGITS.test(bare)
    ? bare
    : text
        .replace(/^\s*NO(?=[\s\d])/i, '')
        .replace(/MVA\s*$/i, '')
        .replace(SEPARATORS, '');
  if (!NINE_DIGITS.test(digits)) return { ok: false, problem: 'format' };
  const expected = orgCheckDigit(digits);
  if (expected === digits.charCodeAt(8) - 0x30) return { ok: true, digits };
  return expected === undefined
    ? { ok: false, problem: 'check-digit', digits }
    : { ok: false, problem: 'check-digit', digits, expected };
}
