/**
 * What the layout step produces and the renderer draws: pages of positioned
 * boxes in PDF points, origin at the bottom-left of the page.
 */
import type { FontStyle } from '../../template/schema';

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
}

/** A filled rectangle: rules, underlines, highlights, the quote bar; y is the bottom edge. */
export interface RectBox {
  kind: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
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
}

export type Box = TextBox | RectBox | LinkBox;

export interface LaidOutPage {
  /** 1-based, as printed in the footer. */
  number: number;
  boxes: Box[];
}

/** A bookmark: where an agenda item starts. */
export interface OutlineEntry {
  title: string;
  level: 1 | 2;
  page: number;
  y: number;
}

export interface LayoutWarning {
  kind: 'missing-glyph';
  /** The character as found in the pack, and its code point as U+XXXX. */
  char: string;
  codePoint: string;
  /** How often it was replaced. */
  count: number;
}

export interface PackLayout {
  width: number;
  height: number;
  pages: LaidOutPage[];
  outline: OutlineEntry[];
  warnings: LayoutWarning[];
}
