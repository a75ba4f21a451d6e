/** Errors shaped like OfficeExtension.Error (what `context.sync()` rejects with in Excel). */

export class FakeRichApiError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }
}

export const fail = {
  itemNotFound: (what: string) =>
    new FakeRichApiError('ItemNotFound', `The requested resource doesn't exist. (${what})`, what),
  invalidArgument: (what: string) =>
    new FakeRichApiError(
      'InvalidArgument',
      `The argument is invalid or missing or has an incorrect format. (${what})`,
      what,
    ),
  accessDenied: (what: string) =>
    new FakeRichApiError('AccessDenied', `You cannot perform the requested operation. (${what})`, what),
  itemAlreadyExists: (what: string) =>
    new FakeRichApiError('ItemAlreadyExists', `The resource being created already exists. (${what})`, what),
  invalidObjectPath: (what: string) =>
    new FakeRichApiError(
      'InvalidObjectPath',
      `The object path '${what}' isn't working for what you're trying to do.`,
      what,
    ),
  apiNotFound: (what: string, set: string) =>
    new FakeRichApiError(
      'ApiNotFound',
      `The API you are trying to use could not be found (${what}, ${set}).`,
      what,
    ),
  cellEditMode: () =>
    new FakeRichApiError(
      'InvalidOperationInCellEditMode',
      'Excel is in cell-editing mode. Please exit the edit mode.',
    ),
  requestTooLarge: (bytes: number, limit: number) =>
    new FakeRichApiError(
      'RequestPayloadSizeLimitExceeded',
      `The request payload size has exceeded the limit (estimated ${bytes} bytes, limit ${limit}).`,
    ),
  responseTooLarge: (bytes: number, limit: number) =>
    new FakeRichApiError(
      'ResponsePayloadSizeLimitExceeded',
      `The response payload size has exceeded the limit (estimated ${bytes} bytes, limit ${limit}).`,
    ),
  general: () => new FakeRichApiError('GeneralException', 'An internal error has occurred.'),
};

/** Thrown synchronously (not at sync) when code reads a property it did not load and sync. */
export function propertyNotLoaded(property: string, type: string): Error {
  const error = new FakeRichApiError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${type}.${property}`,
  );
  return error;
}
