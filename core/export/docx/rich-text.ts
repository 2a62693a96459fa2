/** Rich text (the editor's node union) to Word paragraphs, runs, hyperlinks and footnote references. */
import {
  ExternalHyperlink,
  FootnoteReferenceRun,
  HighlightColor,
  Paragraph,
  TextRun,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import { isAllowedLinkUrl, type FormattedText, type InlineNode, type ListElement, type RichText } from '../../model/rich-text';
import { isText } from '../../model/walk';
import type { FootnoteCollector } from './footnotes';
import { ListItemParagraph, type ListInstance, type ListKind, type NumberingPlan } from './numbering';
import { STYLE } from './styles';
import { xmlSafe } from './units';

export interface RichTextContext {
  footnotes: FootnoteCollector;
  numbering: NumberingPlan;
}

type RunFormat = Omit<IRunOptions, 'text' | 'children' | 'break'>;

function runFormat(leaf: FormattedText, style?: string): RunFormat {
  // Only the set marks are written: an explicit "false" on every run would bloat the XML.
  return {
    ...(style && { style }),
    ...(leaf.bold && { bold: true }),
    ...(leaf.italic && { italics: true }),
    ...(leaf.underline && { underline: {} }),
    ...(leaf.strikethrough && { strike: true }),
    ...(leaf.highlight && { highlight: HighlightColor.YELLOW }),
  };
}

/** A soft line break inside a leaf becomes a Word line break, not a literal newline. */
function textRuns(leaf: FormattedText, style?: string): TextRun[] {
  const text = xmlSafe(leaf.text);
  if (text === '') return [];
  const format = runFormat(leaf, style);
  return text.split('\n').map((line, i) => new TextRun({ ...format, text: line, ...(i > 0 && { break: 1 }) }));
}

export function inlineChildren(nodes: readonly InlineNode[], context: RichTextContext): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes) {
    if (isText(node)) {
      out.push(...textRuns(node));
    } else if (node.type === 'link') {
      if (isAllowedLinkUrl(node.url)) {
        const runs = node.children.flatMap((leaf) => textRuns(leaf, STYLE.hyperlink));
        if (runs.length > 0) out.push(new ExternalHyperlink({ link: node.url, children: runs }));
      } else {
        out.push(...node.children.flatMap((leaf) => textRuns(leaf)));
      }
    } else if (node.note.trim() !== '') {
      out.push(new FootnoteReferenceRun(context.footnotes.add(node.note)));
    }
  }
  return out;
}

function listParagraphs(list: ListElement, level: number, parent: ListInstance | undefined, context: RichTextContext): Paragraph[] {
  const kind: ListKind = list.type === 'bulleted-list' ? 'bulleted' : 'numbered';
  // A nested list of the same kind continues its parent's list one level deeper.
  const instance = parent && parent.kind === kind ? parent : context.numbering.startList(kind, level);
  const style = kind === 'bulleted' ? STYLE.listBullet : STYLE.listNumber;
  return list.children.flatMap((child) =>
    child.type === 'list-item'
      ? [new ListItemParagraph({ style, children: inlineChildren(child.children, context) }, instance, level)]
      : listParagraphs(child, level + 1, instance, context),
  );
}

export function richTextParagraphs(value: RichText, context: RichTextContext): Paragraph[] {
  return value.flatMap((block) => {
    switch (block.type) {
      case 'paragraph':
        return [new Paragraph({ children: inlineChildren(block.children, context) })];
      case 'heading':
        return [new Paragraph({ style: STYLE.heading3, children: inlineChildren(block.children, context) })];
      case 'block-quote':
        return [new Paragraph({ style: STYLE.quote, children: inlineChildren(block.children, context) })];
      case 'bulleted-list':
      case 'numbered-list':
        return listParagraphs(block, 0, undefined, context);
    }
  });
}
