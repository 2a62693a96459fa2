/**
 * A growing byte buffer for a page's content stream. Content streams are
 * bytes (glyph codes are two bytes each, not text), so they are written as
 * bytes: building strings and converting them at the end made several
 * megabytes of short-lived strings per pack.
 */
const INITIAL_SIZE = 32 * 1024;

/**
 * Per byte, what follows the backslash when it must be escaped inside a PDF
 * literal string (0: written as it is). CR and LF would be normalised by readers.
 */
const ESCAPES = new Uint8Array(256);
ESCAPES[0x28] = 0x28; // (
ESCAPES[0x29] = 0x29; // )
ESCAPES[0x5c] = 0x5c; // backslash
ESCAPES[0x0a] = 0x6e; // n
ESCAPES[0x0d] = 0x72; // r
const BACKSLASH = 0x5c;

export class ContentBytes {
  private buffer = new Uint8Array(INITIAL_SIZE);
  private length = 0;

  private room(extra: number): void {
    if (this.length + extra <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + extra));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  /** Operators and numbers: ASCII text, one byte per character. */
  ascii(text: string): this {
    this.room(text.length);
    for (let i = 0; i < text.length; i++) this.buffer[this.length++] = text.charCodeAt(i);
    return this;
  }

  /** A two-byte glyph code inside a literal string, escaped where PDF syntax needs it. */
  glyph(id: number): void {
    this.room(4);
    this.literalByte(id >> 8);
    this.literalByte(id & 0xff);
  }

  private literalByte(byte: number): void {
    const escape = ESCAPES[byte]!;
    if (escape !== 0) {
      this.buffer[this.length++] = BACKSLASH;
      this.buffer[this.length++] = escape;
    } else this.buffer[this.length++] = byte;
  }

  bytes(bytes: Uint8Array): this {
    this.room(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
    return this;
  }

  /** The bytes written so far (a copy, so the buffer can be reused or dropped). */
  result(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}
