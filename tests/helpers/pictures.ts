/** Pictures made for tests: real PNGs of any size (zlib from fflate, CRCs computed), and the small JPEG fixture. */
import { readFileSync } from 'node:fs';
import { zlibSync } from 'fflate';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function ihdr(width: number, height: number): Uint8Array {
  const data = new Uint8Array(13);
  const view = new DataView(data.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  data.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, no interlace
  return chunk('IHDR', data);
}

const SIGNATURE = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A w×h RGB PNG: red left half, blue right half (so a reader's picture can be told from a blank). */
export function pngPicture(width: number, height: number): Uint8Array {
  const row = 1 + width * 3;
  const raw = new Uint8Array(row * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw.set(x < width / 2 ? [200, 30, 30] : [30, 30, 200], y * row + 1 + x * 3);
  }
  return concat([SIGNATURE, ihdr(width, height), chunk('IDAT', zlibSync(raw)), chunk('IEND', new Uint8Array())]);
}

/** Only a PNG's header: it declares any size, with a one-pixel body (a decompression bomb's shape). */
export function pngDeclaring(width: number, height: number): Uint8Array {
  return concat([SIGNATURE, ihdr(width, height), chunk('IDAT', zlibSync(new Uint8Array(4))), chunk('IEND', new Uint8Array())]);
}

/** A 48×24 baseline JPEG (made by a browser's canvas encoder). */
export const jpegPicture = (): Uint8Array => new Uint8Array(readFileSync(new URL('../fixtures/pictures/gradient-48x24.jpg', import.meta.url)));
