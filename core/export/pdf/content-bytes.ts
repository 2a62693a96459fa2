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
const MINUS = 0x2d;
const POINT = 0x2e;
const ZERO = 0x30;
/** Sign, 16 integer digits (beyond any page coordinate), point and 3 decimals. */
const MAX_NUMBER_BYTES = 21;

/** Numbers with at most 3 decimals and no trailing zeros: compact and exact enough (1/1000 pt). */
export function num(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

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

  /**
   * A number as num() writes it (at most 3 decimals, no trailing zeros),
   * digit by digit: page contents hold ~60,000 numbers per 200 items, and
   * formatting each as a string first was most of the time spent writing them.
   */
  number(value: number): this {
    const thousandths = Math.round(value * 1000);
    // Not a page coordinate (or not finite): written as a string does.
    if (!(Math.abs(thousandths) < 1e15)) return this.ascii(num(value));
    let rest = Math.abs(thousandths);
    this.room(MAX_NUMBER_BYTES);
    if (thousandths < 0) this.buffer[this.length++] = MINUS;
    this.digits(Math.floor(rest / 1000));
    rest %= 1000;
    if (rest === 0) return this;
    this.buffer[this.length++] = POINT;
    for (let unit = 100; rest > 0; unit /= 10) {
      const digit = Math.floor(rest / unit);
      this.buffer[this.length++] = ZERO + digit;
      rest -= digit * unit;
    }
    return this;
  }

  /** The decimal digits of a whole number >= 0. */
  private digits(whole: number): void {
    let count = 1;
    for (let rest = whole; rest >= 10; rest = Math.floor(rest / 10)) count++;
    this.length += count;
    for (let at = this.length - 1; at >= this.length - count; at--) {
      this.buffer[at] = ZERO + (whole % 10);
      whole = Math.floor(whole / 10);
    }
  }

  /** One byte of ASCII: a space, newline or delimiter between operands. */
  byte(code: number): this {
    this.room(1);
    this.buffer[this.length++] = code;
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
