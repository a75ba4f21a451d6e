import { formatNumber } from '../../money';
import type { Finding } from '../../types';
import { applicationLabel } from '../applications';
import { isBlank } from '../headers';
import { isValidScore } from '../scoring';
import { shown } from '../../rules/helpers';
import { applicationFinding } from './helpers';
import type { AssessmentRule } from './types';

export const rule: AssessmentRule = {
  id: 'score-out-of-range',
  severity: 'error',
  description: {
    nb: 'Et poeng er ikke et tall fra 1 til 5.',
    en: 'A score is not a number from 1 to 5.',
  },
  check({ applications, criteria }) {
    const findings: Finding[] = [];
    for (const application of applications.rows) {
      for (const criterion of criteria) {
        const raw = application.scoreRaw[criterion.id];
        if (raw === undefined || isBlank(raw) || isValidScore(application.scores[criterion.id])) continue;
        const score = application.scores[criterion.id];
        const typed = score === undefined ? shown(raw) : formatNumber(score, 10);
        const typedEn = score === undefined ? shown(raw, 'en') : String(score);
        findings.push(
          applicationFinding(
            rule,
            applications,
            application,
            application.scoreCells[criterion.id],
            `«${typed}» for «${criterion.name}» på ${applicationLabel(application)} er ikke et poeng fra 1 til 5 — skriv et tall fra 1 (svakt) til 5 (sterkt). Søknaden rangeres ikke før det er rettet.`,
            `"${typedEn}" for "${criterion.nameEn}" on ${applicationLabel(application, 'en')} is not a score from 1 to 5 — enter a number from 1 (weak) to 5 (strong). The application is not ranked until it is fixed.`,
          ),
        );
      }
    }
    return findings;
  },
};
