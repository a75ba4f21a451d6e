/** What every command gets: the parsed line, the language, and where to write. */
import type { ParsedArgs } from './args';
import type { Lang } from './messages';

export interface CliIo {
  /** Normal output (stdout): text or JSON. */
  out(text: string): void;
  /** Reasons and notes (stderr). */
  err(text: string): void;
}

export interface CommandContext {
  args: ParsedArgs;
  lang: Lang;
  json: boolean;
  io: CliIo;
}

/** Resolves to the exit code. Throws an OmstillingError (src/core/errors.ts) for exit code 2. */
export type Command = (ctx: CommandContext) => Promise<number>;

export const EXIT = { ok: 0, errorsFound: 1, unusable: 2, bug: 3 } as const;
