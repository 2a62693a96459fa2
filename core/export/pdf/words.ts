/**
 * Inline nodes to words: the unbreakable units of line wrapping. A word may
 * mix styles ("nato.int)" is a link plus plain text) and carries the space
 * that follows it, so wrapping never splits inside a word and underlines and
 * highlights run on across the spaces between words.
 */
import type { InlineNode } from '../../model/rich-text';
import type { FontStyle } from '../../template/schema';
import type { GlyphGuard } from './glyphs';
import type { FontMetrics } from './metrics';
import { PROPORTIONS } from './theme';

export interface RunStyle {
  bold: boolean;
  italic: boolean;
  size: number;
  color: string;
}

export interface Decoration {
  underline: boolean;
  strike: boolean;
  highlight: boolean;
  link: string | null;
  /** A source comment this text is the passage of (index into the layout's comments). */
  comment: number | null;
}

export interface Fragment extends Decoration {
  text: string;
  style: FontStyle;
  size: number;
  color: string;
  /** Baseline shift upwards, for footnote markers. */
  rise: number;
  width: number;
  /** The footnote number this fragment marks, if it is a marker. */
  footnote: number | null;
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

const TOKENS = /(\n)|( +)|([^ \n]+)/g;
const NO_DECORATION: Decoration = { underline: false, strike: false, highlight: false, link: null, comment: null };

interface Piece extends Decoration {
  text: string;
  bold: boolean;
  italic: boolean;
  size: number;
  color: string;
  rise: number;
  footnote: number | null;
}

function piecesOf(nodes: readonly InlineNode[], base: RunStyle, ctx: InlineContext): Piece[] {
  const pieces: Piece[] = [];
  const plain = { ...NO_DECORATION, size: base.size, color: base.color, rise: 0, footnote: null };
  for (const node of nodes) {
    if (!('type' in node)) {
      pieces.push({
        ...plain,
        text: node.text,
        bold: base.bold || !!node.bold,
        italic: base.italic || !!node.italic,
        underline: !!node.underline,
        strike: !!node.strikethrough,
        highlight: !!node.highlight,
        comment: (node as CommentedText).comment ?? null,
      });
    } else if (node.type === 'link') {
      for (const child of node.children) {
        pieces.push({
          ...plain,
          text: child.text,
          bold: base.bold || !!child.bold,
          italic: base.italic || !!child.italic,
          underline: true,
          strike: !!child.strikethrough,
          highlight: !!child.highlight,
          color: ctx.linkColor,
          link: node.url,
          comment: (child as CommentedText).comment ?? null,
        });
      }
    } else {
      const number = ctx.addFootnote(node.note);
      pieces.push({
        ...plain,
        text: String(number),
        bold: base.bold,
        italic: false,
        size: base.size * PROPORTIONS.superscriptScale,
        rise: base.size * PROPORTIONS.superscriptRise,
        footnote: number,
      });
    }
  }
  return pieces;
}

function fragmentOf(piece: Piece, text: string, ctx: InlineContext): Fragment {
  const style = fontStyleOf(piece.bold, piece.italic);
  return {
    text,
    style,
    size: piece.size,
    color: piece.color,
    rise: piece.rise,
    width: ctx.metrics.widthOf(text, style, piece.size),
    underline: piece.underline,
    strike: piece.strike,
    highlight: piece.highlight,
    link: piece.link,
    comment: piece.comment,
    footnote: piece.footnote,
  };
}

export function inlineWords(nodes: readonly InlineNode[], base: RunStyle, ctx: InlineContext): Word[] {
  const words: Word[] = [];
  let current: Word | null = null;
  const close = (): void => {
    if (current) words.push(current);
    current = null;
  };
  for (const piece of piecesOf(nodes, base, ctx)) {
    const text = ctx.glyphs.clean(piece.text, fontStyleOf(piece.bold, piece.italic));
    for (const [, newline, spaces, letters] of text.matchAll(TOKENS)) {
      if (newline) {
        close();
        const last = words.at(-1);
        if (last && !last.breakAfter) last.breakAfter = true;
        else words.push({ fragments: [], width: 0, space: null, breakAfter: true });
      } else if (spaces) {
        const owner: Word | undefined = current ?? words.at(-1);
        close();
        if (owner && !owner.space && !owner.breakAfter) owner.space = fragmentOf(piece, ' ', ctx);
      } else if (letters) {
        current ??= { fragments: [], width: 0, space: null, breakAfter: false };
        const fragment = fragmentOf(piece, letters, ctx);
        current.fragments.push(fragment);
        current.width += fragment.width;
      }
    }
  }
  close();
  return words;
}

/** Splits a word wider than maxWidth into pieces that fit, character by character. */
export function splitWideWord(word: Word, maxWidth: number, metrics: FontMetrics): Word[] {
  const parts: Word[] = [];
  let part: Word = { fragments: [], width: 0, space: null, breakAfter: false };
  for (const fragment of word.fragments) {
    let text = '';
    let width = 0;
    const flush = (): void => {
      if (!text) return;
      part.fragments.push({ ...fragment, text, width });
      part.width += width;
      text = '';
      width = 0;
    };
    for (const char of fragment.text) {
      const charWidth = metrics.widthOf(char, fragment.style, fragment.size);
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
  part.space = word.space;
  part.breakAfter = word.breakAfter;
  parts.push(part);
  return parts;
}
