import type { ParagraphElement, RichText } from '../../core/model/rich-text';
import { PASTE_LIMITS } from './limits';

/**
 * Plain text as paragraphs: a blank line starts a new paragraph; single line
 * breaks inside a paragraph (hard-wrapped mail, PDF text) become spaces.
 */
export function plainTextToRichText(text: string): RichText {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00a0]*\n\s*/)
    .map((paragraph) => paragraph.replace(/[ \t]*\n[ \t]*/g, ' ').replace(/\p{Cc}/gu, (c) => (c === '\t' ? '\t' : '')).trim())
    .filter((paragraph) => paragraph !== '');
  const out: ParagraphElement[] = [];
  for (const paragraph of paragraphs) {
    // A very long paragraph is split so no text leaf exceeds what the model allows.
    for (let start = 0; start < paragraph.length; start += PASTE_LIMITS.leaf) {
      out.push({ type: 'paragraph', children: [{ text: paragraph.slice(start, start + PASTE_LIMITS.leaf) }] });
    }
  }
  return out;
}
