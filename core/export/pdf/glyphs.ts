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

/**
 * What a stretch of layout asked of the guard, so a cached stretch can be
 * replayed: per style the code units its as-is check visited, and each missing
 * character with its place. Replayed, the guard ends as if it had laid it out.
 */
export interface GlyphLog {
  visited: Map<FontStyle, number[]>;
  missing: [char: string, place: string][];
}

export class GlyphGuard {
  /** Where the text being laid out now belongs (an item's title, the cover…): named in the warnings. */
  place = '';
  private readonly missing = new Map<string, { count: number; places: Set<string> }>();
  private readonly replacement = new Map<FontStyle, string>();
  private readonly asIs = new Map<FontStyle, Uint8Array>();
  private readonly decisions = new Map<FontStyle, Map<string, string | null>>();
  private log: GlyphLog | null = null;
  /** Per style, the log generation that last visited each code unit: a log lists a unit once. */
  private readonly stamps = new Map<FontStyle, Uint32Array>();
  private generation = 0;

  constructor(private readonly metrics: FontMetrics) {}

  /** Starts a log of what clean is asked from now on (see GlyphLog). */
  startLog(): void {
    this.generation++;
    this.log = { visited: new Map(), missing: [] };
  }

  stopLog(): GlyphLog {
    const log = this.log ?? { visited: new Map(), missing: [] };
    this.log = null;
    return log;
  }

  /** Leaves the guard as if the text behind log had been cleaned now. */
  replay(log: GlyphLog): void {
    for (const [style, codes] of log.visited) {
      const asIs = this.asIsTable(style);
      for (const code of codes) if (asIs[code] === UNKNOWN) asIs[code] = this.stateOf(code, style);
    }
    for (const [char, place] of log.missing) this.countMissing(char, place);
  }

  private stateOf(code: number, style: FontStyle): number {
    const char = String.fromCharCode(code);
    return !isSurrogate(code) && this.decide(char, style) === char ? AS_IS : CAREFUL;
  }

  /** Text with tabs as spaces, invisible characters dropped and uncovered characters replaced. */
  clean(text: string, style: FontStyle): string {
    if (this.log) return this.cleanLogged(text, style, this.log);
    // Nearly all text is drawn as it is: check code units against a table before building anything.
    const asIs = this.asIsTable(style);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let state = asIs[code]!;
      if (state === UNKNOWN) asIs[code] = state = this.stateOf(code, style);
      if (state !== AS_IS) return this.cleanCarefully(text, style);
    }
    return text;
  }

  /** clean, noting each code unit the check visits (the same ones, up to the same early exit). */
  private cleanLogged(text: string, style: FontStyle, log: GlyphLog): string {
    const asIs = this.asIsTable(style);
    let stamps = this.stamps.get(style);
    if (!stamps) this.stamps.set(style, (stamps = new Uint32Array(0x10000)));
    let visited = log.visited.get(style);
    if (!visited) log.visited.set(style, (visited = []));
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (stamps[code] !== this.generation) {
        stamps[code] = this.generation;
        visited.push(code);
      }
      let state = asIs[code]!;
      if (state === UNKNOWN) asIs[code] = state = this.stateOf(code, style);
      if (state !== AS_IS) return this.cleanCarefully(text, style);
    }
    return text;
  }

  private countMissing(char: string, place: string): void {
    let seen = this.missing.get(char);
    if (!seen) this.missing.set(char, (seen = { count: 0, places: new Set() }));
    seen.count++;
    if (place) seen.places.add(place);
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
        this.countMissing(char, this.place);
        this.log?.missing.push([char, this.place]);
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
