/**
 * `omstilling`: the plan's checks headless. Parses the line, runs one command, and turns every error a user
 * can act on into one line and exit code 2 — never a stack trace. Anything else is a bug: exit code 3 with
 * one line (the stack only with OMSTILLING_DEBUG=1).
 */
import packageJson from '../../package.json';
import { isOmstillingError } from '../core/errors';
import { defineMessages, translate } from '../core/messages';
import { parseArgs, type UsageProblem } from './args';
import { EXIT, type CliIo } from './context';
import { helpText } from './help';
import { HINT_HELP, type Lang } from './messages';
import { json as toJson, printable } from './format';

export const VERSION: string = packageJson.version;

const MESSAGES = defineMessages({
  'unknown-command': { nb: 'Ukjent kommando «{word}».', en: 'Unknown command "{word}".' },
  'unknown-option': { nb: 'Ukjent valg «{option}».', en: 'Unknown option "{option}".' },
  'missing-value': { nb: '{option} mangler en verdi.', en: '{option} needs a value.' },
  'unexpected-value': { nb: '{option} tar ingen verdi.', en: '{option} takes no value.' },
  'bad-lang': {
    nb: 'Ukjent språk «{value}»; bruk nb eller en.',
    en: 'Unknown language "{value}"; use nb or en.',
  },
  bug: {
    nb: 'omstilling: intern feil ({detail}). Dette er en feil i verktøyet; meld den gjerne.',
    en: 'omstilling: internal error ({detail}). This is a bug in the tool; please report it.',
  },
});

function usageText(problem: UsageProblem, lang: Lang): string {
  const { kind, ...data } = problem;
  return translate(lang, MESSAGES, kind, data);
}

/**
 * A user can act on it: the one line to show and a stable code for --json. The workbook's own problems (no
 * project table, a sheet the summary range names …) say which file.
 */
function userError(
  error: unknown,
  lang: Lang,
  file: string | undefined,
): { code: string; message: string } | undefined {
  if (!isOmstillingError(error)) return undefined;
  const message = error.in(lang);
  return { code: error.code, message: file && error.domain === 'workbook' ? `${file}: ${message}` : message };
}

/** A reason on one line, as the terminal may show it (a cell's text in it cannot add lines or escapes). */
const oneLine = (text: string) => printable(text.replace(/\s*\n\s*/g, ' ').trim());

export const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(`omstilling: ${printable(usageText(parsed.problem, parsed.lang))} ${HINT_HELP[parsed.lang]}`);
    return EXIT.unusable;
  }
  const { args } = parsed;
  const lang = args.lang;
  if (args.help) {
    io.out(helpText(lang, args.command?.id));
    return EXIT.ok;
  }
  if (args.version) {
    io.out(args.json ? toJson({ version: VERSION }) : `omstilling ${VERSION}`);
    return EXIT.ok;
  }
  if (!args.command) {
    io.err(helpText(lang));
    return EXIT.unusable;
  }
  try {
    // The command's code loads only now (src/cli/commandList.ts).
    const { run } = await args.command.load();
    return await run({ args, lang, json: args.json, io });
  } catch (error) {
    const file = args.command.readsFile ? args.positionals[0] : undefined;
    const known = userError(error, lang, file);
    if (known) {
      if (args.json) io.out(toJson({ error: known }));
      io.err(`omstilling: ${oneLine(known.message)}`);
      return EXIT.unusable;
    }
    const detail = error instanceof Error ? error.message : String(error);
    io.err(oneLine(translate(lang, MESSAGES, 'bug', { detail })));
    if (process.env.OMSTILLING_DEBUG && error instanceof Error && error.stack) io.err(error.stack);
    return EXIT.bug;
  }
}
