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

function utf16ByteOrderMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** How many bytes are looked at to recognise UTF-16 without a byte order mark. */
const SNIFF_BYTES = 64 * 1024;

/**
 * UTF-16 by its byte order mark, or, without one (Windows "Unicode" text
 * saved by some tools), by its zero bytes: in Dutch or English text nearly
 * every other byte is zero, always on the same side, which no UTF-8 or
 * Windows-1252 text and little binary data has.
 */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const marked = utf16ByteOrderMark(bytes);
  if (marked) return marked;
  const pairs = Math.floor(Math.min(bytes.length, SNIFF_BYTES) / 2);
  if (pairs < 2 || bytes.length % 2 !== 0) return null;
  let [evenZeros, oddZeros] = [0, 0];
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZeros++;
    if (bytes[2 * i + 1] === 0) oddZeros++;
  }
  if (oddZeros > pairs * 0.6 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros === 0) return 'utf-16be';
  return null;
}

/**
 * A marked UTF-16 file without what another tool left at its end: a stray
 * byte (a newline added by a UTF-8 editor) or the first half of a pair (a
 * file cut). The mark says what the file is, so neither refuses the letter;
 * damage anywhere else still does.
 */
function withoutCutEnd(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Uint8Array {
  let end = bytes.length - (bytes.length % 2);
  const last = encoding === 'utf-16le' ? (bytes[end - 1]! << 8) | bytes[end - 2]! : (bytes[end - 2]! << 8) | bytes[end - 1]!;
  if (end >= 4 && last >= 0xd800 && last <= 0xdbff) end -= 2;
  return bytes.subarray(0, end);
}

/**
 * Bytes of a pasted or saved letter to text: UTF-8 (with or without BOM),
 * UTF-16 (with or without BOM), else Windows-1252, as older Word and mail
 * exports write it, which also reads Latin-1 (ISO-8859-1) letters. Refuses
 * what is too large or binary, with one reason, before any parsing.
 */
export function decodeLetterText(bytes: Uint8Array, file: string): string {
  assertLetterSize(bytes.length, file);
  let text: string;
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    try {
      text = new TextDecoder(utf16, { fatal: true, ignoreBOM: false }).decode(utf16ByteOrderMark(bytes) ? withoutCutEnd(bytes, utf16) : bytes);
    } catch {
      throw new UserError('import.not-text', { file });
    }
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  if (text.includes('\0')) throw new UserError('import.not-text', { file });
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
