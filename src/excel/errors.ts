/** RichApi error codes mapped to what a programme leader can act on (never Excel's raw text). */
import { withCause } from '../core/errors';
import { isPortError, PortError, portErrors } from '../port/errors';

export interface ErrorScope {
  /** The sheet or table the failing step was about, for the message. */
  sheet?: string;
  table?: string;
  /** A write sync was under way (so a failure there may have left part of it). */
  wrote: boolean;
  /** Write batches already completed (only more than zero when a large write was chunked). */
  batches: number;
  /** The operation reads the selection (so Excel's InvalidSelection means several areas are selected). */
  selection?: boolean;
}

export function excelCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function isPayloadError(error: unknown): boolean {
  const code = excelCode(error);
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

export function toPortError(error: unknown, scope: ErrorScope): PortError {
  if (isPortError(error)) return error;
  // Keep Excel's own error for developers and support logs; the message stays ours.
  return withCause(mapError(error, scope), error);
}

function mapError(error: unknown, scope: ErrorScope): PortError {
  const code = excelCode(error) ?? 'Unknown';
  switch (code) {
    case 'AccessDenied':
      return scope.sheet ? portErrors.sheetProtected(scope.sheet, code) : portErrors.workbookProtected(code);
    case 'ItemNotFound':
      if (scope.table) return portErrors.tableNotFound(scope.table, code);
      if (scope.sheet) return portErrors.sheetNotFound(scope.sheet, code);
      return portErrors.excel(code, scope.batches > 0);
    case 'InvalidSelection':
      if (scope.selection) return portErrors.multipleAreas();
      return portErrors.excel(code, scope.batches > 0 || scope.wrote);
    case 'InvalidOperationInCellEditMode':
      return portErrors.cellEditMode(code);
    case 'ItemAlreadyExists':
      // The user made a sheet or table of that name between our read and our write.
      return scope.sheet && !scope.table
        ? portErrors.sheetNameTaken(scope.sheet)
        : portErrors.tableNameTaken(scope.table ?? '?');
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return portErrors.tooLarge(scope.table ? `Tabellen «${scope.table}»` : 'Området', code);
    case 'ApiNotFound':
      return portErrors.unsupported(
        'en funksjon tillegget trenger',
        'a feature the add-in needs',
        'en nyere ExcelApi',
      );
    default:
      return portErrors.excel(code, scope.batches > 0 || scope.wrote);
  }
}
