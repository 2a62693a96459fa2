/**
 * The agenda items: title, source text, the template's annotation sections
 * in template order, and comments in 'appendix' mode. A level-2 item follows
 * its parent without a page break, its title one heading level lower.
 */
import { classificationMarking } from '../../model/classification';
import { DEFAULT_MARKING_SYSTEM, type MarkingSystem } from '../../model/markings';
import type { AgendaItem, Annex } from '../../model/pack';
import type { RichText } from '../../model/rich-text';
import { isBlankRichText } from '../../model/walk';
import type { Template } from '../../template/schema';
import type { CommentPlan } from './comments';
import { bookmarkedParagraph, INTRODUCTION_BOOKMARK, itemBookmark, tocEntryField } from './contents';
import type { MarkCursor } from './marks';
import { listReference } from './numbering';
import { richTextXml, type RichTextContext } from './rich-text';
import { STYLE } from './styles';
import { annotationAsPrinted } from '../paragraph-markings';
import { paragraph, runProperties, textParagraph, textRuns } from './wml';
import { ownSection } from '../../model/own-section';

const LEVEL_STYLES = {
  1: { title: STYLE.heading1, label: STYLE.heading2, content: STYLE.heading3 },
  2: { title: STYLE.heading2, label: STYLE.subItemSection, content: STYLE.heading4 },
} as const;

function labelled(
  label: string,
  value: RichText | undefined,
  style: string,
  context: RichTextContext,
  cursorFor?: (index: number) => MarkCursor | undefined,
): string {
  if (!value || isBlankRichText(value)) return '';
  return textParagraph(style, label) + richTextXml(value, context, cursorFor);
}

export function itemTitle(item: AgendaItem, index: number, template: Template): string {
  return item.title.trim() || `${template.labels.agendaItem} ${index + 1}`;
}

/** Under the item's title, as in the PDF: the item's own marking, then its desk officer. */
function itemMarkingXml(item: AgendaItem, template: Template, system: MarkingSystem): string {
  const marking = classificationMarking(item.classification, template.language, system);
  const owner = item.owner.trim() ? textRuns(`   ${template.labels.owner}: ${item.owner}`) : '';
  return paragraph({ style: STYLE.itemMarking }, textRuns(marking, runProperties({ bold: true })) + owner);
}

export function itemXml(item: AgendaItem, index: number, template: Template, context: RichTextContext, comments: CommentPlan, system: MarkingSystem = DEFAULT_MARKING_SYSTEM): string {
  const styles = LEVEL_STYLES[item.level];
  // The first item always starts a page: the cover and contents come before it. Sub-items never do.
  const pageBreakBefore = index === 0 || (template.pageBreakBeforeItem && item.level === 1);
  const title = itemTitle(item, index, template);
  // Sub-items reach the contents through a TC field: their Heading 2 is shared with the sections of top-level items.
  const titleRuns = textRuns(title) + (item.level === 2 && template.tableOfContents ? tocEntryField(title, 2) : '');
  const itemContext: RichTextContext = { ...context, headingStyle: styles.content };
  let xml = bookmarkedParagraph({ style: styles.title, pageBreakBefore }, itemBookmark(index), index + 1, titleRuns);
  xml += itemMarkingXml(item, template, system);
  let content = '';
  if (template.includeSourceText) content += labelled(template.labels.sourceText, item.source, styles.label, itemContext, comments.cursors(item));
  for (const section of template.sections) {
    const value = ownSection(item.sections, section.key);
    content += labelled(section.label, value && annotationAsPrinted(value, item, { markingSystem: system }, template), styles.label, itemContext);
  }
  content += comments.appendix(item, styles.label);
  // As in the PDF: an item with nothing under its title says so.
  const placeholder = template.labels.noAnnotation;
  return xml + (content === '' && placeholder ? textParagraph(STYLE.noAnnotation, placeholder) : content);
}

/** Whether the introduction is printed: the template asks for it and it has text. */
export function showsIntroduction(value: RichText, template: Template): boolean {
  return template.includeIntroduction && !isBlankRichText(value);
}

/**
 * The pack's introduction (the letter's opening), after the contents, under labels.introduction.
 * In the contents, as in the PDF's, through a TC field on its bookmarked heading.
 */
export function introductionXml(value: RichText, template: Template, context: RichTextContext, bookmarkId: number): string {
  if (!showsIntroduction(value, template)) return '';
  const label = template.labels.introduction;
  const heading = textRuns(label) + (template.tableOfContents ? tocEntryField(label, 1) : '');
  return bookmarkedParagraph({ style: STYLE.introductionHeading, pageBreakBefore: true }, INTRODUCTION_BOOKMARK, bookmarkId, heading) + richTextXml(value, context);
}

export function annexesXml(annexes: readonly Annex[], template: Template, context: RichTextContext, bookmarkIndex: number): string {
  if (annexes.length === 0) return '';
  const list = listReference(context.numbering.startList('numbered', 0), 0);
  const heading = textRuns(template.labels.annexes);
  let xml = bookmarkedParagraph({ style: STYLE.heading1, pageBreakBefore: template.pageBreakBeforeItem }, itemBookmark(bookmarkIndex), bookmarkIndex + 1, heading);
  for (const annex of annexes) xml += paragraph({ style: STYLE.listNumber, list }, textRuns(annex.fileName ? `${annex.title} (${annex.fileName})` : annex.title));
  return xml;
}
