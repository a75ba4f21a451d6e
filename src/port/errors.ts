/**
 * What a port tells the programme leader when Excel says no. Bokmål first with an English twin, naming the
 * sheet or table, saying what to do, and whether anything was changed. Never Excel's raw error text.
 */

import { isOmstillingError, OmstillingError } from '../core/errors';
import { bilingual, defineMessages, type Bilingual } from '../core/messages';

const PORT_ERROR_CODES = [
  'not-found',
  'sheet-protected',
  'workbook-protected',
  'cell-edit-mode',
  'name-taken',
  'table-name-taken',
  'exists',
  'too-large',
  'unsupported',
  'invalid-address',
  'wrong-width',
  'wrong-headers',
  'table-blocked',
  'table-filtered',
  'multiple-areas',
  'invalid-spec',
  'excel-error',
  'read-limit',
  'damaged',
] as const;

type PortErrorCode = (typeof PORT_ERROR_CODES)[number];

export interface PortErrorDetails {
  sheet?: string;
  table?: string;
  cell?: string;
  /** The Excel error code behind it (RichApi), kept for support, never shown as the message. */
  excelCode?: string;
  /** Whether part of the write may have landed (only for races Excel cannot roll back). */
  partial?: boolean;
}

/** A workbook-domain error (src/core/errors.ts) with the port's codes and where it happened. */
export type PortError = OmstillingError<PortErrorCode>;

const CODES: ReadonlySet<string> = new Set(PORT_ERROR_CODES);

export function isPortError(error: unknown): error is PortError {
  return isOmstillingError(error, 'workbook') && CODES.has(error.code);
}

function portError(code: PortErrorCode, text: Bilingual, details: PortErrorDetails = {}): PortError {
  return new OmstillingError('workbook', code, text, details);
}

const unchanged = { nb: 'Ingenting ble endret.', en: 'Nothing was changed.' };

const messages = defineMessages({
  multipleAreas: {
    nb: 'Du har merket flere områder{areas}. Merk ett sammenhengende område (uten Ctrl) og prøv igjen.',
    en: 'Several areas are selected{areas}. Select one block of cells (without Ctrl) and try again.',
  },
  tableFiltered: {
    nb:
      'Tabellen «{table}» er filtrert, og i en filtrert tabell kan Excel legge radene der filteret skjuler dem. ' +
      'Fjern filteret (Data → Fjern) og prøv igjen; filteret kan settes på igjen etterpå. Ingenting ble endret.',
    en:
      'The table "{table}" is filtered, and in a filtered table Excel may put the rows where the filter hides ' +
      'them. Clear the filter (Data → Clear) and try again; you can filter again afterwards. Nothing was changed.',
  },
});

/** Message builders, one per situation, so both ports word things the same way. */
export const portErrors = {
  tableNotFound(table: string, excelCode?: string): PortError {
    return portError(
      'not-found',
      {
        nb: `Fant ikke tabellen «${table}». Den kan være slettet eller gitt nytt navn mens tillegget arbeidet. Les inn på nytt og prøv igjen. ${unchanged.nb}`,
        en: `The table "${table}" was not found. It may have been deleted or renamed while the add-in was working. Read again and retry. ${unchanged.en}`,
      },
      { table, excelCode },
    );
  },
  sheetNotFound(sheet: string, excelCode?: string): PortError {
    return portError(
      'not-found',
      {
        nb: `Fant ikke arket «${sheet}». Sjekk navnet, eller les inn på nytt hvis arket nettopp ble slettet eller fikk nytt navn. ${unchanged.nb}`,
        en: `The sheet "${sheet}" was not found. Check the name, or read again if it was just deleted or renamed. ${unchanged.en}`,
      },
      { sheet, excelCode },
    );
  },
  sheetProtected(sheet: string, excelCode?: string): PortError {
    return portError(
      'sheet-protected',
      {
        nb: `Arket «${sheet}» er beskyttet, så tillegget kan ikke skrive der. Opphev beskyttelsen (Se gjennom → Opphev arkbeskyttelse) og prøv igjen. ${unchanged.nb}`,
        en: `The sheet "${sheet}" is protected, so the add-in cannot write there. Unprotect it (Review → Unprotect Sheet) and try again. ${unchanged.en}`,
      },
      { sheet, excelCode },
    );
  },
  workbookProtected(excelCode?: string): PortError {
    return portError(
      'workbook-protected',
      {
        nb: `Arbeidsbokens struktur er beskyttet, så tillegget kan ikke legge til eller endre ark. Opphev beskyttelsen (Se gjennom → Beskytt arbeidsbok) og prøv igjen. ${unchanged.nb}`,
        en: `The workbook structure is protected, so the add-in cannot add or change sheets. Unprotect it (Review → Protect Workbook) and try again. ${unchanged.en}`,
      },
      { excelCode },
    );
  },
  cellEditMode(excelCode?: string): PortError {
    return portError(
      'cell-edit-mode',
      {
        nb: `Excel er opptatt med redigering av en celle. Fullfør redigeringen (trykk Enter eller Esc) og prøv igjen. ${unchanged.nb}`,
        en: `Excel is busy editing a cell. Finish editing (press Enter or Esc) and try again. ${unchanged.en}`,
      },
      { excelCode },
    );
  },
  sheetNameTaken(sheet: string): PortError {
    return portError(
      'name-taken',
      {
        nb: `Det finnes allerede et ark som heter «${sheet}», og det er ikke laget av tillegget. Tillegget skriver aldri over dine egne ark: gi arket ditt et annet navn og prøv igjen. ${unchanged.nb}`,
        en: `A sheet named "${sheet}" already exists and was not made by the add-in. The add-in never overwrites your own sheets: rename yours and try again. ${unchanged.en}`,
      },
      { sheet },
    );
  },
  tableNameTaken(table: string, sheet?: string): PortError {
    return portError(
      'table-name-taken',
      {
        nb: `Tabellnavnet «${table}» er allerede brukt${sheet ? ` på arket «${sheet}»` : ''}. Gi den tabellen et annet navn og prøv igjen. ${unchanged.nb}`,
        en: `The table name "${table}" is already used${sheet ? ` on the sheet "${sheet}"` : ''}. Rename that table and try again. ${unchanged.en}`,
      },
      { table, sheet },
    );
  },
  planExists(): PortError {
    return portError(
      'exists',
      {
        nb: `Arbeidsboken har allerede et ark «Plan». Tillegget lager aldri en ny plan over den du har: endre tabellene der, eller gi arket et annet navn først. ${unchanged.nb}`,
        en: `The workbook already has a "Plan" sheet. The add-in never writes a new plan over yours: edit its tables, or rename the sheet first. ${unchanged.en}`,
      },
      { sheet: 'Plan' },
    );
  },
  /** `Søknader` (or another table the add-in makes) is there already. */
  tableExists(table: string, where: string): PortError {
    return portError(
      'exists',
      {
        nb: `Arbeidsboken har allerede tabellen «${table}» (${where}). Tillegget lager bare en ny når det ikke finnes noen. ${unchanged.nb}`,
        en: `The workbook already has the table "${table}" (${where}). The add-in only makes one when there is none. ${unchanged.en}`,
      },
      { sheet: table, table },
    );
  },
  projectTableExists(where: string): PortError {
    return portError(
      'exists',
      {
        nb: `Arbeidsboken har allerede en prosjekttabell (${where}). Tillegget lager bare en ny når det ikke finnes noen. ${unchanged.nb}`,
        en: `The workbook already has a project table (${where}). The add-in only makes one when there is none. ${unchanged.en}`,
      },
      { sheet: 'Prosjekter' },
    );
  },
  paymentsTableExists(where: string): PortError {
    return portError(
      'exists',
      {
        nb: `Arbeidsboken har allerede en tabell for utbetalinger (${where}). Tillegget lager bare en ny når det ikke finnes noen. ${unchanged.nb}`,
        en: `The workbook already has a payments table (${where}). The add-in only makes one when there is none. ${unchanged.en}`,
      },
      { sheet: 'Utbetalinger' },
    );
  },
  tooLarge(what: string, excelCode?: string, partial = false): PortError {
    const nb = partial
      ? 'Noe av det kan være skrevet; sjekk arket «Logg» og arkene tillegget eier.'
      : unchanged.nb;
    const en = partial
      ? 'Part of it may have been written; check the "Logg" sheet and the sheets the add-in owns.'
      : unchanged.en;
    return portError(
      'too-large',
      {
        nb: `${what} er for stort til at Excel kan sende det, selv rad for rad. Del opp dataene eller bruk Excel på PC. ${nb}`,
        en: `${what} is too large for Excel to transfer, even row by row. Split the data or use Excel on a PC. ${en}`,
      },
      { excelCode, partial },
    );
  },
  unsupported(featureNb: string, featureEn: string, requirement: string): PortError {
    return portError('unsupported', {
      nb: `Denne versjonen av Excel mangler ${featureNb} (krever ${requirement}). Oppdater Excel, eller bruk Excel på nettet. ${unchanged.nb}`,
      en: `This version of Excel lacks ${featureEn} (needs ${requirement}). Update Excel, or use Excel on the web. ${unchanged.en}`,
    });
  },
  invalidAddress(address: string): PortError {
    return portError('invalid-address', {
      nb: `«${address}» er ikke et gyldig celleområde. Skriv det som for eksempel Prosjekter!A1:O40. ${unchanged.nb}`,
      en: `"${address}" is not a valid cell range. Write it like Prosjekter!A1:O40. ${unchanged.en}`,
    });
  },
  /**
   * Asked of the user rather than done for them: clearing the filter would throw away their criteria, and
   * Excel's own restore of a filter is unreliable (office-js #3030).
   */
  tableFiltered(table: string): PortError {
    const text = bilingual(messages, 'tableFiltered', { table });
    return portError('table-filtered', { nb: text.nb, en: text.en }, { table });
  },
  multipleAreas(areas?: string): PortError {
    const text = bilingual(messages, 'multipleAreas', { areas: areas ? ` (${areas})` : '' });
    return portError('multiple-areas', { nb: text.nb, en: text.en });
  },
  wrongWidth(target: string, expected: number, actual: number): PortError {
    return portError(
      'wrong-width',
      {
        nb: `Radene som skulle legges til har ${actual} kolonner, men «${target}» har ${expected}. ${unchanged.nb}`,
        en: `The rows to add have ${actual} columns, but "${target}" has ${expected}. ${unchanged.en}`,
      },
      { table: target },
    );
  },
  planTableHeaders(table: string, sheet: string, found: string[], expected: string[]): PortError {
    const list = (headers: string[]) => headers.join(' | ');
    return portError(
      'wrong-headers',
      {
        nb: `Tabellen «${table}» på arket «${sheet}» har overskriftene ${list(found)}, men tillegget skriver ${list(expected)}. Sett overskriftene tilbake i den rekkefølgen, eller gi tabellen et annet navn, så legger tillegget til en ny. ${unchanged.nb}`,
        en: `The table "${table}" on the sheet "${sheet}" has the headers ${list(found)}, but the add-in writes ${list(expected)}. Put the headers back in that order, or rename the table and the add-in adds a new one. ${unchanged.en}`,
      },
      { table, sheet },
    );
  },
  tableBlocked(table: string, sheet: string, rows: number, cells: string): PortError {
    return portError(
      'table-blocked',
      {
        nb: `Tabellen «${table}» på arket «${sheet}» trenger ${rows} ${rows === 1 ? 'rad' : 'rader'} til, men cellene under den (${cells}) er ikke tomme. Tillegget skriver aldri over celler utenfor tabellen: flytt det som står der, og prøv igjen. ${unchanged.nb}`,
        en: `The table "${table}" on the sheet "${sheet}" needs ${rows} more ${rows === 1 ? 'row' : 'rows'}, but the cells below it (${cells}) are not empty. The add-in never writes over cells outside the table: move what is there and try again. ${unchanged.en}`,
      },
      { table, sheet, cell: cells },
    );
  },
  invalidSpec(problem: string): PortError {
    return portError('invalid-spec', {
      nb: `Tillegget laget et ugyldig resultat (${problem}). Dette er en feil i tillegget; meld den gjerne. ${unchanged.nb}`,
      en: `The add-in produced an invalid result (${problem}). This is a bug in the add-in; please report it. ${unchanged.en}`,
    });
  },
  /** A file read stopped at one of its limits (src/xlsx/limits.ts): `what` names the limit and its value. */
  readLimit(what: { nb: string; en: string }, limit: string): PortError {
    return portError('read-limit', {
      nb: `Arbeidsboken er for stor til å leses trygt: ${what.nb} (grense «${limit}»). Del opp arbeidsboken, eller fjern det som er for stort, og prøv igjen. ${unchanged.nb}`,
      en: `The workbook is too large to read safely: ${what.en} (limit "${limit}"). Split the workbook, or remove what is too large, and try again. ${unchanged.en}`,
    });
  },
  /** A part of the .xlsx that cannot be read (broken zip data or XML). */
  damaged(part: string): PortError {
    return portError('damaged', {
      nb: `Arbeidsboken er skadet: delen «${part}» i filen kan ikke leses. Åpne den i Excel og lagre den på nytt. ${unchanged.nb}`,
      en: `The workbook is damaged: its part "${part}" cannot be read. Open it in Excel and save it again. ${unchanged.en}`,
    });
  },
  excel(excelCode: string, partial = false): PortError {
    const nb = partial ? 'Noe kan være skrevet; sjekk arket «Logg» og arkene tillegget eier.' : unchanged.nb;
    const en = partial
      ? 'Something may have been written; check the "Logg" sheet and the sheets the add-in owns.'
      : unchanged.en;
    return portError(
      'excel-error',
      {
        nb: `Excel kunne ikke fullføre handlingen (kode ${excelCode}). Prøv igjen; skjer det igjen, lagre og åpne arbeidsboken på nytt. ${nb}`,
        en: `Excel could not complete the action (code ${excelCode}). Try again; if it happens again, save and reopen the workbook. ${en}`,
      },
      { excelCode, partial },
    );
  },
};
