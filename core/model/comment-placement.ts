/**
 * Where the exporters put a comment on an item's letter text. A comment whose
 * passage is no longer there (its anchor points past the text, or at other
 * words than its quote) is kept, but marking "the nearest" words would pin it
 * on text it was never about; it goes at the end of the text instead, with no
 * passage marked, as the editor shows it detached.
 */
import type { SourceComment } from './pack';
import { anchoredPassage, anchorText } from './pack-ops';
import type { RichText } from './rich-text';

export interface PlacedPassage {
  block: number;
  start: number;
  end: number;
}

/**
 * Whether the anchor still points at its passage: inside the text, and at the
 * words of its quote. An empty quote (a pack written by hand or by a tool)
 * records no words, so the offsets alone decide.
 */
export function passageFits(source: RichText, anchor: SourceComment['anchor']): boolean {
  if (anchor.quote === '') {
    const block = source[anchor.block];
    return block !== undefined && anchor.start < anchor.end && anchor.end <= anchorText(block).length;
  }
  return anchoredPassage(source, anchor) !== null;
}

/** The passage to mark for `anchor`; undefined only when the source has no blocks at all. */
export function placeComment(source: RichText, anchor: SourceComment['anchor']): PlacedPassage | undefined {
  if (source.length === 0) return undefined;
  if (passageFits(source, anchor)) return { block: anchor.block, start: anchor.start, end: anchor.end };
  const block = source.length - 1;
  const end = anchorText(source[block]!).length;
  return { block, start: end, end };
}

/** Comments whose passage is not in the source any more. */
export function detachedComments(source: RichText, comments: readonly SourceComment[]): SourceComment[] {
  return comments.filter((comment) => !passageFits(source, comment.anchor));
}
