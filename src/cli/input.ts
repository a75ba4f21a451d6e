/**
 * The workbook file a command reads: what it is decided from its bytes (not its name), with a one-line
 * reason when it cannot be used — missing, a folder, empty, password-protected, the old .xls format, not a
 * workbook at all, or a zip that is no workbook.
 */
import { promises as fs } from 'node:fs';
import { OmstillingError } from '../core/errors';

export type InputFileCode =
  | 'file-missing'
  | 'not-a-file'
  | 'unreadable'
  | 'empty-file'
  | 'encrypted'
  | 'old-xls'
  | 'not-xlsx'
  | 'corrupt-xlsx'
  | 'file-exists'
  | 'cannot-write';

export class InputFileError extends OmstillingError<InputFileCode> {
  constructor(code: InputFileCode, message: string, messageEn: string) {
    super('file', code, { nb: message, en: messageEn });
    this.name = 'InputFileError';
  }
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

function problem(code: InputFileCode, path: string): InputFileError {
  const f = path;
  switch (code) {
    case 'file-missing':
      return new InputFileError(code, `Fant ikke filen «${f}».`, `File not found: "${f}".`);
    case 'not-a-file':
      return new InputFileError(code, `«${f}» er en mappe, ikke en fil.`, `"${f}" is a folder, not a file.`);
    case 'unreadable':
      return new InputFileError(code, `Har ikke lov til å lese «${f}».`, `No permission to read "${f}".`);
    case 'empty-file':
      return new InputFileError(code, `Filen «${f}» er tom (0 byte).`, `The file "${f}" is empty (0 bytes).`);
    case 'encrypted':
      return new InputFileError(
        code,
        `«${f}» er passordbeskyttet. Åpne den i Excel, fjern passordet (Fil → Info → Beskytt arbeidsbok) og lagre på nytt.`,
        `"${f}" is password-protected. Open it in Excel, remove the password (File → Info → Protect Workbook) and save again.`,
      );
    case 'old-xls':
      return new InputFileError(
        code,
        `«${f}» er i det gamle .xls-formatet (Excel 97–2003). Lagre den som .xlsx i Excel først.`,
        `"${f}" is in the old .xls format (Excel 97–2003). Save it as .xlsx in Excel first.`,
      );
    case 'not-xlsx':
      return new InputFileError(
        code,
        `«${f}» er ikke en Excel-arbeidsbok (.xlsx).`,
        `"${f}" is not an Excel workbook (.xlsx).`,
      );
    case 'corrupt-xlsx':
      return new InputFileError(
        code,
        `«${f}» er en zip-fil, men ikke en lesbar Excel-arbeidsbok (.xlsx). Åpne og lagre den i Excel på nytt.`,
        `"${f}" is a zip file but not a readable Excel workbook (.xlsx). Open and save it again in Excel.`,
      );
    case 'file-exists':
      return new InputFileError(
        code,
        `Filen «${f}» finnes fra før. Bruk --overskriv for å skrive over den.`,
        `The file "${f}" already exists. Use --force to overwrite it.`,
      );
    case 'cannot-write':
      return new InputFileError(code, `Kan ikke skrive «${f}».`, `Cannot write "${f}".`);
  }
}

export const inputProblem = problem;

/** The bytes of a workbook file, or an InputFileError saying why it cannot be used. */
export async function readWorkbookFile(path: string): Promise<Buffer> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw problem('not-a-file', path);
    bytes = await fs.readFile(path);
  } catch (error) {
    if (error instanceof InputFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw problem('file-missing', path);
    if (code === 'EACCES' || code === 'EPERM') throw problem('unreadable', path);
    if (code === 'EISDIR') throw problem('not-a-file', path);
    throw error;
  }
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
      throw new InputFileError(
        'not-xlsx',
        `«${path}» er en tekstfil (CSV?), ikke en Excel-arbeidsbok (.xlsx). Åpne den i Excel og lagre som .xlsx.`,
        `"${path}" is a text file (CSV?), not an Excel workbook (.xlsx). Open it in Excel and save as .xlsx.`,
      );
    default:
      throw problem('not-xlsx', path);
  }
}

/** Writes next to the target first, then renames, so a failed write never leaves half a workbook. */
export async function writeNewFile(path: string, bytes: Uint8Array, overwrite: boolean): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    if (!overwrite) {
      const exists = await fs.stat(path).then(
        () => true,
        () => false,
      );
      if (exists) throw problem('file-exists', path);
    }
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, path);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    if (error instanceof InputFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? { nb: 'mappen finnes ikke', en: 'the folder does not exist' }
        : code === 'EACCES' || code === 'EPERM'
          ? { nb: 'ingen skrivetilgang', en: 'no permission to write' }
          : code === 'EISDIR'
            ? { nb: 'det er en mappe', en: 'it is a folder' }
            : { nb: String(code ?? 'ukjent grunn'), en: String(code ?? 'unknown reason') };
    throw new InputFileError(
      'cannot-write',
      `Kan ikke skrive «${path}» (${why.nb}).`,
      `Cannot write "${path}" (${why.en}).`,
    );
  }
}
