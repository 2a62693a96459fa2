/**
 * How much letter the importer reads at all. A letter of 300 pages has some
 * 20,000 lines, 10,000 paragraphs and a million characters; the limits are
 * several times that, so no real letter meets them, while a file built to
 * make the importer work for minutes or run out of memory is refused in one
 * line before any parsing.
 */
import { UserError } from '../i18n/errors';

export const LETTER_LIMITS = {
  /** Lines of text (a Word paragraph is one line). */
  lines: 100_000,
  /** Paragraphs of a Word letter's body, counted before the document is read. */
  docxParagraphs: 25_000,
  /** Characters of text, whatever the format. */
  characters: 4_000_000,
} as const;

const count = (n: number) => n.toLocaleString('en-US');

export function assertTextSize(characters: number, file: string): void {
  if (characters > LETTER_LIMITS.characters) throw new UserError('import.too-much-text', { file, count: count(characters), limit: count(LETTER_LIMITS.characters) });
}

/** Line breaks as the parser reads them: \n, \r\n and a lone \r. */
function lineCount(text: string): number {
  let lines = 1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) lines++;
  }
  return /[\r\n]$/.test(text) ? lines - 1 : lines;
}

/** Refuses text with more characters or lines than any letter has. */
export function assertLetterTextBounds(text: string, file: string): void {
  assertTextSize(text.length, file);
  const lines = lineCount(text);
  if (lines > LETTER_LIMITS.lines) throw new UserError('import.too-many-lines', { file, count: count(lines), limit: count(LETTER_LIMITS.lines) });
}

export function assertParagraphCount(paragraphs: number, file: string): void {
  if (paragraphs > LETTER_LIMITS.docxParagraphs) throw new UserError('import.too-many-paragraphs', { file, count: count(paragraphs), limit: count(LETTER_LIMITS.docxParagraphs) });
}
