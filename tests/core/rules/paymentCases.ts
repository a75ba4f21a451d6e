/** Payment rules: a project table with the payments table `Utbetalinger` (A Prosjektnr, B Dato, C Beløp, D Type, E Bilag, F Merknad). */
import { applyPayments, readPaymentTable } from '../../../src/core/payments';
import { defaultPlan } from '../../../src/core/plan';
import { runRules, type RuleId } from '../../../src/core/rules';
import type { CellValue, Finding } from '../../../src/core/types';
import { projectTable, type RowSpec } from './ruleTester';

const HEADER = ['Prosjektnr', 'Dato', 'Beløp', 'Type', 'Bilag', 'Merknad'];

/** Every rule that looks at payments, so a case shows what any of them says. */
const PAYMENT_RULES: RuleId[] = [
  'payment-unreadable',
  'payment-unknown-project',
  'payment-above-granted',
  'return-exceeds-paid',
  'second-final-payment',
  'payment-on-withdrawn',
  'payment-before-grant-year',
  'final-payment-while-active',
  'paid-exceeds-granted',
  'completion-payment-while-active',
];

export function check(projects: RowSpec[], paymentRows: CellValue[][]): Finding[] {
  const payments = readPaymentTable({
    sheet: 'Utbetalinger',
    top: 1,
    left: 1,
    values: [HEADER, ...paymentRows],
  });
  return runRules(
    { plan: defaultPlan, table: applyPayments(projectTable(projects), payments) },
    PAYMENT_RULES,
  );
}

export const summary = (findings: Finding[]) => findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
