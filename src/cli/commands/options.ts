/** Reading a command's options with a clear one-line reason when one is missing. */
import { defineMessages, type Bilingual } from '../../core/messages';
import { dayOf, parseDay, type Day } from '../../core/today';
import { resolve } from 'node:path';
import type { ParsedArgs } from '../args';
import { printable } from '../format';
import { usageError } from '../messages';

const MESSAGES = defineMessages({
  missingOption: { nb: 'Mangler {nbName} ({enName}).', en: 'Missing {enName} ({nbName}).' },
  missing: { nb: 'Mangler {what}.', en: 'Missing {what}.' },
  sameFile: {
    nb: '«{file}» er arbeidsboken selv: resultatet skrives i en kopi (--ut), og den gitte endres aldri.',
    en: '"{file}" is the workbook itself: the result goes into a copy (--out), and the one given is never changed.',
  },
  badDate: {
    nb: '--dato må være en dato som 2014-06-01 eller 1.6.2014, ikke «{option}».',
    en: '--date must be a date such as 2014-06-01 or 1.6.2014, not "{option}".',
  },
  oneFile: {
    nb: 'Bare én fil om gangen (fikk også «{extra}»).',
    en: 'Only one file at a time (also got "{extra}").',
  },
  extension: {
    nb: '«{file}»: filen som skrives må ha et navn som slutter på {extension}, ellers åpner ikke {program} den.',
    en: '"{file}": the file written must have a name ending in {extension}, or {program} will not open it.',
  },
});

/** What each kind of file we write must be called, and what opens it. */
const OUTPUT_KINDS = {
  workbook: { extension: '.xlsx', program: { nb: 'Excel', en: 'Excel' } },
  pdf: { extension: '.pdf', program: { nb: 'en PDF-leser', en: 'a PDF reader' } },
} as const;

/**
 * An output path, refused unless its name ends in what opens it: Excel will not open a workbook called
 * `rapport.txt` ("the file format or file extension is not valid"), and says so only when the board meets.
 */
export function outputPath(path: string, kind: keyof typeof OUTPUT_KINDS): string {
  const { extension, program } = OUTPUT_KINDS[kind];
  if (!path.toLowerCase().endsWith(extension))
    throw usageError(MESSAGES, 'extension', { file: printable(path), extension, program });
  return path;
}

/** A required option's value; the option's name in each language says what is missing. */
export function requireOption(args: ParsedArgs, key: string, name: Bilingual): string {
  const value = args.options[key];
  if (typeof value === 'string' && value.trim() !== '') return value;
  throw usageError(MESSAGES, 'missingOption', { nbName: name.nb, enName: name.en });
}

/** The one file argument of a command that reads or writes a workbook. */
export function onePath(args: ParsedArgs, what: Bilingual): string {
  const [path, extra] = args.positionals;
  if (path === undefined) throw usageError(MESSAGES, 'missing', { what });
  if (extra !== undefined) throw usageError(MESSAGES, 'oneFile', { extra });
  return path;
}

/** `--dato`/`--date`, else the clock: the day a command judges by. */
export function dayOption(option: string | true | undefined): Day {
  if (typeof option !== 'string') return dayOf(new Date());
  const day = parseDay(option);
  if (!day) throw usageError(MESSAGES, 'badDate', { option });
  return day;
}

/** Refuses an output path that is the workbook read: commands that write a copy never change the one given. */
export function refuseWritingOver(workbook: string, targets: readonly (string | undefined)[]): void {
  for (const target of targets) {
    if (target !== undefined && resolve(target) === resolve(workbook))
      throw usageError(MESSAGES, 'sameFile', { file: printable(target) });
  }
}
