/**
 * Each rule's short name, for a column or a heading where the description is too long: what the findings
 * sheet shows first (the id, which never changes, goes in its last column). Keyed by the registries' ids;
 * a rule added to a registry gets its name here too.
 */
import { assessmentRules, type AssessmentRuleId } from '../assessment/rules';
import type { Bilingual, Catalogue } from '../messages';
import { allRules, type RuleId } from '.';

export const RULE_NAMES: Partial<Catalogue<RuleId | AssessmentRuleId>> = {
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
  'exchange-rate-missing': { nb: 'Eurokurs mangler', en: 'Euro rate missing' },
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
  'invalid-org-number': { nb: 'Ugyldig org.nr', en: 'Invalid organisation number' },
  'payment-unreadable': { nb: 'Utbetaling kan ikke leses', en: 'Payment cannot be read' },
  'payment-unknown-project': { nb: 'Utbetaling til ukjent prosjekt', en: 'Payment to an unknown project' },
  'payment-above-granted': { nb: 'Utbetalt mer enn bevilget', en: 'Paid more than granted' },
  'payment-before-grant-year': { nb: 'Utbetalt før bevilgningsåret', en: 'Paid before the grant year' },
  'payment-on-withdrawn': { nb: 'Utbetaling til trukket prosjekt', en: 'Payment to a withdrawn project' },
  'final-payment-while-active': {
    nb: 'Sluttutbetaling på aktivt prosjekt',
    en: 'Final payment on an active project',
  },
  'second-final-payment': { nb: 'To sluttutbetalinger', en: 'Two final payments' },
  'return-exceeds-paid': { nb: 'Tilbakebetalt mer enn utbetalt', en: 'Returned more than paid' },
  'application-invalid-number': { nb: 'Ugyldig tall i søknad', en: 'Invalid number in application' },
  'application-invalid-org-number': {
    nb: 'Ugyldig org.nr i søknad',
    en: 'Invalid organisation number in application',
  },
  'duplicate-application-id': { nb: 'Søknadsnummer brukt to ganger', en: 'Duplicate application number' },
  'board-member-conflict': { nb: 'Styremedlem inhabilt', en: 'Board member disqualified' },
};

/**
 * The rule's name; for a rule not named here yet, its description (tests/core/rules/names.test.ts fails
 * until it is), and for an id no registry knows, the id.
 */
export function ruleName(rule: string): Bilingual {
  const named = (RULE_NAMES as Record<string, Bilingual | undefined>)[rule];
  const known = [...allRules, ...assessmentRules].find((r) => r.id === rule);
  return named ?? known?.description ?? { nb: rule, en: rule };
}
