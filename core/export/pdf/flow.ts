/**
 * The flow: a document as a flat list of lines with their spacing and
 * pagination hints, before it is cut into pages.
 */
import type { InlineNode } from '../../model/rich-text';
import type { Box } from './boxes';
import { baselineOffset, lineBoxes, wrapWords } from './lines';
import { lineHeightFor, type Theme } from './theme';
import { inlineWords, type InlineContext, type RunStyle } from './words';

/** Marks the line where an agenda item starts, for the outline and the table of contents. */
export interface Anchor {
  title: string;
  level: 1 | 2;
}

export interface FlowLine {
  height: number;
  /** Space above the line; dropped at the top of a page. */
  spaceBefore: number;
  /** Never the last line on a page (headings). */
  keepWithNext: boolean;
  pageBreakBefore: boolean;
  /** Relative boxes: x from the left of the text area, y from the top of the line (so negative). */
  boxes: Box[];
  /** Lines of the footnotes referenced on this line, for the foot of the same page. */
  notes: FlowLine[];
  anchor: Anchor | null;
}

export interface FlowContext extends InlineContext {
  theme: Theme;
  /** Width of the text area. */
  width: number;
  noteText(number: number): string;
}

export interface TextOptions {
  indent?: number;
  width?: number;
  spaceBefore?: number;
  keepWithNext?: boolean;
  pageBreakBefore?: boolean;
  anchor?: Anchor | null;
}

export function flowLine(height: number, boxes: Box[], options: TextOptions = {}): FlowLine {
  return {
    height,
    spaceBefore: options.spaceBefore ?? 0,
    keepWithNext: options.keepWithNext ?? false,
    pageBreakBefore: options.pageBreakBefore ?? false,
    boxes,
    notes: [],
    anchor: options.anchor ?? null,
  };
}

/** Wraps inline content into flow lines; only the first line gets the space before, break and anchor. */
export function textLines(nodes: readonly InlineNode[], base: RunStyle, ctx: FlowContext, options: TextOptions = {}): FlowLine[] {
  const indent = options.indent ?? 0;
  const width = options.width ?? ctx.width - indent;
  const height = lineHeightFor(ctx.theme, base.size);
  const baseline = baselineOffset(base.size, height);
  const lines = wrapWords(inlineWords(nodes, base, ctx), width, ctx.metrics);
  return lines.map((line, i) => {
    const first = i === 0;
    const flow = flowLine(height, lineBoxes(line, indent, baseline, height), {
      spaceBefore: first ? options.spaceBefore : 0,
      keepWithNext: options.keepWithNext,
      pageBreakBefore: first && options.pageBreakBefore,
      anchor: first ? options.anchor : null,
    });
    flow.notes = line.footnotes.flatMap((n) => noteLines(n, ctx));
    return flow;
  });
}

/** A footnote at the foot of a page: its number, then the text with a hanging indent. */
function noteLines(number: number, ctx: FlowContext): FlowLine[] {
  const { theme } = ctx;
  const base: RunStyle = { bold: false, italic: false, size: theme.small, color: theme.colors.text };
  const indent = theme.small * 2;
  const lines = textLines([{ text: ctx.noteText(number) }], base, ctx, { indent, width: ctx.width - indent });
  const first = lines[0]!;
  const marker = String(number);
  first.boxes.push({
    kind: 'text',
    text: marker,
    style: 'regular',
    size: theme.small,
    x: 0,
    y: -baselineOffset(theme.small, first.height),
    width: ctx.metrics.widthOf(marker, 'regular', theme.small),
    color: theme.colors.text,
  });
  return lines;
}

/** Footnotes numbered in reading order through the whole document. */
export class FootnoteRegister {
  private readonly notes: string[] = [];

  add(note: string): number {
    this.notes.push(note);
    return this.notes.length;
  }

  text(number: number): string {
    return this.notes[number - 1] ?? '';
  }

  get count(): number {
    return this.notes.length;
  }
}
