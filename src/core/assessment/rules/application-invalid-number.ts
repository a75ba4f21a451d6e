import type { Bilingual } from '../../messages';
import { NUMBER_MESSAGES, numberProblem, type NumberKind } from '../../rules/numberProblems';
import type { Finding } from '../../types';
import { APPLICATION_HEADERS, type ApplicationField } from '../applications';
import { defineAssessmentRule } from './types';

type NumberField = Extract<
  ApplicationField,
  'year' | 'applied' | 'totalBudget' | 'otherFunding' | 'expectedNewJobs' | 'expectedSecuredJobs'
>;

/** The numeric fields of an application, how each is read, and its column in English. */
const NUMBER_FIELDS: { field: NumberField; kind: NumberKind; en: string }[] = [
  { field: 'year', kind: 'year', en: 'Year' },
  { field: 'applied', kind: 'amount', en: 'Amount applied' },
  { field: 'totalBudget', kind: 'amount', en: 'Total budget' },
  { field: 'otherFunding', kind: 'amount', en: 'Other funding' },
  { field: 'expectedNewJobs', kind: 'count', en: 'Expected new jobs' },
  { field: 'expectedSecuredJobs', kind: 'count', en: 'Expected secured jobs' },
];

export const rule = defineAssessmentRule({
  id: 'application-invalid-number',
  name: { nb: 'Ugyldig tall i søknad', en: 'Invalid number in application' },
  severity: 'error',
  description: {
    nb: 'Søkt beløp, budsjett, annen finansiering, år og forventede arbeidsplasser må være tall Omstilling kan lese, ikke negative, og innenfor rimelige grenser.',
    en: 'Amount applied, budget, other funding, year and expected jobs must be numbers Omstilling can read, not negative, and plausible.',
  },
  messages: NUMBER_MESSAGES,
  headline: {
    nb: '«{value}» i «{field}» kan ikke brukes — tallet må rettes før vedtak.',
    en: '"{value}" in {field} cannot be used — the number must be corrected before the decision.',
  },
  find({ applications }, report) {
    const findings: Finding[] = [];
    for (const application of applications.rows) {
      for (const { field, kind, en } of NUMBER_FIELDS) {
        const label: Bilingual = { nb: APPLICATION_HEADERS[field], en };
        const problem = numberProblem(kind, application.raw[field], application[field], label);
        if (!problem) continue;
        findings.push(
          report.tableRow(applications, application, application.cells[field], problem.id, problem.data),
        );
      }
    }
    return findings;
  },
});
