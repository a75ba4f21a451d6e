import type { Finding } from '../types';
import { NUMBER_FIELDS, fieldLabels, isBlank, typed } from './helpers';
import { defineRule } from './types';

/** What to type instead, per kind of number. */
const EXAMPLE = {
  amount: {
    nb: 'skriv beløpet i hele kroner, f.eks. 1 400 000',
    en: 'enter the amount in whole kroner, e.g. 1 400 000',
  },
  count: { nb: 'skriv et tall, f.eks. 3', en: 'enter a number, e.g. 3' },
  year: { nb: 'skriv ett årstall, f.eks. 2013', en: 'enter one year, e.g. 2013' },
};

const WHAT = {
  amount: { nb: 'et tall', en: 'a number' },
  count: { nb: 'et tall', en: 'a number' },
  year: { nb: 'et årstall', en: 'a year' },
};

export const rule = defineRule({
  id: 'invalid-number',
  severity: 'error',
  description: {
    nb: 'Beløp, årstall og antall må være tall Omstilling kan lese, og ikke negative.',
    en: 'Amounts, years and counts must be numbers Omstilling can read, and not negative.',
  },
  messages: {
    unreadable: {
      nb: '«{value}» i «{field}» er ikke {what} Omstilling kan lese — {example}.',
      en: '«{value}» in {field} is not {what} Omstilling can read — {example}.',
    },
    negative: {
      nb: '«{value}» i «{field}» er negativt — skriv beløpet eller antallet uten minus.',
      en: '«{value}» in {field} is negative — enter the amount or count without a minus.',
    },
  },
  find({ table }, report) {
    const findings: Finding[] = [];
    for (const row of table.rows) {
      for (const { field, kind } of NUMBER_FIELDS) {
        const raw = row.raw[field];
        if (isBlank(raw)) continue;
        // The table reader has already read the cell (a year may be a date); what it could not read is left undefined.
        const value = row[field] as number | undefined;
        const data = { value: typed(raw), field: fieldLabels(field) };
        if (value === undefined) {
          findings.push(
            report.row(table, row, field, 'unreadable', {
              ...data,
              what: WHAT[kind],
              example: EXAMPLE[kind],
            }),
          );
        } else if (value < 0) {
          findings.push(report.row(table, row, field, 'negative', data));
        }
      }
    }
    return findings;
  },
});
