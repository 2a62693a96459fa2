/**
 * Word counts and a page estimate. The estimate is deliberately simple:
 * 450 words fill an A4 page of the built-in template (9 pt text on 12 pt
 * lines, A4 with its margins, with headings, lists and white space between
 * blocks taken into account on average). The agenda's source text counts
 * when the template prints it; the cover and table of contents do not.
 */
import type { AgendaItem, BriefingPack } from '../../core/model/pack';
import type { RichText } from '../../core/model/rich-text';
import { richTextWords } from '../../core/model/walk';

export const WORDS_PER_PAGE = 450;

const counted = new WeakMap<RichText, number>();

/** Words of one value, remembered per value: an edit recounts only the section it changed. */
export function valueWords(value: RichText | undefined): number {
  if (!value) return 0;
  let words = counted.get(value);
  if (words === undefined) {
    words = richTextWords(value);
    counted.set(value, words);
  }
  return words;
}

/** The words a person wrote for an item: its annotation sections. */
export function itemWords(item: AgendaItem): number {
  return Object.values(item.sections).reduce((sum, value) => sum + valueWords(value), 0);
}

export function packWords(pack: BriefingPack): number {
  return pack.items.reduce((sum, item) => sum + itemWords(item), 0);
}

/** Estimated A4 pages of the exported pack's body, to the nearest half page (at least ½ when anything is written). */
export function estimatePages(pack: BriefingPack, includeSourceText: boolean): number {
  let words = packWords(pack) + valueWords(pack.introduction);
  if (includeSourceText) words += pack.items.reduce((sum, item) => sum + valueWords(item.source), 0);
  if (words === 0) return 0;
  return Math.max(0.5, Math.round((words / WORDS_PER_PAGE) * 2) / 2);
}
