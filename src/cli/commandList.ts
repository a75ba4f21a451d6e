/**
 * The CLI's commands, in the order `--hjelp` lists them. A command is its code in src/cli/commands/<name>.ts
 * (exporting `run`) and one entry here: how the line spells it, its options, what `--hjelp` says of it,
 * and `load`, which imports the code only when the command runs (parsing the line and printing help load
 * none of it, nor ExcelJS: tests/cli/bin.test.ts). `CommandId` derives from this list.
 */
import type { Bilingual } from '../core/messages';
import type { Command } from './context';

export interface OptionSpec {
  key: string;
  /** Every spelling, without the leading dashes; the first is the bokmål one, then the English alias. */
  names: string[];
  takesValue: boolean;
}

export interface CommandSpec<Id extends string = string> {
  id: Id;
  nb: string;
  en: string;
  /** Other spellings that also run it (without ø, with a hyphen …). */
  aliases: string[];
  options: OptionSpec[];
  /** It reads the workbook file its first argument names: the workbook's own problems then name the file. */
  readsFile: boolean;
  /** Its line in the general help: how it is typed and what it does, in each language. */
  synopsis: { nb: [usage: string, does: string]; en: [usage: string, does: string] };
  /** `omstilling <command> --hjelp`. */
  help: Bilingual;
  load: () => Promise<{ run: Command }>;
}

const flag = (key: string, ...names: string[]): OptionSpec => ({ key, names, takesValue: false });
const valued = (key: string, ...names: string[]): OptionSpec => ({ key, names, takesValue: true });
const defineCommand = <const Id extends string>(spec: CommandSpec<Id>): CommandSpec<Id> => spec;

export const COMMANDS = [
  defineCommand({
    id: 'check',
    nb: 'sjekk',
    en: 'check',
    aliases: ['kontroller'],
    options: [valued('summaryRange', 'oppsummering', 'summary-range'), flag('all', 'alle', 'all')],
    readsFile: true,
    synopsis: {
      nb: ['sjekk <fil.xlsx>', 'Kjør alle kontrollene på arbeidsboken'],
      en: ['check <file.xlsx>', 'Run every check on the workbook'],
    },
    help: {
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
    load: () => import('./commands/check'),
  }),
  defineCommand({
    id: 'summary',
    nb: 'oppsummer',
    en: 'summary',
    aliases: ['oppsummering'],
    options: [],
    readsFile: true,
    synopsis: {
      nb: ['oppsummer <fil.xlsx>', 'Oversikt per år, kategori og innsatsområde'],
      en: ['summary <file.xlsx>', 'Summary per year, category and focus area'],
    },
    help: {
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
    load: () => import('./commands/summary'),
  }),
  defineCommand({
    id: 'followUp',
    nb: 'oppfolging',
    en: 'follow-up',
    aliases: ['oppfølging', 'followup'],
    options: [valued('date', 'dato', 'date')],
    readsFile: true,
    synopsis: {
      nb: ['oppfolging <fil.xlsx>', 'Oppfølging av rammer, utbetalinger og resultatmål [--dato]'],
      en: ['follow-up <file.xlsx>', 'Follow-up of frames, payments and result targets [--date]'],
    },
    help: {
      nb: `Bruk: omstilling oppfolging <fil.xlsx> [--dato 2014-06-01] [--json]     (engelsk: follow-up --date)

Per innsatsområde (perioden) og per år: ramme, bevilget, utbetalt, forpliktelser, frigjorte midler og
hva som gjenstår; resultatmålene (arbeidsplasser per år, nye bedrifter, tiltak i Attraktivitet) og
giringseffekten. Målene vurderes per dagens dato (eller --dato, skrevet 2014-06-01 eller 1.6.2014): et år
som ikke er over, «pågår» (eller er «ikke ennå» begynt) og er aldri «ikke nådd»; periodens mål vurderes
når perioden er slutt.
JSON: {"followUp":{"perArea":[…],"perAreaYear":[…],"results":{…}},"plan":"default"|"workbook","today":"2014-06-01"}`,
      en: `Usage: omstilling follow-up <file.xlsx> [--date 2014-06-01] [--json]    (Norwegian: oppfolging --dato)

Per focus area (the period) and per year: frame, granted, paid, commitments, freed funds and what
remains; the result targets (jobs per year, new companies, attractiveness measures) and the leverage.
Targets are judged as of today (or --date, written 2014-06-01 or 1.6.2014): a year not yet over is "in
progress" (or "not yet" begun), never "not met"; the period's targets are judged when it is over.
JSON: {"followUp":{"perArea":[…],"perAreaYear":[…],"results":{…}},"plan":"default"|"workbook","today":"2014-06-01"}`,
    },
    load: () => import('./commands/followUp'),
  }),
  defineCommand({
    id: 'stateAid',
    nb: 'statsstøtte',
    en: 'state-aid',
    aliases: ['statsstotte', 'bagatellstøtte', 'de-minimis'],
    options: [valued('date', 'dato', 'date'), flag('csv', 'csv')],
    readsFile: true,
    synopsis: {
      nb: [
        'statsstøtte <fil.xlsx>',
        'Bagatellstøtte per foretak og hva som er igjen under taket [--dato] [--csv]',
      ],
      en: ['state-aid <file.xlsx>', 'De minimis aid per undertaking and the room left [--date] [--csv]'],
    },
    help: {
      nb: `Bruk: omstilling statsstøtte <fil.xlsx> [--dato 2024-06-01] [--csv | --json]   (engelsk: state-aid --date)

Per foretak (selskaper med samme org.nr eller samme «Konsern» regnet som ett): bagatellstøtten i vinduet
til forordningen som gjelder på dagens dato (eller --dato), regnet om til euro med kursen på hver
tildelings dato (tabellen «Valutakurser» på arket Plan), og hva som er igjen under taket i euro og kroner.
Så tildelingene på 100 000 euro eller mer, med feltene en melding til Registeret for offentlig støtte
trenger. Kommunen selv og «Offentlige søkere» er ikke med. Se docs/statsstotte.md.
--csv: to tabeller skilt med «;» og en tom linje. JSON: {"stateAid":{"asOf","undertakings":[…],
"registerGrants":[…]},"plan":"default"|"workbook"}`,
      en: `Usage: omstilling state-aid <file.xlsx> [--date 2024-06-01] [--csv | --json]   (Norwegian: statsstøtte --dato)

Per single undertaking (companies with the same org. no. or the same "Konsern" counted as one): the de
minimis aid in the window of the regulation in force today (or on --date), converted to euro at the rate
of each grant's date (the "Valutakurser" table on the Plan sheet), and the room left under the ceiling in
euro and kroner. Then the grants of EUR 100 000 or more, with the fields a report to the register of state
aid (Registeret for offentlig støtte) needs. The municipality itself and "Offentlige søkere" are left out.
See docs/statsstotte.md. --csv: two tables separated by ";" and an empty line. JSON: {"stateAid":{"asOf",
"undertakings":[…],"registerGrants":[…]},"plan":"default"|"workbook"}`,
    },
    load: () => import('./commands/stateAid'),
  }),
  defineCommand({
    id: 'assess',
    nb: 'vurder',
    en: 'assess',
    aliases: ['vurdering', 'assessment'],
    options: [flag('period', 'periode', 'period'), valued('year', 'år', 'aar', 'year')],
    readsFile: true,
    synopsis: {
      nb: ['vurder <fil.xlsx>', 'Vurder og ranger søknadene mot kriteriene og restrammen'],
      en: ['assess <file.xlsx>', 'Score and rank the applications against criteria and frames'],
    },
    help: {
      nb: `Bruk: omstilling vurder <fil.xlsx> [--periode] [--år 2013] [--json]
(engelsk: assess … --period --year)

Vurderer søknadene i tabellen eller arket «Søknader»: poeng 1–5 per kriterium gir en vektet sum 0–100
(kriterier og vekter fra tabellen «Kriterier» på arket Plan, ellers sju like vektede standardkriterier),
rangering (like poeng: flest arbeidsplasser, så lavest beløp, så søknadsnummer) og en simulering nedover
rangeringen mot det som er igjen av hvert innsatsområdes ramme etter bevilgningene i «Prosjekter»:
innenfor rammen, delvis mulig eller utenfor rammen. Rammen er årets del (søknadens år); med --periode
hele planperioden. --år gir året for søknader uten år. Filen endres ikke.

Hver søknad får merknadene sine i klartekst (bagatellstøtte, støtteandel, inhabilitet etter tabellen
«Styret» på arket Plan …).

Avslutningskode: 0 = ingen feil, 1 = feil funnet (poeng utenfor 1–5), 2 = filen kan ikke brukes.
JSON: {"assessments":[{"id","score","rank","decision","remainingFrame",
                       "warnings":[{"rule","severity","cell","text"}]}],
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

Each application gets its warnings in plain words (de minimis, support share, a board member
disqualified by the "Styret" table on the Plan sheet …).

Exit code: 0 = no errors, 1 = errors found (scores outside 1–5), 2 = the file cannot be used.
JSON: {"assessments":[{"id","score","rank","decision","remainingFrame",
                       "warnings":[{"rule","severity","cell","text"}]}],
       "findings":[{"rule","severity","sheet","cell","row","message"}]}
decision: "funded" | "partly" | "outside" | "notAssessed"`,
    },
    load: () => import('./commands/assess'),
  }),
  defineCommand({
    id: 'curve',
    nb: 'kurve',
    en: 'curve',
    aliases: ['målkurve', 'malkurve'],
    options: [
      valued('base', 'grunnlag', 'base'),
      valued('from', 'fra', 'from'),
      valued('to', 'til', 'to'),
      valued('rate', 'vekst', 'rate'),
      valued('rounding', 'avrunding', 'rounding'),
    ],
    readsFile: false,
    synopsis: {
      nb: ['kurve', 'Målkurve: grunnlag × (1 + vekst)^år'],
      en: ['curve', 'Goal curve: base × (1 + rate)^years'],
    },
    help: {
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
    load: () => import('./commands/curve'),
  }),
  defineCommand({
    id: 'allocate',
    nb: 'fordel',
    en: 'allocate',
    aliases: [],
    options: [valued('unit', 'enhet', 'unit'), flag('strict', 'streng', 'strict')],
    readsFile: false,
    synopsis: {
      nb: ['fordel <beløp> <andel>…', 'Fordel et beløp etter andeler, summen stemmer på kronen'],
      en: ['allocate <amount> <share>…', 'Split an amount by shares, exact to the krone'],
    },
    help: {
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
    load: () => import('./commands/allocate'),
  }),
  defineCommand({
    id: 'reconcile',
    nb: 'avstem',
    en: 'reconcile',
    aliases: ['avstemming'],
    options: [],
    readsFile: true,
    synopsis: {
      nb: ['avstem <fil.xlsx> <hovedbok.csv>', 'Avstem utbetalingene mot regnskapet (hovedbok-eksport)'],
      en: [
        'reconcile <file.xlsx> <ledger.csv>',
        'Reconcile the payments with the accounts (a ledger export)',
      ],
    },
    help: {
      nb: `Bruk: omstilling avstem <fil.xlsx> <hovedbok.csv|hovedbok.xlsx> [--json]   (engelsk: reconcile)

Sammenligner utbetalingene i arbeidsboka (tabellen «Utbetalinger», ellers prosjekttabellens to
utbetalingskolonner) med linjene i en eksport fra regnskapet, per prosjekt og år. CSV som norske
regnskapssystemer skriver den: «;», desimalkomma, tusenskille med mellomrom eller punktum, datoer
dd.mm.åååå, Windows-1252 (Latin-1) eller UTF-8 med eller uten BOM. Kolonnene finnes ut fra overskriftene
(Dato, Bilag, Konto, Ansvar/Koststed, Prosjekt, Beløp); et kolonnekart lagret i arbeidsboka brukes.
Funn: linje uten utbetaling, utbetaling uten linje, differanse per prosjekt og år, linje på feil prosjekt —
hvert med linjen i filen og cellen i arbeidsboka. Filene endres ikke.

Avslutningskode: 0 = alt stemmer, 1 = avvik funnet, 2 = en fil kan ikke brukes.
JSON: {"findings":[…],"rows":[{"project","year","paid","booked","difference"}],"matchedLines",
       "skippedLines":[…],"payments":"table"|"columns","encoding","plan"}`,
      en: `Usage: omstilling reconcile <file.xlsx> <ledger.csv|ledger.xlsx> [--json]   (Norwegian: avstem)

Compares the workbook's payments (the table "Utbetalinger", else the project table's two payment
columns) with the lines of an export from the accounts, per project and year. CSV as Norwegian accounting
systems write it: ";", decimal comma, thousands with a space or a point, dates dd.mm.yyyy, Windows-1252
(Latin-1) or UTF-8 with or without a BOM. The columns are found by their headers (Dato, Bilag, Konto,
Ansvar/Koststed, Prosjekt, Beløp); a column mapping saved in the workbook is used.
Findings: a line with no payment, a payment with no line, a difference per project and year, a line on the
wrong project — each naming the line in the file and the cell in the workbook. The files are not changed.

Exit code: 0 = everything ties out, 1 = differences found, 2 = a file cannot be used.
JSON: {"findings":[…],"rows":[{"project","year","paid","booked","difference"}],"matchedLines",
       "skippedLines":[…],"payments":"table"|"columns","encoding","plan"}`,
    },
    load: () => import('./commands/reconcile'),
  }),
  defineCommand({
    id: 'yearEnd',
    nb: 'årsoppgjør',
    en: 'year-end',
    aliases: ['arsoppgjor', 'aarsoppgjoer', 'yearend'],
    options: [
      valued('year', 'år', 'aar', 'year'),
      valued('date', 'dato', 'date'),
      valued('received', 'mottatt', 'received'),
      valued('out', 'ut', 'out'),
      flag('force', 'overskriv', 'force'),
    ],
    readsFile: true,
    synopsis: {
      nb: ['årsoppgjør <fil.xlsx> --år 2014', 'Bevilget, utbetalt, forpliktelser og fondet ved årsslutt'],
      en: ['year-end <file.xlsx> --year 2014', 'Granted, paid, commitments and the fund at year end'],
    },
    help: {
      nb: `Bruk: omstilling årsoppgjør <fil.xlsx> [--år 2014] [--dato 31.12.2014] [--mottatt <kr>] [--ut kopi.xlsx] [--json]
(engelsk: year-end … --year --date --received --out)

Per dato (standard 31.12 i året; uten --år i fjor): bevilget, utbetalt, tilbakebetalt og forpliktelser
(bevilget og ikke utbetalt på aktive prosjekter) per innsatsområde og tilsagnsår; årets utbetalinger fordelt
på planens finansieringskilder etter deres andel av årets finansiering (OFK og egenandel); og fondet:
inngående saldo + mottatt − utbetalt = utgående saldo, som settes av som bundet driftsfond. Mottatt er
planens finansiering for året, eller --mottatt. Med --ut skrives arket «Årsoppgjør» (summer som
SUMMER-formler revisor kan følge) inn i en kopi av arbeidsboka; den du ga, endres ikke.
JSON: {"yearEnd":{"date","year","perAreaYear":[…],"totals","sources":[…],"fund":{"opening","received",
       "paid","closing"},"paidBeforePeriod","receivedFrom"},"plan"}`,
      en: `Usage: omstilling year-end <file.xlsx> [--year 2014] [--date 31.12.2014] [--received <kr>] [--out copy.xlsx] [--json]
(Norwegian: årsoppgjør … --år --dato --mottatt --ut)

At a date (default 31 December of the year; without --year last year): granted, paid, returned and
commitments (granted and not paid on active projects) per focus area and year of grant; the year's
payments split between the plan's financing sources by their share of the year's financing (OFK and own
funding); and the fund: opening balance + received − paid = closing balance, set aside as a restricted
operating fund (bundet driftsfond). Received is the plan's financing for the year, or --received. With
--out the sheet "Årsoppgjør" (totals as SUM formulas a revisor can follow) is written into a copy of the
workbook; the one you gave is not changed.
JSON: {"yearEnd":{"date","year","perAreaYear":[…],"totals","sources":[…],"fund":{"opening","received",
       "paid","closing"},"paidBeforePeriod","receivedFrom"},"plan"}`,
    },
    load: () => import('./commands/yearEnd'),
  }),
  defineCommand({
    id: 'boardReport',
    nb: 'styrerapport',
    en: 'board-report',
    aliases: ['boardreport'],
    options: [
      valued('out', 'ut', 'out'),
      valued('pdf', 'pdf'),
      valued('date', 'dato', 'date'),
      flag('force', 'overskriv', 'force'),
    ],
    readsFile: true,
    synopsis: {
      nb: [
        'styrerapport <fil.xlsx>',
        'Styrets rapport som ark i en kopi [--ut kopi.xlsx] [--pdf rapport.pdf]',
      ],
      en: [
        'board-report <file.xlsx>',
        "The board's report as a sheet in a copy [--out copy.xlsx] [--pdf report.pdf]",
      ],
    },
    help: {
      nb: `Bruk: omstilling styrerapport <fil.xlsx> [--ut kopi.xlsx] [--pdf rapport.pdf] [--dato 2014-06-01]
       [--overskriv] [--json]         (engelsk: board-report … --out --pdf --date --force)

Styrets oversikt over hele planperioden: nøkkeltall, ramme, bevilget, utbetalt, frigjort og hva som
gjenstår per innsatsområde, resultatene mot målene vurdert per dagens dato (eller --dato: et år som ikke
er slutt, pågår) og – når arbeidsboka har «Søknader» – innstillingen med merknadene (bagatellstøtte,
støtteandel, inhabilitet …). Skrives som arket «Styrerapport» med bare verdier (ingen formler, så det leses
likt på nettbrett og uten tillegget), A4 liggende på én side, i en kopi: --ut, ellers <fil>-styrerapport.xlsx
ved siden av. Arbeidsboka du ga, endres aldri. --pdf skriver samme rapport som PDF (én side, og én til for
innstillingen) med diagram og skrift som viser æøå. En fil som finnes fra før, skrives bare over med
--overskriv.
JSON: {"written":"<kopi>","pdf":"<pdf>","today":"2014-06-01","overview":{…},"applications":[…]|null}`,
      en: `Usage: omstilling board-report <file.xlsx> [--out copy.xlsx] [--pdf report.pdf] [--date 2014-06-01]
       [--force] [--json]             (Norwegian: styrerapport … --ut --pdf --dato --overskriv)

The board's overview of the whole plan period: headline numbers, frame, granted, paid, freed and what
remains per focus area, the results against targets judged as of today (or --date: a year not yet over is
in progress) and — when the workbook has "Søknader" — the recommendation with its warnings (de minimis,
support share, disqualification …). Written as the sheet "Styrerapport" holding values only (no formulas,
so it reads the same on a tablet and without the add-in), A4 landscape on one page, into a copy: --out,
else <file>-styrerapport.xlsx beside it. The workbook you gave is never changed. --pdf writes the same
report as a PDF (one page, and one more for the recommendation) with its chart and a font that shows æøå.
An existing file is only overwritten with --force.
JSON: {"written":"<copy>","pdf":"<pdf>","today":"2014-06-01","overview":{…},"applications":[…]|null}`,
    },
    load: () => import('./commands/boardReport'),
  }),
  defineCommand({
    id: 'template',
    nb: 'mal',
    en: 'template',
    aliases: [],
    options: [
      flag('example', 'eksempel', 'example'),
      flag('force', 'overskriv', 'force'),
      flag('payments', 'utbetalinger', 'payments'),
      valued('out', 'ut', 'out'),
    ],
    readsFile: false,
    synopsis: {
      nb: ['mal <ut.xlsx>', 'Lag en ny arbeidsbok med planen og en tom prosjekttabell'],
      en: ['template <out.xlsx>', 'Make a new workbook with the plan and an empty project table'],
    },
    help: {
      nb: `Bruk: omstilling mal <ut.xlsx> [--eksempel] [--overskriv]   (engelsk: template … --example --force)

Lager en ny arbeidsbok med arket Plan (standardplanen, som tabeller du kan endre) og en tom tabell
«Prosjekter» med standardoverskriftene. --eksempel fyller den med de 28 prosjektene fra 2011–2012.
En fil som finnes fra før, skrives bare over med --overskriv.
JSON: {"written":"<fil>","projects":<antall rader>}

omstilling mal --utbetalinger <arbeidsbok.xlsx> --ut <kopi.xlsx>   (eller --overskriv: tilbake til samme fil)
flytter prosjekttabellens to utbetalingskolonner til en ny tabell «Utbetalinger» (én delutbetaling per
beløp ved godkjenning, én sluttutbetaling per beløp ved avslutning), ført i Logg; ingenting annet endres.
JSON: {"written":"<fil>","payments":<antall rader>}`,
      en: `Usage: omstilling template <out.xlsx> [--example] [--force]   (Norwegian: mal … --eksempel --overskriv)

Makes a new workbook with the Plan sheet (the default plan, as tables you can edit) and an empty table
"Prosjekter" with the standard headers. --example fills it with the 28 projects of 2011–2012.
omstilling template --payments <workbook.xlsx> --out <copy.xlsx> (or --force: back into the same file)
moves the project table's two payment columns into a new table "Utbetalinger", logged; nothing else changes.
An existing file is only overwritten with --force.
JSON: {"written":"<file>","projects":<number of rows>}`,
    },
    load: () => import('./commands/template'),
  }),
];

export type CommandId = (typeof COMMANDS)[number]['id'];

export function findCommand(name: string): CommandSpec<CommandId> | undefined {
  const key = name.toLowerCase();
  return COMMANDS.find((c) => c.nb === key || c.en === key || c.aliases.includes(key));
}
