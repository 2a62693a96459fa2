/**
 * Text to glyph codes of the embedded fonts, written straight into a content
 * stream as two-byte codes. Shaping text through the font is slow, so each
 * character is shaped once per document, the characters the layout already
 * knows in one call per style, and the glyph ids kept in a table.
 */
import type { FontStyle } from '../../template/schema';
import type { ContentBytes } from './content-bytes';

/** Glyph ids of each character in the font for style (shaping also adds the glyphs to the font's subset). */
export type ShapeChars = (chars: readonly string[], style: FontStyle) => (readonly number[])[];

export interface GlyphEncoder {
  /** Shapes these characters now, one call per style, so writing them needs no shaping. */
  prepare(characters: Readonly<Partial<Record<FontStyle, readonly string[]>>>): void;
  /** Writes text as a literal string of glyph codes, e.g. "(\0$\0%)". */
  write(text: string, style: FontStyle, out: ContentBytes): void;
}

const UNKNOWN = -1;
/** A code unit whose character is not exactly one glyph (or half of a surrogate pair): looked up by character. */
const BY_CHARACTER = -2;

const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

export function glyphEncoder(shape: ShapeChars): GlyphEncoder {
  const tables = new Map<FontStyle, Int32Array>();
  const byCharacter = new Map<FontStyle, Map<string, readonly number[]>>();
  const tableFor = (style: FontStyle): Int32Array => {
    let table = tables.get(style);
    if (!table) tables.set(style, (table = new Int32Array(0x10000).fill(UNKNOWN)));
    return table;
  };
  const cacheFor = (style: FontStyle): Map<string, readonly number[]> => {
    let cache = byCharacter.get(style);
    if (!cache) byCharacter.set(style, (cache = new Map()));
    return cache;
  };
  const remember = (char: string, style: FontStyle, ids: readonly number[]): void => {
    cacheFor(style).set(char, ids);
    const code = char.charCodeAt(0);
    if (char.length === 1 && !isSurrogate(code)) tableFor(style)[code] = ids.length === 1 ? ids[0]! : BY_CHARACTER;
  };
  const idsOf = (char: string, style: FontStyle): readonly number[] => {
    let ids = cacheFor(style).get(char);
    if (!ids) remember(char, style, (ids = shape([char], style)[0]!));
    return ids;
  };
  return {
    prepare(characters) {
      for (const [style, chars] of Object.entries(characters) as [FontStyle, readonly string[]][]) {
        const list = chars.filter((char) => !cacheFor(style).has(char));
        if (list.length > 0) shape(list, style).forEach((ids, i) => remember(list[i]!, style, ids));
      }
    },
    write(text, style, out) {
      const table = tableFor(style);
      out.ascii('(');
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        let id = table[code]!;
        if (id === UNKNOWN) {
          if (isSurrogate(code)) id = BY_CHARACTER;
          else {
            idsOf(text[i]!, style);
            id = table[code]!;
          }
        }
        if (id >= 0) {
          out.glyph(id);
          continue;
        }
        const char = String.fromCodePoint(text.codePointAt(i)!);
        for (const glyph of idsOf(char, style)) out.glyph(glyph);
        i += char.length - 1;
      }
      out.ascii(')');
    },
  };
}
