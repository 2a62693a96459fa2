import { describe, expect, it } from 'vitest';
import { briefingPackSchema } from '../../core/model/pack';
import { plainLines } from '../../core/model/walk';
import { SAMPLE_TITLES, samplePack } from '../helpers/sample';

describe('the sample pack', () => {
  const { pack, annexFiles } = samplePack();

  it('is a valid pack with the five items of the letter', () => {
    expect(briefingPackSchema.safeParse(pack).success).toBe(true);
    expect(pack.items.map((i) => i.title)).toEqual(SAMPLE_TITLES);
    expect(pack.items.every((i) => i.source.length > 0 && i.status === 'draft')).toBe(true);
    expect(new Set(pack.items.map((i) => i.id)).size).toBe(5);
  });

  it('carries the footnote as a footnote node in the item text', () => {
    const first = pack.items[0]!.source[0]!;
    const footnotes = first.type === 'paragraph' ? first.children.filter((c) => 'type' in c && c.type === 'footnote') : [];
    expect(footnotes).toEqual([{ type: 'footnote', note: 'Kamerstuk 28 676, nr. 472 van 8 november 2024.', children: [{ text: '' }] }]);
  });

  it('keeps the letter as its annex', () => {
    expect(pack.annexes.map((a) => a.title)).toEqual(['Geannoteerde agenda']);
    const bytes = annexFiles.get(pack.annexes[0]!.id)!;
    expect(new TextDecoder().decode(bytes)).toContain('R.P. Brekelmans');
    expect(pack.annexes[0]!.size).toBe(bytes.length);
  });

  it('holds every paragraph of the letter body', () => {
    const text = [...plainLines(pack.introduction), ...pack.items.flatMap((i) => plainLines(i.source))].join(' ');
    expect(text).toContain('Hierbij stuur ik u de geannoteerde agenda');
    expect(text).toContain('Baltic Sentry');
    expect(text).toContain('versterken.');
  });
});
