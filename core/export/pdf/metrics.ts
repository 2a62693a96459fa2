/**
 * Font metrics for layout: how wide a string is, whether a font has a glyph.
 * Layout depends only on this interface, so tests can use fixed-width metrics.
 */
import fontkit from '@pdf-lib/fontkit';
import type { FontStyle } from '../../template/schema';

export interface FontMetrics {
  /** Advance width in points of text set in style at size. */
  widthOf(text: string, style: FontStyle, size: number): number;
  /** widthOf(text.slice(start, end), style, size), to the last bit, without making the slice. */
  widthOfRange(text: string, start: number, end: number, style: FontStyle, size: number): number;
  /** Whether the font for style has a glyph for this one character (code point). */
  covers(char: string, style: FontStyle): boolean;
}

/** What is known about one font file; kept per file so repeated exports skip parsing and measuring. */
interface FontFacts {
  font: fontkit.Font;
  /** Advance per character in 1/1000 em; per character because the renderer encodes per character too. */
  widths: Map<string, number>;
  /** The same for each UTF-16 code unit outside the surrogates, NaN until measured: a table beats a map per character. */
  unitWidths: Float64Array;
  covered: Map<string, boolean>;
}

const factsByFile = new WeakMap<Uint8Array, FontFacts>();

/**
 * Font parsing shared by metrics and embedding, keyed by the font file's bytes.
 * Parsed fonts are read-only for our use (every subset is created fresh), so sharing is safe.
 */
export const sharedFontParser = {
  create(bytes: Uint8Array): fontkit.Font {
    return factsFor(bytes).font;
  },
} as const;

function factsFor(bytes: Uint8Array): FontFacts {
  let facts = factsByFile.get(bytes);
  if (!facts) {
    facts = { font: fontkit.create(bytes), widths: new Map(), unitWidths: new Float64Array(0x10000).fill(Number.NaN), covered: new Map() };
    factsByFile.set(bytes, facts);
  }
  return facts;
}

function charWidth(char: string, facts: FontFacts): number {
  let width = facts.widths.get(char);
  if (width === undefined) {
    width = (facts.font.glyphForCodePoint(char.codePointAt(0)!).advanceWidth * 1000) / facts.font.unitsPerEm;
    facts.widths.set(char, width);
  }
  return width;
}

const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

/** Advance of text[start, end) in 1/1000 em. */
function textWidth(text: string, start: number, end: number, facts: FontFacts): number {
  const table = facts.unitWidths;
  let total = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    let width = table[code]!;
    if (width !== width) {
      // NaN: not measured yet, or half of a character beyond the BMP.
      if (isSurrogate(code)) {
        // A pair is one character only if both halves are in the range.
        const char = i + 1 < end ? String.fromCodePoint(text.codePointAt(i)!) : text[i]!;
        total += charWidth(char, facts);
        i += char.length - 1;
        continue;
      }
      width = table[code] = charWidth(String.fromCharCode(code), facts);
    }
    total += width;
  }
  return total;
}

/** Metrics read from the TrueType fonts themselves, cached per character. */
export function fontFileMetrics(fonts: Readonly<Record<FontStyle, Uint8Array>>): FontMetrics {
  return {
    widthOf(text, style, size) {
      return (textWidth(text, 0, text.length, factsFor(fonts[style])) * size) / 1000;
    },
    widthOfRange(text, start, end, style, size) {
      return (textWidth(text, start, end, factsFor(fonts[style])) * size) / 1000;
    },
    covers(char, style) {
      const facts = factsFor(fonts[style]);
      let covered = facts.covered.get(char);
      if (covered === undefined) {
        covered = facts.font.hasGlyphForCodePoint(char.codePointAt(0)!);
        facts.covered.set(char, covered);
      }
      return covered;
    },
  };
}
