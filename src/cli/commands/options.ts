/** Reading a command's options with a clear one-line reason when one is missing. */
import type { ParsedArgs } from '../args';
import { usage } from '../messages';

export function requireOption(args: ParsedArgs, key: string, nbName: string, enName: string): string {
  const value = args.options[key];
  if (typeof value === 'string' && value.trim() !== '') return value;
  throw usage(`Mangler ${nbName} (${enName}).`, `Missing ${enName} (${nbName}).`);
}

/** The one file argument of a command that reads or writes a workbook. */
export function onePath(args: ParsedArgs, nbWhat: string, enWhat: string): string {
  const [path, extra] = args.positionals;
  if (path === undefined) throw usage(`Mangler ${nbWhat}.`, `Missing ${enWhat}.`);
  if (extra !== undefined) {
    throw usage(
      `Bare én fil om gangen (fikk også «${extra}»).`,
      `Only one file at a time (also got "${extra}").`,
    );
  }
  return path;
}
