/**
 * Another writer's change to a section as Slate text operations, where it
 * only changed text (the common case: typing). Applied through the editor,
 * Slate moves the caret and redraws only that text, as for the person's own
 * typing; a change of structure (a new paragraph, a list) returns null.
 */
import type { BaseOperation, Descendant, Path } from 'slate';

type TextOperation = Extract<BaseOperation, { type: 'insert_text' | 'remove_text' }>;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The operations turning one text into the other: what lies between their common start and end. */
function textOperations(path: Path, was: string, now: string): TextOperation[] {
  let start = 0;
  while (start < was.length && start < now.length && was[start] === now[start]) start++;
  // Never split a character made of two code units.
  if (start > 0 && isHighSurrogate(was.charCodeAt(start - 1))) start--;
  let end = 0;
  while (end < was.length - start && end < now.length - start && was[was.length - 1 - end] === now[now.length - 1 - end]) end++;
  if (end > 0 && isHighSurrogate(was.charCodeAt(was.length - end - 1)) && was.length - end - 1 >= start) end--;
  const removed = was.slice(start, was.length - end);
  const inserted = now.slice(start, now.length - end);
  return [
    ...(removed ? [{ type: 'remove_text' as const, path, offset: start, text: removed }] : []),
    ...(inserted ? [{ type: 'insert_text' as const, path, offset: start, text: inserted }] : []),
  ];
}

function walk(before: unknown, after: unknown, path: Path, out: TextOperation[]): boolean {
  if (typeof before !== 'object' || typeof after !== 'object' || before === null || after === null) return before === after;
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (key === 'children') continue;
    if (key === 'text' && typeof a.text === 'string' && typeof b.text === 'string') continue;
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) return false;
  }
  if (typeof a.text === 'string' && typeof b.text === 'string') {
    if (a.text !== b.text) out.push(...textOperations(path, a.text, b.text));
    return true;
  }
  return children(a.children, b.children, path, out);
}

function children(before: unknown, after: unknown, path: Path, out: TextOperation[]): boolean {
  if (!Array.isArray(before) || !Array.isArray(after) || before.length !== after.length) return false;
  return before.every((node, index) => walk(node, after[index], [...path, index], out));
}

export function textEdits(before: readonly Descendant[], after: readonly Descendant[]): TextOperation[] | null {
  const out: TextOperation[] = [];
  return children(before, after, [], out) ? out : null;
}
