import { UserError } from '../i18n/errors';

export const MAX_LETTER_BYTES = 10 * 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Callers that can stat a file first call this before reading it. */
export function assertLetterSize(size: number, file: string): void {
  if (size > MAX_LETTER_BYTES) {
    throw new UserError('import.too-large', { file, size: megabytes(size), limit: megabytes(MAX_LETTER_BYTES) });
  }
}

/**
 * Bytes of a pasted or saved letter to text: UTF-8 (with or without BOM),
 * else Windows-1252 as older Word and mail exports write it. Refuses what
 * is too large or binary, with one reason, before any parsing.
 */
export function decodeLetterText(bytes: Uint8Array, file: string): string {
  assertLetterSize(bytes.length, file);
  if (bytes.includes(0)) throw new UserError('import.not-text', { file });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  // C0 controls other than tab/newline/form feed, and C1 controls, do not occur in letters.
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code > 0 && code < 9) || (code > 13 && code < 32) || (code >= 0x7f && code <= 0x9f)) controls++;
  }
  if (controls > 16 && controls > text.length / 100) throw new UserError('import.not-text', { file });
  if (text.trim() === '') throw new UserError('import.empty', { file });
  return text;
}
