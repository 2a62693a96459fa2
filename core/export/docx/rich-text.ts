/** Rich text (the editor's node union) to Word paragraphs, tables, runs, hyperlinks and note references. */
import { safeLinkHref } from '../../model/link-href';
import {
  type FormattedText,
  type InlineNode,
  type ListElement,
  type RichText,
  type TableElement,
} from '../../model/rich-text';
import { isText } from '../../model/walk';
import type { NoteCollector } from './footnotes';
import type { HyperlinkTargets } from './hyperlinks';
import type { MarkCursor } from './marks';
import type { PicturePlan } from './pictures';
import { listReference, type ListInstance, type ListKind, type NumberingPlan } from './numbering';
import { STYLE } from './styles';
import { paragraph, runProperties, textRuns } from './wml';
import type { TableGrid } from './table-grid';

export interface RichTextContext {
  notes: NoteCollector;
  numbering: NumberingPlan;
  links: HyperlinkTargets;
  /** Text width in twips, for table columns. */
  textWidth: number;
  /** Column widths sized to the cells' content as in the PDF; equal columns without it. */
  tableGrid?: TableGrid;
  /** The style for headings inside the text: one level below the section labels. */
  headingStyle?: string;
  /** The pictures' parts and drawings; without it figures are left out (a part with no body, such as a comment). */
  pictures?: PicturePlan;
}

function leafProperties(leaf: FormattedText, style?: string, bold?: boolean): string {
  return runProperties({
    style,
    bold: leaf.bold || bold,
    italic: leaf.italic,
    underline: leaf.underline,
    strike: leaf.strikethrough,
    highlight: leaf.highlight,
    redacted: !!leaf.redacted,
  });
}

export interface InlineOptions {
  cursor?: MarkCursor;
  /** Bold for every run (table header cells). */
  bold?: boolean;
}

export function inlineContent(nodes: readonly InlineNode[], context: RichTextContext, options: InlineOptions = {}): string {
  const { cursor, bold } = options;
  let xml = '';
  for (const node of nodes) {
    if (isText(node)) {
      const properties = leafProperties(node, undefined, bold);
      xml += cursor ? cursor.text(node.text, (piece) => textRuns(piece, properties)) : textRuns(node.text, properties);
    } else if (node.type === 'link') {
      // Only a checked address becomes a hyperlink, in its ASCII form (link-href.ts).
      const href = safeLinkHref(node.url);
      const allowed = href !== null;
      let runs = '';
      let length = 0;
      for (const leaf of node.children) {
        runs += textRuns(leaf.text, leafProperties(leaf, allowed ? STYLE.hyperlink : undefined, bold));
        length += leaf.text.length;
      }
      // A link the app would not open is written as its text only.
      const link = runs && allowed ? `<w:hyperlink w:history="1" r:id="${context.links.id(href)}">${runs}</w:hyperlink>` : runs;
      xml += cursor ? cursor.atom(length, link) : link;
    } else if (node.note.trim() !== '') {
      xml += context.notes.add(node.note);
    }
  }
  return xml;
}

function listParagraphs(
  list: ListElement,
  level: number,
  parent: ListInstance | undefined,
  context: RichTextContext,
  cursor: MarkCursor | undefined,
): string {
  const kind: ListKind = list.type === 'bulleted-list' ? 'bulleted' : 'numbered';
  // A nested list of the same kind continues its parent's list one level deeper.
  const instance = parent && parent.kind === kind ? parent : context.numbering.startList(kind, level);
  const style = kind === 'bulleted' ? STYLE.listBullet : STYLE.listNumber;
  let xml = '';
  for (const child of list.children) {
    if (child.type !== 'list-item') {
      xml += listParagraphs(child, level + 1, instance, context, cursor);
      continue;
    }
    const content = inlineContent(child.children, context, { cursor });
    cursor?.separator();
    xml += paragraph({ style, list: listReference(instance, level) }, content);
  }
  return xml;
}

// Word's own Table Grid borders, as docx wrote them for every table.
const TABLE_BORDERS =
  '<w:tblBorders>' +
  ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} w:val="single" w:color="auto" w:sz="4"/>`).join('') +
  '</w:tblBorders>';

/**
 * A table in the "Table Grid" style over the full text width. Leading rows
 * with header cells repeat at the top of every page (w:tblHeader); short rows
 * are padded so every row has the same number of cells.
 */
function tableXml(table: TableElement, context: RichTextContext, cursor: MarkCursor | undefined): string {
  const columns = Math.max(...table.children.map((row) => row.children.length));
  const widths = context.tableGrid ? context.tableGrid(table, columns, context.textWidth) : Array.from({ length: columns }, () => Math.floor(context.textWidth / columns));
  const cellProperties = (c: number): string => `<w:tcPr><w:tcW w:type="dxa" w:w="${widths[c]!}"/></w:tcPr>`;
  let rows = '';
  let leading = true;
  for (const row of table.children) {
    const header: boolean = leading && row.children.some((cell) => cell.header);
    leading = header;
    rows += `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>`;
    row.children.forEach((cell, c) => {
      const content = inlineContent(cell.children, context, { cursor, bold: cell.header });
      cursor?.separator();
      rows += `<w:tc>${cellProperties(c)}${paragraph({ style: cell.header ? STYLE.tableHeading : STYLE.tableText }, content)}</w:tc>`;
    });
    for (let i = row.children.length; i < columns; i++) rows += `<w:tc>${cellProperties(i)}${paragraph({ style: STYLE.tableText }, '')}</w:tc>`;
    rows += '</w:tr>';
  }
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  // Fixed layout: Word keeps the columns as given instead of sizing them again by its own rules.
  const total = widths.reduce((a, b) => a + b, 0);
  const properties = `<w:tblPr><w:tblStyle w:val="${STYLE.tableGrid}"/><w:tblW w:type="dxa" w:w="${total}"/>${TABLE_BORDERS}<w:tblLayout w:type="fixed"/></w:tblPr>`;
  return `<w:tbl>${properties}<w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`;
}

/**
 * Paragraphs and tables for rich text. `cursorFor(index)` may give a block
 * marks at character offsets (comments on the source text); marks past the
 * end of the block's text close its last paragraph.
 */
export function richTextXml(value: RichText, context: RichTextContext, cursorFor?: (blockIndex: number) => MarkCursor | undefined): string {
  let xml = '';
  value.forEach((block, index) => {
    const cursor = cursorFor?.(index);
    switch (block.type) {
      case 'paragraph':
      case 'heading':
      case 'block-quote': {
        const style = block.type === 'heading' ? (context.headingStyle ?? STYLE.heading3) : block.type === 'block-quote' ? STYLE.quote : undefined;
        const content = inlineContent(block.children, context, { cursor });
        xml += paragraph(style ? { style } : {}, content + (cursor?.rest() ?? ''));
        break;
      }
      case 'bulleted-list':
      case 'numbered-list':
        xml += withRestInLastParagraph(listParagraphs(block, 0, undefined, context, cursor), cursor);
        break;
      case 'table':
        // An empty paragraph after a table keeps two tables from merging and gives Word room to type after it.
        xml += withRestInLastParagraph(tableXml(block, context, cursor), cursor) + paragraph({ style: STYLE.tableAfter }, '');
        break;
      case 'figure':
        xml += context.pictures?.figureXml(block) ?? '';
        break;
    }
  });
  return xml;
}

/** Appends the cursor's leftover marks inside the last paragraph of `xml`. */
function withRestInLastParagraph(xml: string, cursor: MarkCursor | undefined): string {
  const rest = cursor?.rest();
  if (!rest) return xml;
  const end = xml.lastIndexOf('</w:p>');
  return end < 0 ? xml : xml.slice(0, end) + rest + xml.slice(end);
}
