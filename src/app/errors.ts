/** What an application operation cannot work around: an error of the `workbook` domain (src/core/errors.ts). */
import { errorFactory, type OmstillingError } from '../core/errors';
import { defineMessages } from '../core/messages';

const MESSAGES = defineMessages({
  'no-project-table': {
    nb: 'Fant ingen prosjekttabell: arbeidsboken har verken en tabell eller et ark som heter «Prosjekter» (eller arket er tomt).',
    en: 'No project table found: the workbook has neither a table nor a sheet named "Prosjekter" (or the sheet is empty).',
  },
});

export type AppErrorCode = keyof typeof MESSAGES;
export type AppError = OmstillingError<AppErrorCode>;

const appError = errorFactory('workbook', MESSAGES);

export const appErrors = {
  noProjectTable: (): AppError => appError('no-project-table'),
};
