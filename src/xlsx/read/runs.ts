/**
 * Runs of whole elements cut from a part's inflated chunks — a sheet's rows, the shared strings' `<si>` — so
 * they can be read apart from the rest of the part, which saxes reads: the rows by the byte scanner
 * (rowsScanner.ts), the strings by a pattern (sharedStrings.ts). A cut lands after an end tag such as `</row>`,
 * which outside a comment, CDATA or processing instruction can only end that element (`<` is escaped in text
 * and attribute values); should any of those turn up once cutting began, the part is read again in one piece
 * (SplitFailed).
 */
import { xmlWriter, type Attributes } from './xml';

/**
 * Reading a part in runs did not work out — a run was not whole elements after all (a comment, a CDATA section
 * or odd markup among them): the part is read again in one piece.
 */
export class SplitFailed extends Error {}

/** Reads a part in runs (`read(true)`), and once more in one piece when a run was not whole elements. */
export async function inRunsElseWhole<T>(read: (inRuns: boolean) => Promise<T>): Promise<T> {
  try {
    return await read(true);
  } catch (error) {
    if (!(error instanceof SplitFailed)) throw error;
  }
  return read(false);
}

/** SAX handlers for what is inside the elements of a run (RowsReader, the shared strings' SiReader). */
export interface RunReader {
  open(tag: string, attributes: Attributes): void;
  text(text: string): void;
  close(tag: string): void;
}

/**
 * A run of whole `element`s read by saxes into `reader`. Anything else at the top — text, another element, a
 * comment, CDATA, a processing instruction anywhere, XML that does not close — is SplitFailed: the run was
 * cut where it should not have been, and the part is read again in one piece.
 */
export function parseRunAsXml(run: Uint8Array, element: string, reader: RunReader): void {
  const notWhole = () => {
    throw new SplitFailed();
  };
  let depth = 0;
  const writer = xmlWriter(
    '',
    {
      open(tag, attributes) {
        if (depth++ === 0 && tag !== element) notWhole();
        reader.open(tag, attributes);
      },
      close(tag) {
        depth--;
        reader.close(tag);
      },
      text(text) {
        if (depth > 0) reader.text(text);
        else if (text.trim() !== '') notWhole();
      },
      markup: notWhole,
    },
    { fragment: true, failure: () => new SplitFailed() },
  );
  writer.write(run);
  writer.end();
  if (depth !== 0) notWhole();
}

const bytesOf = (text: string) => Array.from(text, (c) => c.charCodeAt(0));
const LT = 60;
const GT = 62;
const SLASH = 47;
const COLON = 58;
const CLOSE = bytesOf('</');

/** An element whose runs are cut (`name>`), and the element that holds them, as bytes. */
export interface RunsOf {
  nameEnd: number[];
  container: number[];
}

const runsOf = (name: string, container: string): RunsOf => ({
  nameEnd: bytesOf(`${name}>`),
  container: bytesOf(container),
});
export const ROWS = runsOf('row', 'sheetData');
export const STRINGS = runsOf('si', 'sst');

/**
 * Hands a chunk of the part on in document order: runs of whole elements to `run`, the rest to `write` (the
 * doc parser). `inside`: whether the doc parser is inside the container — cutting begins only there. The chunk
 * where the container starts is cut too: it is written up to the container's start tag first.
 */
export function splitChunk(
  chunk: Uint8Array,
  of: RunsOf,
  inside: () => boolean,
  write: (bytes: Uint8Array) => void,
  run: (bytes: Uint8Array) => void,
): void {
  let rest = chunk;
  if (!inside()) {
    const opened = startTagEnd(chunk, of.container);
    if (opened < 0) return write(chunk);
    write(chunk.subarray(0, opened));
    rest = chunk.subarray(opened);
    if (!inside()) return write(rest);
  }
  const cut = wholeIn(rest, of);
  if (!cut) return write(rest);
  write(rest.subarray(0, cut.from));
  run(rest.subarray(cut.from, cut.to));
  write(rest.subarray(cut.to));
}

/**
 * Just after the first start tag `<name …>` or `<p:name …>` in `bytes`, or -1. (A `>` in one of its attribute
 * values would end it early: the doc parser is then not inside it yet, and nothing is cut.)
 */
function startTagEnd(bytes: Uint8Array, name: number[]): number {
  for (let at = bytes.indexOf(name[0]); at >= 0; at = bytes.indexOf(name[0], at + 1)) {
    let k = 1;
    while (k < name.length && bytes[at + k] === name[k]) k++;
    if (k < name.length) continue;
    const before = bytes[at - 1];
    const after = bytes[at + name.length];
    if ((before === LT || before === COLON) && (after === GT || after === SLASH || after <= 32)) {
      const end = bytes.indexOf(GT, at + name.length);
      return end < 0 ? -1 : end + 1;
    }
  }
  return -1;
}

/**
 * The whole elements in a chunk: from just after its first end tag (the doc parser finishes the element it is
 * in) to just after its last. None when there are not two. (An end tag of the name after the container's end
 * would make the run more than whole elements: SplitFailed.)
 */
function wholeIn(chunk: Uint8Array, of: RunsOf): { from: number; to: number } | undefined {
  const from = endOf(chunk, of.nameEnd, true);
  const to = endOf(chunk, of.nameEnd, false);
  return from < 0 || to <= from ? undefined : { from, to };
}

/** Just after the first (or last) `</name>` or `</prefix:name>` in `bytes`, or -1. */
function endOf(bytes: Uint8Array, nameEnd: number[], first: boolean): number {
  let at = first ? bytes.indexOf(GT) : bytes.lastIndexOf(GT);
  while (at >= 0) {
    if (endsWithClose(bytes, at, nameEnd)) return at + 1;
    at = first ? bytes.indexOf(GT, at + 1) : at === 0 ? -1 : bytes.lastIndexOf(GT, at - 1);
  }
  return -1;
}

/** Whether `>` at `at` ends `</name>` or `</p:name>`. */
function endsWithClose(bytes: Uint8Array, at: number, nameEnd: number[]): boolean {
  let i = at - nameEnd.length + 1;
  if (i < CLOSE.length) return false;
  for (let k = 0; k < nameEnd.length; k++) if (bytes[i + k] !== nameEnd[k]) return false;
  if (bytes[i - 1] === COLON) {
    i--;
    while (i > 0 && isPrefixByte(bytes[i - 1])) i--;
  }
  return bytes[i - 1] === CLOSE[1] && bytes[i - 2] === CLOSE[0];
}

const isPrefixByte = (b: number) =>
  (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57) || b === 95 || b === 45 || b === 46;
