/**
 * Inline nodes to words: the unbreakable units of line wrapping. A word may
 * mix styles ("nato.int)" is a link plus plain text) and carries the space
 * that follows it, so wrapping never splits inside a word and underlines and
 * highlights run on across the spaces between words.
 *
 * A pack has tens of thousands of words, so a fragment is kept small: its text,
 * its width and the run (one per text leaf) that says how it looks.
 */
import { safeLinkHref } from '../../model/link-href';
import type { FormattedText, InlineNode } from '../../model/rich-text';
import type { FontStyle } from '../../template/schema';
import type { GlyphGuard } from './glyphs';
import type { FontMetrics } from './metrics';
import { PROPORTIONS } from './theme';
import { ADDED_HYPHEN, wordPieces, type Hyphenate, type PieceBreak } from '../word-breaks';

const REDACTION_TEXT = 'FFFFFF';

/** Rounding slack so a word that fits exactly is not pushed to the next line. */
export const FIT_EPSILON = 0.01;

export interface RunStyle {
  bold: boolean;
  italic: boolean;
  size: number;
  color: string;
}

/** How a stretch of text looks; shared by every fragment cut from one text leaf. */
export interface Run {
  style: FontStyle;
  size: number;
  color: string;
  /** Baseline shift upwards, for footnote markers. */
  rise: number;
  underline: boolean;
  strike: boolean;
  highlight: boolean;
  /** A Woo publication's box: the ground's code in white on black (core/model/publication.ts). */
  redacted: boolean;
  link: string | null;
  /** A source comment this text is the passage of (index into the layout's comments). */
  comment: number | null;
  /** The footnote number this run marks, if it is a marker. */
  footnote: number | null;
}

export interface Fragment {
  text: string;
  width: number;
  run: Run;
  /** The hyphen the wrapping added where it split a word; a fragment of its own, so it can be left out of the word's text. */
  addedHyphen?: true;
}

export interface Word {
  fragments: Fragment[];
  width: number;
  /** The space after the word, drawn only when the next word is on the same line. */
  space: Fragment | null;
  /** A hard line break follows (a newline in the text). */
  breakAfter: boolean;
}

export interface InlineContext {
  metrics: FontMetrics;
  glyphs: GlyphGuard;
  linkColor: string;
  /** Registers a footnote and returns its number in the document. */
  addFootnote(note: string): number;
  /** Hyphenation points of a word (its syllables), when the template asks for hyphenation. */
  hyphenate: ((word: string) => string[]) | null;
}

/** A text leaf may carry the comment its text is the passage of (set by the exporter, never saved). */
export interface CommentedText {
  comment?: number;
}

export function fontStyleOf(bold: boolean, italic: boolean): FontStyle {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}

const SPACE = 0x20;
const NEWLINE = 0x0a;

/**
 * Written out field by field: V8 builds an object from a spread plus new keys
 * on a slow path, some 50 times slower than a literal.
 */
export function runOf(base: RunStyle, leaf: FormattedText, link: string | null, color: string): Run {
  return {
    style: fontStyleOf(base.bold || !!leaf.bold, base.italic || !!leaf.italic),
    size: base.size,
    color: leaf.redacted ? REDACTION_TEXT : color,
    rise: 0,
    underline: link !== null || !!leaf.underline,
    strike: !!leaf.strikethrough,
    highlight: !!leaf.highlight,
    redacted: !!leaf.redacted,
    link,
    comment: (leaf as CommentedText).comment ?? null,
    footnote: null,
  };
}

function footnoteRun(base: RunStyle, number: number): Run {
  return {
    style: fontStyleOf(base.bold, false),
    size: base.size * PROPORTIONS.superscriptScale,
    color: base.color,
    rise: base.size * PROPORTIONS.superscriptRise,
    underline: false,
    strike: false,
    highlight: false,
    redacted: false,
    link: null,
    comment: null,
    footnote: number,
  };
}

/** Each inline leaf as its text and run, in reading order. */
function runsOf(nodes: readonly InlineNode[], base: RunStyle, ctx: InlineContext): { text: string; run: Run }[] {
  const runs: { text: string; run: Run }[] = [];
  for (const node of nodes) {
    if (!('type' in node)) runs.push({ text: node.text, run: runOf(base, node, null, base.color) });
    else if (node.type === 'link') {
      // Only a checked address becomes a link annotation, in its ASCII form (link-href.ts); any other is its text.
      const href = safeLinkHref(node.url);
      for (const child of node.children) runs.push({ text: child.text, run: href ? runOf(base, child, href, ctx.linkColor) : runOf(base, child, null, base.color) });
    } else {
      const number = ctx.addFootnote(node.note);
      runs.push({ text: String(number), run: footnoteRun(base, number) });
    }
  }
  return runs;
}

function fragmentOf(run: Run, text: string, ctx: InlineContext): Fragment {
  return { text, width: ctx.metrics.widthOf(text, run.style, run.size), run };
}

export function inlineWords(nodes: readonly InlineNode[], base: RunStyle, ctx: InlineContext): Word[] {
  const words: Word[] = [];
  let current: Word | null = null;
  const close = (): void => {
    if (current) words.push(current);
    current = null;
  };
  for (const { text: raw, run } of runsOf(nodes, base, ctx)) {
    const text = ctx.glyphs.clean(raw, run.style);
    // A scan by character codes: a regular expression's iterator cost more than the rest of the layout.
    let space: Fragment | null = null;
    for (let i = 0; i < text.length; ) {
      const code = text.charCodeAt(i);
      if (code === NEWLINE) {
        close();
        const last = words.at(-1);
        if (last && !last.breakAfter) last.breakAfter = true;
        else words.push({ fragments: [], width: 0, space: null, breakAfter: true });
        i++;
      } else if (code === SPACE) {
        while (text.charCodeAt(i) === SPACE) i++;
        const owner: Word | undefined = current ?? words.at(-1);
        close();
        // One space fragment per piece serves every word in it: fragments are never changed once made.
        if (owner && !owner.space && !owner.breakAfter) owner.space = space ??= fragmentOf(run, ' ', ctx);
      } else {
        let end = i + 1;
        while (end < text.length && text.charCodeAt(end) !== SPACE && text.charCodeAt(end) !== NEWLINE) end++;
        const fragment = fragmentOf(run, text.slice(i, end), ctx);
        // Most words are one fragment: an array literal holds exactly that, where push onto [] reserves seventeen.
        if (current) {
          current.fragments.push(fragment);
          current.width += fragment.width;
        } else current = { fragments: [fragment], width: fragment.width, space: null, breakAfter: false };
        i = end;
      }
    }
  }
  close();
  return words;
}

/** A word's pieces with their runs: where its lines may end (word-breaks.ts). */
interface Segment {
  text: string;
  run: Run;
  breakAfter: PieceBreak;
}

function segmentsOf(word: Word, hyphenate: Hyphenate | null): Segment[] {
  const segments: Segment[] = [];
  for (const fragment of word.fragments) {
    const { run } = fragment;
    // Links' addresses and footnote markers are never hyphenated.
    const pieces = wordPieces(fragment.text, run.link || run.footnote !== null ? null : hyphenate);
    for (const piece of pieces) segments.push({ text: piece.text, run, breakAfter: piece.breakAfter });
  }
  return segments;
}

/** Segments as one part of a word: neighbours in the same run joined, measured, a hyphen added where asked. */
function partOf(segments: readonly Segment[], hyphen: boolean, metrics: FontMetrics): Word {
  const fragments: Fragment[] = [];
  for (const segment of segments) {
    const last = fragments.at(-1);
    if (last && last.run === segment.run) last.text += segment.text;
    else fragments.push({ text: segment.text, width: 0, run: segment.run });
  }
  if (hyphen) fragments.push({ text: ADDED_HYPHEN, width: 0, run: segments.at(-1)!.run, addedHyphen: true });
  let width = 0;
  for (const fragment of fragments) width += fragment.width = metrics.widthOf(fragment.text, fragment.run.style, fragment.run.size);
  return { fragments, width, space: null, breakAfter: false };
}

/** The last resort: pieces cut between characters, each as wide as fits. */
function cutByCharacter(segments: readonly Segment[], maxWidth: number, metrics: FontMetrics): Word[] {
  const parts: Word[] = [];
  let part: Word = { fragments: [], width: 0, space: null, breakAfter: false };
  for (const segment of segments) {
    const { run } = segment;
    let text = '';
    let width = 0;
    const flush = (): void => {
      if (!text) return;
      part.fragments.push({ text, width, run });
      part.width += width;
      text = '';
      width = 0;
    };
    for (const char of segment.text) {
      const charWidth = metrics.widthOf(char, run.style, run.size);
      if (part.width + width + charWidth > maxWidth && (part.fragments.length > 0 || text)) {
        flush();
        parts.push(part);
        part = { fragments: [], width: 0, space: null, breakAfter: false };
      }
      text += char;
      width += charWidth;
    }
    flush();
  }
  if (part.fragments.length > 0) parts.push(part);
  return parts;
}

/**
 * Splits a word wider than maxWidth into parts that fit: each as long as it
 * can be, ending where word-breaks.ts allows (after / - ? & ., or at a
 * hyphenation point with a hyphen); a stretch with no such place that fits is
 * cut between characters.
 */
export function splitWideWord(word: Word, maxWidth: number, metrics: FontMetrics, hyphenate: Hyphenate | null = null): Word[] {
  const segments = segmentsOf(word, hyphenate);
  const hyphenWidth = (segment: Segment): number => metrics.widthOf(ADDED_HYPHEN, segment.run.style, segment.run.size);
  const parts: Word[] = [];
  for (let i = 0; i < segments.length; ) {
    let best = -1;
    let width = 0;
    for (let j = i; j < segments.length; j++) {
      const segment = segments[j]!;
      width += metrics.widthOf(segment.text, segment.run.style, segment.run.size);
      const last = j === segments.length - 1;
      const end = !last && segment.breakAfter === 'hyphen' ? hyphenWidth(segment) : 0;
      if (width + end > maxWidth + FIT_EPSILON) break;
      if (last || segment.breakAfter !== 'none') best = j;
    }
    if (best >= 0) {
      parts.push(partOf(segments.slice(i, best + 1), best < segments.length - 1 && segments[best]!.breakAfter === 'hyphen', metrics));
      i = best + 1;
      continue;
    }
    // Nothing up to the next place a line may end fits: cut that stretch.
    let next = i;
    while (next < segments.length - 1 && segments[next]!.breakAfter === 'none') next++;
    parts.push(...cutByCharacter(segments.slice(i, next + 1), maxWidth, metrics));
    i = next + 1;
  }
  const last = parts.at(-1) ?? { fragments: [], width: 0, space: null, breakAfter: false };
  if (parts.length === 0) parts.push(last);
  last.space = word.space;
  last.breakAfter = word.breakAfter;
  return parts;
}
