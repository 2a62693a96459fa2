/** Glyph codes written into content streams: two bytes per glyph, escaped where PDF string syntax needs it. */
import { describe, expect, it } from 'vitest';
import { ContentBytes } from '../../core/export/pdf/content-bytes';
import { glyphEncoder, type ShapeChar } from '../../core/export/pdf/glyph-codes';

const latin1 = (bytes: Uint8Array): string => String.fromCharCode(...bytes);

describe('glyph codes', () => {
  it('writes each glyph id as two bytes and escapes parentheses, backslash, CR and LF', () => {
    const ids: Record<string, number[]> = { a: [0x0041], '(': [0x0028], ')': [0x2900], '\\': [0x005c], n: [0x000a], r: [0x0d0d] };
    const encode = glyphEncoder((char) => ids[char] ?? []);
    const out = new ContentBytes();
    encode('a()\\nr', 'regular', out);
    expect(latin1(out.result())).toBe('(\0A\0\\(\\)\0\0\\\\\0\\n\\r\\r)');
  });

  it('shapes each character once per style, and writes characters of several glyphs or beyond 16 bits by character', () => {
    const calls: string[] = [];
    const shape: ShapeChar = (char, style) => {
      calls.push(`${style}:${char}`);
      if (char === 'ﬃ') return [1, 2, 3];
      if (char === '😀') return [0x0102];
      return [char.charCodeAt(0)];
    };
    const encode = glyphEncoder(shape);
    const out = new ContentBytes();
    encode('aaﬃ😀a', 'regular', out);
    encode('a', 'bold', out);
    expect(latin1(out.result())).toBe('(\0a\0a\0\x01\0\x02\0\x03\x01\x02\0a)(\0a)');
    expect(calls).toEqual(['regular:a', 'regular:ﬃ', 'regular:😀', 'bold:a']);
  });

  it('grows its buffer past the first block without losing bytes', () => {
    const out = new ContentBytes();
    const line = 'BT /F1 9 Tf 1 0 0 1 56.693 700.5 Tm ET\n';
    for (let i = 0; i < 5000; i++) out.ascii(line);
    const text = latin1(out.result().subarray(0, line.length * 3));
    expect(text).toBe(line.repeat(3));
    expect(out.result().length).toBe(line.length * 5000);
  });
});
