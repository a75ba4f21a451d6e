/** `omstilling --hjelp` / `--help --lang en`: the whole tool, or one command. */
import type { CommandId } from './args';
import type { Lang, Text } from './messages';
import { ASSESS_HELP } from './commands/assessSpec';

const GENERAL: Text = {
  nb: `omstilling — kontroll av prosjekttabellen i et omstillingsprogram, uten å åpne Excel

Bruk: omstilling <kommando> [valg]

Kommandoer (engelsk navn i parentes):
  sjekk <fil.xlsx>        (check)      Kjør alle kontrollene på arbeidsboken
  oppsummer <fil.xlsx>    (summary)    Oversikt per år, kategori og innsatsområde
  oppfolging <fil.xlsx>   (follow-up)  Oppfølging av rammer, utbetalinger og resultatmål
  vurder <fil.xlsx>       (assess)     Vurder og ranger søknadene mot kriteriene og restrammen
  kurve                   (curve)      Målkurve: grunnlag × (1 + vekst)^år
  fordel <beløp> <andel>… (allocate)   Fordel et beløp etter andeler, summen stemmer på kronen
  mal <ut.xlsx>           (template)   Lag en ny arbeidsbok med planen og en tom prosjekttabell

Felles valg:
  --json                  Maskinlesbar utskrift (JSON)
  --lang en               Engelsk tekst (standard: bokmål)
  --hjelp, -h             Denne hjelpen; «omstilling <kommando> --hjelp» for én kommando
  --versjon               Versjonsnummeret

Avslutningskoder: 0 = ingen feil, 1 = sjekk fant feil, 2 = filen eller kommandoen kan ikke brukes
(grunnen står på én linje), 3 = feil i verktøyet.`,
  en: `omstilling — checks of a restructuring programme's project table, without opening Excel

Usage: omstilling <command> [options]   (the Norwegian command names work too)

Commands (Norwegian name in parentheses):
  check <file.xlsx>            (sjekk)       Run every check on the workbook
  summary <file.xlsx>          (oppsummer)   Summary per year, category and focus area
  follow-up <file.xlsx>        (oppfolging)  Follow-up of frames, payments and result targets
  assess <file.xlsx>           (vurder)      Score and rank the applications against criteria and frames
  curve                        (kurve)       Goal curve: base × (1 + rate)^years
  allocate <amount> <share>…   (fordel)      Split an amount by shares, exact to the krone
  template <out.xlsx>          (mal)         Make a new workbook with the plan and an empty project table

Common options:
  --json                  Machine-readable output (JSON)
  --lang en               English text (default: Norwegian bokmål)
  --help, -h              This help; "omstilling <command> --help --lang en" for one command
  --version               The version number

Exit codes: 0 = no errors, 1 = check found errors, 2 = the file or the command cannot be used
(the reason is given on one line), 3 = a bug in the tool.`,
};

const COMMAND_HELP: Record<CommandId, Text> = {
  assess: ASSESS_HELP,
  check: {
    nb: `Bruk: omstilling sjekk <fil.xlsx> [--oppsummering 'Ark!A1:K16'] [--alle] [--json]
(engelsk: check … --summary-range … --all)

Kjører alle reglene i katalogen på prosjekttabellen (tabellen eller arket «Prosjekter»), kontrollerer
Sum-celler på alle ark, og sammenligner --oppsummering-området med oversikten regnet ut fra tabellen.
Planen leses fra arket «Plan»; uten det brukes standardplanen, og det sies fra.
Funn skrives gruppert etter alvorlighet med Ark!Celle. Uten --alle vises høyst 20 funn per regel.

Avslutningskode: 0 = ingen feil (advarsler går bra), 1 = feil funnet, 2 = filen kan ikke brukes.
JSON: {"findings":[{"rule","severity","sheet","cell","row","message"}],
       "counts":{"error","warning","info"},"plan":"default"|"workbook"}`,
    en: `Usage: omstilling check <file.xlsx> [--summary-range 'Sheet!A1:K16'] [--all] [--json]
(Norwegian: sjekk … --oppsummering … --alle)

Runs every rule of the catalogue on the project table (the table or sheet "Prosjekter"), checks Sum cells
on every sheet, and compares the --summary-range with the summary computed from the table.
The plan is read from the "Plan" sheet; without one the default plan is used, and the output says so.
Findings are listed by severity with Sheet!Cell. Without --all at most 20 findings per rule are shown.

Exit code: 0 = no errors (warnings are fine), 1 = errors found, 2 = the file cannot be used.
JSON: {"findings":[{"rule","severity","sheet","cell","row","message"}],
       "counts":{"error","warning","info"},"plan":"default"|"workbook"}`,
  },
  summary: {
    nb: `Bruk: omstilling oppsummer <fil.xlsx> [--json]      (engelsk: summary)

Oversikten fra planen, per år: antall bevilget, antall aktive, bevilget beløp og bevilget aktive per
kategori og innsatsområde, med summer.
JSON: {"summary":[{"year","category","area","countGranted","countActive","amountGranted","amountActive"}]}
(én post per år × kategori × område som har prosjekter; category er prestudy, preproject eller mainProject)`,
    en: `Usage: omstilling summary <file.xlsx> [--json]      (Norwegian: oppsummer)

The plan's summary, per year: number granted, number active, amount granted and granted active per
category and focus area, with totals.
JSON: {"summary":[{"year","category","area","countGranted","countActive","amountGranted","amountActive"}]}
(one record per year × category × area with projects; category is prestudy, preproject or mainProject)`,
  },
  followUp: {
    nb: `Bruk: omstilling oppfolging <fil.xlsx> [--json]     (engelsk: follow-up)

Per innsatsområde (perioden) og per år: ramme, bevilget, utbetalt, forpliktelser, frigjorte midler og
hva som gjenstår; resultatmålene (arbeidsplasser per år, nye bedrifter, tiltak i Attraktivitet) og
giringseffekten.
JSON: {"followUp":{"perArea":[…],"perAreaYear":[…],"results":{…}},"plan":"default"|"workbook"}`,
    en: `Usage: omstilling follow-up <file.xlsx> [--json]    (Norwegian: oppfolging)

Per focus area (the period) and per year: frame, granted, paid, commitments, freed funds and what
remains; the result targets (jobs per year, new companies, attractiveness measures) and the leverage.
JSON: {"followUp":{"perArea":[…],"perAreaYear":[…],"results":{…}},"plan":"default"|"workbook"}`,
  },
  curve: {
    nb: `Bruk: omstilling kurve --grunnlag N --fra ÅR --til ÅR --vekst PROSENT [--avrunding årlig|ingen|slutt]
(engelsk: curve --base --from --to --rate --rounding yearly|none|final)

Målkurven fra grunnåret (med) til sluttåret. Vekst: "0,5 %", "0.5%" eller brøken 0,005 betyr 0,5 % i
året. Et tall uten %-tegn fra 0,1 og opp (0,5, 1) kan bety to ting og avvises: skriv prosenttegnet.
Avrunding: årlig = rund av hvert år før det vokser videre (planens metode, standard), slutt = eksakt
rente-på-rente rundet av, ingen = uten avrunding.
Eksempel: omstilling kurve --grunnlag 12928 --fra 2012 --til 2017 --vekst "0,5 %"
JSON: {"curve":[{"year","value"}]}`,
    en: `Usage: omstilling curve --base N --from YEAR --to YEAR --rate PERCENT [--rounding yearly|none|final]
(Norwegian: kurve --grunnlag --fra --til --vekst --avrunding årlig|ingen|slutt)

The goal curve from the base year (included) to the last year. Rate: "0.5 %", "0,5%" or the fraction
0.005 mean 0.5 % a year. A number without a % sign from 0.1 up (0.5, 1) can mean two things and is
refused: type the percent sign. Rounding: yearly = round each year before it grows again (the plan's method, the
default), final = exact compounding rounded, none = unrounded.
Example: omstilling curve --base 12928 --from 2012 --to 2017 --rate "0.5 %"
JSON: {"curve":[{"year","value"}]}`,
  },
  allocate: {
    nb: `Bruk: omstilling fordel <beløp> <andel>... [--enhet N] [--streng]   (engelsk: allocate … --unit N --strict)

Fordeler beløpet etter andelene med største rest, slik at delene summerer nøyaktig til beløpet.
Beløp som «6 300 000», «6,3 mill» eller 6300000; andeler som 70 30 eller «70 %» «30 %».
--enhet 100000 runder delene til hele 100 000 (det som ikke går opp, fordeles så summen stemmer).
Andeler som ikke summerer til 100 % (60 30) fordeles forholdsmessig med en advarsel; --streng avviser dem.
Eksempel: omstilling fordel 6300000 70 30
JSON: {"allocation":[4410000,1890000],"sharesSum":100,"warnings":[]}`,
    en: `Usage: omstilling allocate <amount> <share>... [--unit N] [--strict]   (Norwegian: fordel … --enhet N --streng)

Splits the amount by the shares with largest remainder, so the parts add up exactly to the amount.
Amounts like "6 300 000", "6,3 mill" or 6300000; shares like 70 30 or "70 %" "30 %".
--unit 100000 rounds the parts to whole 100 000s (what does not divide is spread so the sum is exact).
Shares that do not add up to 100 % (60 30) are split in proportion with a warning; --strict refuses them.
Example: omstilling allocate 6300000 70 30
JSON: {"allocation":[4410000,1890000],"sharesSum":100,"warnings":[]}`,
  },
  template: {
    nb: `Bruk: omstilling mal <ut.xlsx> [--eksempel] [--overskriv]   (engelsk: template … --example --force)

Lager en ny arbeidsbok med arket Plan (standardplanen, som tabeller du kan endre) og en tom tabell
«Prosjekter» med standardoverskriftene. --eksempel fyller den med de 28 prosjektene fra 2011–2012.
En fil som finnes fra før, skrives bare over med --overskriv.
JSON: {"written":"<fil>","projects":<antall rader>}`,
    en: `Usage: omstilling template <out.xlsx> [--example] [--force]   (Norwegian: mal … --eksempel --overskriv)

Makes a new workbook with the Plan sheet (the default plan, as tables you can edit) and an empty table
"Prosjekter" with the standard headers. --example fills it with the 28 projects of 2011–2012.
An existing file is only overwritten with --force.
JSON: {"written":"<file>","projects":<number of rows>}`,
  },
};

export function helpText(lang: Lang, command?: CommandId): string {
  return (command ? COMMAND_HELP[command] : GENERAL)[lang];
}
