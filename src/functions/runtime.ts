/**
 * How the custom functions talk to Excel's runtime: errors become `CustomFunctions.Error` with a message in
 * the user's display language, and nothing else ever escapes to the cell.
 */
import { isInputError, isOmstillingError, OmstillingError } from '../core/errors';
import { langOf, type Bilingual, type Lang } from '../core/messages';

export type Language = Lang;

/** Data the function needs but cannot get (the workbook's plan could not be read, nothing to summarise): #N/A. */
export function notAvailable(text: Bilingual): OmstillingError<'not-available'> {
  return new OmstillingError('unavailable', 'not-available', text);
}

let displayLanguage: () => string | undefined = () => 'nb-NO';

/** Excel's display language, e.g. `() => Office.context.displayLanguage`; bokmål until one is set. */
export function setDisplayLanguageGetter(getter: () => string | undefined): void {
  displayLanguage = getter;
}

/** English when Excel is in English, bokmål otherwise (the add-in's users are Norwegian first). */
export function currentLanguage(): Language {
  try {
    return langOf(displayLanguage()) ?? 'nb';
  } catch (_noContext) {
    // Office.context is not there yet (or the getter throws): bokmål, the default.
    return 'nb';
  }
}

/** The error Excel should show for `error`: #VALUE! or #NUM! for bad input, #N/A for missing data. */
export function toExcelError(error: unknown, language: Language = currentLanguage()): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (isInputError(error)) {
    const code =
      error.details.kind === 'num'
        ? CustomFunctions.ErrorCode.invalidNumber
        : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, language === 'en' ? error.messageEn : error.message);
  }
  if (isOmstillingError(error, 'unavailable')) {
    return new CustomFunctions.Error(
      CustomFunctions.ErrorCode.notAvailable,
      language === 'en' ? error.messageEn : error.message,
    );
  }
  // A bug, not the user's input: still say something rather than a bare #VALUE!.
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    language === 'en' ? `Unexpected error in OMSTILLING: ${detail}` : `Uventet feil i OMSTILLING: ${detail}`,
  );
}

/** Runs a function body; any failure reaches Excel as a CustomFunctions.Error (the documented way: thrown). */
export function excelCall<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    throw toExcelError(error);
  }
}

/** The async twin of excelCall, for functions that read the workbook's plan. */
export async function excelCallAsync<T>(compute: () => Promise<T>): Promise<T> {
  try {
    return await compute();
  } catch (error) {
    throw toExcelError(error);
  }
}
