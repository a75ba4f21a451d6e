/**
 * The one error class for what a user can fix or act on. Anything else thrown is a bug and surfaces as one
 * (the CLI's exit code 3, the pane's "unexpected error", the functions' "Uventet feil").
 *
 * An error has a typed code (stable: the CLI's --json prints it, tests and callers switch on it), says what
 * went wrong in bokmål (`message`) and English (`messageEn`), and belongs to a domain that decides how it is
 * shown: the CLI prefixes a workbook's own problems with the file name, the functions map `input` to
 * #VALUE!/#NUM! and `unavailable` to #N/A. Each layer declares its codes and messages in a catalogue
 * (src/core/messages.ts) next to a small factory: `inputError` below, `portError` (src/port/errors.ts),
 * `appError` (src/app/errors.ts), `fileError` (src/cli/input.ts), `usageError` (src/cli/messages.ts),
 * `notAvailable` (src/functions/runtime.ts).
 */
import {
  bilingual,
  messageIn,
  type Bilingual,
  type Catalogue,
  type Lang,
  type MessageData,
} from './messages';

/**
 * - `input`: a value the user typed (a function argument, a CLI option's number).
 * - `usage`: the command line itself (unknown option, missing value).
 * - `file`: the file a command reads or writes.
 * - `workbook`: the workbook's content or Excel refusing a read or write (ports, loading).
 * - `unavailable`: data a function needs but cannot get yet (#N/A).
 */
export type ErrorDomain = 'input' | 'usage' | 'file' | 'workbook' | 'unavailable';

/** `value` → Excel shows #VALUE! (wrong kind of input); `num` → #NUM! (a number outside what makes sense). */
export type InputErrorKind = 'value' | 'num';

/** Where the error is, for the message's reader and for support; never shown instead of the message. */
export interface ErrorDetails {
  sheet?: string;
  table?: string;
  cell?: string;
  /** The Excel error code behind it (RichApi), kept for support, never shown as the message. */
  excelCode?: string;
  /** Whether part of a write may have landed (only for races Excel cannot roll back). */
  partial?: boolean;
  /** For `input` errors: which Excel error a custom function returns. */
  kind?: InputErrorKind;
}

export class OmstillingError<Code extends string = string> extends Error {
  readonly domain: ErrorDomain;
  readonly code: Code;
  /** The English twin of `message` (which is bokmål). */
  readonly messageEn: string;
  readonly details: Readonly<ErrorDetails>;

  constructor(domain: ErrorDomain, code: Code, text: Bilingual, details: ErrorDetails = {}) {
    super(text.nb);
    this.name = 'OmstillingError';
    this.domain = domain;
    this.code = code;
    this.messageEn = text.en;
    this.details = details;
  }

  /** The message in `lang`. */
  in(lang: Lang): string {
    return messageIn(lang, this);
  }
}

/** `error` with `cause` kept for developers and support logs (never shown: the message stays ours). */
export function withCause<E extends Error>(error: E, cause: unknown): E {
  Object.defineProperty(error, 'cause', { value: cause, enumerable: false });
  return error;
}

/** `error` is one of ours (of `domain`, when given): a user can act on it. */
export function isOmstillingError(error: unknown, domain?: ErrorDomain): error is OmstillingError {
  return error instanceof OmstillingError && (domain === undefined || error.domain === domain);
}

/**
 * A factory for one domain's errors over its catalogue: `make(id, data, details)` where the message id is
 * the code, or `make.as(code, id, data, details)` when several messages share a code.
 */
export function errorFactory<Id extends string, Code extends string = Id>(
  domain: ErrorDomain,
  catalogue: Catalogue<Id>,
) {
  const make = (id: Id & Code, data?: MessageData, details?: ErrorDetails): OmstillingError<Code> =>
    new OmstillingError<Code>(domain, id, bilingual(catalogue, id, data), details);
  const as = (code: Code, id: Id, data?: MessageData, details?: ErrorDetails): OmstillingError<Code> =>
    new OmstillingError<Code>(domain, code, bilingual(catalogue, id, data), details);
  return Object.assign(make, { as });
}

/** Bad input a user can fix, e.g. a growth rate of −150 % (an error of the `input` domain). */
export type InputError = OmstillingError;

/** An input error: `kind` says which Excel error a custom function returns (#VALUE! or #NUM!). */
export function inputError(code: string, text: Bilingual, kind: InputErrorKind = 'value'): InputError {
  return new OmstillingError('input', code, text, { kind });
}

export function isInputError(error: unknown): error is InputError {
  return isOmstillingError(error, 'input');
}
