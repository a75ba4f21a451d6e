/**
 * One port operation = one Excel.run: delayForCellEdit where supported (Excel waits for the user to leave
 * the cell instead of failing), GeneralException retried once when that cannot duplicate a write, and
 * every RichApi error turned into a PortError.
 */
import { portErrors } from '../port/errors';
import type { OfficeEnv, Requirements } from './env';
import { excelCode, toPortError, type ErrorScope } from './errors';

export async function runOperation<T>(
  env: OfficeEnv,
  requirements: Requirements,
  batch: (context: Excel.RequestContext, scope: ErrorScope) => Promise<T>,
  options: { idempotent: boolean },
): Promise<T> {
  if (!requirements.base) {
    throw portErrors.unsupported(
      'grunnleggende funksjoner for tillegg',
      'the basic add-in features',
      'ExcelApi 1.4 (Excel 2016 eller nyere)',
    );
  }
  const runOptions: Excel.RunOptions = requirements.delayForCellEdit ? { delayForCellEdit: true } : {};
  for (let attempt = 0; ; attempt++) {
    const scope: ErrorScope = { wrote: false, batches: 0 };
    try {
      return await env.run(runOptions, (context) => batch(context, scope));
    } catch (error) {
      const retry =
        attempt === 0 &&
        excelCode(error) === 'GeneralException' &&
        scope.batches === 0 &&
        (!scope.wrote || options.idempotent);
      if (!retry) throw toPortError(error, scope);
    }
  }
}
