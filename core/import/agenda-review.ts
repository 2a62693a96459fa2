/** The review step's view of an import, built once for main and browser mode alike. */
import type { AgendaReview } from '../contract';
import type { ImportedLetter } from './import-letter';

/** Below this, the review dialog marks an item or field for the person to check first. */
export const LOW_CONFIDENCE = 0.6;

/** A letter without headings became one item to split: that item is always worth a look. */
const WHOLE_LETTER_ITEM = 0.3;

export function agendaReview(importId: string, fileName: string, { letter, contents }: ImportedLetter): AgendaReview {
  const { items } = contents.pack;
  // letterToPack makes one item per parsed item, in order; without any it made one from the whole text.
  const byId = Object.fromEntries(items.map((item, i) => [item.id, letter.items[i]?.confidence ?? WHOLE_LETTER_ITEM]));
  return {
    importId,
    fileName,
    pack: contents.pack,
    titles: letter.titles,
    signatory: letter.signatory,
    footnotes: letter.footnotes,
    confidence: { items: byId, meeting: letter.confidence.meeting, signatory: letter.confidence.signatory },
  };
}
