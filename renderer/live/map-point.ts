/**
 * Where the caret goes when another writer's edit replaces a section's value
 * under it: blocks and text before the caret that did not change keep it
 * where it is, a change before it moves it along by what was inserted or
 * removed, so the person typing goes on typing where they were.
 */
import { Node, Text, type BasePoint, type Descendant } from 'slate';
import { sameNode } from '../../core/collab/rich-text-y';

function commonEnds<T>(before: readonly T[], after: readonly T[], same: (a: T, b: T) => boolean): { prefix: number; suffix: number } {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && same(before[prefix]!, after[prefix]!)) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && same(before[before.length - 1 - suffix]!, after[after.length - 1 - suffix]!)) suffix++;
  return { prefix, suffix };
}

/** A point that exists in `after`: its block's end when nothing better is known. */
function clampToBlock(after: readonly Descendant[], block: number): BasePoint {
  const index = Math.max(0, Math.min(block, after.length - 1));
  const root = { children: after } as unknown as Node;
  const texts = [...Node.texts(root, { from: [index], to: [index] })].filter(([, path]) => path[0] === index);
  const last = texts[texts.length - 1];
  return last ? { path: last[1], offset: last[0].text.length } : { path: [index, 0], offset: 0 };
}

export function mapPoint(before: readonly Descendant[], after: readonly Descendant[], point: BasePoint): BasePoint {
  if (after.length === 0) return point;
  const [block = 0, ...inner] = point.path;
  const { prefix, suffix } = commonEnds(before, after, sameNode);
  if (block < prefix) return point;
  if (block >= before.length - suffix) return { path: [block + after.length - before.length, ...inner], offset: point.offset };
  // The caret's own block changed: same text node, its offset moved by what changed before it.
  const beforeRoot = { children: before } as unknown as Node;
  const afterRoot = { children: after } as unknown as Node;
  if (before.length === after.length && Node.has(beforeRoot, point.path) && Node.has(afterRoot, point.path)) {
    const was = Node.get(beforeRoot, point.path);
    const now = Node.get(afterRoot, point.path);
    if (Text.isText(was) && Text.isText(now)) {
      const { prefix: same, suffix: tail } = commonEnds([...was.text], [...now.text], (a, b) => a === b);
      const chars = [...was.text];
      const offsetInChars = [...was.text.slice(0, point.offset)].length;
      const nowChars = [...now.text];
      let mapped = offsetInChars;
      if (offsetInChars > same) mapped = offsetInChars >= chars.length - tail ? nowChars.length - (chars.length - offsetInChars) : Math.min(offsetInChars, nowChars.length);
      return { path: point.path, offset: nowChars.slice(0, mapped).join('').length };
    }
  }
  return clampToBlock(after, block);
}
