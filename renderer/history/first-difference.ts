/**
 * Where two values of a section first differ, as a point in the second: the
 * caret goes there after an undo or redo, which is where the person was
 * working when they made that step (as in Word).
 */
import type { BasePoint } from 'slate';
import type { RichText } from '../../core/model/rich-text';

interface Leaf {
  path: number[];
  text: string;
}

function leaves(nodes: readonly unknown[], path: number[] = [], out: Leaf[] = []): Leaf[] {
  nodes.forEach((node, index) => {
    const record = node as { text?: string; children?: unknown[] };
    if (typeof record.text === 'string') out.push({ path: [...path, index], text: record.text });
    else if (record.children) leaves(record.children, [...path, index], out);
  });
  return out;
}

const samePath = (a: number[], b: number[]) => a.length === b.length && a.every((n, i) => n === b[i]);

/** Null when the values have no text at all (nothing to put a caret in). */
export function firstDifference(before: RichText, after: RichText): BasePoint | null {
  const old = leaves(before);
  const now = leaves(after);
  for (let i = 0; i < now.length; i++) {
    const leaf = now[i]!;
    const was = old[i];
    if (was && samePath(was.path, leaf.path) && was.text === leaf.text) continue;
    if (!was) return { path: leaf.path, offset: leaf.text.length };
    // After what changed: the end of text put back, the place of text taken out.
    let start = 0;
    while (start < leaf.text.length && start < was.text.length && leaf.text[start] === was.text[start]) start++;
    let end = 0;
    const room = Math.min(leaf.text.length, was.text.length) - start;
    while (end < room && leaf.text[leaf.text.length - 1 - end] === was.text[was.text.length - 1 - end]) end++;
    return { path: leaf.path, offset: leaf.text.length - end };
  }
  const last = now.at(-1);
  return last ? { path: last.path, offset: last.text.length } : null;
}
