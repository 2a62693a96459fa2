/** What every page carries besides its flow: header, footer and the draft watermark. */
import type { Box, TextBox } from './boxes';
import type { PageGeometry } from './geometry';
import type { GlyphGuard } from './glyphs';
import type { FontMetrics } from './metrics';
import { FIXED_COLORS, type Theme } from './theme';

export type Align = 'left' | 'center' | 'right';

/** One line at the top or bottom of a page, its page numbers filled. */
export interface FurnitureText {
  text: string;
  color: string;
  bold: boolean;
  align: Align;
}

export interface PageFurniture {
  /** Top to bottom; the first line sits where a one-line header does. */
  header: readonly FurnitureText[];
  /** Top to bottom; the last line sits where a one-line footer does. */
  footer: readonly FurnitureText[];
  watermark: string | null;
  watermarkColor: string;
}

/** Line pitch of stacked header and footer lines, in multiples of their size. */
const FURNITURE_LEADING = 1.25;

export interface DecorationContext {
  geometry: PageGeometry;
  theme: Theme;
  metrics: FontMetrics;
  glyphs: GlyphGuard;
}

const ELLIPSIS = '…';
const WATERMARK = { maxSize: 110, diagonalShare: 0.7, capHeight: 0.72 } as const;

/** Shortens text with an ellipsis until it fits maxWidth. */
export function fitText(text: string, maxWidth: number, widthOf: (s: string) => number): string {
  if (widthOf(text) <= maxWidth) return text;
  const chars = [...text];
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (widthOf(chars.slice(0, mid).join('') + ELLIPSIS) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return chars.slice(0, low).join('') + ELLIPSIS;
}

function aligned(text: string, y: number, size: number, bold: boolean, color: string, align: Align, ctx: DecorationContext): TextBox | null {
  const style = bold ? 'bold' : 'regular';
  const clean = ctx.glyphs.clean(text, style).replace(/\s+/g, ' ').trim();
  if (!clean) return null;
  const fitted = fitText(clean, ctx.geometry.contentWidth, (s) => ctx.metrics.widthOf(s, style, size));
  const width = ctx.metrics.widthOf(fitted, style, size);
  const free = ctx.geometry.contentWidth - width;
  const x = ctx.geometry.left + (align === 'left' ? 0 : align === 'right' ? free : free / 2);
  return { kind: 'text', text: fitted, style, size, x, y, width, color };
}

/** A large light diagonal word across the page centre, drawn under everything else. */
export function watermarkBox(text: string, ctx: DecorationContext, color: string = FIXED_COLORS.watermark): TextBox | null {
  const { width: pageWidth, height: pageHeight } = ctx.geometry;
  const clean = ctx.glyphs.clean(text, 'bold').trim();
  if (!clean) return null;
  const diagonal = Math.hypot(pageWidth, pageHeight);
  const unitWidth = ctx.metrics.widthOf(clean, 'bold', 1);
  if (unitWidth <= 0) return null;
  const size = Math.min(WATERMARK.maxSize, (diagonal * WATERMARK.diagonalShare) / unitWidth);
  const width = unitWidth * size;
  const angle = Math.atan2(pageHeight, pageWidth);
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const halfCap = (size * WATERMARK.capHeight) / 2;
  return {
    kind: 'text',
    text: clean,
    style: 'bold',
    size,
    x: pageWidth / 2 - (width / 2) * cos + halfCap * sin,
    y: pageHeight / 2 - (width / 2) * sin - halfCap * cos,
    width,
    color,
    rotate: (angle * 180) / Math.PI,
  };
}

export function decoratePage(boxes: readonly Box[], furniture: PageFurniture, ctx: DecorationContext): Box[] {
  const { geometry, theme } = ctx;
  const out: Box[] = [];
  const mark = furniture.watermark ? watermarkBox(furniture.watermark, ctx, furniture.watermarkColor) : null;
  if (mark) out.push(mark);
  out.push(...boxes);
  // A bold line (the marking) is set a point larger than the small type of the page numbers.
  const sizeOf = (line: FurnitureText) => (line.bold ? theme.small + 1 : theme.small);
  let y = geometry.height - geometry.marginTop / 2;
  for (const line of furniture.header) {
    const box = aligned(line.text, y, sizeOf(line), line.bold, line.color, line.align, ctx);
    if (box) out.push(box);
    y -= sizeOf(line) * FURNITURE_LEADING;
  }
  y = geometry.marginBottom / 2;
  for (const line of [...furniture.footer].reverse()) {
    const box = aligned(line.text, y, sizeOf(line), line.bold, line.color, line.align, ctx);
    if (box) out.push(box);
    y += sizeOf(line) * FURNITURE_LEADING;
  }
  return out;
}
