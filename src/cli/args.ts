/**
 * The command line, parsed: a command (bokmål name or its English alias), its positionals and options.
 * Options take `--name value` or `--name=value`; `--` ends the options. A token like `-70` or `-0,5` is a
 * number, not an option, so negative amounts and rates can be typed as they are.
 */
import { langOf, type Lang } from '../core/messages';
import { findCommand, type CommandId, type CommandSpec, type OptionSpec } from './commandList';

const flag = (key: string, ...names: string[]): OptionSpec => ({ key, names, takesValue: false });
const valued = (key: string, ...names: string[]): OptionSpec => ({ key, names, takesValue: true });

export const GLOBAL_OPTIONS: OptionSpec[] = [
  flag('json', 'json'),
  valued('lang', 'lang', 'språk', 'sprak'),
  flag('help', 'hjelp', 'help', 'h'),
  flag('version', 'versjon', 'version'),
];

export interface ParsedArgs {
  command?: CommandSpec<CommandId>;
  /** The command word as typed, for messages. */
  commandWord?: string;
  positionals: string[];
  options: Record<string, string | true>;
  json: boolean;
  lang: Lang;
  help: boolean;
  version: boolean;
}

export type UsageProblem =
  | { kind: 'unknown-command'; word: string }
  | { kind: 'unknown-option'; option: string }
  | { kind: 'missing-value'; option: string }
  | { kind: 'unexpected-value'; option: string }
  | { kind: 'bad-lang'; value: string };

export type ParseResult = { ok: true; args: ParsedArgs } | { ok: false; problem: UsageProblem; lang: Lang };

const NUMBER_LIKE = /^[-−]\d|^[-−][.,]\d/;

function optionName(token: string): { name: string; inline?: string } | undefined {
  if (NUMBER_LIKE.test(token)) return undefined;
  const match = /^--?([^=]+)(?:=(.*))?$/s.exec(token);
  if (!match || token === '-' || token === '--') return undefined;
  return match[2] === undefined ? { name: match[1] } : { name: match[1], inline: match[2] };
}

/** `--lang en` anywhere on the line, so even a usage error is said in the language asked for. */
function prescanLang(argv: string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const option = optionName(argv[i]);
    if (!option || !['lang', 'språk', 'sprak'].includes(option.name)) continue;
    return langOf(option.inline ?? argv[i + 1] ?? '') ?? 'nb';
  }
  return 'nb';
}

export function parseArgs(argv: string[]): ParseResult {
  const lang = prescanLang(argv);
  const fail = (problem: UsageProblem): ParseResult => ({ ok: false, problem, lang });
  const args: ParsedArgs = { positionals: [], options: {}, json: false, lang, help: false, version: false };
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    const option = optionsEnded ? undefined : optionName(token);
    if (token === '--' && !optionsEnded) {
      optionsEnded = true;
      continue;
    }
    if (!option) {
      if (
        !args.command &&
        args.positionals.length === 0 &&
        !['hjelp', 'help'].includes(token.toLowerCase())
      ) {
        const command = findCommand(token);
        if (!command) return fail({ kind: 'unknown-command', word: token });
        args.command = command;
        args.commandWord = token;
      } else if (!args.command && ['hjelp', 'help'].includes(token.toLowerCase())) {
        args.help = true;
      } else {
        args.positionals.push(token);
      }
      continue;
    }
    const specs = [...GLOBAL_OPTIONS, ...(args.command?.options ?? [])];
    const spec = specs.find((s) => s.names.includes(option.name.toLowerCase()));
    if (!spec) return fail({ kind: 'unknown-option', option: token });
    let value: string | true = true;
    if (spec.takesValue) {
      if (option.inline !== undefined) value = option.inline;
      // `--dato --json`: the next word is another option, not this one's value (which would be blamed wrongly).
      else if (i + 1 < argv.length && !/^--./.test(argv[i + 1] ?? '')) value = argv[++i];
      else return fail({ kind: 'missing-value', option: `--${option.name}` });
    } else if (option.inline !== undefined) {
      return fail({ kind: 'unexpected-value', option: `--${option.name}` });
    }
    if (spec.key === 'json') args.json = true;
    else if (spec.key === 'help') args.help = true;
    else if (spec.key === 'version') args.version = true;
    else if (spec.key === 'lang') {
      const chosen = langOf(value as string);
      if (!chosen) return fail({ kind: 'bad-lang', value: value as string });
      args.lang = chosen;
    } else args.options[spec.key] = value;
  }
  return { ok: true, args };
}
