import { PAYMENT_HEADERS, PAYMENT_TYPE_LABELS, type PaymentField } from '../payments';
import type { Finding } from '../types';
import { shown, typed } from './helpers';
import { atPayment, paymentsWithProjects } from './paymentHelpers';
import { defineRule } from './types';

const TYPES_NB = Object.values(PAYMENT_TYPE_LABELS)
  .map((label) => label.nb)
  .join(', ');

export const rule = defineRule({
  id: 'payment-unreadable',
  name: { nb: 'Utbetaling kan ikke leses', en: 'Payment cannot be read' },
  severity: 'error',
  description: {
    nb: 'En rad i Utbetalinger mangler prosjektnummer, beløp eller type, eller de kan ikke leses.',
    en: 'A row of Utbetalinger lacks a project number, amount or type, or they cannot be read.',
  },
  messages: {
    missing: {
      nb: '{header} mangler — utbetalingen kan ikke telles før den er fylt ut.',
      en: '{header} is missing — the payment cannot be counted until it is filled in.',
    },
    badAmount: {
      nb: 'Beløpet «{typed}» kan ikke leses som hele kroner større enn 0 — skriv beløpet som et positivt tall; en tilbakebetaling får typen Tilbakebetaling.',
      en: 'The amount "{typed}" cannot be read as whole kroner above 0 — type it as a positive number; a return gets the type Tilbakebetaling.',
    },
    badType: {
      nb: 'Typen «{typed}» er ukjent — bruk {types}.',
      en: 'The type "{typed}" is unknown — use {types}.',
    },
    badDate: {
      nb: 'Datoen «{typed}» kan ikke leses — skriv den som 31.12.2014.',
      en: 'The date "{typed}" cannot be read — type it as 31.12.2014.',
    },
  },
  find({ table }, report) {
    const read = paymentsWithProjects(table);
    if (!read) return [];
    const findings: Finding[] = [];
    const missing = (payment: (typeof read.rows)[number]['payment'], field: PaymentField) =>
      atPayment(report, read.payments, payment, field, 'missing', { header: PAYMENT_HEADERS[field] });
    for (const { payment } of read.rows) {
      const typedIn = (field: PaymentField) => ({ typed: typed(payment.raw[field] ?? null) });
      if (payment.projectId === undefined) findings.push(missing(payment, 'projectId'));
      if (
        payment.raw.amount === null ||
        payment.raw.amount === undefined ||
        shown(payment.raw.amount) === ''
      ) {
        findings.push(missing(payment, 'amount'));
      } else if (payment.amount === undefined || payment.amount <= 0) {
        findings.push(atPayment(report, read.payments, payment, 'amount', 'badAmount', typedIn('amount')));
      }
      if (shown(payment.raw.type ?? null) === '') findings.push(missing(payment, 'type'));
      else if (payment.type === undefined) {
        findings.push(
          atPayment(report, read.payments, payment, 'type', 'badType', {
            ...typedIn('type'),
            types: TYPES_NB,
          }),
        );
      }
      if (payment.date === undefined && shown(payment.raw.date ?? null) !== '') {
        findings.push(atPayment(report, read.payments, payment, 'date', 'badDate', typedIn('date')));
      }
    }
    return findings;
  },
});
