/** Plain text (an item's title) in a Y.Text, edited by its common start and end so concurrent typing merges. */
import type * as Y from 'yjs';

const HIGH_SURROGATE = /[\ud800-\udbff]/;

export function applyTextEdit(text: Y.Text, value: string): void {
  const old = text.toString();
  if (old === value) return;
  let start = 0;
  while (start < old.length && start < value.length && old[start] === value[start]) start++;
  // Never split a surrogate pair: Yjs would turn each half into U+FFFD.
  if (start > 0 && HIGH_SURROGATE.test(old[start - 1]!)) start--;
  let endOld = old.length;
  let endNew = value.length;
  while (endOld > start && endNew > start && old[endOld - 1] === value[endNew - 1]) {
    endOld--;
    endNew--;
  }
  if (endOld < old.length && endOld > 0 && HIGH_SURROGATE.test(old[endOld - 1]!)) {
    endOld++;
    endNew++;
  }
  if (endOld > start) text.delete(start, endOld - start);
  if (endNew > start) text.insert(start, value.slice(start, endNew));
}
