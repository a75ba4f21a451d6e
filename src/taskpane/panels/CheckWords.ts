/**
 * Kontroll's own words, bokmål and English by id (`{name}` marks a value filled in): they load with the panel,
 * not with the pane's first download (bench/bundle.ts budgets that). Words several panels share stay in
 * src/i18n/messages.ts.
 */
import { defineMessages } from '../../core/messages';

export const CHECK_WORDS = defineMessages({
  checkTitle: { nb: 'Kontroll av prosjekttabellen', en: 'Check of the project table' },
  runCheck: { nb: 'Kjør kontroll', en: 'Run the check' },
  checking: { nb: 'Kontrollerer …', en: 'Checking …' },
  autoRerun: { nb: 'Kjøres på nytt når tabellen endres.', en: 'Runs again when the table changes.' },
  noFindings: {
    nb: 'Ingen funn: prosjekttabellen er i orden etter alle {rules} reglene.',
    en: 'No findings: the project table passes all {rules} rules.',
  },
  findingsSummary: { nb: '{count} funn', en: '{count} findings' },
  countOf: { nb: '{label}: {count}', en: '{label}: {count}' },
  writeFindings: { nb: 'Skriv funnliste til arket', en: 'Write the findings to a sheet' },
  noProjects: {
    nb: 'Fant ingen prosjekttabell å kontrollere. Se Oppsett.',
    en: 'No project table to check. See Setup.',
  },
});
