/** What an application operation cannot work around: said in bokmål with an English twin, like PortError. */
export type AppErrorCode = 'no-project-table';

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly messageEn: string;

  constructor(code: AppErrorCode, message: string, messageEn: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.messageEn = messageEn;
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
