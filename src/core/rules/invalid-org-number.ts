import { isBlank } from '../cells';
import type { MessageData } from '../messages';
import { checkOrgNumber } from '../orgNumber';
import type { CellValue, Finding } from '../types';
import { shown } from './helpers';
import { defineRule } from './types';

/** Shared with the applications' application-invalid-org-number. */
export const ORG_NUMBER_MESSAGES = {
  format: {
    nb: '«{typed}» i «Org.nr» er ikke et organisasjonsnummer (9 siffer) — sjekk nummeret i Enhetsregisteret.',
    en: '"{typed}" in Org. no. is not an organisation number (9 digits) — look the number up in the Central Coordinating Register.',
  },
  checkDigit: {
    nb: 'Org.nr «{typed}» har feil kontrollsiffer (med disse åtte første sifrene skulle det siste vært {expected}) — et siffer er trolig skrevet feil; sjekk nummeret i Enhetsregisteret.',
    en: 'Org. no. "{typed}" has a wrong check digit (with these first eight digits the last would be {expected}) — a digit is probably mistyped; look the number up in the Central Coordinating Register.',
  },
  noCheckDigit: {
    nb: 'Org.nr «{typed}» kan ikke være et organisasjonsnummer (ingen kontrollsiffer passer til de åtte første sifrene) — et siffer er trolig skrevet feil; sjekk nummeret i Enhetsregisteret.',
    en: 'Org. no. "{typed}" cannot be an organisation number (no check digit fits its first eight digits) — a digit is probably mistyped; look the number up in the Central Coordinating Register.',
  },
};

/** What is wrong with an Org.nr cell by Brønnøysund's modulus-11 rule, or undefined when it is fine or empty. */
export function orgNumberProblem(
  raw: CellValue | undefined,
): { id: keyof typeof ORG_NUMBER_MESSAGES; data: MessageData } | undefined {
  if (isBlank(raw) || raw === undefined) return undefined;
  const typed = shown(raw, 'en');
  const check = checkOrgNumber(typed);
  if (check.ok) return undefined;
  if (check.problem === 'format') return { id: 'format', data: { typed } };
  return check.expected === undefined
    ? { id: 'noCheckDigit', data: { typed } }
    : { id: 'checkDigit', data: { typed, expected: check.expected } };
}

export const rule = defineRule({
  id: 'invalid-org-number',
  name: { nb: 'Ugyldig org.nr', en: 'Invalid organisation number' },
  severity: 'warning',
  description: {
    nb: 'Org.nr må ha 9 siffer med riktig kontrollsiffer (modulus 11, Brønnøysundregistrene).',
    en: 'An org. no. must have 9 digits with the right check digit (modulus 11, Brønnøysund Register Centre).',
  },
  messages: ORG_NUMBER_MESSAGES,
  find({ table }, report) {
    const findings: Finding[] = [];
    for (const row of table.rows) {
      const problem = orgNumberProblem(row.raw.orgNo);
      if (problem) findings.push(report.row(table, row, 'orgNo', problem.id, problem.data));
    }
    return findings;
  },
});
