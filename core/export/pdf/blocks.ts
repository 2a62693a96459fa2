/** Rich-text blocks (paragraphs, headings, quotes, lists) to flow lines. */
import type { BlockElement, ListElement, RichText } from '../../model/rich-text';
import { baselineOffset } from './lines';
import { flowLine, textLines, type FlowContext, type FlowLine } from './flow';
import { PROPORTIONS, FIXED_COLORS } from './theme';
import type { RunStyle } from './words';

/** Bullet per nesting level, repeating; all present in the embedded font. */
export const BULLETS = ['•', '–', '◦'] as const;

const LIST_ITEM_GAP = 0.15;

function plain(ctx: FlowContext, color: string): RunStyle {
  return { bold: false, italic: false, size: ctx.theme.body, color };
}

function listLines(list: ListElement, depth: number, ctx: FlowContext, color: string, spaceBefore: number): FlowLine[] {
  const { theme } = ctx;
  const indent = (depth + 1) * theme.listIndent;
  const out: FlowLine[] = [];
  let number = 0;
  for (const child of list.children) {
    const gap = out.length === 0 ? spaceBefore : theme.lineHeight * LIST_ITEM_GAP;
    if (child.type !== 'list-item') {
      out.push(...listLines(child, depth + 1, ctx, color, gap));
      continue;
    }
    number++;
    const lines = textLines(child.children, plain(ctx, color), ctx, { indent, spaceBefore: gap });
    const marker = list.type === 'numbered-list' ? `${number}.` : BULLETS[depth % BULLETS.length]!;
    const first = lines[0]!;
    const markerWidth = ctx.metrics.widthOf(marker, 'regular', theme.body);
    // Markers end a little before the text, so "9." and "10." line up on the dot.
    first.boxes.push({
      kind: 'text',
      text: marker,
      style: 'regular',
      size: theme.body,
      x: indent - theme.body * 0.6 - markerWidth,
      y: -baselineOffset(theme.body, first.height),
      width: markerWidth,
      color,
    });
    out.push(...lines);
  }
  return out;
}

function quoteLines(block: BlockElement & { type: 'block-quote' }, ctx: FlowContext, color: string, spaceBefore: number): FlowLine[] {
  const indent = ctx.theme.quoteIndent;
  const lines = textLines(block.children, { ...plain(ctx, color), italic: true }, ctx, { indent, spaceBefore });
  for (const line of lines) {
    line.boxes.unshift({ kind: 'rect', x: indent * 0.35, y: -line.height, width: PROPORTIONS.quoteBarWidth, height: line.height, color: FIXED_COLORS.quoteBar });
  }
  return lines;
}

export function blockLines(block: BlockElement, ctx: FlowContext, color: string, first: boolean): FlowLine[] {
  const { theme } = ctx;
  const gap = first ? 0 : theme.paragraphGap;
  switch (block.type) {
    case 'paragraph':
      return textLines(block.children, plain(ctx, color), ctx, { spaceBefore: gap });
    case 'heading':
      return textLines(block.children, { ...plain(ctx, theme.colors.heading), bold: true }, ctx, {
        spaceBefore: first ? 0 : theme.headingGap * 0.8,
        keepWithNext: true,
      });
    case 'block-quote':
      return quoteLines(block, ctx, color, gap);
    case 'bulleted-list':
    case 'numbered-list':
      return listLines(block, 0, ctx, color, gap);
  }
}

export function richTextLines(value: RichText, ctx: FlowContext, color: string): FlowLine[] {
  return value.flatMap((block, i) => blockLines(block, ctx, color, i === 0));
}

/** Vertical space with nothing in it; dropped at a page top like any space before. */
export function spacer(height: number): FlowLine {
  return flowLine(0, [], { spaceBefore: height });
}
