/**
 * The agenda items: title, source text, the template's annotation sections
 * in template order, and comments in 'appendix' mode. A level-2 item follows
 * its parent without a page break, its title one heading level lower.
 */
import { Paragraph, TextRun, type XmlComponent } from 'docx';
import type { AgendaItem, Annex } from '../../model/pack';
import type { RichText } from '../../model/rich-text';
import { isBlankRichText } from '../../model/walk';
import type { Template } from '../../template/schema';
import type { CommentPlan } from './comments';
import { bookmarkedParagraph, itemBookmark, tocEntryField } from './contents';
import type { MarkCursor } from './marks';
import { ListItemParagraph } from './numbering';
import { richTextParagraphs, type BlockChild, type RichTextContext } from './rich-text';
import { STYLE } from './styles';
import { xmlSafe } from './units';

const LEVEL_STYLES = {
  1: { title: STYLE.heading1, label: STYLE.heading2, content: STYLE.heading3 },
  2: { title: STYLE.heading2, label: STYLE.heading3, content: STYLE.heading4 },
} as const;

function labelled(
  label: string,
  value: RichText | undefined,
  style: string,
  context: RichTextContext,
  cursorFor?: (index: number) => MarkCursor | undefined,
): BlockChild[] {
  if (!value || isBlankRichText(value)) return [];
  return [new Paragraph({ style, children: [new TextRun(xmlSafe(label))] }), ...richTextParagraphs(value, context, cursorFor)];
}

export function itemTitle(item: AgendaItem, index: number, template: Template): string {
  return item.title.trim() || `${template.labels.agendaItem} ${index + 1}`;
}

export function itemParagraphs(
  item: AgendaItem,
  index: number,
  template: Template,
  context: RichTextContext,
  comments: CommentPlan,
): BlockChild[] {
  const styles = LEVEL_STYLES[item.level];
  // The first item always starts a page: the cover and contents come before it. Sub-items never do.
  const pageBreakBefore = index === 0 || (template.pageBreakBeforeItem && item.level === 1);
  const title = itemTitle(item, index, template);
  const titleRuns: XmlComponent[] = [new TextRun(xmlSafe(title))];
  // Sub-items reach the contents through a TC field: their Heading 2 is shared with the sections of top-level items.
  if (item.level === 2 && template.tableOfContents) titleRuns.push(...tocEntryField(title, 2));
  const owner = item.owner.trim()
    ? [new Paragraph({ style: STYLE.meta, children: [new TextRun(xmlSafe(`${template.labels.owner}: ${item.owner}`))] })]
    : [];
  const itemContext: RichTextContext = { ...context, headingStyle: styles.content };
  return [
    bookmarkedParagraph({ style: styles.title, pageBreakBefore }, itemBookmark(index), index + 1, titleRuns),
    ...owner,
    ...(template.includeSourceText
      ? labelled(template.labels.sourceText, item.source, styles.label, itemContext, comments.cursors(item))
      : []),
    ...template.sections.flatMap((section) => labelled(section.label, item.sections[section.key], styles.label, itemContext)),
    ...comments.appendix(item, styles.label),
  ];
}

/** The pack's introduction (the letter's opening), after the contents, under labels.introduction. */
export function introductionParagraphs(value: RichText, template: Template, context: RichTextContext): BlockChild[] {
  if (!template.includeIntroduction || isBlankRichText(value)) return [];
  return [
    new Paragraph({ style: STYLE.introductionHeading, pageBreakBefore: true, children: [new TextRun(xmlSafe(template.labels.introduction))] }),
    ...richTextParagraphs(value, context),
  ];
}

export function annexParagraphs(annexes: readonly Annex[], template: Template, context: RichTextContext, bookmarkIndex: number): Paragraph[] {
  if (annexes.length === 0) return [];
  const list = context.numbering.startList('numbered', 0);
  return [
    bookmarkedParagraph({ style: STYLE.heading1, pageBreakBefore: template.pageBreakBeforeItem }, itemBookmark(bookmarkIndex), bookmarkIndex + 1, [
      new TextRun(xmlSafe(template.labels.annexes)),
    ]),
    ...annexes.map(
      (annex) =>
        new ListItemParagraph(
          { style: STYLE.listNumber, children: [new TextRun(xmlSafe(annex.fileName ? `${annex.title} (${annex.fileName})` : annex.title))] },
          list,
          0,
        ),
    ),
  ];
}
