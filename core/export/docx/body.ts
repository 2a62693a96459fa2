/** The agenda items: title, source text and the template's annotation sections, in template order. */
import { Bookmark, Paragraph, TextRun } from 'docx';
import type { AgendaItem, Annex } from '../../model/pack';
import type { RichText } from '../../model/rich-text';
import { isBlankRichText } from '../../model/walk';
import type { Template } from '../../template/schema';
import { itemBookmark } from './contents';
import { ListItemParagraph } from './numbering';
import { richTextParagraphs, type RichTextContext } from './rich-text';
import { STYLE } from './styles';
import { xmlSafe } from './units';

function labelled(label: string, value: RichText | undefined, context: RichTextContext): Paragraph[] {
  if (!value || isBlankRichText(value)) return [];
  return [
    new Paragraph({ style: STYLE.heading2, children: [new TextRun(xmlSafe(label))] }),
    ...richTextParagraphs(value, context),
  ];
}

export function itemParagraphs(
  item: AgendaItem,
  index: number,
  template: Template,
  context: RichTextContext,
): Paragraph[] {
  // The first item always starts a page: the cover and contents come before it.
  const pageBreakBefore = index === 0 || template.pageBreakBeforeItem;
  const title = new Paragraph({
    style: STYLE.heading1,
    pageBreakBefore,
    children: [new Bookmark({ id: itemBookmark(index), children: [new TextRun(xmlSafe(item.title))] })],
  });
  const owner = item.owner.trim()
    ? [new Paragraph({ style: STYLE.meta, children: [new TextRun(xmlSafe(`${template.labels.owner}: ${item.owner}`))] })]
    : [];
  return [
    title,
    ...owner,
    ...(template.includeSourceText ? labelled(template.labels.sourceText, item.source, context) : []),
    ...template.sections.flatMap((section) => labelled(section.label, item.sections[section.key], context)),
  ];
}

export function annexParagraphs(annexes: readonly Annex[], template: Template, context: RichTextContext): Paragraph[] {
  if (annexes.length === 0) return [];
  const list = context.numbering.startList('numbered', 0);
  return [
    new Paragraph({ style: STYLE.heading1, pageBreakBefore: template.pageBreakBeforeItem, children: [new TextRun(xmlSafe(template.labels.annexes))] }),
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
