/**
 * A picture in the flow: one line as tall as the picture at its share of the
 * column, keeping its aspect, then its caption. A picture taller than a page
 * is scaled down to fit one; one that does not fit where it falls moves to
 * the next page with its caption (a line never splits).
 */
import type { FigureElement } from '../../model/rich-text';
import type { Box, StructElem } from './boxes';
import { flowLine, tag, textLines, type FlowContext, type FlowLine } from './flow';
import { lineHeightFor } from './theme';

/** Lines of caption kept free under a picture that fills a page. */
const CAPTION_ROOM_LINES = 3;
/** A picture the pack does not list is laid out at 4:3; export refuses it before it is drawn. */
const UNKNOWN_ASPECT = 3 / 4;

export function figureSize(figure: FigureElement, ctx: FlowContext): { width: number; height: number } {
  const pixels = ctx.mediaSize(figure.media);
  const aspect = pixels ? pixels.height / pixels.width : UNKNOWN_ASPECT;
  let width = ctx.width * figure.width;
  let height = width * aspect;
  const captionRoom = figure.caption.trim() ? lineHeightFor(ctx.theme, ctx.theme.small) * CAPTION_ROOM_LINES : 0;
  const tallest = ctx.pageHeight - captionRoom;
  if (height > tallest) {
    width *= tallest / height;
    height = tallest;
  }
  return { width, height };
}

export function figureLines(figure: FigureElement, ctx: FlowContext, color: string, spaceBefore: number): FlowLine[] {
  const { width, height } = figureSize(figure, ctx);
  const elem = tag(ctx, 'Figure', { alt: figure.alt });
  const boxes: Box[] = ctx.measureOnly ? [] : [{ kind: 'image', x: 0, y: -height, width, height, media: figure.media, tag: elem }];
  const caption = figure.caption.trim();
  const lines = [flowLine(height, boxes, { spaceBefore, keepWithNext: caption !== '' })];
  if (caption) {
    // The caption belongs to its figure: a Caption inside the Figure, as ISO 32000 places it.
    const captionElem: StructElem = { role: 'Caption', kids: [] };
    elem.kids.push(captionElem);
    const style = { bold: false, italic: true, size: ctx.theme.small, color };
    // The caption takes the column's width: under a narrow picture it would wrap word by word.
    lines.push(...textLines([{ text: caption }], style, ctx, { tag: captionElem, spaceBefore: ctx.theme.small * 0.5 }));
  }
  return lines;
}
