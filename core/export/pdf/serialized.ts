/**
 * Indirect objects written from prepared strings of ASCII PDF syntax. A pack
 * has thousands of small dictionaries (structure elements, links, bookmarks);
 * building them as pdf-lib objects only to serialise them again cost more
 * than the rest of writing them.
 */
import { PDFObject, type PDFRef } from 'pdf-lib';

export class SerializedObject extends PDFObject {
  /** ASCII only, so its length is its size in bytes. */
  constructor(readonly text: string) {
    super();
  }

  override clone(): SerializedObject {
    return new SerializedObject(this.text);
  }

  override toString(): string {
    return this.text;
  }

  override sizeInBytes(): number {
    return this.text.length;
  }

  override copyBytesInto(buffer: Uint8Array, offset: number): number {
    for (let i = 0; i < this.text.length; i++) buffer[offset + i] = this.text.charCodeAt(i);
    return this.text.length;
  }
}

export const refText = (ref: PDFRef): string => `${ref.objectNumber} ${ref.generationNumber} R`;

/** A PDF hex string (UTF-16BE with BOM) of text: ASCII-only syntax for any text. */
export function hexText(text: string): string {
  let hex = '<FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
  return hex + '>';
}

/** A PDF literal string of ASCII text: backslash and both parentheses escaped. */
export function literalText(ascii: string): string {
  return `(${ascii.replace(/[\\()]/g, (c) => '\\' + c)})`;
}
