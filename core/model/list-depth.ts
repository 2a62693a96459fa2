/**
 * How deeply lists nest in rich text, counted without recursion: the input
 * may be a hostile file's raw JSON, nested far deeper than the stack allows.
 */
import { MAX_LIST_DEPTH } from './rich-text';

function isList(node: unknown): node is { children?: unknown } {
  if (typeof node !== 'object' || node === null) return false;
  const type = (node as { type?: unknown }).type;
  return type === 'bulleted-list' || type === 'numbered-list';
}

/**
 * The deepest list nesting in `blocks` (0 without lists, 1 for a flat list),
 * looking no further than `stopAt` levels: enough to know a value is too deep.
 */
export function listDepth(blocks: unknown, stopAt = Number.POSITIVE_INFINITY): number {
  if (!Array.isArray(blocks)) return 0;
  let deepest = 0;
  const pending: { node: unknown; depth: number }[] = blocks.map((node) => ({ node, depth: 0 }));
  while (pending.length > 0) {
    const { node, depth } = pending.pop()!;
    if (!isList(node)) continue;
    const level = depth + 1;
    deepest = Math.max(deepest, level);
    if (deepest >= stopAt) return deepest;
    if (Array.isArray(node.children)) for (const child of node.children) pending.push({ node: child, depth: level });
  }
  return deepest;
}

export interface TooDeepList {
  /** The item's title (or its position when it has none); '' for the pack's introduction. */
  item: string;
  /** The section key, or 'source' for the letter's text of the item. */
  section: string;
  depth: number;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/**
 * The first rich text of raw pack JSON (before validation) whose lists nest
 * deeper than MAX_LIST_DEPTH, so it can be named in words rather than as a
 * path nine `children` long.
 */
export function findTooDeepList(raw: unknown, max = MAX_LIST_DEPTH): TooDeepList | undefined {
  const pack = record(raw);
  if (!pack) return undefined;
  const tooDeep = (blocks: unknown): number | undefined => {
    const depth = listDepth(blocks, max + 1);
    return depth > max ? depth : undefined;
  };
  const introduction = tooDeep(pack.introduction);
  if (introduction) return { item: '', section: 'introduction', depth: introduction };
  const items = Array.isArray(pack.items) ? pack.items : [];
  for (const [index, entry] of items.entries()) {
    const item = record(entry);
    if (!item) continue;
    const title = typeof item.title === 'string' && item.title.trim() ? item.title.trim() : `#${index + 1}`;
    const source = tooDeep(item.source);
    if (source) return { item: title, section: 'source', depth: source };
    for (const [key, blocks] of Object.entries(record(item.sections) ?? {})) {
      const depth = tooDeep(blocks);
      if (depth) return { item: title, section: key, depth };
    }
  }
  return undefined;
}
