import type { Finding } from '../types';
import { NUMBER_FIELDS, fieldLabel, isBlank, rowFinding, shown } from './helpers';
import type { Rule } from './types';

const EXAMPLE = {
  amount: {
    nb: 'skriv beløpet i hele kroner, f.eks. 1 400 000',
    en: 'enter the amount in whole kroner, e.g. 1 400 000',
  },
  count: { nb: 'skriv et tall, f.eks. 3', en: 'enter a number, e.g. 3' },
  year: { nb: 'skriv ett årstall, f.eks. 2013', en: 'enter one year, e.g. 2013' },
};

export const rule: Rule = {
  id: 'invalid-number',
  severity: 'error',
  description: {
    nb: 'Beløp, årstall og antall må være tall Omstilling kan lese, og ikke negative.',
    en: 'Amounts, years and counts must be numbers Omstilling can read, and not negative.',
  },
  check({ table }) {
    const findings: Finding[] = [];
    for (const row of table.rows) {
      for (const { field, kind } of NUMBER_FIELDS) {
        const raw = row.raw[field];
        if (isBlank(raw)) continue;
        // The table reader has already read the cell (a year may be a date); what it could not read is left undefined.
        const value = row[field] as number | undefined;
        const label = fieldLabel(field);
        const labelEn = fieldLabel(field, 'en');
        if (value === undefined) {
          const what =
            kind === 'year' ? { nb: 'et årstall', en: 'a year' } : { nb: 'et tall', en: 'a number' };
          findings.push(
            rowFinding(
              rule,
              table,
              row,
              field,
              `«${shown(raw)}» i «${label}» er ikke ${what.nb} Omstilling kan lese — ${EXAMPLE[kind].nb}.`,
              `«${shown(raw, 'en')}» in ${labelEn} is not ${what.en} Omstilling can read — ${EXAMPLE[kind].en}.`,
            ),
          );
        } else if (value < 0) {
          findings.push(
            rowFinding(
              rule,
              table,
              row,
              field,
              `«${shown(raw)}» i «${label}» er negativt — skriv beløpet eller antallet uten minus.`,
              `«${shown(raw, 'en')}» in ${labelEn} is negative — enter the amount or count without a minus.`,
            ),
          );
        }
      }
    }
    return findings;
  },
};
