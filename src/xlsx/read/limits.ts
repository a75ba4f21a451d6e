/**
 * What the .xlsx reader will take. Every input is bounded: a limit reached stops the read with a PortError
 * `read-limit` naming the limit (the CLI's exit 2), never an out-of-memory abort or a hang. The values are
 * sized so that a workbook at every limit at once still reads within seconds and well under 500 MB (see
 * docs/workbook-port.md, "Reading .xlsx files"); 100 000 project rows × 15 columns use a third of `cells`.
 */
import { portErrors, type PortError } from '../../port/errors';

export interface ReadLimits {
  /** Bytes of the .xlsx file itself (checked before it is read). */
  fileBytes: number;
  /** Entries in the zip. */
  zipEntries: number;
  /** Bytes one part (e.g. a sheet's XML) inflates to. */
  partBytes: number;
  /**
   * How many times its compressed size a part may inflate to, once past a megabyte: spreadsheet XML inflates
   * some 5–15 times, a zip bomb about a thousand. A bomb whose zip entry tells its size is refused before it is
   * inflated; one whose entry lies stops at this many times its size. (Apache POI's ZipSecureFile refuses at
   * 100 after 100 KB; 200 leaves room for the most repetitive real sheets.)
   */
  inflateRatio: number;
  /** Bytes all parts read inflate to, together. */
  totalBytes: number;
  /** Cells holding a value or a formula, kept from every sheet read. */
  cells: number;
  /** Cells (rows × columns) of one rectangle handed on as a grid. */
  gridCells: number;
  /** Strings in the shared-string table. */
  sharedStrings: number;
  /** Characters of all shared strings together. */
  sharedStringChars: number;
  /** Merged ranges on one sheet (kept as rectangles, never expanded cell by cell). */
  merges: number;
  /** Sheets, tables and defined names, each. */
  workbookItems: number;
  /**
   * Cells ExcelJS would create one by one when it loads the file for a write: every cell of every merged range
   * and of every data validation. Checked only before a write hands the file to ExcelJS. One validation over a
   * whole column (a Kategori list on F:F, 1 048 576 cells) passes: ExcelJS loads it in ~4 s and ~250 MB.
   */
  excelJsExpandedCells: number;
}

const MB = 1024 * 1024;

export const READ_LIMITS: Readonly<ReadLimits> = {
  fileBytes: 100 * MB,
  zipEntries: 10_000,
  partBytes: 256 * MB,
  inflateRatio: 200,
  totalBytes: 512 * MB,
  cells: 5_000_000,
  gridCells: 5_000_000,
  sharedStrings: 2_000_000,
  sharedStringChars: 64 * MB,
  merges: 100_000,
  workbookItems: 100_000,
  excelJsExpandedCells: 1_100_000,
};

const number = (n: number) => n.toLocaleString('nb-NO').replace(/\s/g, ' ');
const numberEn = (n: number) => n.toLocaleString('en-GB');
const bytes = (n: number) => `${number(Math.round(n / MB))} MB`;
const bytesEn = (n: number) => `${numberEn(Math.round(n / MB))} MB`;

const ITEMS = {
  sheets: { nb: 'ark', en: 'sheets' },
  tables: { nb: 'tabeller', en: 'tables' },
  names: { nb: 'definerte navn', en: 'defined names' },
  styles: { nb: 'cellestiler', en: 'cell styles' },
  relationships: { nb: 'relasjoner mellom delene', en: 'relationships between its parts' },
};

/** What each limit is, said in a sentence: «arket «X» har mer enn 5 000 000 celler». */
const DESCRIBE: Record<keyof ReadLimits, (max: number, where: string) => { nb: string; en: string }> = {
  fileBytes: (max) => ({
    nb: `filen er større enn ${bytes(max)}`,
    en: `the file is larger than ${bytesEn(max)}`,
  }),
  zipEntries: (max) => ({
    nb: `filen har mer enn ${number(max)} deler`,
    en: `the file has more than ${numberEn(max)} parts`,
  }),
  partBytes: (max, where) => ({
    nb: `delen «${where}» pakkes ut til mer enn ${bytes(max)}`,
    en: `the part "${where}" unpacks to more than ${bytesEn(max)}`,
  }),
  inflateRatio: (max, where) => ({
    nb: `delen «${where}» pakkes ut til mer enn ${number(max)} ganger sin egen størrelse (en zip-bombe?)`,
    en: `the part "${where}" unpacks to more than ${numberEn(max)} times its own size (a zip bomb?)`,
  }),
  totalBytes: (max) => ({
    nb: `delene som må leses pakkes ut til mer enn ${bytes(max)} til sammen`,
    en: `the parts to read unpack to more than ${bytesEn(max)} in all`,
  }),
  cells: (max, where) => ({
    nb: `arkene som må leses (til og med «${where}») har mer enn ${number(max)} celler med innhold`,
    en: `the sheets to read (up to "${where}") have more than ${numberEn(max)} cells with content`,
  }),
  gridCells: (max, where) => ({
    nb: `området ${where} har mer enn ${number(max)} celler`,
    en: `the range ${where} has more than ${numberEn(max)} cells`,
  }),
  sharedStrings: (max) => ({
    nb: `tabellen over tekster har mer enn ${number(max)} tekster`,
    en: `the shared-string table has more than ${numberEn(max)} strings`,
  }),
  sharedStringChars: (max) => ({
    nb: `tekstene i arbeidsboken har mer enn ${number(max)} tegn til sammen`,
    en: `the workbook's strings have more than ${numberEn(max)} characters in all`,
  }),
  merges: (max, where) => ({
    nb: `arket «${where}» har mer enn ${number(max)} sammenslåtte områder`,
    en: `the sheet "${where}" has more than ${numberEn(max)} merged ranges`,
  }),
  workbookItems: (max, where) => {
    const what = ITEMS[where as keyof typeof ITEMS] ?? ITEMS.names;
    return {
      nb: `arbeidsboken har mer enn ${number(max)} ${what.nb}`,
      en: `the workbook has more than ${numberEn(max)} ${what.en}`,
    };
  },
  excelJsExpandedCells: (max, where) => ({
    nb: `sammenslåtte celler og datavalidering på arket «${where}» dekker mer enn ${number(max)} celler, og filen må lastes helt for å skrives i`,
    en: `merged cells and data validation on the sheet "${where}" cover more than ${numberEn(max)} cells, and the file must be loaded whole to be written to`,
  }),
};

/** The error for a limit reached; `where` names the part, sheet or range (shown in the message). */
export function limitReached(limits: ReadLimits, limit: keyof ReadLimits, where = ''): PortError {
  return portErrors.readLimit(DESCRIBE[limit](limits[limit], where), limit);
}

export function withLimits(overrides: Partial<ReadLimits> = {}): ReadLimits {
  return { ...READ_LIMITS, ...overrides };
}
