// Draws the app icon (512x512 PNG) with node and zlib only: a dark blue rounded
// square with a white page, its text lines, and an orange ribbon.
// Usage: node build/make-icon.mjs [out=assets/icon.png]
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

export function drawIcon(size = SIZE) {
  const s = size / 512;
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let colour = null;
      if (insideRoundedRect(x, y, 16 * s, 16 * s, 496 * s, 496 * s, 96 * s)) colour = NAVY;
      if (insideRoundedRect(x, y, 136 * s, 88 * s, 376 * s, 424 * s, 18 * s)) colour = WHITE;
      for (let line = 0; line < 6; line++) {
        const top = (150 + line * 40) * s;
        const right = (line === 5 ? 270 : 336) * s;
        if (insideRoundedRect(x, y, 176 * s, top, right, top + 14 * s, 7 * s)) colour = LINE;
      }
      // The ribbon: a bookmark hanging from the top edge of the page.
      const rx = x - 300 * s;
      const ry = y - 70 * s;
      if (rx >= 0 && rx < 44 * s && ry >= 0 && ry < 120 * s && ry < 120 * s - Math.abs(rx - 22 * s) * 0.9 + 0) {
        if (ry < 90 * s || Math.abs(rx - 22 * s) > (ry - 90 * s) * 0.75) colour = ORANGE;
      }
      if (colour) pixels.set([...colour, 255], (y * size + x) * 4);
    }
  }
  return encodePng(size, size, pixels);
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (invokedDirectly) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const out = process.argv[2] ?? path.join(root, 'assets', 'icon.png');
  writeFileSync(out, drawIcon());
  console.log(`Wrote ${path.relative(process.cwd(), out)}`);
}
