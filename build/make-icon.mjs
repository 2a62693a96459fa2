// Draws the app icon with node and zlib only: a dark blue rounded square with a
// white page, its text lines, and an orange ribbon. From the one drawing it
// writes assets/icon.png (512x512, Linux and the window), assets/icon.ico
// (Windows) and assets/icon.icns (macOS), each size drawn at that size (with
// 4x4 or more samples per pixel), never scaled down from a bigger picture.
// Usage: node build/make-icon.mjs [out-dir=assets]
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const NAVY = [21, 42, 84];
const WHITE = [255, 255, 255];
const LINE = [150, 163, 189];
const ORANGE = [230, 120, 30];

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** RGBA pixels to PNG bytes (colour type 6, no filter). */
export function encodePng(width, height, rgba) {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function insideRoundedRect(x, y, left, top, right, bottom, radius) {
  if (x < left || x >= right || y < top || y >= bottom) return false;
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** The colour at a point of the 512-unit drawing, or null outside it. */
function colourAt(x, y) {
  let colour = null;
  if (insideRoundedRect(x, y, 16, 16, 496, 496, 96)) colour = NAVY;
  if (insideRoundedRect(x, y, 136, 88, 376, 424, 18)) colour = WHITE;
  for (let line = 0; line < 6; line++) {
    const top = 150 + line * 40;
    const right = line === 5 ? 270 : 336;
    if (insideRoundedRect(x, y, 176, top, right, top + 14, 7)) colour = LINE;
  }
  // The ribbon: a bookmark hanging from the top edge of the page, with a notch at its foot.
  const rx = x - 300;
  const ry = y - 70;
  if (rx >= 0 && rx < 44 && ry >= 0 && ry < 120 - Math.abs(rx - 22) * 0.9) {
    if (ry < 90 || Math.abs(rx - 22) > (ry - 90) * 0.75) colour = ORANGE;
  }
  return colour;
}

/** RGBA pixels of the icon at size x size, each pixel the average of samples x samples points. */
export function drawPixels(size) {
  const samples = Math.min(8, Math.max(2, Math.ceil(2048 / size)));
  const unit = 512 / size / samples;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = colourAt((px * samples + sx + 0.5) * unit, (py * samples + sy + 0.5) * unit);
          if (!colour) continue;
          r += colour[0]; g += colour[1]; b += colour[2]; a += 1;
        }
      }
      if (a === 0) continue;
      // Colour averaged over the covered samples only, so edges do not darken (straight alpha).
      pixels.set([Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / samples ** 2)], (py * size + px) * 4);
    }
  }
  return pixels;
}

export function drawIcon(size = SIZE) {
  return encodePng(size, size, drawPixels(size));
}

/** Windows sizes: the shell picks 16 to 48 for lists and 256 for large views. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

/**
 * A 32-bit BMP image as stored in an ICO: the header says twice the height
 * (the colour rows and the AND mask), rows bottom-up in BGRA, then the mask.
 */
function icoBitmap(size, rgba) {
  const maskRow = Math.ceil(size / 32) * 4;
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8);
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  header.writeUInt32LE(size * size * 4 + maskRow * size, 20);
  const colour = Buffer.alloc(size * size * 4);
  const mask = Buffer.alloc(maskRow * size);
  for (let y = 0; y < size; y++) {
    const row = size - 1 - y;
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4;
      colour.set([rgba[from + 2], rgba[from + 1], rgba[from], rgba[from + 3]], (row * size + x) * 4);
      // Transparent pixels set in the mask, for programs that ignore the alpha channel.
      if (rgba[from + 3] === 0) mask[row * maskRow + (x >> 3)] |= 0x80 >> (x & 7);
    }
  }
  return Buffer.concat([header, colour, mask]);
}

/** An ICO file: BMP images up to 64 px (what every Windows version reads), PNG above (smaller). */
export function encodeIco(sizes = ICO_SIZES) {
  const images = sizes.map((size) => {
    const rgba = drawPixels(size);
    return { size, data: size <= 64 ? icoBitmap(size, rgba) : encodePng(size, size, rgba) };
  });
  const directory = Buffer.alloc(6 + 16 * images.length);
  directory.writeUInt16LE(0, 0);
  directory.writeUInt16LE(1, 2);
  directory.writeUInt16LE(images.length, 4);
  let offset = directory.length;
  images.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i;
    directory[entry] = size >= 256 ? 0 : size; // 0 means 256
    directory[entry + 1] = size >= 256 ? 0 : size;
    directory.writeUInt16LE(1, entry + 4); // colour planes
    directory.writeUInt16LE(32, entry + 6); // bits per pixel
    directory.writeUInt32LE(data.length, entry + 8);
    directory.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([directory, ...images.map((image) => image.data)]);
}

/** ICNS element types holding PNG data, and their pixel size (the @2x types for Retina screens). */
export const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32],
  ['icp6', 64],
  ['ic12', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic13', 256],
  ['ic09', 512],
  ['ic14', 512],
  ['ic10', 1024],
];

/** An ICNS file: 'icns', the total length, then one (type, length, PNG) element per entry. */
export function encodeIcns(types = ICNS_TYPES) {
  const pngs = new Map();
  const elements = types.map(([type, size]) => {
    if (!pngs.has(size)) pngs.set(size, drawIcon(size));
    const data = pngs.get(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(8 + data.length, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + elements.reduce((sum, element) => sum + element.length, 0), 4);
  return Buffer.concat([head, ...elements]);
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = process.argv[2] ?? path.join(root, 'assets');
  const files = { 'icon.png': drawIcon(), 'icon.ico': encodeIco(), 'icon.icns': encodeIcns() };
  for (const [name, bytes] of Object.entries(files)) {
    writeFileSync(path.join(outDir, name), bytes);
    console.log(`Wrote ${path.relative(process.cwd(), path.join(outDir, name))} (${bytes.length} bytes)`);
  }
}
