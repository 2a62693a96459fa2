/**
 * Text to glyph codes of the embedded fonts, written straight into a content
 * stream as two-byte codes. Shaping a run through the font is slow, so each
 * character is shaped once per document and its glyph ids kept in a table.
 */
import type { FontStyle } from '../../template/schema';
import type { ContentBytes } from './content-bytes';

/** Glyph ids of one character in the font for style (shaping it also adds the glyphs to the subset). */
export type ShapeChar = (char: string, style: FontStyle) => readonly number[];

/** Writes text as a literal string of glyph codes, e.g. "(\0$\0%)". */
export type GlyphEncoder = (text: string, style: FontStyle, out: ContentBytes) => void;

const UNKNOWN = -1;
/** A code unit whose character is not exactly one glyph (or half of a surrogate pair): looked up by character. */
const BY_CHARACTER = -2;

export function glyphEncoder(shape: ShapeChar): GlyphEncoder {
  const tables = new Map<FontStyle, Int32Array>();
  const byCharacter = new Map<FontStyle, Map<string, readonly number[]>>();
  const tableFor = (style: FontStyle): Int32Array => {
    let table = tables.get(style);
    if (!table) tables.set(style, (table = new Int32Array(0x10000).fill(UNKNOWN)));
    return table;
  };
  const idsOf = (char: string, style: FontStyle): readonly number[] => {
    let cache = byCharacter.get(style);
    if (!cache) byCharacter.set(style, (cache = new Map()));
    let ids = cache.get(char);
    if (!ids) cache.set(char, (ids = shape(char, style)));
    return ids;
  };
  return (text, style, out) => {
    const table = tableFor(style);
    out.ascii('(');
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let id = table[code]!;
      if (id === UNKNOWN) {
        const surrogate = code >= 0xd800 && code <= 0xdfff;
        const ids = surrogate ? [] : idsOf(text[i]!, style);
        id = table[code] = !surrogate && ids.length === 1 ? ids[0]! : BY_CHARACTER;
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
  };
}
