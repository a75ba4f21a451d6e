/**
 * Oppsett's own words, bokmål and English by id (`{name}` marks a value filled in): they load with the panel,
 * not with the pane's first download (bench/bundle.ts budgets that). The words several panels share stay in
 * src/i18n/messages.ts.
 */
import { defineMessages } from '../../core/messages';

export const SETUP_WORDS = defineMessages({
  projectTable: { nb: 'Prosjekttabell', en: 'Project table' },
  projectTableFound: { nb: 'Fant {where} med {rows} prosjekter.', en: 'Found {where} with {rows} projects.' },
  projectTableWhereTable: { nb: 'tabellen «{name}» ({address})', en: 'the table "{name}" ({address})' },
  projectTableWhereSheet: { nb: 'arket «{name}» ({address})', en: 'the sheet "{name}" ({address})' },
  projectTableWhereRange: { nb: 'området {address}', en: 'the range {address}' },
  projectTableNone: {
    nb: 'Fant ingen prosjekttabell: verken en tabell eller et ark som heter «Prosjekter».',
    en: 'No project table found: neither a table nor a sheet named "Prosjekter".',
  },
  useSelectionHint: {
    nb: 'Marker prosjekttabellen i Excel (med overskriftsraden) og trykk knappen.',
    en: 'Select the project table in Excel (with its header row) and press the button.',
  },
  mappingTitle: { nb: 'Kolonner', en: 'Columns' },
  mappingHint: {
    nb: 'Kontroller hvilken kolonne som hører til hvert felt. Felt med * må finnes.',
    en: 'Check which column belongs to each field. Fields marked * are required.',
  },
  mappingSummary: {
    nb: '{mapped} av {count} felt har en kolonne i tabellen.',
    en: '{mapped} of {count} fields have a column in the table.',
  },
  mappingNotFound: { nb: 'Ikke i tabellen: {fields}.', en: 'Not in the table: {fields}.' },
  mappingNeedsDecision: { nb: 'Trenger et valg ({count}):', en: 'Needs a decision ({count}):' },
  mappingShowAll: {
    nb: 'Vis og endre de andre kolonnene ({count})',
    en: 'Show and change the other columns ({count})',
  },
  mappingNotInTable: { nb: '(ikke i tabellen)', en: '(not in the table)' },
  mappingMissing: { nb: 'Mangler påkrevde felt: {fields}.', en: 'Required fields missing: {fields}.' },
  mappingDuplicate: {
    nb: '«{header}» er valgt for flere felt.',
    en: '"{header}" is chosen for more than one field.',
  },
  mappingSavedBefore: { nb: 'Et lagret kolonnekart er i bruk.', en: 'A saved column mapping is in use.' },
  resetMapping: { nb: 'Finn kolonnene på nytt', en: 'Detect the columns again' },
  pickListsTitle: { nb: 'Valglister', en: 'Pick-lists' },
  pickListsHint: {
    nb: 'Valglister i «Prosjekter» og «Søknader» (innsatsområde fra Plan, kategori, status, poeng 1–5) hindrer skrivefeil. Bare valideringen legges til — ingen verdier endres, og det føres i Logg. Kolonner med din egen validering lar tillegget være.',
    en: 'Pick-lists in "Prosjekter" and "Søknader" (area from the Plan, category, status, scores 1–5) prevent typing mistakes. Only the validation is added — no value changes, and it is logged. Columns with your own validation are left alone.',
  },
  addPickLists: { nb: 'Legg til valglister', en: 'Add pick-lists' },
  removePickLists: { nb: 'Fjern valglistene', en: 'Remove the pick-lists' },
  planTitle: { nb: 'Plan', en: 'Plan' },
  planSheetExists: {
    nb: 'Arbeidsboken har allerede et «Plan»-ark; tillegget skriver aldri over det.',
    en: 'The workbook already has a "Plan" sheet; the add-in never overwrites it.',
  },
});
