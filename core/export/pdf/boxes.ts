/**
 * What the layout step produces and the renderer draws: pages of positioned
 * boxes in PDF points, origin at the bottom-left of the page.
 */
import type { FontStyle } from '../../template/schema';

/** Structure roles of the tagged PDF (ISO 32000 standard structure types). */
export type StructRole =
  | 'Document' | 'Sect' | 'H1' | 'H2' | 'H3' | 'P' | 'L' | 'LI' | 'Lbl' | 'LBody'
  | 'Table' | 'THead' | 'TBody' | 'TR' | 'TH' | 'TD' | 'Figure' | 'Caption' | 'Note' | 'TOC' | 'TOCI' | 'BlockQuote' | 'Link' | 'Annot' | 'Reference';

/**
 * A node of the document's logical structure. Containers hold elements only;
 * leaves are referenced by the boxes that draw them (marked content).
 */
export interface StructElem {
  role: StructRole;
  kids: StructElem[];
  /** Alternate text (figures) or the expansion of an abbreviation. */
  alt?: string;
  /** Header cells: the cells they head (Scope). */
  scope?: 'Column' | 'Row';
  /** A Note: its footnote number (the note's /ID); a Reference: the number of the note it points to (/Ref). */
  note?: number;
  /** A Figure: where its picture is on the page, [x0, y0, x1, y1] (PDF/UA asks for a figure's BBox). */
  bbox?: readonly [number, number, number, number];
}

/** A run of text in one font and size; y is the baseline. */
export interface TextBox {
  kind: 'text';
  text: string;
  style: FontStyle;
  size: number;
  x: number;
  y: number;
  width: number;
  /** Hex colour such as 154273. */
  color: string;
  /** Counter-clockwise rotation about (x, y) in degrees; only the watermark uses it. */
  rotate?: number;
  /** The structure element this text belongs to; untagged text is a page artifact (header, footer, watermark). */
  tag?: StructElem;
  /** The URL this text links to: the text and its link annotation share a Link element. */
  link?: string;
  /** The footnote this text is the marker of. */
  footnote?: number;
  /**
   * An invisible space is written after the text: a line a paragraph goes on
   * after, so text extraction and the structure tree read the words apart.
   */
  spaceAfter?: true;
  /**
   * The hyphen the wrapping added at a line end: drawn, but an artifact, so
   * the structure tree reads the word it splits whole ("Rijksoverheid").
   */
  addedHyphen?: true;
}

/** A filled rectangle: rules, underlines, highlights, the quote bar; y is the bottom edge. */
export interface RectBox {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  /** Set for rectangles that belong to content (table rules stay artifacts). */
  tag?: StructElem;
}

/** A picture (pack.media), drawn scaled into the box; y is the bottom edge. */
export interface ImageBox {
  kind: 'image';
  x: number;
  y: number;
  width: number;
  height: number;
  /** The media id (SHA-256) of the picture's bytes. */
  media: string;
  /** The Figure element whose content this is. */
  tag?: StructElem;
}

export type LinkTarget = { kind: 'uri'; url: string } | { kind: 'page'; page: number; y: number };

/** A clickable area; y is the bottom edge. */
export interface LinkBox {
  kind: 'link';
  x: number;
  y: number;
  width: number;
  height: number;
  target: LinkTarget;
  /** The Link element the annotation belongs to, with the text it makes clickable. */
  tag?: StructElem;
  /** What the link leads to, in words (the annotation's /Contents): the URL, or the contents entry's title. */
  description: string;
}

/** A comment on the source text: a sticky note with a highlight over the passage; y is the bottom edge. */
export interface NoteBox {
  kind: 'note';
  x: number;
  y: number;
  width: number;
  height: number;
  /** Index into PackLayout.comments. */
  comment: number;
}

export type Box = TextBox | RectBox | LinkBox | NoteBox | ImageBox;

export interface LaidOutPage {
  /** 1-based, as printed in the footer. */
  number: number;
  boxes: Box[];
}

/** A bookmark: where an agenda item (1, 2) or one of its sections (3) starts. */
export interface OutlineEntry {
  title: string;
  level: 1 | 2 | 3;
  page: number;
  y: number;
}

/** A comment shown as a PDF text annotation. */
export interface LaidOutComment {
  author: string;
  /** ISO date-time. */
  createdAt: string;
  /** The comment with its replies, as the note's text. */
  text: string;
}

/**
 * Where an appended page is drawn: below the pack's header band and above its
 * footer band (the template's top and bottom margins, in the pack's points),
 * with a thin border around it when the template asks.
 */
export interface AnnexFrame {
  top: number;
  bottom: number;
  border: boolean;
  /** The page keeps its own size, or is scaled onto the pack's page size (template.annexPageSize). */
  size: 'own' | 'pack';
}

/** An annex PDF appended after the pack: where its pages start (1-based) and how many there are. */
export interface AnnexPlacement {
  id: string;
  title: string;
  firstPage: number;
  pages: number;
  /** The annex's Sect in the tagged PDF; the renderer adds the elements of the pages' own annotations. */
  section: StructElem;
  /** Each appended page is one Figure, with alternative text naming the annex and the page. */
  figures: StructElem[];
  frame: AnnexFrame;
}

export interface LayoutWarning {
  kind: 'missing-glyph';
  /** The character as found in the pack, and its code point as U+XXXX. */
  char: string;
  codePoint: string;
  /** How often it was replaced. */
  count: number;
  /** Where: the titles of the items it is in, or the cover, introduction, annex list, page header or footer. */
  places: string[];
}

export interface PackLayout {
  width: number;
  height: number;
  pages: LaidOutPage[];
  outline: OutlineEntry[];
  warnings: LayoutWarning[];
  comments: LaidOutComment[];
  /** The root of the logical structure (Document). */
  structure: StructElem;
  /** Appended annex pages; their LaidOutPage holds only the header, footer and watermark. */
  annexes: AnnexPlacement[];
  /**
   * Per style, the characters the layout checked and drew as themselves: the
   * renderer shapes these in one call per style instead of scanning every box
   * again (a character missing here is shaped when it is met).
   */
  characters: Record<FontStyle, string[]>;
}
