/**
 * The task pane's words, bokmål first and English second, keyed by id; `{name}` marks a value filled in
 * (src/core/messages.ts). One voice per language: «» and the decimal comma in bokmål, "" and the decimal
 * point in English; amounts are "1 466 667 kr" in both (formatKroner), as the workbook shows them.
 */
import { defineMessages } from '../core/messages';

export const PANE = defineMessages({
  appTitle: { nb: 'Omstilling', en: 'Omstilling' },
  previewBanner: { nb: 'Forhåndsvisning — eksempelarbeidsbok', en: 'Preview — sample workbook' },
  previewToday: { nb: 'Dagens dato', en: "Today's date" },
  previewTodayInvalid: { nb: 'Skriv datoen som 01.06.2014.', en: 'Type the date as 2014-06-01.' },
  previewTodayHint: {
    nb: 'Målene vurderes per denne datoen: et år som ikke er over, «pågår».',
    en: 'Targets are judged as of this date: a year not yet over is "in progress".',
  },
  previewBannerDetail: {
    nb: 'Excel er ikke tilgjengelig her, så panelene arbeider på en innebygd eksempelarbeidsbok med standardplanen og prosjektene for 2011–2012.',
    en: 'Excel is not available here, so the panels work on a built-in sample workbook with the default plan and the 2011–2012 projects.',
  },
  language: { nb: 'Språk', en: 'Language' },
  languageNb: { nb: 'Norsk', en: 'Norsk' },
  languageEn: { nb: 'English', en: 'English' },
  panels: { nb: 'Paneler', en: 'Panels' },
  loading: { nb: 'Leser arbeidsboken …', en: 'Reading the workbook …' },
  starting: { nb: 'Starter …', en: 'Starting …' },
  waitingForExcel: { nb: 'Venter på Excel …', en: 'Waiting for Excel …' },
  waitingForExcelDetail: {
    nb: 'Excel bruker lengre tid enn vanlig på å starte tillegget. Panelet går videre av seg selv når Excel er klar.',
    en: 'Excel is taking longer than usual to start the add-in. The pane goes on by itself when Excel is ready.',
  },
  usePreview: { nb: 'Vis forhåndsvisningen i stedet', en: 'Show the preview instead' },
  paneHidden: {
    nb: 'Omstilling kjører for funksjonene. Arbeidsboka leses først når panelet vises.',
    en: 'Omstilling is running for the functions. The workbook is read once the pane is shown.',
  },
  readWorkbook: { nb: 'Les arbeidsboka', en: 'Read the workbook' },
  working: { nb: 'Arbeider …', en: 'Working …' },
  reload: { nb: 'Les inn på nytt', en: 'Read again' },
  errorTitle: { nb: 'Noe gikk galt', en: 'Something went wrong' },
  errorUnexpected: {
    nb: 'En uventet feil oppstod: {detail}. Prøv igjen; skjer det igjen, last inn panelet på nytt.',
    en: 'An unexpected error occurred: {detail}. Try again; if it happens again, reload the pane.',
  },
  dismiss: { nb: 'Lukk', en: 'Dismiss' },
  done: { nb: 'Ferdig', en: 'Done' },
  written: { nb: 'Skrev {rows} rader til arket «{sheet}».', en: 'Wrote {rows} rows to the sheet "{sheet}".' },
  writtenOne: { nb: 'Skrev 1 rad til arket «{sheet}».', en: 'Wrote 1 row to the sheet "{sheet}".' },
  yes: { nb: 'Ja', en: 'Yes' },
  no: { nb: 'Nei', en: 'No' },
  total: { nb: 'Sum', en: 'Total' },
  year: { nb: 'År', en: 'Year' },
  area: { nb: 'Innsatsområde', en: 'Focus area' },
  kroner: { nb: 'kr', en: 'kr' },

  planInUse: {
    nb: 'Plan i bruk: {name} ({municipality}, {from}–{to})',
    en: 'Plan in use: {name} ({municipality}, {from}–{to})',
  },
  planFromSheet: { nb: 'fra arket «Plan»', en: 'from the "Plan" sheet' },
  planBuiltIn: {
    nb: 'innebygd standardplan — arbeidsboken har ikke noe «Plan»-ark',
    en: 'built-in default plan — the workbook has no "Plan" sheet',
  },
  planProblems: { nb: 'Planen henger ikke sammen', en: 'The plan does not add up' },

  // Oppsett
  setupTab: { nb: 'Oppsett', en: 'Setup' },
  createProjectTable: { nb: 'Lag tom prosjekttabell', en: 'Create an empty project table' },
  createProjectTableDone: {
    nb: 'Laget tabellen «Prosjekter» med standardoverskriftene.',
    en: 'Created the table "Prosjekter" with the standard headers.',
  },
  useSelection: { nb: 'Bruk markert område', en: 'Use the selected range' },
  noSelection: { nb: 'Ingen celler er markert.', en: 'No cells are selected.' },
  mappingSaved: {
    nb: 'Kolonnekartet er lagret i arbeidsboken.',
    en: 'The column mapping is saved in the workbook.',
  },
  saveMapping: { nb: 'Lagre kolonnekart', en: 'Save column mapping' },
  pickListsAdded: {
    nb: 'La til valglister i {count} kolonner: {columns}. Ingen verdier er endret.',
    en: 'Added pick-lists to {count} columns: {columns}. No value was changed.',
  },
  pickListsNoneAdded: {
    nb: 'La ikke til noen valglister.',
    en: 'Added no pick-lists.',
  },
  pickListsRemoved: {
    nb: 'Fjernet {count} valglister som tillegget la til. Din egen validering er som før.',
    en: 'Removed {count} pick-lists the add-in had placed. Your own validation is as it was.',
  },
  pickListLeft: { nb: '«{column}» i {table}: {reason}.', en: '"{column}" in {table}: {reason}.' },
  pickListUserValidation: {
    nb: 'har din egen validering, som får stå',
    en: 'has your own validation, which stays',
  },
  pickListNoTable: { nb: 'tabellen finnes ikke', en: 'there is no such table' },
  pickListNoColumn: { nb: 'kolonnen finnes ikke', en: 'there is no such column' },
  pickListNoList: {
    nb: 'Plan har ingen tabell «Omrader» å hente innsatsområdene fra',
    en: 'the Plan has no "Omrader" table to take the areas from',
  },
  createPlanSheet: {
    nb: 'Lag arket «Plan» med standardplanen',
    en: 'Create the "Plan" sheet with the default plan',
  },
  createPlanSheetDone: {
    nb: 'Laget arket «Plan». Endre tabellene der for å tilpasse planen.',
    en: 'Created the "Plan" sheet. Edit its tables to adapt the plan.',
  },

  // Fordeling
  allocationTab: { nb: 'Fordeling', en: 'Allocation' },
  allocationShare: { nb: 'Andel (%)', en: 'Share (%)' },
  allocationHold: { nb: 'Fast beløp (kr)', en: 'Fixed amount (kr)' },
  sharesSum: { nb: 'Andelene summerer til {sum} %.', en: 'The shares add up to {sum} %.' },

  // Målkurver
  goalsTab: { nb: 'Målkurver', en: 'Goal curves' },
  rounding: { nb: 'Avrunding', en: 'Rounding' },
  roundingYearly: { nb: 'Årlig (planens metode)', en: "Yearly (the plan's method)" },
  roundingFinal: { nb: 'Bare til slutt', en: 'At the end only' },
  roundingNone: { nb: 'Ingen', en: 'None' },
  actualsRead: { nb: 'Leste {count} verdier fra {address}.', en: 'Read {count} values from {address}.' },
  actualsReadOne: { nb: 'Leste 1 verdi fra {address}.', en: 'Read 1 value from {address}.' },
  actualsNone: { nb: 'Fant ingen tall i {address}.', en: 'No numbers found in {address}.' },
  firstMet: { nb: 'Målet er nådd første gang i {year}.', en: 'The target is first met in {year}.' },
  firstMissed: {
    nb: 'Målet ble ikke nådd i {year} (første år under målet).',
    en: 'The target was missed in {year} (the first year below target).',
  },
  noActuals: {
    nb: 'Skriv inn faktiske tall for årene etter grunnåret {baseYear} for å se når målet nås.',
    en: 'Type actual figures for the years after the base year {baseYear} to see when the target is met.',
  },
  latestMet: {
    nb: 'Siste år med tall er {year}: nådd, {actual} mot målet {target} ({gap}).',
    en: 'The latest year with a figure is {year}: met, {actual} against the target {target} ({gap}).',
  },
  latestMissed: {
    nb: 'Siste år med tall er {year}: ikke nådd, {actual} mot målet {target} ({gap}).',
    en: 'The latest year with a figure is {year}: not met, {actual} against the target {target} ({gap}).',
  },
  latestInProgress: {
    nb: 'Siste år med tall er {year}, som ikke er over: pågår, {actual} så langt mot målet {target} ({gap}).',
    en: 'The latest year with a figure is {year}, which is not over: in progress, {actual} so far against the target {target} ({gap}).',
  },
  latestNotYet: {
    nb: 'Siste år med tall er {year}, som ikke har begynt: ikke ennå ({actual} mot målet {target}).',
    en: 'The latest year with a figure is {year}, which has not begun: not yet ({actual} against the target {target}).',
  },

  // Kontroll
  checkTab: { nb: 'Kontroll', en: 'Check' },
  stateAidTitle: { nb: 'Bagatellstøtte per foretak', en: 'De minimis aid per undertaking' },
  stateAidIntro: {
    nb: 'Rom igjen under taket per {day} ({regulations}), minst rom først. Et hjelpemiddel for saksbehandleren, ikke en juridisk vurdering.',
    en: 'Room left under the ceiling as of {day} ({regulations}), least room first. An aid to the case officer, not legal advice.',
  },
  stateAidNone: {
    nb: 'Ingen foretak har bagatellstøtte fra programmet i vinduet per {day}: hele taket er igjen.',
    en: 'No undertaking has de minimis aid from the programme in the window as of {day}: the whole ceiling is left.',
  },
  stateAidRoom: { nb: '{euro} euro igjen ≈ {amount} kr', en: 'EUR {euro} left ≈ {amount} kr' },
  stateAidRoomEuro: { nb: '{euro} euro igjen', en: 'EUR {euro} left' },
  stateAidOver: { nb: '{euro} euro over taket', en: 'EUR {euro} over the ceiling' },
  severityError: { nb: 'Feil', en: 'Errors' },
  severityWarning: { nb: 'Advarsler', en: 'Warnings' },
  severityInfo: { nb: 'Info', en: 'Info' },
  goToCell: { nb: 'Gå til {sheet}!{cell}', en: 'Go to {sheet}!{cell}' },
  markCells: { nb: 'Merk cellene', en: 'Mark the cells' },
  clearMarks: { nb: 'Fjern merker', en: 'Clear marks' },
  marked: { nb: 'Merket {count} celler.', en: 'Marked {count} cells.' },
  cleared: { nb: 'Fjernet {count} merker.', en: 'Removed {count} marks.' },
  findingsSheetSeverity: { nb: 'Alvorlighet', en: 'Severity' },
  findingsSheetRule: { nb: 'Regel', en: 'Rule' },
  findingsSheetSheet: { nb: 'Ark', en: 'Sheet' },
  findingsSheetCell: { nb: 'Celle', en: 'Cell' },
  findingsSheetMessage: { nb: 'Melding', en: 'Message' },
  findingsSheetRuleId: { nb: 'Regel-id', en: 'Rule id' },
  findingsSheetTitle: { nb: 'Kontroll av prosjekttabellen', en: 'Check of the project table' },
  findingsSheetSubtitle: { nb: '{count} funn, {when}', en: '{count} findings, {when}' },
  findingsSheetError: { nb: 'Feil', en: 'Error' },
  findingsSheetWarning: { nb: 'Advarsel', en: 'Warning' },
  findingsSheetInfo: { nb: 'Info', en: 'Info' },

  // Oppfølging
  followUpTab: { nb: 'Oppfølging', en: 'Follow-up' },
  overviewTab: { nb: 'Oversikt', en: 'Overview' },
  overviewIntro: {
    nb: '{plan}, hele planperioden {from}–{to}: hva som er bevilget og utbetalt av rammene, og hvordan resultatene står.',
    en: '{plan}, the whole plan period {from}–{to}: what was granted and paid of the frames, and where the results stand.',
  },
  overviewJudgedOn: {
    nb: 'Vurdert per {day}: et år som ikke er slutt, pågår; periodens mål vurderes når perioden er slutt.',
    en: 'Judged at {day}: a year not yet over is in progress; the period’s targets are judged when the period is over.',
  },
  overviewDetails: { nb: 'Detaljer', en: 'Details' },
  overviewAssessment: { nb: 'Vurdering av søknader', en: 'Assessment of applications' },
  overviewWriteReport: { nb: 'Skriv styrerapport', en: 'Write the board report' },
  overviewDownloadPdf: { nb: 'Last ned som PDF', en: 'Download as PDF' },
  overviewPdfReady: {
    nb: 'Styrerapporten er lastet ned som «{file}».',
    en: 'The board report was downloaded as "{file}".',
  },
  measureGranted: { nb: 'Bevilget', en: 'Granted' },
  measurePaid: { nb: 'Utbetalt', en: 'Paid' },
  measureCommitments: { nb: 'Forpliktelser', en: 'Commitments' },
  measureFreed: { nb: 'Frigjorte midler', en: 'Freed funds' },
  measureFrame: { nb: 'Ramme', en: 'Frame' },
  measureRemaining: { nb: 'Gjenstår av ramme', en: 'Frame remaining' },
  unknownArea: { nb: '(ukjent område)', en: '(unknown area)' },
  resultsTitle: { nb: 'Resultater mot mål', en: 'Results vs targets' },
  newCompanies: {
    nb: 'Nye bedrifter i perioden: {total} av {target}',
    en: 'New companies in the period: {total} of {target}',
  },
  attractiveness: {
    nb: 'Tiltak i «{area}» {year}: {count} av {target}',
    en: 'Measures in "{area}" {year}: {count} of {target}',
  },
  leverage: {
    nb: 'Giringseffekt: {ratio} kr utløst per kr bevilget',
    en: 'Leverage: {ratio} kr triggered per krone granted',
  },

  // Sheet view (preview)
  sheetView: { nb: 'Arbeidsbok (forhåndsvisning)', en: 'Workbook (preview)' },
  sheetTabs: { nb: 'Ark', en: 'Sheets' },
  selectedCell: { nb: 'Markert celle: {address}', en: 'Selected cell: {address}' },
  editCell: { nb: 'Rediger {address}', en: 'Edit {address}' },
});

export type PaneMessageId = keyof typeof PANE;
