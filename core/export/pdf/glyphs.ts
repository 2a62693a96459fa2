/**
 * Makes text drawable: characters the font lacks become a visible replacement
 * mark and are reported once per character, instead of failing the export or
 * silently vanishing.
 */
import { FONT_STYLES, type FontStyle } from '../../template/schema';
import type { LayoutWarning } from './boxes';
import type { FontMetrics } from './metrics';

/** Tried in order; the first the font has is used. */
const REPLACEMENT_CANDIDATES = ['\uFFFD', '\u25A1', '?'] as const;
/** Joiners, variation selectors and the like: invisible by design, so dropped without a warning. */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cc}]/u;
/** Per UTF-16 code unit: not yet known, drawn as itself, or needs the careful path. */
const UNKNOWN = 0;
const AS_IS = 1;
const CAREFUL = 2;
const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

export class GlyphGuard {
  /** Where the text being laid out now belongs (an item's title, the cover…): named in the warnings. */
  place = '';
  private readonly missing = new Map<string, { count: number; places: Set<string> }>();
  private readonly replacement = new Map<FontStyle, string>();
  private readonly asIs = new Map<FontStyle, Uint8Array>();
  private readonly decisions = new Map<FontStyle, Map<string, string | null>>();

  constructor(private readonly metrics: FontMetrics) {}

  /** Text with tabs as spaces, invisible characters dropped and uncovered characters replaced. */
  clean(text: string, style: FontStyle): string {
    // Nearly all text is drawn as it is: check code units against a table before building anything.
    const asIs = this.asIsTable(style);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let state = asIs[code]!;
      if (state === UNKNOWN) {
        const char = String.fromCharCode(code);
        state = !isSurrogate(code) && this.decide(char, style) === char ? AS_IS : CAREFUL;
        asIs[code] = state;
      }
      if (state !== AS_IS) return this.cleanCarefully(text, style);
    }
    return text;
  }

  private cleanCarefully(text: string, style: FontStyle): string {
    const decided = this.decisionsFor(style);
    let out = '';
    for (const char of text) {
      let drawn = decided.get(char);
      if (drawn === undefined) {
        drawn = this.decide(char, style);
        decided.set(char, drawn);
      }
      if (drawn === null) {
        let seen = this.missing.get(char);
        if (!seen) this.missing.set(char, (seen = { count: 0, places: new Set() }));
        seen.count++;
        if (this.place) seen.places.add(this.place);
        out += this.replacementFor(style);
      } else out += drawn;
    }
    return out;
  }

  /** What to draw for char: itself, a substitute, nothing (''), or null for "missing". */
  private decide(char: string, style: FontStyle): string | null {
    if (char === '\t') return ' ';
    if (char === '\n') return char;
    if (INVISIBLE.test(char)) return '';
    return this.metrics.covers(char, style) ? char : null;
  }

  private decisionsFor(style: FontStyle): Map<string, string | null> {
    let decided = this.decisions.get(style);
    if (!decided) {
      decided = new Map();
      this.decisions.set(style, decided);
    }
    return decided;
  }

  /** The characters found drawable as themselves in style, in code order (what clean let through unchanged). */
  drawnAsIs(style: FontStyle): string[] {
    const table = this.asIs.get(style);
    const chars: string[] = [];
    if (table) for (let code = 0; code < table.length; code++) if (table[code] === AS_IS) chars.push(String.fromCharCode(code));
    return chars;
  }

  warnings(): LayoutWarning[] {
    return [...this.missing].map(([char, { count, places }]) => ({
      kind: 'missing-glyph',
      char,
      codePoint: 'U+' + char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0'),
      count,
      places: [...places],
    }));
  }

  private asIsTable(style: FontStyle): Uint8Array {
    let table = this.asIs.get(style);
    if (!table) {
      table = new Uint8Array(0x10000);
      this.asIs.set(style, table);
    }
    return table;
  }

  private replacementFor(style: FontStyle): string {
    let mark = this.replacement.get(style);
    if (mark === undefined) {
      mark = REPLACEMENT_CANDIDATES.find((c) => this.metrics.covers(c, style)) ?? ' ';
      this.replacement.set(style, mark);
    }
    return mark;
  }
}

/** Per style, the characters any of these guards let through: nearly every character a pack's pages draw. */
export function drawnCharacters(guards: readonly GlyphGuard[]): Record<FontStyle, string[]> {
  const entries = FONT_STYLES.map((style) => [style, [...new Set(guards.flatMap((guard) => guard.drawnAsIs(style)))]] as const);
  return Object.fromEntries(entries) as Record<FontStyle, string[]>;
}
