/**
 * Each rule's short name, for a column or a heading where the description is too long: what the findings
 * sheet shows first (the id, which never changes, goes in its last column). Keyed by the registries'
 * ids, so a new rule without a name here does not compile.
 */
import type { AssessmentRuleId } from '../assessment/rules';
import type { Catalogue } from '../messages';
import type { RuleId } from '.';

export const RULE_NAMES: Catalogue<RuleId | AssessmentRuleId> = {
  'required-field': { nb: 'Mangler verdi', en: 'Missing value' },
  'invalid-number': { nb: 'Ugyldig tall', en: 'Invalid number' },
  'number-as-text': { nb: 'Tall lagret som tekst', en: 'Number stored as text' },
  'unknown-area': { nb: 'Ukjent innsatsområde', en: 'Unknown focus area' },
  'unknown-category': { nb: 'Ukjent kategori', en: 'Unknown category' },
  'unknown-status': { nb: 'Ukjent status', en: 'Unknown status' },
  'non-canonical-spelling': { nb: 'Avvikende skrivemåte', en: 'Spelling differs' },
  'duplicate-id': { nb: 'Prosjektnummer brukt to ganger', en: 'Duplicate project number' },
  'zero-grant': { nb: 'Bevilget 0 kr', en: 'Granted 0 kr' },
  'year-outside-plan': { nb: 'År utenfor planperioden', en: 'Year outside the plan period' },
  'paid-exceeds-granted': { nb: 'Utbetalt mer enn bevilget', en: 'Paid more than granted' },
  'completion-payment-while-active': {
    nb: 'Sluttutbetaling på aktivt prosjekt',
    en: 'Completion payment on an active project',
  },
  'closed-without-results': { nb: 'Avsluttet uten resultater', en: 'Closed without results' },
  'area-frame-exceeded': { nb: 'Områdets ramme overskredet', en: 'Area frame exceeded' },
  'annual-frame-exceeded': { nb: 'Årets ramme overskredet', en: 'Annual frame exceeded' },
  'period-frame-exceeded': { nb: 'Prosjektmidlene overskredet', en: 'Project money exceeded' },
  'split-off-target': { nb: 'Fordeling avviker fra planen', en: 'Split differs from the plan' },
  'cofunding-below-share': { nb: 'For lav egenandel', en: 'Co-funding too low' },
  'de-minimis-exceeded': { nb: 'Over de minimis-grensen', en: 'De minimis ceiling exceeded' },
  'summary-mismatch': { nb: 'Oversikten stemmer ikke', en: 'Summary does not match' },
  'sum-mismatch': { nb: 'Summen stemmer ikke', en: 'Sum does not add up' },
  'score-out-of-range': { nb: 'Poeng utenfor 1–5', en: 'Score outside 1–5' },
  'missing-score': { nb: 'Poeng mangler', en: 'Score missing' },
  'support-share-exceeded': { nb: 'For høy støtteandel', en: 'Support share too high' },
  'category-amount-unusual': { nb: 'Uvanlig beløp for kategorien', en: 'Unusual amount for the category' },
  'applicant-de-minimis': {
    nb: 'Søker over de minimis-grensen',
    en: 'Applicant over the de minimis ceiling',
  },
};

/** The rule's name, or its id for a rule this catalogue does not know. */
export function ruleName(rule: string): { nb: string; en: string } {
  return (RULE_NAMES as Record<string, { nb: string; en: string }>)[rule] ?? { nb: rule, en: rule };
}
