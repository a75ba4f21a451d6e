import { ORG_NUMBER_MESSAGES, orgNumberProblem } from '../../rules/invalid-org-number';
import type { Finding } from '../../types';
import { defineAssessmentRule } from './types';

export const rule = defineAssessmentRule({
  id: 'application-invalid-org-number',
  name: { nb: 'Ugyldig org.nr i søknad', en: 'Invalid organisation number in application' },
  severity: 'warning',
  description: {
    nb: 'Søkerens org.nr må ha 9 siffer med riktig kontrollsiffer (modulus 11, Brønnøysundregistrene).',
    en: 'The applicant’s org. no. must have 9 digits with the right check digit (modulus 11, Brønnøysund Register Centre).',
  },
  messages: ORG_NUMBER_MESSAGES,
  headline: {
    nb: 'Org.nr {typed} er ikke et gyldig organisasjonsnummer — sjekk hvem søkeren er.',
    en: 'Org. no. {typed} is not a valid organisation number — check who the applicant is.',
  },
  find({ applications }, report) {
    const findings: Finding[] = [];
    for (const application of applications.rows) {
      const problem = orgNumberProblem(application.raw.orgNo);
      if (problem) {
        findings.push(
          report.tableRow(applications, application, application.cells.orgNo, problem.id, problem.data),
        );
      }
    }
    return findings;
  },
});
