/**
 * Where each item's footnote numbers start, counted as the DOCX and PDF
 * exporters count them: one run through the whole document (endnotes per
 * item too), the introduction first, then per item its printed source text
 * (with open comments that the template turns into footnotes) and its
 * sections in the order the exporters print them. The editor numbers its
 * footnotes from these, so the numbers on screen are the printed ones.
 */
import { placeComment } from '../model/comment-placement';
import { openComments } from '../model/pack-ops';
import type { AgendaItem, BriefingPack } from '../model/pack';
import type { RichText } from '../model/rich-text';
import { isBlankRichText } from '../model/walk';
import { labelOrder, resolvePackSections, resolveSections } from '../template/resolve-sections';
import type { Template } from '../template/schema';
import { ownSection, setOwnSection } from '../model/own-section';

/** Footnotes printed before each part of an item (add 1 for a part's first number). */
export interface ItemNoteOffsets {
  /** Before the item's source text; also before its first footnote, wherever that is. */
  source: number;
  /** By the key the item holds each section under (the editor's key). */
  sections: Record<string, number>;
}

interface Tree {
  type?: string;
  children?: readonly unknown[];
}

function countFootnotes(nodes: readonly unknown[]): number {
  let count = 0;
  for (const node of nodes as readonly Tree[]) {
    if (node.type === 'footnote') count++;
    if (node.children) count += countFootnotes(node.children);
  }
  return count;
}

/** Notes a printed text adds: none when it is blank, as the exporters leave it out. */
function printedNotes(value: RichText | undefined): number {
  return value && !isBlankRichText(value) ? countFootnotes(value) : 0;
}

function sourceNotes(item: AgendaItem, template: Template): number {
  if (!template.includeSourceText || isBlankRichText(item.source)) return 0;
  const commentNotes =
    template.sourceComments === 'footnotes' ? openComments(item.comments).filter((c) => placeComment(item.source, c.anchor)).length : 0;
  return countFootnotes(item.source) + commentNotes;
}

/** Per item id, the footnotes the exports print before its parts. `catalog`: the templates known, as the exporters get it. */
export function footnoteOffsetsByItem(pack: BriefingPack, template: Template, catalog: readonly Template[] = []): Map<string, ItemNoteOffsets> {
  const printed = resolvePackSections(pack, template, catalog);
  const ordered = labelOrder(pack, catalog);
  const out = new Map<string, ItemNoteOffsets>();
  let count = template.includeIntroduction ? printedNotes(pack.introduction) : 0;
  pack.items.forEach((item, index) => {
    const entry: ItemNoteOffsets = { source: count, sections: {} };
    count += sourceNotes(item, template);
    // The exporters print under the template's keys; the editor edits under the item's own.
    const ownKey = new Map<string, string>();
    resolveSections(item.sections, template, ordered).forEach((section, i) => {
      ownKey.set(section.placed ? template.sections[i]!.key : section.key, section.key);
    });
    const printedItem = printed.pack.items[index]!;
    for (const section of printed.template.sections) {
      const key = ownKey.get(section.key);
      if (key !== undefined) setOwnSection(entry.sections, key, count);
      count += printedNotes(ownSection(printedItem.sections, section.key));
    }
    out.set(item.id, entry);
  });
  return out;
}
