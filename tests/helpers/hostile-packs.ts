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
