import type { Finding } from '../../types';
import { applicationLabel, criterionHeaderCell } from '../applications';
import { weighted } from '../criteria';
import { isBlank } from '../headers';
import { applicationFinding } from './helpers';
import type { AssessmentRule } from './types';

export const rule: AssessmentRule = {
  id: 'missing-score',
  severity: 'warning',
  description: {
    nb: 'En søknad mangler poeng for et kriterium som teller, og kan ikke rangeres.',
    en: 'An application has no score for a criterion that counts, and cannot be ranked.',
  },
  check({ applications, criteria }) {
    const findings: Finding[] = [];
    const counted = weighted(criteria);
    const withColumn = counted.filter((c) => applications.criterionColumns[c.id] !== undefined);
    for (const criterion of counted.filter((c) => !withColumn.includes(c))) {
      if (applications.rows.length === 0) break;
      findings.push({
        rule: rule.id,
        severity: rule.severity,
        sheet: applications.sheet,
        cell: criterionHeaderCell(applications, criterion.id),
        message: `Søknadstabellen har ingen kolonne «${criterion.name}» — legg den til med poeng 1–5 for hver søknad, eller sett vekten til 0 i tabellen «Kriterier» på arket Plan.`,
        messageEn: `The applications table has no "${criterion.name}" column (${criterion.nameEn}) — add it with a score 1–5 for each application, or set its weight to 0 in the "Kriterier" table on the Plan sheet.`,
      });
    }
    for (const application of applications.rows) {
      for (const criterion of withColumn) {
        if (!isBlank(application.scoreRaw[criterion.id])) continue;
        findings.push(
          applicationFinding(
            rule,
            applications,
            application,
            application.scoreCells[criterion.id],
            `${applicationLabel(application)} mangler poeng for «${criterion.name}» — skriv 1–5. Søknaden rangeres ikke før alle kriteriene har poeng.`,
            `${applicationLabel(application, 'en')} has no score for "${criterion.nameEn}" — enter 1–5. The application is not ranked until every criterion has a score.`,
          ),
        );
      }
    }
    return findings;
  },
};
