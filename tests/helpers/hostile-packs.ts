/** Building blocks for hostile packs: deep lists, and a container written from raw JSON text. */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ListElement } from '../../core/model/rich-text';

/** A list nested `depth` levels deep; level n holds the item "level n", the deepest "deepest words". */
export function nestedList(depth: number): ListElement {
  let list: ListElement = { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'deepest words' }] }] };
  for (let level = depth - 1; level >= 1; level--) {
    list = { type: level % 2 ? 'numbered-list' : 'bulleted-list', children: [{ type: 'list-item', children: [{ text: `level ${level}` }] }, list] };
  }
  return list;
}

/** A .briefpack whose pack.json is exactly `json` (so it may hold what JSON.stringify would not write), plus other entries. */
export function containerWith(json: string, extra: Zippable = {}): Uint8Array {
  return zipSync({ mimetype: strToU8('application/vnd.briefing-composer.pack+zip'), 'pack.json': strToU8(json), ...extra });
}

/**
 * The zip with `name`'s size as declared in the central directory (what is
 * read before inflating) set to `size`: a bomb's claim without its bytes.
 */
export function declaringSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = Uint8Array.from(zip);
  const view = new DataView(out.buffer);
  const encoded = new TextEncoder().encode(name);
  for (let at = 0; at + 46 <= out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const found = out.subarray(at + 46, at + 46 + nameLength);
    if (nameLength === encoded.length && found.every((byte, i) => byte === encoded[i])) {
      view.setUint32(at + 24, size, true);
      return out;
    }
  }
  throw new Error(`no central directory entry ${name}`);
}

/** Offsets of `name`'s local header and central directory entry in `zip`. */
function headersOf(zip: Uint8Array, name: string): { local: number; central: number } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const encoded = new TextEncoder().encode(name);
  for (let at = 0; at + 46 <= zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const found = zip.subarray(at + 46, at + 46 + nameLength);
    if (nameLength === encoded.length && found.every((byte, i) => byte === encoded[i])) return { local: view.getUint32(at + 42, true), central: at };
  }
  throw new Error(`no central directory entry ${name}`);
}

/** The zip with `name`'s CRC-32 as recorded in the central directory set to `crc`. */
export function recordingChecksum(zip: Uint8Array, name: string, crc: number): Uint8Array {
  const out = Uint8Array.from(zip);
  new DataView(out.buffer).setUint32(headersOf(out, name).central + 16, crc >>> 0, true);
  return out;
}

/** Where `name`'s data starts and ends in `zip` (after its local header). */
export function entryDataRange(zip: Uint8Array, name: string): { start: number; end: number } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const { local, central } = headersOf(zip, name);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  return { start, end: start + view.getUint32(central + 20, true) };
}

/**
 * The zip with the entry `from` renamed to `to` (of the same length) in both
 * its headers: a way to write two entries of one name, which a zip tool
 * building from a map of names cannot.
 */
export function renamingEntry(zip: Uint8Array, from: string, to: string): Uint8Array {
  const encoded = new TextEncoder().encode(to);
  if (encoded.length !== new TextEncoder().encode(from).length) throw new Error('names must be of the same length');
  const out = Uint8Array.from(zip);
  const { local, central } = headersOf(out, from);
  out.set(encoded, local + 30);
  out.set(encoded, central + 46);
  return out;
}
