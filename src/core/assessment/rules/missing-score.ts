import { isBlank } from '../../cells';
import type { Finding } from '../../types';
import { applicationLabel, criterionHeaderCell } from '../applications';
import { weighted } from '../criteria';

import { defineAssessmentRule } from './types';

export const rule = defineAssessmentRule({
  id: 'missing-score',
  name: { nb: 'Poeng mangler', en: 'Score missing' },
  severity: 'warning',
  description: {
    nb: 'En søknad mangler poeng for et kriterium som teller, og kan ikke rangeres.',
    en: 'An application has no score for a criterion that counts, and cannot be ranked.',
  },
  messages: {
    noColumn: {
      nb: 'Søknadstabellen har ingen kolonne {column} — legg den til med poeng 1–5 for hver søknad, eller sett vekten til 0 i tabellen «Kriterier» på arket Plan.',
      en: 'The applications table has no {column} — add it with a score 1–5 for each application, or set its weight to 0 in the "Kriterier" table on the Plan sheet.',
    },
    noScore: {
      nb: '{application} mangler poeng for «{criterion}» — skriv 1–5. Søknaden rangeres ikke før alle kriteriene har poeng.',
      en: '{application} has no score for "{criterion}" — enter 1–5. The application is not ranked until every criterion has a score.',
    },
  },
  find({ applications, criteria }, report) {
    const findings: Finding[] = [];
    const counted = weighted(criteria);
    const withColumn = counted.filter((c) => applications.criterionColumns[c.id] !== undefined);
    for (const criterion of counted.filter((c) => !withColumn.includes(c))) {
      if (applications.rows.length === 0) break;
      const cell = criterionHeaderCell(applications, criterion.id);
      findings.push(
        report.at(applications.sheet, cell, 'noColumn', {
          column: { nb: `«${criterion.name}»`, en: `"${criterion.name}" column (${criterion.nameEn})` },
        }),
      );
    }
    for (const application of applications.rows) {
      for (const criterion of withColumn) {
        if (!isBlank(application.scoreRaw[criterion.id])) continue;
        findings.push(
          report.tableRow(applications, application, application.scoreCells[criterion.id], 'noScore', {
            application: applicationLabel(application),
            criterion: { nb: criterion.name, en: criterion.nameEn },
          }),
        );
      }
    }
    return findings;
  },
});
