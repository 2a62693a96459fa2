/** Marking a passage of the letter text: leaves split at the anchor's offsets, marks kept, the mark taken off again. */
import { describe, expect, it } from 'vitest';
import { anchorText, makeAnchor } from '../../core/model/pack-ops';
import { redactionsIn } from '../../core/model/publication';
import { groundOfRange, redactRange } from '../../core/model/redact-range';
import type { RichText } from '../../core/model/rich-text';
import { syntheticPack } from '../../core/model/synthetic';

describe('redactRange', () => {
  it('splits leaves at the offsets and keeps their other marks', () => {
    const source: RichText = [
      { type: 'paragraph', children: [{ text: 'Eerste alinea.' }] },
      { type: 'paragraph', children: [{ text: 'De minister ' }, { text: 'steunt het voorstel', bold: true }, { text: ' niet.' }] },
    ];
    const anchor = makeAnchor(source, 1, 'De minister steunt'.indexOf('steunt'), 'De minister steunt het'.length)!;
    const marked = redactRange(source, anchor, '5.1.2e');
    expect(marked[0]).toBe(source[0]);
    expect(marked[1]).toEqual({
      type: 'paragraph',
      children: [{ text: 'De minister ' }, { text: 'steunt het', bold: true, redacted: '5.1.2e' }, { text: ' voorstel', bold: true }, { text: ' niet.' }],
    });
    expect(anchorText(marked[1]!)).toBe(anchorText(source[1]!));
  });

  it('counts list items and table cells as anchors do, and reaches into links', () => {
    const source: RichText = [
      { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'een' }] }, { type: 'list-item', children: [{ text: 'twee ' }, { type: 'link', url: 'https://x.nl', children: [{ text: 'drie' }] }] }] },
    ];
    const text = anchorText(source[0]!);
    const start = text.indexOf('twee');
    const marked = redactRange(source, { block: 0, start, end: text.indexOf('drie') + 2 }, '5.1.1c');
    const pack = { ...syntheticPack(1) };
    pack.items = [{ ...pack.items[0]!, source: marked, sections: {} }];
    pack.introduction = [{ type: 'paragraph', children: [{ text: '' }] }];
    expect(redactionsIn(pack).map((r) => r.text)).toEqual(['twee ', 'dr']);
    expect(anchorText(marked[0]!)).toBe(text);
  });

  it('takes the mark off and joins the leaves back', () => {
    const source: RichText = [{ type: 'paragraph', children: [{ text: 'Open geheim einde' }] }];
    const marked = redactRange(source, { block: 0, start: 5, end: 11 }, '5.1.2e');
    expect(marked[0]).toEqual({ type: 'paragraph', children: [{ text: 'Open ' }, { text: 'geheim', redacted: '5.1.2e' }, { text: ' einde' }] });
    expect(redactRange(marked, { block: 0, start: 0, end: 17 }, null)).toEqual(source);
  });

  it('reads the ground of a range only when all of it is marked with one', () => {
    const source: RichText = [{ type: 'paragraph', children: [{ text: 'Open ' }, { text: 'geheim', redacted: '5.1.2e' }, { text: ' einde' }] }];
    expect(groundOfRange(source, { block: 0, start: 5, end: 11 })).toBe('5.1.2e');
    expect(groundOfRange(source, { block: 0, start: 6, end: 8 })).toBe('5.1.2e');
    expect(groundOfRange(source, { block: 0, start: 3, end: 8 })).toBeNull();
    expect(groundOfRange(source, { block: 0, start: 0, end: 4 })).toBeNull();
  });

  it('leaves the text alone for a range outside it', () => {
    const source: RichText = [{ type: 'paragraph', children: [{ text: 'Open' }] }];
    expect(redactRange(source, { block: 3, start: 0, end: 2 }, '5.1.2e')).toBe(source);
    expect(redactRange(source, { block: 0, start: 2, end: 2 }, '5.1.2e')).toBe(source);
  });
});
