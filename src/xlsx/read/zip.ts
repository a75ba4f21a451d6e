/**
 * The .xlsx container, read part by part with a running cap on what each part inflates to.
 *
 * fflate does the inflating (its streaming `Inflate`); what it has no call for is random access with a cap:
 * `unzipSync` inflates whole entries into buffers of the size the entry *claims*, and the streaming `Unzip`
 * walks local headers in archive order, while a workbook's parts must be read in dependency order (the
 * workbook and its relationships before the sheets they name, the shared strings before the cells — and
 * writers put `sharedStrings.xml` after the sheets). So the central directory (PKWARE APPNOTE 6.3.9, §4.3.12 and
 * §4.3.16) is read here: names, methods, sizes and offsets; each part is then inflated in small chunks and
 * counted as it comes, and a part that inflates past its limit stops right there (a zip bomb costs the time to
 * inflate the limit, never the memory to hold it).
 */
import { Inflate } from 'fflate';
import { limitReached, type ReadLimits } from './limits';
import { portErrors } from '../../port/errors';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_END_SIGNATURE = 0x06064b50;
const STORED = 0;
const DEFLATED = 8;
/** Compressed bytes handed to fflate at a time: deflate's best ratio (~1032:1) keeps one push under ~16 MB. */
const CHUNK = 16 * 1024;
/** Parts smaller than this inflated are never held to the ratio limit (small parts compress unevenly). */
const RATIO_GRACE = 1024 * 1024;

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  localOffset: number;
}

/** Thrown for a container that is not a readable zip; the CLI says «not a readable workbook». */
export class ZipFormatError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ZipFormatError';
  }
}

export class ZipArchive {
  private readonly entries = new Map<string, Entry>();
  private inflatedTotal = 0;
  private readonly view: DataView;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: ReadLimits,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.readDirectory();
  }

  private u16(at: number): number {
    return this.view.getUint16(at, true);
  }

  private u32(at: number): number {
    return this.view.getUint32(at, true);
  }

  /** The end-of-central-directory record: the last 22 bytes, or earlier when a comment (≤ 65 535 bytes) follows. */
  private findEnd(): number {
    const last = this.bytes.length - 22;
    for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
      if (this.u32(at) === EOCD_SIGNATURE) return at;
    }
    throw new ZipFormatError('no end of central directory');
  }

  private readDirectory(): void {
    if (this.bytes.length < 22) throw new ZipFormatError('too short');
    const end = this.findEnd();
    let count = this.u16(end + 10);
    let at = this.u32(end + 16);
    if (count === 0xffff || at === 0xffffffff) ({ count, at } = this.zip64End(end));
    if (count > this.limits.zipEntries) throw limitReached(this.limits, 'zipEntries');
    const decoder = new TextDecoder();
    for (let i = 0; i < count; i++) {
      if (at + 46 > this.bytes.length || this.u32(at) !== CENTRAL_SIGNATURE)
        throw new ZipFormatError('central directory cut short');
      const nameLength = this.u16(at + 28);
      const extraLength = this.u16(at + 30);
      const commentLength = this.u16(at + 32);
      const name = decoder.decode(this.bytes.subarray(at + 46, at + 46 + nameLength));
      const entry: Entry = {
        name,
        method: this.u16(at + 10),
        compressedSize: this.u32(at + 20),
        localOffset: this.u32(at + 42),
      };
      if (
        entry.compressedSize === 0xffffffff ||
        entry.localOffset === 0xffffffff ||
        this.u32(at + 24) === 0xffffffff
      )
        this.zip64Sizes(entry, at + 46 + nameLength, extraLength, this.u32(at + 24) === 0xffffffff);
      this.entries.set(normalizeName(name), entry);
      at += 46 + nameLength + extraLength + commentLength;
    }
  }

  /** Zip64's end record (APPNOTE §4.3.14–15), for writers that use it even for small files. */
  private zip64End(end: number): { count: number; at: number } {
    const locator = end - 20;
    if (locator < 0 || this.u32(locator) !== ZIP64_LOCATOR_SIGNATURE)
      throw new ZipFormatError('no zip64 locator');
    const record = this.u64(locator + 8);
    if (record + 56 > this.bytes.length || this.u32(record) !== ZIP64_END_SIGNATURE)
      throw new ZipFormatError('no zip64 end record');
    return { count: this.u64(record + 32), at: this.u64(record + 48) };
  }

  /** The zip64 extra field (id 1, APPNOTE §4.5.3): 8-byte values for those the header left at 0xFFFFFFFF. */
  private zip64Sizes(entry: Entry, extra: number, length: number, hasOriginalSize: boolean): void {
    for (let at = extra; at + 4 <= extra + length;) {
      const id = this.u16(at);
      const size = this.u16(at + 2);
      if (id === 1) {
        let field = at + 4;
        if (hasOriginalSize) field += 8;
        if (entry.compressedSize === 0xffffffff) {
          entry.compressedSize = this.u64(field);
          field += 8;
        }
        if (entry.localOffset === 0xffffffff) entry.localOffset = this.u64(field);
        return;
      }
      at += 4 + size;
    }
    throw new ZipFormatError(`${entry.name}: no zip64 sizes`);
  }

  private u64(at: number): number {
    if (at + 8 > this.bytes.length) throw new ZipFormatError('cut short');
    return this.u32(at) + this.u32(at + 4) * 2 ** 32;
  }

  /** Part names are case-insensitive in OPC (ECMA-376 Part 2, §9.1.1.1); a leading '/' is optional. */
  has(name: string): boolean {
    return this.entries.has(normalizeName(name));
  }

  /**
   * The part's bytes, inflated in chunks and handed to `onChunk` as they come; stops with `read-limit` when
   * the part passes `partBytes` or everything read passes `totalBytes`. Returns false when there is no such part.
   */
  stream(name: string, onChunk: (chunk: Uint8Array, final: boolean) => void): boolean {
    const entry = this.entries.get(normalizeName(name));
    if (!entry) return false;
    const data = this.compressedData(entry);
    let partTotal = 0;
    /** Compressed bytes handed to the inflater so far, for the ratio. */
    let consumed = 0;
    const count = (chunk: Uint8Array) => {
      partTotal += chunk.length;
      this.inflatedTotal += chunk.length;
      if (partTotal > this.limits.partBytes) throw limitReached(this.limits, 'partBytes', entry.name);
      if (partTotal > RATIO_GRACE && partTotal > this.limits.inflateRatio * consumed)
        throw limitReached(this.limits, 'inflateRatio', entry.name);
      if (this.inflatedTotal > this.limits.totalBytes) throw limitReached(this.limits, 'totalBytes');
    };
    if (entry.method === STORED) {
      if (data.length === 0) onChunk(data, true);
      for (let at = 0; at < data.length; at += CHUNK) {
        const chunk = data.subarray(at, Math.min(data.length, at + CHUNK));
        consumed += chunk.length;
        count(chunk);
        onChunk(chunk, at + CHUNK >= data.length);
      }
      return true;
    }
    if (entry.method !== DEFLATED)
      throw new ZipFormatError(`${entry.name}: compression method ${entry.method}`);
    let ended = false;
    const inflate = new Inflate((chunk, final) => {
      count(chunk);
      ended ||= final;
      onChunk(chunk, final);
    });
    try {
      for (let at = 0; at < data.length; at += CHUNK) {
        const chunk = data.subarray(at, Math.min(data.length, at + CHUNK));
        consumed += chunk.length;
        inflate.push(chunk, at + CHUNK >= data.length);
      }
    } catch (error) {
      // fflate's own errors carry a numeric code: invalid or truncated deflate data. Ours pass through.
      if (error instanceof Error && typeof (error as { code?: unknown }).code === 'number')
        throw portErrors.damaged(entry.name);
      throw error;
    }
    if (!ended) throw portErrors.damaged(entry.name);
    return true;
  }

  private compressedData(entry: Entry): Uint8Array {
    const at = entry.localOffset;
    if (at + 30 > this.bytes.length || this.u32(at) !== LOCAL_SIGNATURE)
      throw new ZipFormatError(`${entry.name}: no local header`);
    const start = at + 30 + this.u16(at + 26) + this.u16(at + 28);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw new ZipFormatError(`${entry.name}: cut short`);
    return this.bytes.subarray(start, end);
  }
}

function normalizeName(name: string): string {
  return name.replace(/^\//, '').toLowerCase();
}
