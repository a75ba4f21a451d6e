/** What an application operation cannot work around: said in bokmål with an English twin, like PortError. */
import { OmstillingError } from '../core/errors';

export type AppErrorCode = 'no-project-table';

export class AppError extends OmstillingError<AppErrorCode> {
  constructor(code: AppErrorCode, message: string, messageEn: string) {
    super('workbook', code, { nb: message, en: messageEn });
    this.name = 'AppError';
  }
}

export const appErrors = {
  noProjectTable(): AppError {
    return new AppError(
      'no-project-table',
      'Fant ingen prosjekttabell: arbeidsboken har verken en tabell eller et ark som heter «Prosjekter» (eller arket er tomt).',
      'No project table found: the workbook has neither a table nor a sheet named "Prosjekter" (or the sheet is empty).',
    );
  },
};
