/**
 * Målkurver's own words, bokmål and English by id (`{name}` marks a value filled in): they load with the panel,
 * not with the pane's first download (bench/bundle.ts budgets that). Words several panels share stay in
 * src/i18n/messages.ts.
 */
import { defineMessages } from '../../core/messages';

export const GOALS_WORDS = defineMessages({
  goalsTitle: { nb: 'Målkurver', en: 'Goal curves' },
  goalIndicator: { nb: 'Indikator', en: 'Indicator' },
  goalDescription: {
    nb: 'Grunnlag {base} i {baseYear}, vekst {rate} per år, til {toYear}.',
    en: 'Base {base} in {baseYear}, growth {rate} a year, until {toYear}.',
  },
  actualFor: { nb: 'Faktisk {year}', en: 'Actual {year}' },
  actualsFromRange: { nb: 'Hent faktiske tall fra et område', en: 'Take actual figures from a range' },
  actualsRange: { nb: 'Område (år og verdi)', en: 'Range (year and value)' },
  actualsRangePlaceholder: { nb: 'f.eks. Statistikk!A2:B8', en: 'e.g. Statistikk!A2:B8' },
  readRange: { nb: 'Hent', en: 'Fetch' },
  invalidActual: { nb: '«{text}» er ikke et tall.', en: '"{text}" is not a number.' },
  targetColumn: { nb: 'Mål', en: 'Target' },
  actualColumn: { nb: 'Faktisk', en: 'Actual' },
  gapColumn: { nb: 'Avvik', en: 'Gap' },
  writeGoal: { nb: 'Skriv målkurven til arket', en: 'Write the goal curve to the sheet' },
  noGoals: { nb: 'Planen har ingen målindikatorer.', en: 'The plan has no goal indicators.' },
});
