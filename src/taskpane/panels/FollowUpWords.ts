/**
 * Oppfølging's own words, bokmål and English by id (`{name}` marks a value filled in): they load with the panel,
 * not with the pane's first download (bench/bundle.ts budgets that). Words several panels share stay in
 * src/i18n/messages.ts.
 */
import { defineMessages } from '../../core/messages';

export const FOLLOW_UP_WORDS = defineMessages({
  followUpTitle: { nb: 'Oppfølging', en: 'Follow-up' },
  followUpYear: { nb: 'Periode', en: 'Period' },
  followUpWholePeriod: { nb: 'Hele planperioden {from}–{to}', en: 'The whole plan period {from}–{to}' },
  noFrame: { nb: '–', en: '–' },
  jobsPerYear: { nb: 'Nye og sikrede arbeidsplasser per år', en: 'New and secured jobs per year' },
  jobsTarget: { nb: 'Mål', en: 'Target' },
  jobsActual: { nb: 'Nye + sikrede', en: 'New + secured' },
  statusColumn: { nb: 'Status', en: 'Status' },
  writeFollowUp: { nb: 'Skriv oppfølgingen til arket', en: 'Write the follow-up to the sheet' },
  writeSummary: { nb: 'Skriv sammendragstabellen', en: 'Write the summary table' },
  chartJobs: { nb: 'Arbeidsplasser mot mål', en: 'Jobs vs target' },
});
