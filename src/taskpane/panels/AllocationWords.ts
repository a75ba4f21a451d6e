/**
 * Fordeling's own words, bokmål and English by id (`{name}` marks a value filled in): they load with the panel,
 * not with the pane's first download (bench/bundle.ts budgets that). Words several panels share stay in
 * src/i18n/messages.ts.
 */
import { defineMessages } from '../../core/messages';

export const ALLOCATION_WORDS = defineMessages({
  allocationTitle: { nb: 'Fordeling av prosjektmidler', en: 'Allocation of project money' },
  allocationTotal: {
    nb: 'Prosjektmidler i perioden: {amount} kr',
    en: 'Project money in the period: {amount} kr',
  },
  fieldFor: { nb: ' for {name}', en: ' for {name}' },
  allocationHoldPlaceholder: { nb: 'ingen', en: 'none' },
  frameColumn: { nb: 'Ramme', en: 'Frame' },
  grantedColumn: { nb: 'Bevilget', en: 'Granted' },
  roundingUnit: { nb: 'Avrundingsenhet', en: 'Rounding unit' },
  unitKroner: { nb: '{amount} kr', en: '{amount} kr' },
  invalidShare: {
    nb: '«{text}» er ikke en andel. Skriv et tall, for eksempel 70 eller «70 %».',
    en: '"{text}" is not a share. Type a number, e.g. 70 or "70 %".',
  },
  invalidHold: {
    nb: '«{text}» er ikke et beløp. Skriv kroner, for eksempel 1 000 000.',
    en: '"{text}" is not an amount. Type kroner, e.g. 1 000 000.',
  },
  framesPerYear: { nb: 'Rammer per år', en: 'Frames per year' },
  administration: { nb: 'Administrasjon', en: 'Administration' },
  writeAllocation: { nb: 'Skriv fordelingen til arket', en: 'Write the allocation to the sheet' },
  chartGrantedVsFrame: { nb: 'Bevilget mot ramme per innsatsområde', en: 'Granted vs frame per focus area' },
  resetAllocation: { nb: 'Tilbake til planens andeler', en: "Back to the plan's shares" },
});
