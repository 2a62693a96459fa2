import type { FootnoteElement } from '../../core/model/rich-text';

interface Tree {
  children?: readonly unknown[];
}

/** The 1-based number of a footnote: its position among the footnotes of a value, in reading order. */
export function footnoteNumber(nodes: readonly unknown[], target: FootnoteElement): number {
  let count = 0;
  const visit = (list: readonly unknown[]): boolean => {
    for (const node of list) {
      if ((node as { type?: string }).type === 'footnote') {
        count++;
        if (node === target) return true;
      }
      const children = (node as Tree).children;
      if (children && visit(children)) return true;
    }
    return false;
  };
  return visit(nodes) ? count : 0;
}

/** All footnotes of a value, in reading order. */
export function collectFootnotes(nodes: readonly unknown[]): FootnoteElement[] {
  const out: FootnoteElement[] = [];
  const visit = (list: readonly unknown[]) => {
    for (const node of list) {
      if ((node as { type?: string }).type === 'footnote') out.push(node as FootnoteElement);
      const children = (node as Tree).children;
      if (children) visit(children);
    }
  };
  visit(nodes);
  return out;
}

/**
 * Where each section's footnote numbers start in an item: footnotes run on
 * across the item, the source text first, then the sections in template order.
 */
export function footnoteOffsets(source: readonly unknown[], sections: Readonly<Record<string, readonly unknown[] | undefined>>, order: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  let count = collectFootnotes(source).length;
  for (const key of order) {
    out[key] = count;
    count += collectFootnotes(sections[key] ?? []).length;
  }
  return out;
}
