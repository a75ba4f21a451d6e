/**
 * The workbook file a command reads: what it is decided from its bytes (not its name), with a one-line
 * reason when it cannot be used — missing, a folder, a device or pipe, a symlink loop, too large, empty,
 * password-protected, the old .xls format, not a workbook at all, or a zip that is no workbook.
 */
import { constants, promises as fs, type Stats } from 'node:fs';
import { errorFactory, isOmstillingError, type OmstillingError } from '../core/errors';
import { defineMessages } from '../core/messages';
import { READ_LIMITS } from '../xlsx/read/limits';

export type InputFileCode =
  | 'file-missing'
  | 'not-a-file'
  | 'special-file'
  | 'symlink-loop'
  | 'file-too-large'
  | 'unreadable'
  | 'empty-file'
  | 'encrypted'
  | 'old-xls'
  | 'not-xlsx'
  | 'corrupt-xlsx'
  | 'file-exists'
  | 'cannot-write';

const MESSAGES = defineMessages({
  'file-missing': { nb: 'Fant ikke filen «{path}».', en: 'File not found: "{path}".' },
  'not-a-file': { nb: '«{path}» er en mappe, ikke en fil.', en: '"{path}" is a folder, not a file.' },
  'special-file': {
    nb: '«{path}» er {kind}, ikke en vanlig fil. Bare vanlige .xlsx-filer leses.',
    en: '"{path}" is {kind}, not a regular file. Only regular .xlsx files are read.',
  },
  'symlink-loop': {
    nb: '«{path}» er en symbolsk lenke som peker i ring og kan ikke åpnes.',
    en: '"{path}" is a symbolic link that points in a loop and cannot be opened.',
  },
  'file-too-large': {
    nb: '«{path}» er {size} MB; grensen er {limit} MB (grense «fileBytes»). Del opp arbeidsboken, eller lagre den uten det som tar plass (bilder, gamle ark).',
    en: '"{path}" is {size} MB; the limit is {limit} MB (limit "fileBytes"). Split the workbook, or save it without what takes the space (pictures, old sheets).',
  },
  unreadable: { nb: 'Har ikke lov til å lese «{path}».', en: 'No permission to read "{path}".' },
  unreadableWhy: { nb: 'Kan ikke lese «{path}» ({why}).', en: 'Cannot read "{path}" ({why}).' },
  'empty-file': { nb: 'Filen «{path}» er tom (0 byte).', en: 'The file "{path}" is empty (0 bytes).' },
  encrypted: {
    nb: '«{path}» er passordbeskyttet. Åpne den i Excel, fjern passordet (Fil → Info → Beskytt arbeidsbok) og lagre på nytt.',
    en: '"{path}" is password-protected. Open it in Excel, remove the password (File → Info → Protect Workbook) and save again.',
  },
  'old-xls': {
    nb: '«{path}» er i det gamle .xls-formatet (Excel 97–2003). Lagre den som .xlsx i Excel først.',
    en: '"{path}" is in the old .xls format (Excel 97–2003). Save it as .xlsx in Excel first.',
  },
  'not-xlsx': {
    nb: '«{path}» er ikke en Excel-arbeidsbok (.xlsx).',
    en: '"{path}" is not an Excel workbook (.xlsx).',
  },
  textFile: {
    nb: '«{path}» er en tekstfil (CSV?), ikke en Excel-arbeidsbok (.xlsx). Åpne den i Excel og lagre som .xlsx.',
    en: '"{path}" is a text file (CSV?), not an Excel workbook (.xlsx). Open it in Excel and save as .xlsx.',
  },
  'corrupt-xlsx': {
    nb: '«{path}» er en zip-fil, men ikke en lesbar Excel-arbeidsbok (.xlsx). Åpne og lagre den i Excel på nytt.',
    en: '"{path}" is a zip file but not a readable Excel workbook (.xlsx). Open and save it again in Excel.',
  },
  'file-exists': {
    nb: 'Filen «{path}» finnes fra før. Bruk --overskriv for å skrive over den.',
    en: 'The file "{path}" already exists. Use --force to overwrite it.',
  },
  'cannot-write': { nb: 'Kan ikke skrive «{path}».', en: 'Cannot write "{path}".' },
  cannotWriteWhy: { nb: 'Kan ikke skrive «{path}» ({why}).', en: 'Cannot write "{path}" ({why}).' },
});

/** A file that cannot be used: an error of the `file` domain (src/core/errors.ts), said from MESSAGES. */
export type InputFileError = OmstillingError<InputFileCode>;

const fileError = errorFactory<keyof typeof MESSAGES, InputFileCode>('file', MESSAGES);

export function isInputFileError(error: unknown): error is InputFileError {
  return isOmstillingError(error, 'file');
}

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGICS = [Buffer.from('PK\x03\x04', 'latin1'), Buffer.from('PK\x05\x06', 'latin1')];
/** The stream an encrypted Office file keeps its key data in, as a CFB directory entry names it. */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

export type FileKind = 'xlsx-zip' | 'encrypted' | 'old-xls' | 'empty' | 'text' | 'other';

export function sniff(bytes: Buffer): FileKind {
  if (bytes.length === 0) return 'empty';
  if (bytes.subarray(0, 8).equals(CFB_MAGIC))
    return bytes.includes(ENCRYPTION_INFO) ? 'encrypted' : 'old-xls';
  if (ZIP_MAGICS.some((magic) => bytes.subarray(0, 4).equals(magic))) return 'xlsx-zip';
  const head = bytes.subarray(0, 4096);
  const printable = head.filter((b) => b === 9 || b === 10 || b === 13 || b >= 32).length;
  return printable / head.length > 0.95 ? 'text' : 'other';
}

/** What a file that is not a regular file is, for the reason given. */
function specialKind(stat: Stats): { nb: string; en: string } {
  if (stat.isFIFO()) return { nb: 'et navngitt rør (FIFO)', en: 'a named pipe (FIFO)' };
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return { nb: 'en enhet', en: 'a device' };
  if (stat.isSocket()) return { nb: 'en socket', en: 'a socket' };
  return { nb: 'ikke en vanlig fil', en: 'not a regular file' };
}

function specialFile(path: string, stat: Stats): InputFileError {
  return fileError('special-file', { path, kind: specialKind(stat) });
}

const megabytes = (bytes: number) =>
  Math.ceil(bytes / 2 ** 20)
    .toLocaleString('nb-NO')
    .replace(/\s/g, ' ');

function tooLarge(path: string, size: number): InputFileError {
  return fileError('file-too-large', {
    path,
    size: megabytes(size),
    limit: megabytes(READ_LIMITS.fileBytes),
  });
}

/** The reasons that need nothing but the path to be said (the others say what the file is, or its size). */
type PlainCode = Exclude<InputFileCode, 'special-file' | 'file-too-large'>;

function problem(code: PlainCode, path: string): InputFileError {
  return fileError(code, { path });
}

export const inputProblem = problem;

/** A regular file's kind and size, from stat (a pipe is never opened: opening one waits for a writer). */
function checkRegular(path: string, stat: Stats, maxBytes: number): void {
  if (stat.isDirectory()) throw problem('not-a-file', path);
  if (!stat.isFile()) throw specialFile(path, stat);
  if (stat.size > maxBytes) throw tooLarge(path, stat.size);
}

/**
 * The file's bytes, at most `maxBytes`: stat first, open without blocking (a pipe swapped in after the stat
 * is caught by the second check on the open file), and read no more than the stat said plus one byte, so a
 * file that grows while it is read is caught as too large rather than read without end.
 */
async function readRegularFile(path: string, maxBytes: number): Promise<Buffer> {
  checkRegular(path, await fs.stat(path), maxBytes);
  const handle = await fs.open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = await handle.stat();
    checkRegular(path, stat, maxBytes);
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) throw tooLarge(path, length);
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/** The bytes of a regular file (a CSV, a workbook), or an InputFileError saying why it cannot be read. */
export async function readInputFile(path: string, maxBytes = READ_LIMITS.fileBytes): Promise<Buffer> {
  try {
    return await readRegularFile(path, maxBytes);
  } catch (error) {
    if (isInputFileError(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG')
      throw problem('file-missing', path);
    if (code === 'EACCES' || code === 'EPERM') throw problem('unreadable', path);
    if (code === 'EISDIR') throw problem('not-a-file', path);
    if (code === 'ELOOP') throw problem('symlink-loop', path);
    const why = { nb: String(code ?? 'ukjent grunn'), en: String(code ?? 'unknown reason') };
    throw fileError.as('unreadable', 'unreadableWhy', { path, why });
  }
}

/** The bytes of a workbook file, or an InputFileError saying why it cannot be used. */
export async function readWorkbookFile(path: string, maxBytes = READ_LIMITS.fileBytes): Promise<Buffer> {
  const bytes = await readInputFile(path, maxBytes);
  switch (sniff(bytes)) {
    case 'xlsx-zip':
      return bytes;
    case 'empty':
      throw problem('empty-file', path);
    case 'encrypted':
      throw problem('encrypted', path);
    case 'old-xls':
      throw problem('old-xls', path);
    case 'text':
      throw fileError.as('not-xlsx', 'textFile', { path });
    default:
      throw problem('not-xlsx', path);
  }
}

/** Writes next to the target first, then renames, so a failed write never leaves half a workbook. */
export async function writeNewFile(path: string, bytes: Uint8Array, overwrite: boolean): Promise<void> {
  await writeNewFiles([{ path, bytes }], overwrite);
}

/**
 * Writes several files as one: every file goes to a temporary next to its target first, and only when all
 * are written are they renamed into place — a command that makes two files (a sheet and its PDF) leaves
 * neither when one cannot be written.
 */
export async function writeNewFiles(
  files: readonly { path: string; bytes: Uint8Array }[],
  overwrite: boolean,
): Promise<void> {
  const temporaries: string[] = [];
  let current = files[0]?.path ?? '';
  try {
    for (const { path } of files) {
      current = path;
      if (
        !overwrite &&
        (await fs.stat(path).then(
          () => true,
          () => false,
        ))
      )
        throw problem('file-exists', path);
    }
    for (const { path, bytes } of files) {
      current = path;
      const temporary = `${path}.${process.pid}.tmp`;
      temporaries.push(temporary);
      await fs.writeFile(temporary, bytes);
    }
    for (const [i, { path }] of files.entries()) {
      current = path;
      await fs.rename(temporaries[i] as string, path);
    }
  } catch (error) {
    await Promise.all(
      temporaries.map((temporary) => fs.rm(temporary, { force: true }).catch(() => undefined)),
    );
    if (isInputFileError(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? { nb: 'mappen finnes ikke', en: 'the folder does not exist' }
        : code === 'EACCES' || code === 'EPERM'
          ? { nb: 'ingen skrivetilgang', en: 'no permission to write' }
          : code === 'EISDIR'
            ? { nb: 'det er en mappe', en: 'it is a folder' }
            : { nb: String(code ?? 'ukjent grunn'), en: String(code ?? 'unknown reason') };
    throw fileError.as('cannot-write', 'cannotWriteWhy', { path: current, why });
  }
}
