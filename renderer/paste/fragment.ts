/**
 * Slate puts its own copy of the selection on the clipboard (as
 * application/x-slate-fragment, and as a data-slate-fragment attribute in
 * the HTML). Anything can write those, so a fragment is only used when it is
 * exactly our model: the same zod schema that validates a pack on open.
 */
import { richTextSchema, type RichText } from '../../core/model/rich-text';
import { PASTE_LIMITS } from './limits';

/** Slate's encoding: base64 of the URI-encoded JSON. */
export function decodeSlateFragment(encoded: string): unknown {
  if (encoded.length > PASTE_LIMITS.fragment) return undefined;
  try {
    return JSON.parse(decodeURIComponent(atob(encoded.trim())));
  } catch {
    return undefined;
  }
}

/** Whether arrays and objects nest at most `max` levels deep; walked with a stack of its own, so any depth is safe. */
export function nestsWithin(value: unknown, max: number): boolean {
  const pending: [unknown, number][] = [[value, 1]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > max) return false;
    for (const child of Object.values(node)) pending.push([child, depth + 1]);
  }
  return true;
}

/** A fragment's nodes when they are valid blocks of the model; null for anything else (checked for depth before the schema walks it). */
export function validFragment(nodes: unknown): RichText | null {
  if (!Array.isArray(nodes) || nodes.length === 0 || nodes.length > PASTE_LIMITS.blocks) return null;
  if (!nestsWithin(nodes, PASTE_LIMITS.fragmentDepth)) return null;
  const parsed = richTextSchema.safeParse(nodes);
  return parsed.success ? parsed.data : null;
}

const FRAGMENT_ATTRIBUTE = /data-slate-fragment="([^"]{1,2000000})"/;

/** The fragment an HTML clipboard carries in a data-slate-fragment attribute, if any. */
export function fragmentAttribute(html: string): string | null {
  const match = FRAGMENT_ATTRIBUTE.exec(html.slice(0, PASTE_LIMITS.fragment + 1_000));
  return match?.[1] ? match[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&') : null;
}
