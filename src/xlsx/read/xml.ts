/**
 * One part of the .xlsx as a stream of SAX events (saxes), chunk by chunk as the zip inflates it, so no part
 * is ever held whole. Element names arrive without their namespace prefix (`x:c` and `c` are the same cell:
 * some writers prefix the main namespace). saxes expands only XML's five entities and character references —
 * a DOCTYPE's own entities are an error — so an entity bomb cannot grow a part past what the zip limits allow.
 */
import { SaxesParser } from 'saxes';
import { portErrors } from '../../port/errors';
import type { ZipArchive } from './zip';

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

export type Attributes = Record<string, string>;

export interface XmlHandlers {
  open?(name: string, attributes: Attributes): void;
  close?(name: string): void;
  /** Text and CDATA between tags (whitespace between elements too: handlers keep what they are inside). */
  text?(text: string): void;
  /** A comment, a processing instruction or a CDATA section (which is text too). */
  markup?(): void;
}

/** An attribute by local name: `r:id` and `id` in another prefix are both `id`. */
export function attribute(attributes: Attributes, name: string): string | undefined {
  if (name in attributes) return attributes[name];
  for (const key in attributes) if (localName(key) === name) return attributes[key];
  return undefined;
}

/**
 * Bytes decoded to text at a time. The strings stay small enough for V8's young generation (under its 128 KB
 * large-object size even as two-byte text), where they die cheaply: a 256 KB chunk decoded whole is a
 * large object that lives until the next full collection — some 20 MB more at the peak of a 50 000-row read.
 */
const DECODED_SLICE = 32 * 1024;

/** Thrown by a handler to stop reading a part early, once it has what it needs. */
export class StopReading extends Error {}

/** An XML part parsed as its bytes are written: `end()` after the last. */
export interface XmlWriter {
  write(bytes: Uint8Array): void;
  end(): void;
}

const ignore = () => undefined;

/**
 * Parses what is written through `handlers`. Broken XML is `damaged` (or `options.failure`); `fragment`
 * accepts a run of elements with no single root (a run of rows).
 *
 * Every parser gets the same seven handlers, in the same order, whatever `handlers` has: saxes keeps them as
 * properties of the parser, and V8 reads properties fast only from objects of a few shapes with few added
 * properties. Parsers of two shapes in one process, or one with an eighth handler, parsed several times slower.
 */
export function xmlWriter(
  part: string,
  handlers: XmlHandlers,
  options: { fragment?: boolean; failure?: () => Error } = {},
): XmlWriter {
  const parser = new SaxesParser({ position: false, fragment: options.fragment ?? false });
  const { open, close, text, markup } = handlers;
  parser.on('error', (error) => {
    throw error instanceof StopReading ? error : (options.failure?.() ?? portErrors.damaged(part));
  });
  parser.on('opentag', open ? (tag) => open(localName(tag.name), tag.attributes as Attributes) : ignore);
  parser.on('closetag', close ? (tag) => close(localName(tag.name)) : ignore);
  parser.on('text', text ?? ignore);
  parser.on('cdata', (cdata) => {
    markup?.();
    text?.(cdata);
  });
  parser.on('comment', markup ?? ignore);
  parser.on('processinginstruction', markup ?? ignore);
  const decoder = new TextDecoder('utf-8');
  return {
    write(bytes) {
      for (let at = 0; at < bytes.length; at += DECODED_SLICE)
        parser.write(decoder.decode(bytes.subarray(at, at + DECODED_SLICE), { stream: true }));
    },
    end() {
      parser.write(decoder.decode());
      parser.close();
    },
  };
}

/** Reads `part` through `handlers`; false when the zip has no such part. Broken XML is `damaged`. */
export async function readPart(zip: ZipArchive, part: string, handlers: XmlHandlers): Promise<boolean> {
  const writer = xmlWriter(part, handlers);
  try {
    return await zip.stream(part, (chunk, final) => (final ? writer.end() : writer.write(chunk)));
  } catch (error) {
    if (error instanceof StopReading) return true;
    throw error;
  }
}

/** XML's five entities, all saxes expands without a DOCTYPE (the byte scanners read no others). */
export const XML_ENTITIES: Readonly<Record<string, string>> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&apos;': "'",
};

/** Text with XML's five entities undone (a text already known to hold no other `&`). */
export function unescapeEntities(text: string): string {
  return text.replace(/&(?:lt|gt|amp|quot|apos);/g, (entity) => XML_ENTITIES[entity]);
}

/**
 * OOXML keeps characters XML cannot hold as `_xHHHH_` (ECMA-376 Part 1, §22.9.2.19 ST_Xstring); Excel writes
 * a literal `_x…_` with its underscore escaped as `_x005F_` (MS-OI29500 §2.1.1747), which this undoes too.
 */
export function unescapeXstring(text: string): string {
  return text.indexOf('_x') < 0
    ? text
    : text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
