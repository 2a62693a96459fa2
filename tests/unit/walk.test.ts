/** Walking rich text: blankness is decided without building the plain lines, and agrees with them. */
import { describe, expect, it } from 'vitest';
import type { BlockElement, InlineNode, ListElement, RichText } from '../../core/model/rich-text';
import { isBlankRichText, plainLines } from '../../core/model/walk';

/** Pseudo-random rich text whose texts are often only white space, from a seed. */
function randomRichText(seed: number): RichText {
  let state = seed;
  const next = (n: number): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % n;
  };
  const texts = ['', ' ', '\t\n', '\u00a0', 'x', ' Oekraïne '];
  const inlines = (): InlineNode[] =>
    Array.from({ length: 1 + next(3) }, (): InlineNode => {
      switch (next(3)) {
        case 0:
          return { type: 'link', url: 'https://nato.int', children: [{ text: texts[next(texts.length)]! }] };
        case 1:
          return { type: 'footnote', note: 'Kamerstuk 21 501-28', children: [{ text: '' }] };
        default:
          return { text: texts[next(texts.length)]! };
      }
    });
  const list = (depth: number): ListElement => ({
    type: next(2) ? 'bulleted-list' : 'numbered-list',
    children: [{ type: 'list-item', children: inlines() }, ...(depth < 2 && next(2) ? [list(depth + 1)] : [])],
  });
  const block = (): BlockElement => {
    switch (next(4)) {
      case 2:
        return list(0);
      case 3:
        return { type: 'table', children: [{ type: 'table-row', children: [{ type: 'table-cell', children: inlines() }, { type: 'table-cell', children: inlines() }] }] };
      default:
        return next(2) ? { type: 'paragraph', children: inlines() } : { type: 'heading', children: inlines() };
    }
  };
  return Array.from({ length: next(3) }, () => block());
}

describe('isBlankRichText', () => {
  it('agrees with "every plain line is blank" on a thousand generated values, both ways', () => {
    let blank = 0;
    for (let seed = 1; seed <= 1000; seed++) {
      const value = randomRichText(seed);
      // a footnote's note (the generator's is never blank) is content as well: a section holding only one must reach the export
      const hasNote = JSON.stringify(value).includes('"type":"footnote"');
      const expected = plainLines(value).every((line) => line.trim() === '') && !hasNote;
      expect(isBlankRichText(value), JSON.stringify(value)).toBe(expected);
      if (expected) blank++;
    }
    // Both answers occur often enough for the comparison to mean something.
    expect(blank).toBeGreaterThan(100);
    expect(blank).toBeLessThan(900);
  });

  it("counts a footnote's note as content, and an empty note not", () => {
    expect(isBlankRichText([{ type: 'paragraph', children: [{ text: ' ' }, { type: 'footnote', note: 'Noot', children: [{ text: '' }] }] }])).toBe(false);
    expect(isBlankRichText([{ type: 'paragraph', children: [{ text: ' ' }, { type: 'footnote', note: ' ', children: [{ text: '' }] }] }])).toBe(true);
  });
});
