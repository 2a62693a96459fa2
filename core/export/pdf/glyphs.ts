/**
 * Makes text drawable: characters the font lacks become a visible replacement
 * mark and are reported once per character, instead of failing the export or
 * silently vanishing.
 */
import type { FontStyle } from '../../template/schema';
import type { LayoutWarning } from './boxes';
import type { FontMetrics } from './metrics';

/** Tried in order; the first the font has is used. */
const REPLACEMENT_CANDIDATES = ['\uFFFD', '\u25A1', '?'] as const;
/** Joiners, variation selectors and the like: invisible by design, so dropped without a warning. */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cc}]/u;
const PLAIN_ASCII = /^[\x20-\x7E]*$/;

export class GlyphGuard {
  private readonly missing = new Map<string, number>();
  private readonly replacement = new Map<FontStyle, string>();
  private readonly asciiCovered = new Map<FontStyle, boolean>();
  private readonly decisions = new Map<FontStyle, Map<string, string | null>>();

  constructor(private readonly metrics: FontMetrics) {}

  /** Text with tabs as spaces, invisible characters dropped and uncovered characters replaced. */
  clean(text: string, style: FontStyle): string {
    if (PLAIN_ASCII.test(text) && this.coversAscii(style)) return text;
    const decided = this.decisionsFor(style);
    let out = '';
    for (const char of text) {
      let drawn = decided.get(char);
      if (drawn === undefined) {
        drawn = this.decide(char, style);
        decided.set(char, drawn);
      }
      if (drawn === null) {
        this.missing.set(char, (this.missing.get(char) ?? 0) + 1);
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

  warnings(): LayoutWarning[] {
    return [...this.missing].map(([char, count]) => ({
      kind: 'missing-glyph',
      char,
      codePoint: 'U+' + char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0'),
      count,
    }));
  }

  private coversAscii(style: FontStyle): boolean {
    let covered = this.asciiCovered.get(style);
    if (covered === undefined) {
      covered = true;
      for (let code = 0x20; code <= 0x7e; code++) covered &&= this.metrics.covers(String.fromCharCode(code), style);
      this.asciiCovered.set(style, covered);
    }
    return covered;
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
