/** Rich text (the editor's node union) to Word paragraphs, tables, runs, hyperlinks and note references. */
import {
  ExternalHyperlink,
  HighlightColor,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import {
  isAllowedLinkUrl,
  type FormattedText,
  type InlineNode,
  type ListElement,
  type RichText,
  type TableElement,
} from '../../model/rich-text';
import { isText } from '../../model/walk';
import type { NoteCollector } from './footnotes';
import type { MarkCursor } from './marks';
import { ListItemParagraph, type ListInstance, type ListKind, type NumberingPlan } from './numbering';
import { STYLE } from './styles';
import { xmlSafe } from './units';

export interface RichTextContext {
  notes: NoteCollector;
  numbering: NumberingPlan;
  /** Text width in twips, for table columns. */
  textWidth: number;
  /** The style for headings inside the text: one level below the section labels. */
  headingStyle?: string;
}

export type BlockChild = Paragraph | Table;

type RunFormat = Omit<IRunOptions, 'text' | 'children' | 'break'>;

function runFormat(leaf: FormattedText, style?: string, bold?: boolean): RunFormat {
  // Only the set marks are written: an explicit "false" on every run would bloat the XML.
  return {
    ...(style && { style }),
    ...((leaf.bold || bold) && { bold: true }),
    ...(leaf.italic && { italics: true }),
    ...(leaf.underline && { underline: {} }),
    ...(leaf.strikethrough && { strike: true }),
    ...(leaf.highlight && { highlight: HighlightColor.YELLOW }),
  };
}

/** A soft line break inside a leaf becomes a Word line break, not a literal newline. */
function textRuns(text: string, format: RunFormat): TextRun[] {
  const clean = xmlSafe(text);
  if (clean === '') return [];
  // Literal keys before the spread: V8 builds {...spread, newKey} on a slow path, and there is a run per leaf.
  return clean.split('\n').map((line, i) => new TextRun(i > 0 ? { text: line, break: 1, ...format } : { text: line, ...format }));
}

export interface InlineOptions {
  cursor?: MarkCursor;
  /** Bold for every run (table header cells). */
  bold?: boolean;
}

export function inlineChildren(nodes: readonly InlineNode[], context: RichTextContext, options: InlineOptions = {}): ParagraphChild[] {
  const { cursor, bold } = options;
  const out: ParagraphChild[] = [];
  for (const node of nodes) {
    if (isText(node)) {
      const format = runFormat(node, undefined, bold);
      out.push(...(cursor ? cursor.text(node.text, (piece) => textRuns(piece, format)) : textRuns(node.text, format)));
    } else if (node.type === 'link') {
      const runs = node.children.flatMap((leaf) => textRuns(leaf.text, runFormat(leaf, isAllowedLinkUrl(node.url) ? STYLE.hyperlink : undefined, bold)));
      const length = node.children.reduce((n, leaf) => n + leaf.text.length, 0);
      const children: ParagraphChild[] =
        runs.length === 0 ? [] : isAllowedLinkUrl(node.url) ? [new ExternalHyperlink({ link: node.url, children: runs })] : runs;
      out.push(...(cursor ? cursor.atom(length, children) : children));
    } else if (node.note.trim() !== '') {
      out.push(context.notes.add(node.note));
    }
  }
  return out;
}

function listParagraphs(
  list: ListElement,
  level: number,
  parent: ListInstance | undefined,
  context: RichTextContext,
  cursor: MarkCursor | undefined,
): Paragraph[] {
  const kind: ListKind = list.type === 'bulleted-list' ? 'bulleted' : 'numbered';
  // A nested list of the same kind continues its parent's list one level deeper.
  const instance = parent && parent.kind === kind ? parent : context.numbering.startList(kind, level);
  const style = kind === 'bulleted' ? STYLE.listBullet : STYLE.listNumber;
  return list.children.flatMap((child) => {
    if (child.type !== 'list-item') return listParagraphs(child, level + 1, instance, context, cursor);
    const children = inlineChildren(child.children, context, { cursor });
    cursor?.separator();
    return [new ListItemParagraph({ style, children }, instance, level)];
  });
}

/**
 * A table in the "Table Grid" style over the full text width. Leading rows
 * with header cells repeat at the top of every page (w:tblHeader); short rows
 * are padded so every row has the same number of cells.
 */
function tableOf(table: TableElement, context: RichTextContext, cursor: MarkCursor | undefined): { table: Table; last: Paragraph } {
  const columns = Math.max(...table.children.map((row) => row.children.length));
  const width = Math.floor(context.textWidth / columns);
  let last: Paragraph | undefined;
  let leading = true;
  const rows = table.children.map((row) => {
    const header = leading && row.children.some((cell) => cell.header);
    leading = header;
    const cells = row.children.map((cell) => {
      const paragraph = new Paragraph({
        style: cell.header ? STYLE.tableHeading : STYLE.tableText,
        children: inlineChildren(cell.children, context, { cursor, bold: cell.header }),
      });
      cursor?.separator();
      last = paragraph;
      return new TableCell({ width: { size: width, type: WidthType.DXA }, children: [paragraph] });
    });
    for (let i = row.children.length; i < columns; i++) {
      cells.push(new TableCell({ width: { size: width, type: WidthType.DXA }, children: [new Paragraph({ style: STYLE.tableText })] }));
    }
    return new TableRow({ children: cells, ...(header && { tableHeader: true }), cantSplit: true });
  });
  return {
    table: new Table({
      style: STYLE.tableGrid,
      width: { size: width * columns, type: WidthType.DXA },
      columnWidths: Array.from({ length: columns }, () => width),
      rows,
    }),
    last: last!,
  };
}

/**
 * Paragraphs and tables for rich text. `cursorFor(index)` may give a block
 * marks at character offsets (comments on the source text).
 */
export function richTextParagraphs(
  value: RichText,
  context: RichTextContext,
  cursorFor?: (blockIndex: number) => MarkCursor | undefined,
): BlockChild[] {
  return value.flatMap((block, index): BlockChild[] => {
    const cursor = cursorFor?.(index);
    let out: BlockChild[];
    let last: Paragraph | undefined;
    switch (block.type) {
      case 'paragraph':
      case 'heading':
      case 'block-quote': {
        const style = block.type === 'heading' ? (context.headingStyle ?? STYLE.heading3) : block.type === 'block-quote' ? STYLE.quote : undefined;
        last = new Paragraph({ children: inlineChildren(block.children, context, { cursor }), ...(style && { style }) });
        out = [last];
        break;
      }
      case 'bulleted-list':
      case 'numbered-list': {
        const paragraphs = listParagraphs(block, 0, undefined, context, cursor);
        last = paragraphs.at(-1);
        out = paragraphs;
        break;
      }
      case 'table': {
        const built = tableOf(block, context, cursor);
        last = built.last;
        // An empty paragraph after a table keeps two tables from merging and gives Word room to type after it.
        out = [built.table, new Paragraph({ style: STYLE.tableAfter })];
        break;
      }
    }
    if (cursor && last) for (const child of cursor.rest()) last.addChildElement(child);
    return out;
  });
}
