/**
 * Text to glyph codes of the embedded fonts, written straight into a content
 * stream as two-byte codes. Shaping text through the font is slow, so each
 * character is shaped once per document, all of a style's characters in one
 * call where the boxes are known beforehand, and the glyph ids kept in a table.
 */
import type { FontStyle } from '../../template/schema';
import type { ContentBytes } from './content-bytes';

/** Glyph ids of each character in the font for style (shaping also adds the glyphs to the font's subset). */
export type ShapeChars = (chars: readonly string[], style: FontStyle) => (readonly number[])[];

export interface GlyphEncoder {
  /** Shapes every character of these texts now, one call per style, so writing them needs no shaping. */
  prepare(texts: Iterable<{ text: string; style: FontStyle }>): void;
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
    prepare(texts) {
      // Characters not yet shaped, per style; a table of code units seen keeps the scan of every text cheap.
      const wanted = new Map<FontStyle, { seen: Uint8Array; chars: Set<string> }>();
      for (const { text, style } of texts) {
        const table = tableFor(style);
        let entry = wanted.get(style);
        if (!entry) wanted.set(style, (entry = { seen: new Uint8Array(0x10000), chars: new Set() }));
        for (let i = 0; i < text.length; i++) {
          const code = text.charCodeAt(i);
          if (table[code] !== UNKNOWN || entry.seen[code] === 1) continue;
          if (isSurrogate(code)) {
            const char = String.fromCodePoint(text.codePointAt(i)!);
            entry.chars.add(char);
            i += char.length - 1;
            continue;
          }
          entry.seen[code] = 1;
          entry.chars.add(text[i]!);
        }
      }
      for (const [style, { chars }] of wanted) {
        const list = [...chars].filter((char) => !cacheFor(style).has(char));
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
