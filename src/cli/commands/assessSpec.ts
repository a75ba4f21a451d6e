/**
 * `omstilling vurder` / `assess`: how the line spells it and its help text, apart from the command's code
 * (assess.ts) so that parsing the line and printing help load nothing of the assessment.
 */
import type { CommandSpec } from '../args';
import type { Text } from '../messages';

export const ASSESS_COMMAND: Omit<CommandSpec, 'id'> & { id: 'assess' } = {
  id: 'assess',
  nb: 'vurder',
  en: 'assess',
  aliases: ['vurdering', 'assessment'],
  options: [
    { key: 'period', names: ['periode', 'period'], takesValue: false },
    { key: 'year', names: ['år', 'aar', 'year'], takesValue: true },
  ],
};

export const ASSESS_HELP: Text = {
  nb: `Bruk: omstilling vurder <fil.xlsx> [--periode] [--år 2013] [--json]
(engelsk: assess … --period --year)

Vurderer søknadene i tabellen eller arket «Søknader»: poeng 1–5 per kriterium gir en vektet sum 0–100
(kriterier og vekter fra tabellen «Kriterier» på arket Plan, ellers sju like vektede standardkriterier),
rangering (like poeng: flest arbeidsplasser, så lavest beløp, så søknadsnummer) og en simulering nedover
rangeringen mot det som er igjen av hvert innsatsområdes ramme etter bevilgningene i «Prosjekter»:
innenfor rammen, delvis mulig eller utenfor rammen. Rammen er årets del (søknadens år); med --periode
hele planperioden. --år gir året for søknader uten år. Filen endres ikke.

Avslutningskode: 0 = ingen feil, 1 = feil funnet (poeng utenfor 1–5), 2 = filen kan ikke brukes.
JSON: {"assessments":[{"id","score","rank","decision","remainingFrame"}],
       "findings":[{"rule","severity","sheet","cell","row","message"}]}
decision: "funded" | "partly" | "outside" | "notAssessed"`,
  en: `Usage: omstilling assess <file.xlsx> [--period] [--year 2013] [--json]
(Norwegian: vurder … --periode --år)

Assesses the applications in the table or sheet "Søknader": scores 1–5 per criterion give a weighted
score 0–100 (criteria and weights from the "Kriterier" table on the Plan sheet, else seven equally
weighted default criteria), a ranking (ties: most jobs, then the lower amount, then the number) and a
simulation down the ranking against what is left of each focus area's frame after the grants in
"Prosjekter": within the frame, partly possible or not within the frame. The frame is the year's part
(the application's year); with --period the whole plan period. --year gives the year of applications
without one. The file is not changed.

Exit code: 0 = no errors, 1 = errors found (scores outside 1–5), 2 = the file cannot be used.
JSON: {"assessments":[{"id","score","rank","decision","remainingFrame"}],
       "findings":[{"rule","severity","sheet","cell","row","message"}]}
decision: "funded" | "partly" | "outside" | "notAssessed"`,
};
