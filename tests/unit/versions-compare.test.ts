import { describe, expect, it } from 'vitest';
import type { BriefingPack } from '../../core/model/pack';
import type { RichText } from '../../core/model/rich-text';
import { syntheticPack } from '../../core/model/synthetic';
import { addVersion, comparePacks, diffWords, nextVersionId, words } from '../../core/model/versions';

const para = (text: string): RichText => [{ type: 'paragraph', children: [{ text }] }];

function edited(pack: BriefingPack, change: (p: BriefingPack) => void): BriefingPack {
  const copy = structuredClone(pack);
  change(copy);
  return copy;
}

describe('diffWords', () => {
  it('counts added and removed words and keeps the order', () => {
    const diff = diffWords(words(para('Nederland steunt het voorstel volledig')), words(para('Nederland steunt het gewijzigde voorstel')));
    expect(diff.added).toBe(1);
    expect(diff.removed).toBe(1);
    expect(diff.parts).toEqual([
      { kind: 'same', text: 'Nederland steunt het' },
      { kind: 'added', text: 'gewijzigde' },
      { kind: 'same', text: 'voorstel' },
      { kind: 'removed', text: 'volledig' },
    ]);
  });

  it('finds no change in whitespace-only edits', () => {
    expect(diffWords(words(para('a  b c')), words(para('a b   c')))).toMatchObject({ added: 0, removed: 0 });
  });

  it('stays fast on a long section with a small edit', () => {
    const long = Array.from({ length: 20_000 }, (_, i) => `w${i}`);
    const changed = [...long.slice(0, 10_000), 'nieuw', ...long.slice(10_000)];
    const started = performance.now();
    expect(diffWords(long, changed)).toMatchObject({ added: 1, removed: 0 });
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe('comparePacks', () => {
  const base = syntheticPack(3);

  it('says two equal packs are identical', () => {
    expect(comparePacks(base, structuredClone(base))).toEqual({ added: [], removed: [], changed: [], identical: true });
  });

  it('reports added, removed and renamed items, and changed sections with a word count', () => {
    const [first, second, third] = base.items;
    const after = edited(base, (p) => {
      p.items = [
        { ...structuredClone(first!), title: 'Nieuwe titel' },
        { ...structuredClone(second!), sections: { ...second!.sections, kern: para('Geheel nieuwe kernboodschap') } },
        { ...structuredClone(third!), id: 'extra', title: 'Extra punt' },
      ];
    });
    const result = comparePacks(base, after);
    expect(result.identical).toBe(false);
    expect(result.added).toEqual([{ id: 'extra', title: 'Extra punt' }]);
    expect(result.removed).toEqual([{ id: third!.id, title: third!.title }]);
    const renamed = result.changed.find((c) => c.id === first!.id);
    expect(renamed).toMatchObject({ title: 'Nieuwe titel', previousTitle: first!.title, sections: [] });
    const sectionChange = result.changed.find((c) => c.id === second!.id);
    expect(sectionChange?.previousTitle).toBeNull();
    expect(sectionChange?.sections.map((s) => s.key)).toEqual(['kern']);
    expect(sectionChange?.sections[0]?.diff.added).toBe(words(para('Geheel nieuwe kernboodschap')).length);
  });

  it('notices a status change', () => {
    const after = edited(base, (p) => {
      p.items[0]!.status = 'approved';
    });
    expect(comparePacks(base, after).changed).toEqual([expect.objectContaining({ id: base.items[0]!.id, statusChanged: true })]);
  });
});

describe('version metadata', () => {
  it('names versions v1, v2 … without reusing an id, and trims the name', () => {
    const first = addVersion(undefined, nextVersionId(undefined), '  Concept  ', new Date('2025-01-01T00:00:00Z'));
    expect(first).toEqual([{ id: 'v1', name: 'Concept', createdAt: '2025-01-01T00:00:00.000Z' }]);
    expect(nextVersionId(first)).toBe('v2');
    expect(nextVersionId([{ ...first[0]!, id: 'v2' }])).toBe('v3');
  });
});
