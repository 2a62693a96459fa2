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

/** A fragment's nodes when they are valid blocks of the model; null for anything else. */
export function validFragment(nodes: unknown): RichText | null {
  if (!Array.isArray(nodes) || nodes.length === 0 || nodes.length > PASTE_LIMITS.blocks) return null;
  const parsed = richTextSchema.safeParse(nodes);
  return parsed.success ? parsed.data : null;
}

const FRAGMENT_ATTRIBUTE = /data-slate-fragment="([^"]{1,2000000})"/;

/** The fragment an HTML clipboard carries in a data-slate-fragment attribute, if any. */
export function fragmentAttribute(html: string): string | null {
  const match = FRAGMENT_ATTRIBUTE.exec(html.slice(0, PASTE_LIMITS.fragment + 1_000));
  return match?.[1] ? match[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&') : null;
}
