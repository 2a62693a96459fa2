/** Rich-text blocks (paragraphs, headings, quotes, lists, tables) to flow lines. */
import type { BlockElement, ListElement, RichText, TableElement } from '../../model/rich-text';
import { columnContents, distributeColumns, type CellMeasure } from '../table-columns';
import type { Hyphenate } from '../word-breaks';
import type { FontMetrics } from './metrics';
import type { Box, StructElem } from './boxes';
import { baselineOffset, lineBoxes } from './lines';
import { wrapInline } from './wrap';
import { flowLine, noteLines, tag, tagLineBoxes, textLines, within, type FlowContext, type FlowLine } from './flow';
import { lineHeightFor, PROPORTIONS, FIXED_COLORS } from './theme';
import type { RunStyle } from './words';
import { headingSize, TEXT_HEADING, type HeadingLevel } from '../../template/headings';
import { bulletAt, numberMarker } from '../list-markers';
import { figureLines } from './figure';


const LIST_ITEM_GAP = 0.15;
export const TABLE = { padding: 3, rule: 0.5, headerFill: 'E8EDF4' } as const;

/** Column widths in points for the text width, sized to the cells' content (table-columns.ts), as the DOCX sizes them too. */
export function tableColumnWidths(table: TableElement, width: number, metrics: FontMetrics, size: number, hyphenate: Hyphenate | null): number[] {
  const measure: CellMeasure = {
    widthOf: (text, bold) => metrics.widthOf(text, bold ? 'bold' : 'regular', size),
    hyphenate,
    padding: 2 * TABLE.padding,
    minimum: size * 2,
  };
  return distributeColumns(columnContents(table, measure), width);
}

function plain(ctx: FlowContext, color: string): RunStyle {
  return { bold: false, italic: false, size: ctx.theme.body, color };
}

function listLines(list: ListElement, depth: number, ctx: FlowContext, color: string, spaceBefore: number): FlowLine[] {
  const { theme } = ctx;
  const indent = (depth + 1) * theme.listIndent;
  const out: FlowLine[] = [];
  let number = 0;
  within(ctx, 'L', () => {
    for (const child of list.children) {
      const gap = out.length === 0 ? spaceBefore : theme.lineHeight * LIST_ITEM_GAP;
      if (child.type !== 'list-item') {
        // A nested list belongs to the body of the item before it, as in HTML.
        const previous = ctx.structure.parent.kids.at(-1);
        const outer = ctx.structure.parent;
        const body = previous?.role === 'LI' ? previous.kids.find((k) => k.role === 'LBody') : undefined;
        if (body) ctx.structure.parent = body;
        try {
          out.push(...listLines(child, depth + 1, ctx, color, gap));
        } finally {
          ctx.structure.parent = outer;
        }
        continue;
      }
      number++;
      within(ctx, 'LI', () => {
        const label = tag(ctx, 'Lbl');
        const lines = textLines(child.children, plain(ctx, color), ctx, { indent, spaceBefore: gap, role: 'LBody', keepLines: true });
        const marker = list.type === 'numbered-list' ? numberMarker(number) : bulletAt(depth);
        const first = lines[0]!;
        const markerWidth = ctx.metrics.widthOf(marker, 'regular', theme.body);
        // Markers end a little before the text, so "9." and "10." line up on the dot.
        first.boxes.unshift({
          kind: 'text',
          text: marker,
          style: 'regular',
          size: theme.body,
          x: indent - theme.body * 0.6 - markerWidth,
          y: -baselineOffset(theme.body, first.height),
          width: markerWidth,
          color,
          tag: label,
        });
        out.push(...lines);
      });
    }
  });
  return out;
}

function quoteLines(block: BlockElement & { type: 'block-quote' }, ctx: FlowContext, color: string, spaceBefore: number): FlowLine[] {
  const indent = ctx.theme.quoteIndent;
  const lines = textLines(block.children, { ...plain(ctx, color), italic: true }, ctx, { indent, spaceBefore, role: 'BlockQuote', keepLines: true });
  for (const line of lines) {
    line.boxes.unshift({ kind: 'rect', x: indent * 0.35, y: -line.height, width: PROPORTIONS.quoteBarWidth, height: line.height, color: FIXED_COLORS.quoteBar });
  }
  return lines;
}

/**
 * A table: one flow line per row (rows never split), cells wrapped in their
 * column, header rows repeated at the top of every page the table continues on.
 */
export function tableLines(table: TableElement, ctx: FlowContext, color: string, spaceBefore: number): FlowLine[] {
  const { theme } = ctx;
  const pad = TABLE.padding;
  const widths = tableColumnWidths(table, ctx.width, ctx.metrics, theme.body, ctx.cellHyphenate);
  // Narrow columns are hyphenated, with the rules of the pack's language.
  const cellCtx: FlowContext = { ...ctx, hyphenate: ctx.cellHyphenate };
  const lefts = widths.map((_, c) => widths.slice(0, c).reduce((a, b) => a + b, 0));
  const lineHeight = lineHeightFor(theme, theme.body);
  const baseline = baselineOffset(theme.body, lineHeight);
  const headerCount = table.children.findIndex((row) => !row.children.every((cell) => cell.header));
  const headers = headerCount === -1 ? table.children.length : headerCount;
  const out: FlowLine[] = [];
  within(ctx, 'Table', () => {
    table.children.forEach((row, r) => {
      within(ctx, 'TR', () => {
        const isHeader = r < headers;
        const cells = row.children.map((cell, c) => {
          const elem = tag(ctx, cell.header ? 'TH' : 'TD', cell.header ? { scope: isHeader ? 'Column' : 'Row' } : {});
          const style: RunStyle = { ...plain(ctx, color), bold: !!cell.header };
          const lines = wrapInline(cell.children, style, widths[c]! - 2 * pad, cellCtx);
          return { elem, lines };
        });
        const height = Math.max(1, ...cells.map((cell) => cell.lines.length)) * lineHeight + 2 * pad;
        const boxes: Box[] = [];
        if (isHeader) boxes.push({ kind: 'rect', x: 0, y: -height, width: ctx.width, height, color: TABLE.headerFill });
        const notes: FlowLine[] = [];
        cells.forEach(({ elem, lines }, c) => {
          const links = new Map<string, StructElem>();
          lines.forEach((line, i) => {
            for (const box of tagLineBoxes(lineBoxes(line, lefts[c]! + pad, baseline, lineHeight, i < lines.length - 1), elem, links)) {
              // Cell rules and fills stay artifacts: only the text is content.
              if (box.kind === 'rect') delete box.tag;
              boxes.push({ ...box, y: box.y - pad - i * lineHeight });
            }
            if (ctx.footnoteMode === 'page') notes.push(...line.footnotes.flatMap((n) => noteLines(n, ctx)));
          });
        });
        // Grid: a rule above the first row and under every row, and between the columns.
        const rule = (x: number, y: number, w: number, h: number): Box => ({ kind: 'rect', x, y, width: w, height: h, color: FIXED_COLORS.rule });
        boxes.push(rule(0, -TABLE.rule / 2, ctx.width, TABLE.rule / 2));
        boxes.push(rule(0, -height, ctx.width, TABLE.rule / 2));
        for (const x of [...lefts, ctx.width]) boxes.push(rule(Math.min(x, ctx.width - TABLE.rule / 2), -height, TABLE.rule / 2, height));
        const line = flowLine(height, boxes, { spaceBefore: r === 0 ? spaceBefore : 0, keepWithNext: isHeader });
        line.notes = notes;
        out.push(line);
      });
    });
  });
  const headerLines = out.slice(0, headers < out.length ? headers : 0);
  if (headerLines.length > 0) for (const line of out.slice(headers)) line.repeat = headerLines;
  return out;
}

/** headingLevel: the level of a heading inside the text (one below the section labels around it), for its size. */
export function blockLines(block: BlockElement, ctx: FlowContext, color: string, first: boolean, headingLevel: HeadingLevel = 3): FlowLine[] {
  const { theme } = ctx;
  const gap = first ? 0 : theme.paragraphGap;
  switch (block.type) {
    case 'paragraph':
      return textLines(block.children, plain(ctx, color), ctx, { spaceBefore: gap, keepLines: true });
    case 'heading':
      return textLines(block.children, { ...TEXT_HEADING, size: headingSize(theme, headingLevel), color: theme.colors.text }, ctx, {
        spaceBefore: first ? 0 : theme.headingGap * 0.8,
        keepWithNext: true,
        role: 'H3',
      });
    case 'block-quote':
      return quoteLines(block, ctx, color, gap);
    case 'bulleted-list':
    case 'numbered-list':
      return listLines(block, 0, ctx, color, gap);
    case 'table':
      return tableLines(block, ctx, color, gap);
    case 'figure':
      return figureLines(block, ctx, color, gap);
  }
}

export function richTextLines(value: RichText, ctx: FlowContext, color: string, headingLevel: HeadingLevel = 3): FlowLine[] {
  return value.flatMap((block, i) => blockLines(block, ctx, color, i === 0, headingLevel));
}

/** Vertical space with nothing in it; dropped at a page top like any space before. */
export function spacer(height: number): FlowLine {
  return flowLine(0, [], { spaceBefore: height });
}
