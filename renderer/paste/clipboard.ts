/**
 * What a paste inserts, decided in one place: a validated editor fragment,
 * else sanitised HTML converted to the model, else plain text. Every result
 * is checked against the model's schema before it reaches the editor.
 */
import { richTextSchema, type RichText } from '../../core/model/rich-text';
import { decodeSlateFragment, fragmentAttribute, validFragment } from './fragment';
import { flattenDeepHtml } from './html-depth';
import { htmlToRichText } from './html-to-rich-text';
import { PASTE_LIMITS } from './limits';
import { plainTextToRichText } from './plain-text';
import { sanitizeHtml } from './sanitize';

export interface ClipboardData {
  readonly types: readonly string[];
  getData(type: string): string;
}

export type PasteSource = 'fragment' | 'html' | 'text';

export type PasteRefusal = 'unsafe-fragment' | 'invalid-html' | 'too-complex';

export type PasteResult =
  | {
      kind: 'insert';
      value: RichText;
      source: PasteSource;
      /** set when richer content was refused and plain text used instead */
      refused?: PasteRefusal;
      /** set when formatting nested too deeply was flattened, or content past the limits left out */
      flattened?: true;
    }
  /** richer content was refused and the clipboard holds no plain text to use instead */
  | { kind: 'refused'; reason: PasteRefusal }
  | { kind: 'too-large' }
  | { kind: 'empty' };

export const SLATE_FRAGMENT_TYPE = 'application/x-slate-fragment';

function fromText(text: string, refused?: PasteRefusal): PasteResult {
  if (text.length > PASTE_LIMITS.text) return { kind: 'too-large' };
  const value = plainTextToRichText(text);
  if (value.length === 0 && refused) return { kind: 'refused', reason: refused };
  if (value.length === 0 || value.length > PASTE_LIMITS.blocks) return value.length === 0 ? { kind: 'empty' } : { kind: 'too-large' };
  return { kind: 'insert', value: richTextSchema.parse(value), source: 'text', ...(refused && { refused }) };
}

export function richTextFromClipboard(data: ClipboardData): PasteResult {
  const has = (type: string) => data.types.includes(type);
  const text = has('text/plain') ? data.getData('text/plain') : '';
  const html = has('text/html') ? data.getData('text/html') : '';

  const encoded = has(SLATE_FRAGMENT_TYPE) ? data.getData(SLATE_FRAGMENT_TYPE) : fragmentAttribute(html);
  if (encoded) {
    const value = validFragment(decodeSlateFragment(encoded));
    return value ? { kind: 'insert', value, source: 'fragment' } : fromText(text, 'unsafe-fragment');
  }

  if (html.trim() !== '') {
    if (html.length > PASTE_LIMITS.html) return text.length <= PASTE_LIMITS.text && text ? fromText(text) : { kind: 'too-large' };
    // Flattened first: parsing and sanitising take time in proportion to depth times size.
    const flat = flattenDeepHtml(html);
    if (flat.tags > PASTE_LIMITS.tags) return fromText(text, 'too-complex');
    const { value, cut } = htmlToRichText(sanitizeHtml(flat.html));
    const parsed = richTextSchema.safeParse(value);
    if (parsed.success && parsed.data.length > 0) return { kind: 'insert', value: parsed.data, source: 'html', ...((flat.flattened || cut) && { flattened: true }) };
    if (!parsed.success) return fromText(text, 'invalid-html');
  }
  return fromText(text);
}
