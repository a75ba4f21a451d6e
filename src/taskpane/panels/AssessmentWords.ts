/** The Vurdering panel's words, bokmål and English; `{name}` marks a value filled in. */
import type { Lang } from '../../i18n';

const nb = {
  tab: 'Vurdering',
  title: 'Vurdering av søknader',
  intro:
    'Søknadene i «Søknader» får poeng 1–5 per kriterium. Vektet sum gir 0–100, og rangeringen simuleres mot det som er igjen av rammene.',
  assess: 'Vurder på nytt',
  assessing: 'Vurderer …',
  criteria: 'Kriterier og vekter',
  criteriaFromPlan: 'Fra tabellen «Kriterier» på arket Plan.',
  criteriaDefault: 'Standardkriteriene (like vekter) — planen har ingen tabell «Kriterier».',
  criteriaEdited: 'Endret her — ikke lagret i planen ennå.',
  weight: 'Vekt',
  weightOf: 'Vekt for {name}',
  share: 'Andel',
  invalidWeight: '«{text}» er ikke en vekt. Skriv et tall ≥ 0.',
  saveCriteria: 'Lagre i planen',
  criteriaSaved: 'Kriteriene er lagret i tabellen «Kriterier» på arket Plan.',
  equalWeights: 'Like vekter',
  wholePeriod: 'Hele planperioden (ellers årets del av rammen)',
  ranking: 'Rangering',
  rankingHint: 'Trykk på en søknad for å gå til den i Excel.',
  rankColumn: 'Rang',
  scoreOf: '{score} av 100 poeng',
  notRanked: 'ikke rangert',
  applied: 'Søkt {amount} kr',
  fundable: 'kan dekkes {amount} kr',
  leftAfter: 'igjen av rammen {amount} kr',
  deMinimisLeft: 'bagatellstøtte igjen før søknaden {euro} euro ≈ {amount} kr',
  deMinimisLeftEuro: 'bagatellstøtte igjen før søknaden {euro} euro',
  deMinimisOver: 'over taket for bagatellstøtte',
  publicApplicant: 'offentlig søker (ingen bagatellstøtte)',
  goTo: 'Gå til {sheet}!{cell}',
  funded: 'Innenfor rammen',
  partly: 'Delvis mulig',
  outside: 'Utenfor rammen',
  notAssessed: 'Ikke vurdert',
  frames: 'Rammene per innsatsområde',
  frameArea: 'Innsatsområde',
  frameYear: 'År',
  frameFrame: 'Ramme',
  frameBefore: 'Igjen før',
  frameFundable: 'Kan dekkes',
  frameAfter: 'Igjen etter',
  period: 'perioden',
  findings: 'Merknader ({count})',
  writeSheet: 'Skriv innstillingsark',
  sheetWritten: 'Skrev innstillingen ({rows} rader) til arket «{sheet}».',
  addGranted: 'Legg innvilgede til i Prosjekter …',
  addTitle: 'Legg innvilgede søknader til i «Prosjekter»',
  addIntro:
    'Kryss av søknadene styret innvilget og rett beløpet om nødvendig. De legges til som nye rader med status Aktiv; eksisterende rader endres aldri, og det skrives i loggen.',
  addYear: 'Vedtaksår',
  addAmount: 'Beløp for {id}',
  addConfirm: 'Legg til {count} rader',
  addCancel: 'Avbryt',
  added: 'La til {count} rader i «Prosjekter»: {ids}.',
  skipped: 'Allerede i «Prosjekter», ikke lagt til igjen: {ids}.',
  invalidAmount: '«{text}» er ikke et beløp.',
  invalidYear: '«{text}» er ikke et årstall.',
  warnings: 'Merknader til {id}',
  oneWarning: '1 merknad',
  manyWarnings: '{count} merknader',
  warnedNotTicked:
    'Søknader med merknader er ikke krysset av: kryss av bare om styret har vurdert merknaden.',
  confirmTitle: 'Innvilge {id} tross merknad?',
  confirmIntro: 'Styret har disse merknadene til søknaden. Bekreftelsen skrives i loggen sammen med radene.',
  confirmYes: 'Bekreft: styret innvilget likevel',
  confirmNo: 'Ikke innvilg',
  confirmed: 'bekreftet tross merknad',
  noApplications:
    'Fant ingen søknader: lag en tabell eller et ark som heter «Søknader» med overskriftene Søknadsnr, Prosjekt, Søker, Innsatsområde, Kategori, År, Søkt beløp, Totalbudsjett og én kolonne per kriterium.',
};

export type AssessmentWord = keyof typeof nb;

const en: Record<AssessmentWord, string> = {
  tab: 'Assessment',
  title: 'Assessment of applications',
  intro:
    'The applications in «Søknader» are scored 1–5 per criterion. The weighted sum gives 0–100, and the ranking is simulated against what is left of the frames.',
  assess: 'Assess again',
  assessing: 'Assessing …',
  criteria: 'Criteria and weights',
  criteriaFromPlan: 'From the «Kriterier» table on the Plan sheet.',
  criteriaDefault: 'The default criteria (equal weights) — the plan has no «Kriterier» table.',
  criteriaEdited: 'Changed here — not saved in the plan yet.',
  weight: 'Weight',
  weightOf: 'Weight of {name}',
  share: 'Share',
  invalidWeight: '"{text}" is not a weight. Enter a number ≥ 0.',
  saveCriteria: 'Save in the plan',
  criteriaSaved: 'The criteria are saved in the «Kriterier» table on the Plan sheet.',
  equalWeights: 'Equal weights',
  wholePeriod: 'Whole plan period (else the year’s part of the frame)',
  ranking: 'Ranking',
  rankingHint: 'Click an application to go to it in Excel.',
  rankColumn: 'Rank',
  scoreOf: '{score} of 100 points',
  notRanked: 'not ranked',
  applied: 'Applied {amount} kr',
  fundable: 'fundable {amount} kr',
  leftAfter: 'frame left {amount} kr',
  deMinimisLeft: 'de minimis left before this application EUR {euro} ≈ {amount} kr',
  deMinimisLeftEuro: 'de minimis left before this application EUR {euro}',
  deMinimisOver: 'over the de minimis ceiling',
  publicApplicant: 'public applicant (no de minimis)',
  goTo: 'Go to {sheet}!{cell}',
  funded: 'Within the frame',
  partly: 'Partly possible',
  outside: 'Not within the frame',
  notAssessed: 'Not assessed',
  frames: 'The frames per focus area',
  frameArea: 'Focus area',
  frameYear: 'Year',
  frameFrame: 'Frame',
  frameBefore: 'Left before',
  frameFundable: 'Fundable',
  frameAfter: 'Left after',
  period: 'period',
  findings: 'Remarks ({count})',
  writeSheet: 'Write recommendation sheet',
  sheetWritten: 'Wrote the recommendation ({rows} rows) to the sheet «{sheet}».',
  addGranted: 'Add granted to Prosjekter …',
  addTitle: 'Add granted applications to «Prosjekter»',
  addIntro:
    'Tick the applications the board granted and correct the amount if needed. They are added as new rows with status Aktiv; existing rows are never changed, and the log records it.',
  addYear: 'Year of the decision',
  addAmount: 'Amount for {id}',
  addConfirm: 'Add {count} rows',
  addCancel: 'Cancel',
  added: 'Added {count} rows to «Prosjekter»: {ids}.',
  skipped: 'Already in «Prosjekter», not added again: {ids}.',
  invalidAmount: '"{text}" is not an amount.',
  invalidYear: '"{text}" is not a year.',
  warnings: 'Remarks on {id}',
  oneWarning: '1 remark',
  manyWarnings: '{count} remarks',
  warnedNotTicked:
    'Applications with remarks are not ticked: tick one only if the board has considered the remark.',
  confirmTitle: 'Grant {id} despite the remark?',
  confirmIntro:
    'The board has these remarks on the application. The confirmation is written to the log with the rows.',
  confirmYes: 'Confirm: the board granted it anyway',
  confirmNo: 'Do not grant',
  confirmed: 'confirmed despite a remark',
  noApplications:
    'No applications found: make a table or a sheet named «Søknader» with the headers Søknadsnr, Prosjekt, Søker, Innsatsområde, Kategori, År, Søkt beløp, Totalbudsjett and one column per criterion.',
};

const words: Record<Lang, Record<AssessmentWord, string>> = { nb, en };

export type Words = (key: AssessmentWord, vars?: Record<string, string | number>) => string;

export function wordsFor(lang: Lang): Words {
  return (key, vars) => {
    const text = words[lang][key];
    return vars
      ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole))
      : text;
  };
}
