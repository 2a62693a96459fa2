/** The item text as the review step shows it (blocks separated by a blank line), and back from a cursor. */
import type { RichText } from '../../core/model/rich-text';
import { blockText } from '../../core/model/walk';

const SEPARATOR = '\n\n';

export function reviewText(source: RichText): string {
  return source.map((block) => blockText(block).join('\n')).join(SEPARATOR);
}

/** A cursor in reviewText(source) as a block index and an offset in that block's text. */
export function cursorToBlockOffset(source: RichText, cursor: number): { block: number; offset: number } {
  let start = 0;
  for (let block = 0; block < source.length; block++) {
    const length = blockText(source[block]!).join('\n').length;
    if (cursor <= start + length) return { block, offset: Math.max(0, cursor - start) };
    start += length + SEPARATOR.length;
  }
  return { block: Math.max(0, source.length - 1), offset: Number.MAX_SAFE_INTEGER };
}
