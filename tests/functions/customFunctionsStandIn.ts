/**
 * A minimal, faithful stand-in for the `CustomFunctions` global the Excel runtime provides:
 * the Error class and the ErrorCode values of @types/custom-functions-runtime, plus associate.
 */
const ErrorCode = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

class CustomFunctionsError {
  readonly type = 'CustomFunctionError';
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

export const associated = new Map<string, unknown>();

/** Installs the stand-in on globalThis (idempotent); call at the top of each functions test file. */
export function installCustomFunctions(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: CustomFunctionsError,
    ErrorCode,
    associate: (id: string, fn: unknown) => associated.set(id.toUpperCase(), fn),
  };
}

/** What Excel would show for a thrown or returned value: the error code and its message. */
export type ShownError = { code: string; message?: string };

/** Runs a custom function and reports the CustomFunctions.Error it produced, failing the test otherwise. */
export async function errorOf(call: () => unknown): Promise<ShownError> {
  let outcome: unknown;
  try {
    outcome = await call();
  } catch (thrown) {
    outcome = thrown;
  }
  if (!(outcome instanceof CustomFunctionsError)) {
    throw new Error(`expected a CustomFunctions.Error, got ${String(outcome)} (${typeof outcome})`);
  }
  return { code: outcome.code, message: outcome.message };
}
