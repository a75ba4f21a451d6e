import { isBlank } from '../../cells';
import { formatNumber } from '../../money';
import type { Finding } from '../../types';
import { applicationLabel } from '../applications';

import { isValidScore } from '../scoring';
import { typed } from '../../rules/helpers';
import { defineAssessmentRule } from './types';

export const rule = defineAssessmentRule({
  id: 'score-out-of-range',
  name: { nb: 'Poeng utenfor 1–5', en: 'Score outside 1–5' },
  severity: 'error',
  description: {
    nb: 'Et poeng er ikke et tall fra 1 til 5.',
    en: 'A score is not a number from 1 to 5.',
  },
  messages: {
    outOfRange: {
      nb: '«{score}» for «{criterion}» på {application} er ikke et poeng fra 1 til 5 — skriv et tall fra 1 (svakt) til 5 (sterkt). Søknaden rangeres ikke før det er rettet.',
      en: '"{score}" for "{criterion}" on {application} is not a score from 1 to 5 — enter a number from 1 (weak) to 5 (strong). The application is not ranked until it is fixed.',
    },
  },
  find({ applications, criteria }, report) {
    const findings: Finding[] = [];
    for (const application of applications.rows) {
      for (const criterion of criteria) {
        const raw = application.scoreRaw[criterion.id];
        if (raw === undefined || isBlank(raw) || isValidScore(application.scores[criterion.id])) continue;
        const score = application.scores[criterion.id];
        findings.push(
          report.tableRow(applications, application, application.scoreCells[criterion.id], 'outOfRange', {
            score: score === undefined ? typed(raw) : { nb: formatNumber(score, 10), en: String(score) },
            criterion: { nb: criterion.name, en: criterion.nameEn },
            application: applicationLabel(application),
          }),
        );
      }
    }
    return findings;
  },
});
