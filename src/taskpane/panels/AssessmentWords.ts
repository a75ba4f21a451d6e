/** The Vurdering panel's words, bokmål and English by id; `{name}` marks a value filled in (src/core/messages.ts). */
import { defineMessages, type MessageData } from '../../core/messages';

export const ASSESSMENT_WORDS = defineMessages({
  tab: { nb: 'Vurdering', en: 'Assessment' },
  title: { nb: 'Vurdering av søknader', en: 'Assessment of applications' },
  intro: {
    nb: 'Søknadene i «Søknader» får poeng 1–5 per kriterium. Vektet sum gir 0–100, og rangeringen simuleres mot det som er igjen av rammene.',
    en: 'The applications in "Søknader" are scored 1–5 per criterion. The weighted sum gives 0–100, and the ranking is simulated against what is left of the frames.',
  },
  assess: { nb: 'Vurder på nytt', en: 'Assess again' },
  assessing: { nb: 'Vurderer …', en: 'Assessing …' },
  criteria: { nb: 'Kriterier og vekter', en: 'Criteria and weights' },
  criteriaFromPlan: {
    nb: 'Fra tabellen «Kriterier» på arket Plan.',
    en: 'From the "Kriterier" table on the Plan sheet.',
  },
  criteriaDefault: {
    nb: 'Standardkriteriene (like vekter) — planen har ingen tabell «Kriterier».',
    en: 'The default criteria (equal weights) — the plan has no "Kriterier" table.',
  },
  criteriaEdited: {
    nb: 'Endret her — ikke lagret i planen ennå.',
    en: 'Changed here — not saved in the plan yet.',
  },
  criterion: { nb: 'Kriterium', en: 'Criterion' },
  weight: { nb: 'Vekt', en: 'Weight' },
  weightOf: { nb: 'Vekt for {name}', en: 'Weight of {name}' },
  share: { nb: 'Andel', en: 'Share' },
  invalidWeight: {
    nb: '«{text}» er ikke en vekt. Skriv et tall ≥ 0.',
    en: '"{text}" is not a weight. Enter a number ≥ 0.',
  },
  saveCriteria: { nb: 'Lagre i planen', en: 'Save in the plan' },
  criteriaSaved: {
    nb: 'Kriteriene er lagret i tabellen «Kriterier» på arket Plan.',
    en: 'The criteria are saved in the "Kriterier" table on the Plan sheet.',
  },
  equalWeights: { nb: 'Like vekter', en: 'Equal weights' },
  wholePeriod: {
    nb: 'Hele planperioden (ellers årets del av rammen)',
    en: 'Whole plan period (else the year’s part of the frame)',
  },
  ranking: { nb: 'Rangering', en: 'Ranking' },
  rankingHint: {
    nb: 'Trykk på en søknad for å gå til den i Excel.',
    en: 'Click an application to go to it in Excel.',
  },
  score: { nb: 'Poeng', en: 'Score' },
  scoreOf: { nb: '{score} av 100 poeng', en: '{score} of 100 points' },
  notRanked: { nb: 'ikke rangert', en: 'not ranked' },
  applied: { nb: 'Søkt {amount} kr', en: 'Applied {amount} kr' },
  fundable: { nb: 'kan dekkes {amount} kr', en: 'fundable {amount} kr' },
  leftAfter: { nb: 'igjen av rammen {amount} kr', en: 'frame left {amount} kr' },
  deMinimisLeft: {
    nb: 'bagatellstøtte igjen før søknaden {euro} euro ≈ {amount} kr',
    en: 'de minimis left before this application EUR {euro} ≈ {amount} kr',
  },
  deMinimisLeftEuro: {
    nb: 'bagatellstøtte igjen før søknaden {euro} euro',
    en: 'de minimis left before this application EUR {euro}',
  },
  deMinimisOver: { nb: 'over taket for bagatellstøtte', en: 'over the de minimis ceiling' },
  publicApplicant: { nb: 'offentlig søker (ingen bagatellstøtte)', en: 'public applicant (no de minimis)' },
  goTo: { nb: 'Gå til {sheet}!{cell}', en: 'Go to {sheet}!{cell}' },
  funded: { nb: 'Innenfor rammen', en: 'Within the frame' },
  partly: { nb: 'Delvis mulig', en: 'Partly possible' },
  outside: { nb: 'Utenfor rammen', en: 'Not within the frame' },
  notAssessed: { nb: 'Ikke vurdert', en: 'Not assessed' },
  frames: { nb: 'Rammene per innsatsområde', en: 'The frames per focus area' },
  frameFrame: { nb: 'Ramme', en: 'Frame' },
  frameBefore: { nb: 'Igjen før', en: 'Left before' },
  frameFundable: { nb: 'Kan dekkes', en: 'Fundable' },
  frameAfter: { nb: 'Igjen etter', en: 'Left after' },
  period: { nb: 'perioden', en: 'period' },
  findings: { nb: 'Merknader ({count})', en: 'Remarks ({count})' },
  writeSheet: { nb: 'Skriv innstillingsark', en: 'Write recommendation sheet' },
  sheetWritten: {
    nb: 'Skrev innstillingen ({rows} rader) til arket «{sheet}».',
    en: 'Wrote the recommendation ({rows} rows) to the sheet "{sheet}".',
  },
  addGranted: { nb: 'Legg innvilgede til i Prosjekter …', en: 'Add granted to Prosjekter …' },
  addTitle: {
    nb: 'Legg innvilgede søknader til i «Prosjekter»',
    en: 'Add granted applications to "Prosjekter"',
  },
  addIntro: {
    nb: 'Kryss av søknadene styret innvilget og rett beløpet om nødvendig. De legges til som nye rader med status Aktiv; eksisterende rader endres aldri, og det skrives i loggen.',
    en: 'Tick the applications the board granted and correct the amount if needed. They are added as new rows with status Aktiv; existing rows are never changed, and the log records it.',
  },
  addYear: { nb: 'Vedtaksår', en: 'Year of the decision' },
  addAmount: { nb: 'Beløp for {id}', en: 'Amount for {id}' },
  addConfirm: { nb: 'Legg til {count} rader', en: 'Add {count} rows' },
  addCancel: { nb: 'Avbryt', en: 'Cancel' },
  added: {
    nb: 'La til {count} rader i «Prosjekter»: {ids}.',
    en: 'Added {count} rows to "Prosjekter": {ids}.',
  },
  skipped: {
    nb: 'Allerede i «Prosjekter», ikke lagt til igjen: {ids}.',
    en: 'Already in "Prosjekter", not added again: {ids}.',
  },
  invalidAmount: { nb: '«{text}» er ikke et beløp.', en: '"{text}" is not an amount.' },
  invalidYear: { nb: '«{text}» er ikke et årstall.', en: '"{text}" is not a year.' },
  warnings: { nb: 'Merknader til {id}', en: 'Remarks on {id}' },
  oneWarning: { nb: '1 merknad', en: '1 remark' },
  manyWarnings: { nb: '{count} merknader', en: '{count} remarks' },
  warnedNotTicked: {
    nb: 'Søknader med merknader er ikke krysset av: kryss av bare om styret har vurdert merknaden.',
    en: 'Applications with remarks are not ticked: tick one only if the board has considered the remark.',
  },
  confirmTitle: { nb: 'Innvilge {id} tross merknad?', en: 'Grant {id} despite the remark?' },
  confirmIntro: {
    nb: 'Styret har disse merknadene til søknaden. Bekreftelsen skrives i loggen sammen med radene.',
    en: 'The board has these remarks on the application. The confirmation is written to the log with the rows.',
  },
  confirmYes: { nb: 'Bekreft: styret innvilget likevel', en: 'Confirm: the board granted it anyway' },
  confirmNo: { nb: 'Ikke innvilg', en: 'Do not grant' },
  confirmed: { nb: 'bekreftet tross merknad', en: 'confirmed despite a remark' },
  noApplications: {
    nb: 'Fant ingen søknader: lag en tabell eller et ark som heter «Søknader» med overskriftene Søknadsnr, Prosjekt, Søker, Innsatsområde, Kategori, År, Søkt beløp, Totalbudsjett og én kolonne per kriterium.',
    en: 'No applications found: make a table or a sheet named "Søknader" with the headers Søknadsnr, Prosjekt, Søker, Innsatsområde, Kategori, År, Søkt beløp, Totalbudsjett and one column per criterion.',
  },
});

export type AssessmentWord = keyof typeof ASSESSMENT_WORDS;

export type Words = (key: AssessmentWord, vars?: MessageData) => string;
