/** `omstilling --hjelp` / `--help --lang en`: the whole tool, or one command. */
import { COMMANDS, type CommandId } from './commandList';
import type { Lang, Text } from './messages';

const GENERAL: Text = {
  nb: `omstilling — kontroll av prosjekttabellen i et omstillingsprogram, uten å åpne Excel

Bruk: omstilling <kommando> [valg]

Kommandoer (engelsk navn i parentes):
{commands}

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
{commands}

Common options:
  --json                  Machine-readable output (JSON)
  --lang en               English text (default: Norwegian bokmål)
  --help, -h              This help; "omstilling <command> --help --lang en" for one command
  --version               The version number

Exit codes: 0 = no errors, 1 = check found errors, 2 = the file or the command cannot be used
(the reason is given on one line), 3 = a bug in the tool.`,
};

/** The general help's list of commands, from the command list: usage, the other language's name, what it does. */
function commandLines(lang: Lang): string {
  const other: Lang = lang === 'nb' ? 'en' : 'nb';
  const usageWidth = Math.max(...COMMANDS.map((c) => c.synopsis[lang][0].length)) + 2;
  const nameWidth = Math.max(...COMMANDS.map((c) => c[other].length)) + 4;
  return COMMANDS.map((c) => {
    const [usage, does] = c.synopsis[lang];
    return `  ${usage.padEnd(usageWidth)}${`(${c[other]})`.padEnd(nameWidth)}${does}`;
  }).join('\n');
}

export function helpText(lang: Lang, command?: CommandId): string {
  if (command) return COMMANDS.find((c) => c.id === command)?.help[lang] ?? '';
  return GENERAL[lang].replace('{commands}', commandLines(lang));
}
