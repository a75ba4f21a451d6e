/**
 * The .xlsx container, read part by part with a running cap on what each part inflates to.
 *
 * The platform inflates (native code, some four times faster than a JavaScript inflater on a 23 MB sheet):
 * `DecompressionStream('deflate-raw')` by default — the Compression Streams standard, in browsers for the
 * preview and in Node ≥ 20.12 (nodejs/node#50097) — or the `Inflate` the caller hands in (the CLI gives
 * Node's zlib with larger chunks: src/cli/inflate.ts). What no zip library offers is random access with a
 * cap: whole-entry readers inflate into buffers of the size the entry *claims*, and streaming ones walk local
 * headers in archive order, while a workbook's parts must be read in dependency order (the workbook and its
 * relationships before the sheets they name, the shared strings before the cells — and writers put
 * `sharedStrings.xml` after the sheets). So the central directory (PKWARE APPNOTE 6.3.9, §4.3.12 and §4.3.16)
 * is read here: names, methods, sizes and offsets; each part is then inflated chunk by chunk and counted as it
 * comes, and a part that inflates past its limit stops right there (a zip bomb costs the time to inflate the
 * limit, never the memory to hold it: the stream inflates only as its chunks are read).
 */
import { limitReached, type ReadLimits } from './limits';
import { portErrors } from '../../port/errors';

/** Raw deflate data in, its bytes out as they inflate; stopping the iteration early stops the inflating. */
export type Inflate = (compressed: Uint8Array) => AsyncIterable<Uint8Array>;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_END_SIGNATURE = 0x06064b50;
const STORED = 0;
const DEFLATED = 8;
/** Compressed bytes handed to the inflater at a time, and a stored part's slices. */
const CHUNK = 64 * 1024;
/** Parts smaller than this inflated are never held to the ratio limit (small parts compress unevenly). */
const RATIO_GRACE = 1024 * 1024;

/** The Compression Streams standard's inflater, fed the compressed bytes a chunk at a time as it asks. */
export async function* webInflate(compressed: Uint8Array): AsyncGenerator<Uint8Array> {
  let taken = 0;
  const source = new ReadableStream<BufferSource>(
    {
      pull(controller) {
        if (taken >= compressed.length) return controller.close();
        // The file's bytes, never a SharedArrayBuffer.
        const chunk = compressed.subarray(taken, taken + CHUNK) as Uint8Array<ArrayBuffer>;
        taken += chunk.length;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  const inflated = source.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  try {
    for (;;) {
      const next = await inflated.read();
      if (next.done) return;
      yield next.value;
    }
  } finally {
    // Stops the inflater when the reader stopped early (a no-op once it is done).
    inflated.cancel().catch(() => undefined);
  }
}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  /** What the zip says the part inflates to: trusted only to refuse early, never to size a buffer. */
  size: number;
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
  /** What each part read so far inflated to: a part read twice (described, then read) counts once. */
  private readonly inflated = new Map<string, number>();
  private readonly view: DataView;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: ReadLimits,
    private readonly inflate: Inflate = webInflate,
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
        size: this.u32(at + 24),
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
        if (hasOriginalSize) {
          entry.size = this.u64(field);
          field += 8;
        }
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

  /** What the zip says the part inflates to (0 when there is no such part): a hint, never a limit. */
  declaredSize(name: string): number {
    return this.entries.get(normalizeName(name))?.size ?? 0;
  }

  /**
   * The part's bytes, inflated in chunks and handed to `onChunk` as they come (the last call has `final` set);
   * stops with `read-limit` when the part passes `partBytes` or everything read passes `totalBytes`, and with
   * `damaged` when the deflate data is broken or cut short. Resolves false when there is no such part.
   */
  async stream(name: string, onChunk: (chunk: Uint8Array, final: boolean) => void): Promise<boolean> {
    const entry = this.entries.get(normalizeName(name));
    if (!entry) return false;
    const data = this.compressedData(entry);
    // The most this part may inflate to: its limit, and `inflateRatio` times its compressed size. A part whose
    // zip entry says it is larger is refused before anything is inflated (a zip bomb tells its size); one
    // whose entry lies stops when it gets there — the time to inflate the cap, never the memory to hold it.
    const byRatio = Math.max(RATIO_GRACE, this.limits.inflateRatio * entry.compressedSize);
    /** What the other parts read so far inflated to (asked each time: two parts may be read at once). */
    const others = () => {
      let total = 0;
      for (const [name, size] of this.inflated) if (name !== entry.name) total += size;
      return total;
    };
    const overCap = (size: number) => {
      // The ratio first: it names a bomb for what it is, whatever its size.
      if (size > byRatio) return limitReached(this.limits, 'inflateRatio', entry.name);
      if (size > this.limits.partBytes) return limitReached(this.limits, 'partBytes', entry.name);
      if (others() + size > this.limits.totalBytes) return limitReached(this.limits, 'totalBytes');
      return undefined;
    };
    const refused = overCap(entry.size);
    if (refused) throw refused;
    let partTotal = 0;
    const count = (chunk: Uint8Array) => {
      partTotal += chunk.length;
      const reached = overCap(partTotal);
      if (reached) throw reached;
      this.inflated.set(entry.name, partTotal);
    };
    if (entry.method === STORED) {
      for (let at = 0; at < data.length; at += CHUNK) {
        const chunk = data.subarray(at, Math.min(data.length, at + CHUNK));
        count(chunk);
        onChunk(chunk, false);
      }
    } else if (entry.method === DEFLATED) {
      const chunks = this.inflate(data)[Symbol.asyncIterator]();
      try {
        for (;;) {
          let next: IteratorResult<Uint8Array>;
          try {
            next = await chunks.next();
          } catch (_inflaterError) {
            // Only the inflater runs here (its errors differ by platform): deflate data invalid or cut short.
            throw portErrors.damaged(entry.name);
          }
          if (next.done) break;
          count(next.value);
          onChunk(next.value, false);
        }
      } finally {
        // A limit or a handler stopped the read early: the inflater stops too (a no-op once it is done).
        await Promise.resolve(chunks.return?.()).catch(() => undefined);
      }
    } else throw new ZipFormatError(`${entry.name}: compression method ${entry.method}`);
    onChunk(new Uint8Array(0), true);
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
