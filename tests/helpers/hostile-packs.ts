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
