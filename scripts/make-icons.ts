/**
 * Draws the add-in's icons (three rising bars on a rounded square) and writes them as PNGs to assets/.
 * Our own artwork, no image library: a PNG is a zlib stream of RGBA rows. Run: `npx tsx scripts/make-icons.ts`.
 */
import { writeFileSync } from 'fs';
import path from 'path';
import { deflateSync } from 'zlib';

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgba = [number, number, number, number];
const BACKGROUND: Rgba = [0x0f, 0x5c, 0x6e, 255];
const BAR: Rgba = [255, 255, 255, 255];
const TRANSPARENT: Rgba = [0, 0, 0, 0];
/** Bars as [left, right, top] in unit coordinates; all stand on BAR_BOTTOM. */
const BARS: Array<[number, number, number]> = [
  [0.19, 0.35, 0.56],
  [0.42, 0.58, 0.4],
  [0.65, 0.81, 0.22],
];
const BAR_BOTTOM = 0.8;
const CORNER = 0.2;
/** Samples per axis per pixel: smooth edges at 16 px. */
const SUPERSAMPLING = 4;

function insideRoundedSquare(x: number, y: number): boolean {
  const cx = Math.min(Math.max(x, CORNER), 1 - CORNER);
  const cy = Math.min(Math.max(y, CORNER), 1 - CORNER);
  return (x - cx) ** 2 + (y - cy) ** 2 <= CORNER ** 2;
}

function colourAt(x: number, y: number): Rgba {
  if (!insideRoundedSquare(x, y)) return TRANSPARENT;
  const onBar = BARS.some(([left, right, top]) => x >= left && x <= right && y >= top && y <= BAR_BOTTOM);
  return onBar ? BAR : BACKGROUND;
}

/** RGBA pixels, row by row, averaged over SUPERSAMPLING² samples (premultiplied, so edges don't darken). */
export function drawIcon(size: number): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = SUPERSAMPLING * SUPERSAMPLING;
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < SUPERSAMPLING; sy++) {
        for (let sx = 0; sx < SUPERSAMPLING; sx++) {
          const [cr, cg, cb, ca] = colourAt(
            (col + (sx + 0.5) / SUPERSAMPLING) / size,
            (row + (sy + 0.5) / SUPERSAMPLING) / size,
          );
          r += cr * ca;
          g += cg * ca;
          b += cb * ca;
          a += ca;
        }
      }
      const offset = (row * size + col) * 4;
      pixels[offset] = a === 0 ? 0 : Math.round(r / a);
      pixels[offset + 1] = a === 0 ? 0 : Math.round(g / a);
      pixels[offset + 2] = a === 0 ? 0 : Math.round(b / a);
      pixels[offset + 3] = Math.round(a / samples);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A PNG file (8-bit RGBA, no filtering) for a square image. */
export function encodePng(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let row = 0; row < size; row++) {
    rows[row * (size * 4 + 1)] = 0;
    rgba.copy(rows, row * (size * 4 + 1) + 1, row * size * 4, (row + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function makeIcons(assetsDir: string): string[] {
  return ICON_SIZES.map((size) => {
    const file = path.join(assetsDir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, drawIcon(size)));
    return file;
  });
}

if (require.main === module) {
  for (const file of makeIcons(path.resolve(__dirname, '..', 'assets'))) console.log(`Skrev / wrote ${file}`);
}
