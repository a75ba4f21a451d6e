/** Errors a user can fix by changing what they typed. Anything else is a bug and should surface as one. */

/** `value` → Excel shows #VALUE! (wrong kind of input); `num` → #NUM! (a number outside what makes sense). */
export type InputErrorKind = 'value' | 'num';

/** Bad input a user can fix. `message` is bokmål, `messageEn` its English twin. */
export class InputError extends Error {
  readonly code: string;
  readonly messageEn: string;
  readonly kind: InputErrorKind;

  constructor(code: string, message: string, messageEn: string, kind: InputErrorKind = 'value') {
    super(message);
    this.name = 'InputError';
    this.code = code;
    this.messageEn = messageEn;
    this.kind = kind;
  }
}
