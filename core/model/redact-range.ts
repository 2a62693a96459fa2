/**
 * Marks a passage of read-only rich text (an item's letter text) as redacted
 * under the Woo, or takes the mark off: characters [start, end) of one block,
 * counted as comment anchors count them (core/model/pack-ops anchorText: list
 * items and table cells joined by one character, footnotes counting nothing).
 * Leaves are split at the offsets; neighbouring leaves left alike are joined.
 */
import { anchorRuns } from './walk';
import type { BlockElement, FormattedText, InlineNode, ListElement, RichText, TableCellElement } from './rich-text';

export interface BlockRange {
  block: number;
  start: number;
  end: number;
}

/** The source with the range marked on this ground; `null` takes the mark off the range. */
export function redactRange(source: RichText, range: BlockRange, code: string | null): RichText {
  const block = source[range.block];
  if (!block || range.start >= range.end) return source;
  const cursor = { at: 0 };
  const mark = (leaf: FormattedText): FormattedText[] => {
    const from = cursor.at;
    const to = from + leaf.text.length;
    cursor.at = to;
    const start = Math.max(from, range.start);
    const end = Math.min(to, range.end);
    if (start >= end) return [leaf];
    const pieces: FormattedText[] = [];
    if (start > from) pieces.push({ ...leaf, text: leaf.text.slice(0, start - from) });
    pieces.push(withCode({ ...leaf, text: leaf.text.slice(start - from, end - from) }, code));
    if (end < to) pieces.push({ ...leaf, text: leaf.text.slice(end - from) });
    return pieces;
  };
  const run = (inlines: InlineNode[]): InlineNode[] => {
    const out = joinAlike(
      inlines.flatMap((node): InlineNode[] => {
        if (!('type' in node)) return mark(node);
        if (node.type === 'link') return [{ ...node, children: joinAlike(node.children.flatMap(mark)) as FormattedText[] }];
        return [node]; // a footnote: its note is not part of the letter's text
      }),
    );
    cursor.at += 1; // the character that joins one run to the next
    return out;
  };
  const next = [...source];
  next[range.block] = mapRuns(block, run);
  return next;
}

function withCode(leaf: FormattedText, code: string | null): FormattedText {
  if (code) return { ...leaf, redacted: code };
  const { redacted: _redacted, ...rest } = leaf;
  return rest;
}

/** The block with each run of inlines (as anchorRuns orders them) replaced. */
function mapRuns(block: BlockElement, run: (inlines: InlineNode[]) => InlineNode[]): BlockElement {
  switch (block.type) {
    case 'bulleted-list':
    case 'numbered-list': {
      const list = (element: ListElement): ListElement => ({
        ...element,
        children: element.children.map((child) => (child.type === 'list-item' ? { ...child, children: run(child.children) } : list(child))),
      });
      return list(block);
    }
    case 'table':
      return {
        ...block,
        children: block.children.map((row) => ({ ...row, children: row.children.map((cell): TableCellElement => ({ ...cell, children: run(cell.children) })) })),
      };
    case 'figure':
      return block;
    default:
      return { ...block, children: run(block.children) } as BlockElement;
  }
}

const sameMarks = (a: FormattedText, b: FormattedText): boolean => {
  const { text: _a, ...marksA } = a;
  const { text: _b, ...marksB } = b;
  const keys = new Set([...Object.keys(marksA), ...Object.keys(marksB)]);
  return [...keys].every((key) => marksA[key as keyof typeof marksA] === marksB[key as keyof typeof marksB]);
};

function joinAlike(nodes: InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of nodes) {
    const previous = out.at(-1);
    if (previous && !('type' in previous) && !('type' in node) && sameMarks(previous, node)) out[out.length - 1] = { ...previous, text: previous.text + node.text };
    else out.push(node);
  }
  return out;
}

/** The ground every character of the range is marked with, when it is one ground; null otherwise. */
export function groundOfRange(source: RichText, range: BlockRange): string | null {
  const codes = codesInRange(source, range);
  const [only] = [...codes];
  return codes.size === 1 && only ? only : null;
}

/** Whether any character of the range is marked for redaction. */
export function touchesRedaction(source: RichText, range: BlockRange): boolean {
  return [...codesInRange(source, range)].some((code) => code !== undefined);
}

/** The codes of the range's characters (undefined for those not marked). */
function codesInRange(source: RichText, range: BlockRange): Set<string | undefined> {
  const block = source[range.block];
  const codes = new Set<string | undefined>();
  if (!block || range.start >= range.end) return codes;
  let at = 0;
  const leaf = (text: FormattedText) => {
    if (at < range.end && at + text.text.length > range.start) codes.add(text.redacted);
    at += text.text.length;
  };
  for (const run of anchorRuns(block)) {
    for (const node of run) {
      if (!('type' in node)) leaf(node);
      else if (node.type === 'link') node.children.forEach(leaf);
    }
    at += 1;
  }
  return codes;
}
