import fc from 'fast-check';
import { checkOrgNumber, orgCheckDigit } from '../../../src/core/orgNumber';
import { rule } from '../../../src/core/rules/invalid-org-number';
import { ruleTester } from './ruleTester';

ruleTester(rule, {
  valid: [
    {
      name: 'valid numbers as people write them (Brønnøysund’s own example 123456785)',
      rows: [
        { orgNo: '123456785' },
        { orgNo: '918 452 036' },
        { orgNo: 918452036 },
        { orgNo: 'NO 918 452 036 MVA' },
        { orgNo: '918.452.036' },
      ],
    },
    { name: 'an empty Org.nr is not this rule’s business', rows: [{ orgNo: null }, { orgNo: '  ' }] },
  ],
  invalid: [
    {
      name: 'a mistyped digit: the check digit fails',
      rows: [{ orgNo: '918 452 037' }],
      errors: [
        {
          cell: 'D2',
          message:
            'Org.nr «918 452 037» har feil kontrollsiffer (med disse åtte første sifrene skulle det siste vært 6)',
          messageEn: 'has a wrong check digit',
        },
      ],
    },
    {
      name: 'eight digits, letters, a personal number',
      rows: [{ orgNo: '91845203' }, { orgNo: 'ukjent' }, { orgNo: '01017012345' }],
      errors: [
        { cell: 'D2', message: '«91845203» i «Org.nr» er ikke et organisasjonsnummer (9 siffer)' },
        { cell: 'D3', message: '«ukjent»' },
        { cell: 'D4', message: '(9 siffer)' },
      ],
    },
    {
      name: 'first eight digits no check digit fits (remainder 1)',
      rows: [{ orgNo: '400000000' }],
      errors: [{ cell: 'D2', message: 'kan ikke være et organisasjonsnummer' }],
    },
  ],
});

describe('the modulus-11 check digit', () => {
  it('gives Brønnøysund’s example: 12345678 → 5', () => {
    expect(orgCheckDigit('12345678')).toBe(5);
    expect(orgCheckDigit('40000000')).toBeUndefined();
  });

  it('every number made with its check digit passes; changing any one digit fails', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[89]\d{7}$/),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 9 }),
        (first8, at, plus) => {
          const check = orgCheckDigit(first8);
          fc.pre(check !== undefined);
          const number = `${first8}${check}`;
          expect(checkOrgNumber(number)).toEqual({ ok: true, digits: number });
          const changed = number.slice(0, at) + ((Number(number[at]) + plus) % 10) + number.slice(at + 1);
          expect(checkOrgNumber(changed).ok).toBe(false);
        },
      ),
    );
  });
});

describe('reading what is typed in Org.nr', () => {
  /** The digits as the check reads them, the long way: «NO» and «MVA» off, then every separator. */
  const digitsOf = (text: string) =>
    text
      .replace(/^\s*NO(?=[\s\d])/i, '')
      .replace(/MVA\s*$/i, '')
      .replace(/[\s.\-\u00a0\u202f]/g, '');

  it('the shortcut for digits and separators reads as the long way, whatever is typed', () => {
    const typed = fc.oneof(
      fc.string({
        unit: fc.constantFrom('9', '1', '8', '0', ' ', '.', '-', '\u00a0', 'N', 'O', 'M', 'V', 'A', 'x'),
        maxLength: 16,
      }),
      fc
        .tuple(
          fc.constantFrom('', 'NO ', 'no', ' NO', 'NOx'),
          fc.stringMatching(/^\d{3}[ .\u00a0]?\d{3}[ .-]?\d{3}$/),
          fc.constantFrom('', ' MVA', 'mva', 'x', ' '),
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(typed, (text) => {
        const check = checkOrgNumber(text);
        const digits = digitsOf(text);
        if (!/^\d{9}$/.test(digits)) return check.ok === false && check.problem === 'format';
        return check.ok
          ? check.digits === digits
          : check.problem === 'check-digit' && check.digits === digits;
      }),
      { numRuns: 3000 },
    );
  });
});
