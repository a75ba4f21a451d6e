import { CATEGORY_LABELS, matchCategory } from '../projects';
import type { Finding } from '../types';
import { isBlank, rowFinding, shown } from './helpers';
import type { Rule } from './types';

export const rule: Rule = {
  id: 'unknown-category',
  severity: 'error',
  description: {
    nb: 'Kategorien må være Forstudie, Forprosjekt eller Hovedprosjekt.',
    en: 'The category must be Forstudie (pre-study), Forprosjekt (pre-project) or Hovedprosjekt (main project).',
  },
  check({ table }) {
    const findings: Finding[] = [];
    const labels = Object.values(CATEGORY_LABELS)
      .map((label) => `«${label.nb}»`)
      .join(', ');
    for (const row of table.rows) {
      const raw = row.raw.category;
      if (row.category !== undefined || isBlank(raw) || raw === undefined) continue;
      const { suggestion } = matchCategory(raw);
      findings.push(
        suggestion
          ? rowFinding(
              rule,
              table,
              row,
              'category',
              `«${shown(raw)}» er ikke en kategori — mente du «${suggestion}»?`,
              `«${shown(raw, 'en')}» is not a category — did you mean «${suggestion}»?`,
            )
          : rowFinding(
              rule,
              table,
              row,
              'category',
              `«${shown(raw)}» er ikke en kategori — bruk ${labels}.`,
              `«${shown(raw, 'en')}» is not a category — use ${labels}.`,
            ),
      );
    }
    return findings;
  },
};
