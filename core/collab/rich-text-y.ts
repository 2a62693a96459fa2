/**
 * Rich text (Slate's value) in a Y.XmlText, in the shape @slate-yjs/core
 * binds a Slate editor to: the field's XmlText holds its blocks as embedded
 * XmlTexts, an element's properties are the XmlText's attributes and a text
 * leaf's marks are the formatting of its characters. Writing uses the
 * binding's own converter, so the renderer can later bind to these directly.
 */
import { slateNodesToInsertDelta, yTextToSlateElement } from '@slate-yjs/core';
import { createEditor, Editor, type Descendant } from 'slate';
import * as Y from 'yjs';
import type { RichText } from '../model/rich-text';

type Delta = { insert: string | Y.XmlText; attributes?: Record<string, unknown> }[];

/**
 * Slate's own normalization, with the inline and void rules the editor uses,
 * and no marks on empty leaves: the form a value has after a trip through
 * Yjs, which drops empty text leaves and joins leaves with equal marks.
 */
export function canonicalRichText(value: RichText): RichText {
  if (value.length === 0) return [];
  const editor = createEditor();
  editor.isInline = (element) => ['link', 'footnote'].includes((element as { type?: string }).type ?? '');
  editor.isVoid = (element) => ['footnote', 'figure'].includes((element as { type?: string }).type ?? '');
  editor.children = structuredClone(value) as unknown as Descendant[];
  Editor.normalize(editor, { force: true });
  const normal = editor.children as unknown as RichText;
  normal.forEach(dropMarksOfEmptyLeaves);
  return normal;
}

/** Yjs keeps marks on characters, so an empty leaf has none (they format no text, in the editor or an export). */
function dropMarksOfEmptyLeaves(node: object): void {
  const children = (node as { children?: Record<string, unknown>[] }).children;
  if (!children) return;
  children.forEach((child, i) => {
    if (child.text === '') children[i] = { text: '' };
    else dropMarksOfEmptyLeaves(child);
  });
}

/** A new XmlText holding the value (not yet in a document). */
export function richTextToYText(value: RichText): Y.XmlText {
  const text = new Y.XmlText();
  writeRichText(text, value);
  return text;
}

function writeRichText(text: Y.XmlText, value: RichText): void {
  text.applyDelta(slateNodesToInsertDelta(value as unknown as Descendant[]), { sanitize: false });
}

export function yTextToRichText(text: Y.XmlText): RichText {
  // A field's root holds blocks only; an empty root is an empty field ([]), not one empty leaf.
  if (text.length === 0) return [];
  const blocks = yTextToSlateElement(text).children as unknown as Record<string, unknown>[];
  blocks.forEach(restoreEmptyLeaves);
  return blocks as unknown as RichText;
}

const INLINE_TYPES = new Set(['link', 'footnote']);
const isInlineElement = (node: Record<string, unknown>) => INLINE_TYPES.has(node.type as string);

/**
 * Puts back the empty leaves Yjs cannot hold: Slate keeps a text leaf before,
 * between and after inline elements. Yjs already joins leaves with equal marks,
 * so this is all that remains of Slate's normalization (canonicalRichText,
 * which is ten times slower; a test checks that the two agree).
 */
function restoreEmptyLeaves(node: Record<string, unknown>): void {
  const children = node.children as Record<string, unknown>[] | undefined;
  if (!children) return;
  children.forEach(restoreEmptyLeaves);
  if (!children.some(isInlineElement)) return;
  const fixed: Record<string, unknown>[] = [];
  for (const child of children) {
    const previous = fixed[fixed.length - 1];
    if (isInlineElement(child) && (!previous || isInlineElement(previous))) fixed.push({ text: '' });
    fixed.push(child);
  }
  if (isInlineElement(fixed[fixed.length - 1]!)) fixed.push({ text: '' });
  node.children = fixed;
}

/** One position of an XmlText: a UTF-16 unit of text with its marks, or an embedded element. */
type Unit = { char: string; marks: Record<string, unknown> } | { element: Y.XmlText; node: unknown };

function unitsOf(delta: Delta, nodes: readonly unknown[] | null): Unit[] {
  const units: Unit[] = [];
  let embed = 0;
  for (const op of delta) {
    if (typeof op.insert === 'string') {
      const marks = op.attributes ?? {};
      for (const char of op.insert.split('')) units.push({ char, marks });
    } else {
      units.push({ element: op.insert, node: nodes ? nodes[embed] : yTextToSlateElement(op.insert) });
    }
    embed++;
  }
  return units;
}

/** The value as units, without building Y types: text leaves by character, elements as nodes. */
function valueUnits(nodes: readonly Record<string, unknown>[]): (Unit | { node: Record<string, unknown> })[] {
  const units: (Unit | { node: Record<string, unknown> })[] = [];
  for (const node of nodes) {
    if (typeof node.text === 'string') {
      const { text, ...marks } = node;
      for (const char of (text as string).split('')) units.push({ char, marks });
    } else units.push({ node });
  }
  return units;
}

function sameMarks(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

function sameUnit(old: Unit, next: Unit | { node: Record<string, unknown> }): boolean {
  if ('char' in old) return 'char' in next && old.char === next.char && sameMarks(old.marks, next.marks);
  return !('char' in next) && sameNode(old.node, next.node);
}

/** Deep equality of Slate nodes, ignoring key order and the empty leaves Yjs does not keep. */
export function sameNode(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return false;
    const left = a.filter((node) => !isEmptyLeaf(node));
    const right = b.filter((node) => !isEmptyLeaf(node));
    return left.length === right.length && left.every((node, i) => sameNode(node, right[i]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => Object.hasOwn(right, key) && sameNode(left[key], right[key]));
}

function isEmptyLeaf(node: unknown): boolean {
  return typeof node === 'object' && node !== null && (node as { text?: unknown }).text === '';
}

const isHighSurrogate = (unit: Unit | { node: unknown } | undefined) => !!unit && 'char' in unit && /[\ud800-\udbff]/.test(unit.char);

/**
 * Brings an XmlText to a new value with the smallest edit that is easy to find:
 * the common start and end stay, so what someone else typed there merges in;
 * an element changed in place (the same type) is edited inside, recursively,
 * so two people typing in the same paragraph both keep their text.
 */
export function applyRichTextEdit(text: Y.XmlText, value: RichText): void {
  editChildren(text, value as unknown as Record<string, unknown>[]);
}

function editChildren(text: Y.XmlText, nodes: readonly Record<string, unknown>[]): void {
  const old = unitsOf(text.toDelta() as Delta, null);
  const next = valueUnits(nodes);
  let start = 0;
  while (start < old.length && start < next.length && sameUnit(old[start]!, next[start]!)) start++;
  // Never split a surrogate pair: Yjs would turn each half into U+FFFD.
  if (start > 0 && isHighSurrogate(old[start - 1])) start--;
  let endOld = old.length;
  let endNext = next.length;
  while (endOld > start && endNext > start && sameUnit(old[endOld - 1]!, next[endNext - 1]!)) {
    endOld--;
    endNext--;
  }
  if (endOld < old.length && isHighSurrogate(old[endOld - 1])) {
    endOld++;
    endNext++;
  }
  const oldMiddle = old.slice(start, endOld);
  const nextMiddle = next.slice(start, endNext);
  if (oldMiddle.length === 0 && nextMiddle.length === 0) return;
  if (oldMiddle.length === nextMiddle.length && oldMiddle.every((unit, i) => editableInPlace(unit, nextMiddle[i]!))) {
    oldMiddle.forEach((unit, i) => editElement((unit as { element: Y.XmlText }).element, (nextMiddle[i] as { node: Record<string, unknown> }).node));
    return;
  }
  const inserted = nodesOfUnits(nextMiddle);
  const delta: unknown[] = [];
  if (start > 0) delta.push({ retain: start });
  if (oldMiddle.length > 0) delta.push({ delete: oldMiddle.length });
  delta.push(...slateNodesToInsertDelta(inserted as unknown as Descendant[]));
  text.applyDelta(delta, { sanitize: false });
}

function editableInPlace(old: Unit, next: Unit | { node: Record<string, unknown> }): boolean {
  if ('char' in old || 'char' in next) return false;
  const before = old.node as Record<string, unknown>;
  return before.type === (next.node as Record<string, unknown>).type && before.type !== 'footnote';
}

function editElement(element: Y.XmlText, node: Record<string, unknown>): void {
  const { children, ...attributes } = node;
  const current = element.getAttributes();
  for (const key of Object.keys(current)) if (!(key in attributes)) element.removeAttribute(key);
  for (const [key, value] of Object.entries(attributes)) if (current[key] !== value) element.setAttribute(key, value as string);
  editChildren(element, children as Record<string, unknown>[]);
}

/** The Slate nodes a run of units stands for: characters with equal marks join into one leaf. */
function nodesOfUnits(units: readonly (Unit | { node: unknown })[]): unknown[] {
  const nodes: unknown[] = [];
  let leaf: { text: string; marks: Record<string, unknown> } | null = null;
  for (const unit of units) {
    if ('char' in unit) {
      if (leaf && sameMarks(leaf.marks, unit.marks)) leaf.text += unit.char;
      else {
        leaf = { text: unit.char, marks: unit.marks };
        nodes.push(leaf);
      }
    } else {
      leaf = null;
      nodes.push(unit.node);
    }
  }
  return nodes.map((node) => {
    const candidate = node as { text?: string; marks?: object };
    return candidate.marks ? { ...candidate.marks, text: candidate.text } : node;
  });
}
