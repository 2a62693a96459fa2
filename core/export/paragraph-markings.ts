/**
 * Paragraph (portion) markings: where the template asks for them, each
 * paragraph, quote and list item of an item's annotation begins with the
 * item's level abbreviated in brackets, "(NR) ". The pack holds a level per
 * item, not per paragraph, so every paragraph carries its item's level.
 *
 * Both exporters print the marking as the paragraph's first run, so it is
 * real text wherever the paragraph's text is (its first line in the PDF, a
 * bold run in Word). Headings, the agenda text, the introduction and the
 * contents carry none.
 */
import type { Language } from '../i18n/language';
import type { Classification } from '../model/classification';
import { markingSystemOf, paragraphMarkingIn } from '../model/markings';
import type { BriefingPack } from '../model/pack';
import type { InlineNode, ListElement, RichText } from '../model/rich-text';
import { inlineHasText } from '../model/walk';
import type { Template } from '../template/schema';

/** "(NR) ": the marking as printed before a paragraph, in the template's language. */
export function paragraphMarkingText(pack: Pick<BriefingPack, 'markingSystem'>, level: Classification, language: Language): string {
  return `(${paragraphMarkingIn(markingSystemOf(pack), level, language)}) `;
}

function marked(children: readonly InlineNode[], prefix: string): InlineNode[] {
  // An empty paragraph (a blank line typed in the editor) prints nothing, so it is not marked.
  return inlineHasText(children) ? [{ text: prefix, bold: true }, ...children] : [...children];
}

function markedList(list: ListElement, prefix: string): ListElement {
  return {
    ...list,
    children: list.children.map((child) => (child.type === 'list-item' ? { ...child, children: marked(child.children, prefix) } : markedList(child, prefix))),
  };
}

/** The text with `prefix` before every paragraph, quote and list item; headings, tables and figures as they are. */
export function withParagraphMarkings(value: RichText, prefix: string): RichText {
  return value.map((block) => {
    switch (block.type) {
      case 'paragraph':
      case 'block-quote':
        return { ...block, children: marked(block.children, prefix) };
      case 'bulleted-list':
      case 'numbered-list':
        return markedList(block, prefix);
      default:
        return block;
    }
  });
}

/** An item's annotation section as the template prints it: marked paragraph by paragraph when it asks for that. */
export function annotationAsPrinted(
  value: RichText,
  item: { classification: Classification },
  pack: Pick<BriefingPack, 'markingSystem'>,
  template: Pick<Template, 'paragraphMarkings' | 'language'>,
): RichText {
  if (!template.paragraphMarkings) return value;
  return withParagraphMarkings(value, paragraphMarkingText(pack, item.classification, template.language));
}
