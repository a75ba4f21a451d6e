/**
 * The shared-string table (`xl/sharedStrings.xml`): each `<si>`'s text — its `<t>` texts joined, phonetic runs
 * (`<rPh>`) left out, `_xHHHH_` escapes undone — within the limits on how many strings and characters.
 *
 * As a sheet's rows are, the `<si>` are cut from the inflated chunks in runs of whole elements (runs.ts). A run
 * of plain `<si><t>…</t></si>`, as Excel and ExcelJS write them, is read with one pattern over its text: the
 * 50 000-row benchmark's 78 000 strings in about 50 ms, where saxes took 94. A run with anything else in it —
 * rich text, a phonetic run, a comment, an entity other than XML's five — is read by saxes.
 */
import { limitReached, type ReadLimits } from './limits';
import { inRunsElseWhole, parseRunAsXml, splitChunk, SplitFailed, STRINGS, type RunReader } from './runs';
import { unescapeEntities, unescapeXstring, xmlWriter } from './xml';
import type { ZipArchive } from './zip';

export async function readSharedStrings(
  zip: ZipArchive,
  part: string | undefined,
  limits: ReadLimits,
): Promise<string[]> {
  return part ? inRunsElseWhole((inRuns) => readTable(zip, part, limits, inRuns)) : [];
}

async function readTable(
  zip: ZipArchive,
  part: string,
  limits: ReadLimits,
  inRuns: boolean,
): Promise<string[]> {
  const table = new StringTable(limits);
  const strings = new SiReader(table);
  let inTable = false;
  let cutting = false;
  const writer = xmlWriter(part, {
    open(tag) {
      if (tag === 'sst') inTable = true;
      strings.open(tag);
    },
    text: (text) => strings.text(text),
    close: (tag) => strings.close(tag),
    markup() {
      if (cutting) throw new SplitFailed();
    },
  });
  const write = (bytes: Uint8Array) => writer.write(bytes);
  const run = (bytes: Uint8Array) => {
    cutting = true;
    readRun(bytes, table);
  };
  await zip.stream(part, (chunk, final) => {
    if (final) writer.end();
    else if (inRuns) splitChunk(chunk, STRINGS, () => inTable, write, run);
    else writer.write(chunk);
  });
  return table.strings;
}

/** Where the strings read go: `count` each text of the string being read, `add` the string once read. */
export interface StringSink {
  count(text: string): void;
  add(text: string): void;
}

/** The strings, within the limits: how many, and how many characters in all. */
class StringTable implements StringSink {
  readonly strings: string[] = [];
  private chars = 0;

  constructor(private readonly limits: ReadLimits) {}

  count(text: string): void {
    this.chars += text.length;
    if (this.chars > this.limits.sharedStringChars) throw limitReached(this.limits, 'sharedStringChars');
  }

  add(text: string): void {
    if (this.strings.length >= this.limits.sharedStrings) throw limitReached(this.limits, 'sharedStrings');
    this.strings.push(unescapeXstring(text));
  }
}

/** SAX handlers for `<si>` elements: the text of each string's `<t>`, not of its phonetic runs. */
class SiReader implements RunReader {
  private current: string | null = null;
  private inText = false;
  private phonetic = false;

  constructor(private readonly sink: StringSink) {}

  open(tag: string): void {
    if (tag === 'si') this.current = '';
    else if (tag === 't') this.inText = true;
    else if (tag === 'rPh') this.phonetic = true;
  }

  text(text: string): void {
    if (this.current === null || !this.inText || this.phonetic) return;
    this.sink.count(text);
    this.current += text;
  }

  close(tag: string): void {
    if (tag === 't') this.inText = false;
    else if (tag === 'rPh') this.phonetic = false;
    else if (tag === 'si' && this.current !== null) {
      this.sink.add(this.current);
      this.current = null;
    }
  }
}

const decoder = new TextDecoder('utf-8');

/**
 * One plain `<si>`, white space (XML's, but for the carriage return its line-end rule changes) before it: its
 * text holds no markup, no character XML cannot hold or would change, and only XML's five entities.
 */
/* eslint-disable no-control-regex -- the characters XML 1.0 cannot hold, or whose line end it changes */
const PLAIN_SI =
  /[ \t\n]*<si><t(?: xml:space="preserve")?>((?:[^<>&\x00-\x08\x0b-\x1f\ufffe\uffff]|&(?:lt|gt|amp|quot|apos);)*)<\/t><\/si>/y;
/* eslint-enable no-control-regex */

/** The texts of a run of plain `<si>` (escapes not undone), or undefined when it holds anything else. */
export function plainStrings(run: Uint8Array): string[] | undefined {
  const text = decoder.decode(run);
  const strings: string[] = [];
  PLAIN_SI.lastIndex = 0;
  while (PLAIN_SI.lastIndex < text.length) {
    const match = PLAIN_SI.exec(text);
    if (!match) return /^[ \t\n]*$/.test(text.slice(PLAIN_SI.lastIndex)) ? strings : undefined;
    const value = match[1];
    strings.push(value.includes('&') ? unescapeEntities(value) : value);
  }
  return strings;
}

/** A run of whole `<si>`: plain ones by the pattern, else by saxes; not whole `<si>` is SplitFailed. */
function readRun(run: Uint8Array, table: StringTable): void {
  const plain = plainStrings(run);
  if (!plain) return parseStringsAsXml(run, table);
  for (const text of plain) {
    table.count(text);
    table.add(text);
  }
}

/** A run of `<si>` read by saxes (what the pattern leaves, and what the tests hold it to). */
export function parseStringsAsXml(run: Uint8Array, sink: StringSink): void {
  parseRunAsXml(run, 'si', new SiReader(sink));
}
