/**
 * Find and replace over the model, without the DOM: every paragraph-like
 * block (paragraph, heading, quote, list item, table cell) is searched as
 * one string, so a match may cross bold or link boundaries. Matches are
 * Slate ranges, because the Slate value is the model.
 */
import { createEditor, Editor, Element, Text, Transforms, type BaseRange, type Descendant, type Path, type Point } from 'slate';
import type { BriefingPack } from '../../core/model/pack';
import type { RichText } from '../../core/model/rich-text';
import { withInlines } from '../editor/with-inlines';

export interface FindOptions {
  query: string;
  matchCase: boolean;
}

/** Where a match is: an item's source text (read-only) or one of its sections. */
export type Place = { kind: 'source' } | { kind: 'section'; key: string };

export interface Match {
  itemId: string;
  place: Place;
  range: BaseRange;
}

const TEXT_BLOCKS = new Set(['paragraph', 'heading', 'block-quote', 'list-item', 'table-cell']);

interface Leaf {
  path: Path;
  start: number;
  end: number;
}

function textBlocks(nodes: readonly Descendant[], base: Path, visit: (text: string, leaves: Leaf[]) => void): void {
  nodes.forEach((node, index) => {
    if (!Element.isElement(node)) return;
    const path = [...base, index];
    if (TEXT_BLOCKS.has(node.type)) {
      let text = '';
      const leaves: Leaf[] = [];
      const walk = (children: readonly Descendant[], at: Path) =>
        children.forEach((child, i) => {
          if (Text.isText(child)) {
            leaves.push({ path: [...at, i], start: text.length, end: text.length + child.text.length });
            text += child.text;
          } else if (child.type === 'link') walk(child.children, [...at, i]);
          // footnotes: their note is not body text, and their empty text leaf is skipped
        });
      walk(node.children, path);
      visit(text, leaves);
    } else {
      textBlocks(node.children, path, visit);
    }
  });
}

function point(leaves: Leaf[], offset: number, edge: 'start' | 'end'): Point {
  const leaf =
    (edge === 'start' ? leaves.find((l) => offset >= l.start && offset < l.end) : leaves.find((l) => offset > l.start && offset <= l.end)) ??
    leaves.find((l) => offset >= l.start && offset <= l.end) ??
    leaves[0]!;
  return { path: leaf.path, offset: offset - leaf.start };
}

const cache = new Map<string, WeakMap<RichText, BaseRange[]>>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The ranges of a query in one value, in reading order (cached per value, so typing elsewhere costs nothing). */
export function findInValue(value: RichText, options: FindOptions): BaseRange[] {
  if (options.query === '') return [];
  const key = `${options.matchCase ? 'c' : 'i'}:${options.query}`;
  let perValue = cache.get(key);
  if (!perValue) {
    if (cache.size > 20) cache.clear();
    perValue = new WeakMap();
    cache.set(key, perValue);
  }
  const hit = perValue.get(value);
  if (hit) return hit;
  const pattern = new RegExp(escapeRegExp(options.query), options.matchCase ? 'gu' : 'giu');
  const ranges: BaseRange[] = [];
  textBlocks(value as Descendant[], [], (text, leaves) => {
    for (const found of text.matchAll(pattern)) {
      const start = found.index;
      const end = start + found[0].length;
      ranges.push({ anchor: point(leaves, start, 'start'), focus: point(leaves, end, 'end') });
    }
  });
  perValue.set(value, ranges);
  return ranges;
}

/** Every match in the pack: per item in agenda order, the source text first, then the sections in template order. */
export function findInPack(pack: BriefingPack, sectionOrder: readonly string[], options: FindOptions): Match[] {
  const out: Match[] = [];
  if (options.query === '') return out;
  for (const item of pack.items) {
    for (const range of findInValue(item.source, options)) out.push({ itemId: item.id, place: { kind: 'source' }, range });
    const keys = [...sectionOrder, ...Object.keys(item.sections).filter((key) => !sectionOrder.includes(key))];
    for (const key of keys) {
      const value = item.sections[key];
      if (!value) continue;
      for (const range of findInValue(value, options)) out.push({ itemId: item.id, place: { kind: 'section', key }, range });
    }
  }
  return out;
}

/** Replaces ranges in an editor, last first so earlier ranges stay valid; one undo step in a history editor. */
export function replaceInEditor(editor: Editor, ranges: readonly BaseRange[], replacement: string): void {
  const ordered = [...ranges].sort((a, b) => comparePoints(b.anchor, a.anchor));
  Editor.withoutNormalizing(editor, () => {
    for (const range of ordered) Transforms.insertText(editor, replacement, { at: range });
  });
}

function comparePoints(a: Point, b: Point): number {
  for (let i = 0; i < Math.min(a.path.length, b.path.length); i++) {
    const d = a.path[i]! - b.path[i]!;
    if (d !== 0) return d;
  }
  return a.path.length - b.path.length || a.offset - b.offset;
}

/** The same replacement on a value that has no editor on screen: through a headless editor, so it is the same transform. */
export function replaceInValue(value: RichText, ranges: readonly BaseRange[], replacement: string): RichText {
  const editor = withInlines(createEditor());
  editor.children = structuredClone(value) as Descendant[];
  replaceInEditor(editor, ranges, replacement);
  return editor.children as RichText;
}
