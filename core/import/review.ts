/**
 * What a person can do to the importer's result before the pack is created:
 * rename, merge, split at the cursor, reorder, demote or promote, drop.
 * Pure functions over the draft pack's items; each returns a new list.
 */
import type { AgendaItem } from '../model/pack';
import type { InlineNode, RichText } from '../model/rich-text';
import { isText } from '../model/walk';
import { slugId } from './to-pack';

type Items = readonly AgendaItem[];

function replaceAt(items: Items, index: number, ...replacement: AgendaItem[]): AgendaItem[] {
  return [...items.slice(0, index), ...replacement, ...items.slice(index + 1)];
}

export function renameItem(items: Items, index: number, title: string): AgendaItem[] {
  const item = items[index];
  return item ? replaceAt(items, index, { ...item, title }) : [...items];
}

export function setItemLevel(items: Items, index: number, level: 1 | 2): AgendaItem[] {
  const item = items[index];
  // The first item cannot be a sub-item: there is nothing above it to belong to.
  if (!item || (index === 0 && level === 2)) return [...items];
  return replaceAt(items, index, { ...item, level });
}

export function moveItem(items: Items, index: number, offset: -1 | 1): AgendaItem[] {
  const target = index + offset;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target]!, next[index]!];
  if (next[0]!.level === 2) next[0] = { ...next[0]!, level: 1 };
  return next;
}

export function dropItem(items: Items, index: number): AgendaItem[] {
  const next = items.filter((_, i) => i !== index);
  if (next[0]?.level === 2) next[0] = { ...next[0], level: 1 };
  return next;
}

/** Merges an item with the one after it: one title, the texts one after the other. */
export function mergeWithNext(items: Items, index: number): AgendaItem[] {
  const [item, next] = [items[index], items[index + 1]];
  if (!item || !next) return [...items];
  return [...items.slice(0, index), { ...item, source: [...item.source, ...next.source] }, ...items.slice(index + 2)];
}

/** Splits a run of inlines at a character offset into the text before and after it. */
function splitInlines(children: readonly InlineNode[], offset: number): [InlineNode[], InlineNode[]] {
  const before: InlineNode[] = [];
  const after: InlineNode[] = [];
  let seen = 0;
  for (const child of children) {
    const length = isText(child) ? child.text.length : child.type === 'link' ? child.children.reduce((n, c) => n + c.text.length, 0) : 0;
    if (seen + length <= offset) before.push(child);
    else if (seen >= offset) after.push(child);
    else if (isText(child)) {
      before.push({ ...child, text: child.text.slice(0, offset - seen) });
      after.push({ ...child, text: child.text.slice(offset - seen) });
    } else after.push(child); // a link is not cut in two
    seen += length;
  }
  const trim = (nodes: InlineNode[], side: 'start' | 'end') => {
    const node = side === 'start' ? nodes[0] : nodes[nodes.length - 1];
    if (node && isText(node)) {
      const text = side === 'start' ? node.text.trimStart() : node.text.trimEnd();
      nodes.splice(side === 'start' ? 0 : nodes.length - 1, 1, { ...node, text });
    }
    return nodes.length ? nodes : [{ text: '' }];
  };
  return [trim(before, 'end'), trim(after, 'start')];
}

/**
 * Splits an item's source text at the cursor: block `block`, character `offset`
 * in its text. The part after the cursor becomes a new item after it, titled
 * `title` (the person renames it next).
 */
export function splitItem(items: Items, index: number, block: number, offset: number, title: string): AgendaItem[] {
  const item = items[index];
  const target = item?.source[block];
  // Only text blocks are cut; a list or table moves whole with the side it is on.
  if (!item || !target || (target.type !== 'paragraph' && target.type !== 'heading' && target.type !== 'block-quote')) return [...items];
  const [head, tail] = splitInlines(target.children, offset);
  const blank = (nodes: InlineNode[]) => nodes.every((n) => isText(n) && n.text === '');
  const first: RichText = [...item.source.slice(0, block), ...(blank(head) ? [] : [{ ...target, children: head }])];
  const second: RichText = [...(blank(tail) ? [] : [{ ...target, children: tail }]), ...item.source.slice(block + 1)];
  if (!first.length || !second.length) return [...items];
  const ids = new Set(items.map((i) => i.id));
  const created: AgendaItem = { ...item, id: slugId(title, ids), title, source: second, sections: {}, comments: [] };
  return replaceAt(items, index, { ...item, source: first }, created);
}
