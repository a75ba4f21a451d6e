/**
 * One part of the .xlsx as a stream of SAX events (saxes), chunk by chunk as the zip inflates it, so no part
 * is ever held whole. Element names arrive without their namespace prefix (`x:c` and `c` are the same cell:
 * some writers prefix the main namespace). saxes expands only XML's five entities and character references —
 * a DOCTYPE's own entities are an error — so an entity bomb cannot grow a part past what the zip limits allow.
 */
import { SaxesParser } from 'saxes';
import { portErrors } from '../../port/errors';
import type { ZipArchive } from './zip';

export type Attributes = Record<string, string>;

export interface XmlHandlers {
  open?(name: string, attributes: Attributes): void;
  close?(name: string): void;
  /** Text and CDATA between tags (whitespace between elements too: handlers keep what they are inside). */
  text?(text: string): void;
}

const local = (name: string) => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/** An attribute by local name: `r:id` and `id` in another prefix are both `id`. */
export function attribute(attributes: Attributes, name: string): string | undefined {
  if (name in attributes) return attributes[name];
  for (const key in attributes) if (local(key) === name) return attributes[key];
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

/** Reads `part` through `handlers`; false when the zip has no such part. Broken XML is `damaged`. */
export async function readPart(zip: ZipArchive, part: string, handlers: XmlHandlers): Promise<boolean> {
  const parser = new SaxesParser({ position: false });
  const failed = (error: Error) => {
    throw error instanceof StopReading ? error : portErrors.damaged(part);
  };
  parser.on('error', failed);
  if (handlers.open) {
    const open = handlers.open;
    parser.on('opentag', (tag) => open(local(tag.name), tag.attributes as Attributes));
  }
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag) => close(local(tag.name)));
  }
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  const decoder = new TextDecoder('utf-8');
  try {
    return await zip.stream(part, (chunk, final) => {
      for (let at = 0; at < chunk.length; at += DECODED_SLICE)
        parser.write(decoder.decode(chunk.subarray(at, at + DECODED_SLICE), { stream: true }));
      if (final) {
        parser.write(decoder.decode());
        parser.close();
      }
    });
  } catch (error) {
    if (error instanceof StopReading) return true;
    throw error;
  }
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
