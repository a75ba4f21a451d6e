import { CATEGORY_LABELS, matchCategory } from '../projects';
import { labelRule } from './unknownLabel';

export const rule = labelRule({
  id: 'unknown-category',
  name: { nb: 'Ukjent kategori', en: 'Unknown category' },
  severity: 'error',
  description: {
    nb: 'Kategorien må være Forstudie, Forprosjekt eller Hovedprosjekt.',
    en: 'The category must be Forstudie (pre-study), Forprosjekt (pre-project) or Hovedprosjekt (main project).',
  },
  field: 'category',
  labels: CATEGORY_LABELS,
  match: matchCategory,
  noun: { nb: 'kategori', en: 'category' },
});
