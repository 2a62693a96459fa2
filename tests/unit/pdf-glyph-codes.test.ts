/** Glyph codes written into content streams: two bytes per glyph, escaped where PDF string syntax needs it. */
import { describe, expect, it } from 'vitest';
import { ContentBytes, num } from '../../core/export/pdf/content-bytes';
import { glyphEncoder, type ShapeChars } from '../../core/export/pdf/glyph-codes';

const latin1 = (bytes: Uint8Array): string => String.fromCharCode(...bytes);

describe('glyph codes', () => {
  it('writes each glyph id as two bytes and escapes parentheses, backslash, CR and LF', () => {
    const ids: Record<string, number[]> = { a: [0x0041], '(': [0x0028], ')': [0x2900], '\\': [0x005c], n: [0x000a], r: [0x0d0d] };
    const encode = glyphEncoder((chars) => chars.map((char) => ids[char] ?? []));
    const out = new ContentBytes();
    encode.write('a()\\nr', 'regular', out);
    expect(latin1(out.result())).toBe('(\0A\0\\(\\)\0\0\\\\\0\\n\\r\\r)');
  });

  it('shapes each character once per style, and writes characters of several glyphs or beyond 16 bits by character', () => {
    const calls: string[] = [];
    const shape: ShapeChars = (chars, style) => {
      calls.push(`${style}:${chars.join('')}`);
      return chars.map((char) => (char === 'ﬃ' ? [1, 2, 3] : char === '😀' ? [0x0102] : [char.charCodeAt(0)]));
    };
    const encode = glyphEncoder(shape);
    const out = new ContentBytes();
    encode.write('aaﬃ😀a', 'regular', out);
    encode.write('a', 'bold', out);
    expect(latin1(out.result())).toBe('(\0a\0a\0\x01\0\x02\0\x03\x01\x02\0a)(\0a)');
    expect(calls).toEqual(['regular:a', 'regular:ﬃ', 'regular:😀', 'bold:a']);
  });

  it('shapes the characters it is given in one call per style, and writes the same codes as shaping one by one', () => {
    const calls: string[] = [];
    const shape: ShapeChars = (chars, style) => {
      calls.push(`${style}:${chars.join('')}`);
      return chars.map((char) => (char === 'ﬃ' ? [1, 2, 3] : [char.codePointAt(0)! & 0xffff]));
    };
    const texts = [
      { text: 'abc ab', style: 'regular' as const },
      { text: 'ﬃx😀', style: 'regular' as const },
      { text: 'ab', style: 'bold' as const },
    ];
    const prepared = glyphEncoder(shape);
    prepared.prepare({ regular: ['a', 'b', 'c', ' ', 'ﬃ', 'x', '😀'], bold: ['a', 'b'] });
    expect(calls).toEqual(['regular:abc ﬃx😀', 'bold:ab']);
    const lazy = glyphEncoder(shape);
    const [a, b] = [new ContentBytes(), new ContentBytes()];
    for (const { text, style } of texts) {
      prepared.write(text, style, a);
      lazy.write(text, style, b);
    }
    expect(latin1(a.result())).toBe(latin1(b.result()));
    // Writing the prepared texts shaped nothing more; the lazy encoder shaped its 7 + 2 characters one by one.
    expect(calls.slice(2)).toEqual(['regular:a', 'regular:b', 'regular:c', 'regular: ', 'regular:ﬃ', 'regular:x', 'regular:😀', 'bold:a', 'bold:b']);
  });

  it('writes numbers digit by digit exactly as num() formats them', () => {
    const values = [0, -0, 1, -1, 0.5, -0.0004, -0.0005, 0.0005, 0.1 + 0.2, 755.517, 841.89, -12.3456, 1e-7, 1e14 + 0.25, 1e16, 1e300, Number.NaN];
    // A fixed pseudo-random sequence: page coordinates, sizes and colour channels.
    for (let i = 1; i <= 2000; i++) values.push(((i * 7919) % 104729) / 97 - 400);
    for (const value of values) expect(latin1(new ContentBytes().number(value).result()), String(value)).toBe(num(value));
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
