/**
 * The flow: a document as a flat list of lines with their spacing and
 * pagination hints, before it is cut into pages.
 */
import type { InlineNode } from '../../model/rich-text';
import type { Box, StructElem, StructRole } from './boxes';
import { baselineOffset, lineBoxes } from './lines';
import { wrapInline } from './wrap';
import { lineHeightFor, type Theme } from './theme';
import type { InlineContext, RunStyle } from './words';

/** Marks the line where an agenda item (1, 2) or a section (3) starts, for the outline and the table of contents. */
export interface Anchor {
  title: string;
  level: 1 | 2 | 3;
  /** Listed in the table of contents (sections are bookmarks only). */
  inContents: boolean;
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
  /** Table rows: the header rows to repeat first when this line starts a new page. */
  repeat: FlowLine[] | null;
}

export interface FlowContext extends InlineContext {
  theme: Theme;
  /** Width of the text area. */
  width: number;
  noteText(number: number): string;
  /** Hyphenation points for words in table cells: narrow columns are hyphenated whatever the template says of body text. */
  cellHyphenate: ((word: string) => string[]) | null;
  /** Footnotes at the foot of their page, or collected by the caller as endnotes. */
  footnoteMode: 'page' | 'endnotes';
  /** The structure element new elements are added to. */
  structure: { parent: StructElem };
  /** Lay out without boxes for text lines (see LayoutOptions.measureOnly). */
  measureOnly: boolean;
  /** Height of the text area: no picture is drawn taller. */
  pageHeight: number;
  /** A picture's size in pixels by media id (pack.media); undefined for one the pack does not list. */
  mediaSize(id: string): { width: number; height: number } | undefined;
}

/** Adds a structure element under the current parent. */
export function tag(ctx: FlowContext, role: StructRole, extra: Partial<StructElem> = {}): StructElem {
  const elem: StructElem = { role, kids: [], ...extra };
  ctx.structure.parent.kids.push(elem);
  return elem;
}

/** Runs build with a new container element as the parent. */
export function within<T>(ctx: FlowContext, role: StructRole, build: (elem: StructElem) => T): T {
  const elem = tag(ctx, role);
  const outer = ctx.structure.parent;
  ctx.structure.parent = elem;
  try {
    return build(elem);
  } finally {
    ctx.structure.parent = outer;
  }
}

export interface TextOptions {
  indent?: number;
  width?: number;
  spaceBefore?: number;
  keepWithNext?: boolean;
  pageBreakBefore?: boolean;
  anchor?: Anchor | null;
  /** The structure element of this text; by default a new leaf of role (P unless given). */
  tag?: StructElem;
  role?: StructRole;
  /** Widow and orphan control: a paragraph never leaves its first or last line alone on a page. */
  keepLines?: boolean;
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
    repeat: null,
  };
}

/**
 * Tags a line's boxes: text, underlines and highlights with their element;
 * link text and its clickable area with a Link element under it (one per URL
 * in the element), so a screen reader meets the link where it reads it.
 */
export function tagLineBoxes(boxes: Box[], elem: StructElem, links: Map<string, StructElem>): Box[] {
  const linkElem = (url: string): StructElem => {
    let link = links.get(url);
    if (!link) {
      link = { role: 'Link', kids: [] };
      elem.kids.push(link);
      links.set(url, link);
    }
    return link;
  };
  for (const box of boxes) {
    if (box.kind === 'text' && box.footnote !== undefined) {
      // The marker is a Reference to its Note, so a reader can go from one to the other.
      const reference: StructElem = { role: 'Reference', kids: [], note: box.footnote };
      elem.kids.push(reference);
      box.tag = reference;
    } else if (box.kind === 'text' && box.addedHyphen) continue;
    else if (box.kind === 'text') box.tag = box.link ? linkElem(box.link) : elem;
    else if (box.kind === 'rect') box.tag = elem;
    else if (box.kind === 'link' && box.target.kind === 'uri') box.tag = linkElem(box.target.url);
  }
  return boxes;
}

/** Wraps inline content into flow lines; only the first line gets the space before, break and anchor. */
export function textLines(nodes: readonly InlineNode[], base: RunStyle, ctx: FlowContext, options: TextOptions = {}): FlowLine[] {
  const indent = options.indent ?? 0;
  const width = options.width ?? ctx.width - indent;
  const height = lineHeightFor(ctx.theme, base.size);
  const baseline = baselineOffset(base.size, height);
  const lines = wrapInline(nodes, base, width, ctx);
  const elem = options.tag ?? tag(ctx, options.role ?? 'P');
  const links = new Map<string, StructElem>();
  const last = lines.length - 1;
  return lines.map((line, i) => {
    const first = i === 0;
    // Orphans: the first line keeps with the second; widows: the last but one keeps with the last.
    const keepLine = options.keepLines === true && last >= 1 && (first || i === last - 1);
    const boxes = ctx.measureOnly ? [] : tagLineBoxes(lineBoxes(line, indent, baseline, height, i < last), elem, links);
    const flow = flowLine(height, boxes, {
      spaceBefore: first ? options.spaceBefore : 0,
      keepWithNext: options.keepWithNext || keepLine,
      pageBreakBefore: first && options.pageBreakBefore,
      anchor: first ? options.anchor : null,
    });
    if (ctx.footnoteMode === 'page') flow.notes = line.footnotes.flatMap((n) => noteLines(n, ctx));
    return flow;
  });
}

/** A footnote (or endnote): its number, then the text with a hanging indent. */
export function noteLines(number: number, ctx: FlowContext): FlowLine[] {
  const { theme } = ctx;
  const base: RunStyle = { bold: false, italic: false, size: theme.small, color: theme.colors.text };
  const indent = theme.small * 2;
  const lines = textLines([{ text: ctx.noteText(number) }], base, ctx, { indent, width: ctx.width - indent, tag: tag(ctx, 'Note', { note: number }) });
  const first = lines[0]!;
  const marker = String(number);
  first.boxes.unshift({
    kind: 'text',
    text: marker,
    style: 'regular',
    size: theme.small,
    x: 0,
    y: -baselineOffset(theme.small, first.height),
    width: ctx.metrics.widthOf(marker, 'regular', theme.small),
    // Keeps the number apart from the note's first word when the note is read as text.
    spaceAfter: true,
    color: theme.colors.text,
    tag: (first.boxes.find((b) => b.kind === 'text') as { tag?: StructElem } | undefined)?.tag,
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

  /** The notes numbered after the first `from`, in order. */
  since(from: number): string[] {
    return this.notes.slice(from);
  }
}
