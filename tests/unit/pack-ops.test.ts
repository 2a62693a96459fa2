import { describe, expect, it } from 'vitest';
import type { AgendaItem, BriefingPack } from '../../core/model/pack';
import { briefingPackSchema } from '../../core/model/pack';
import * as ops from '../../core/model/pack-ops';
import type { RichText } from '../../core/model/rich-text';
import { samplePack } from '../helpers/sample';

function item(id: string, level: 1 | 2 = 1, extra: Partial<AgendaItem> = {}): AgendaItem {
  return { ...ops.newItem(id, id.toUpperCase(), level), ...extra };
}

function pack(items: AgendaItem[], extra: Partial<BriefingPack> = {}): BriefingPack {
  const base = samplePack().pack;
  return { ...base, items, ...extra };
}

const outline = (p: BriefingPack) => p.items.map((i) => (i.level === 2 ? `  ${i.id}` : i.id));

// a, b (b1, b2), c, d (d1)
const tree = () => pack([item('a'), item('b'), item('b1', 2), item('b2', 2), item('c'), item('d'), item('d1', 2)]);

describe('ids', () => {
  it('makes ids valid for the model, drawing again while one is taken', () => {
    const draws = [0, 0, 0, 0, 0, 0, 0, 0, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5];
    let i = 0;
    const random = () => draws[i++ % draws.length]!;
    const id = ops.createId('item', new Set(['item-00000000']), random);
    expect(id).toBe('item-iiiiiiii');
    expect(id).toMatch(ops.ID_PATTERN);
    expect(ops.createId('ïtem ü!', new Set())).toMatch(/^tem-[0-9a-z]{8}$/);
  });
  it('collects item, comment and reply ids', () => {
    const p = ops.addComment(pack([item('a', 1, { source: [{ type: 'paragraph', children: [{ text: 'Hello world' }] }] })]), 'a', {
      id: 'c1', anchor: { block: 0, start: 0, end: 5, quote: 'Hello' }, author: 'A', createdAt: '2025-01-01T10:00:00Z', text: 'x',
    });
    const r = ops.replyToComment(p, 'a', 'c1', { id: 'r1', author: 'B', createdAt: '2025-01-01T11:00:00Z', text: 'y' });
    expect([...ops.usedIds(r)].sort()).toEqual(['a', 'c1', 'r1']);
  });
});

describe('outline operations', () => {
  it('adds after the selected item and its sub-items, or at the end; a new item is valid for the schema', () => {
    const p = ops.addItem(tree(), ops.newItem('n', '  New   item '), 'b');
    expect(outline(p)).toEqual(['a', 'b', '  b1', '  b2', 'n', 'c', 'd', '  d1']);
    expect(p.items[4]!.title).toBe('New item');
    expect(outline(ops.addItem(tree(), ops.newItem('n', 'x'), null))).toEqual([...outline(tree()), 'n']);
    // Right after a sub-item, as a sub-item of the same group.
    expect(outline(ops.addItem(tree(), ops.newItem('n', 'x'), 'b1'))).toEqual(['a', 'b', '  b1', '  n', '  b2', 'c', 'd', '  d1']);
    expect(() => ops.addItem(tree(), ops.newItem('a', 'x'))).toThrow(/duplicate/);
    expect(() => ops.newItem('bad id', 'x')).toThrow(/invalid/);
    expect(briefingPackSchema.safeParse(p).success).toBe(true);
  });

  it('renames, ignoring blank titles and keeping identity when nothing changes', () => {
    const p = tree();
    expect(ops.renameItem(p, 'a', '  Nieuw ').items[0]!.title).toBe('Nieuw');
    expect(ops.renameItem(p, 'a', '   ')).toBe(p);
    expect(ops.renameItem(p, 'a', 'A')).toBe(p);
    expect(ops.renameItem(p, 'zz', 'x')).toBe(p);
    const renamed = ops.renameItem(p, 'c', 'C2');
    expect(renamed.items[0]).toBe(p.items[0]);
  });

  it('deletes an item with its sub-items and reports what went', () => {
    const { pack: p, removed } = ops.deleteItem(tree(), 'b');
    expect(outline(p)).toEqual(['a', 'c', 'd', '  d1']);
    expect(removed.map((i) => i.id)).toEqual(['b', 'b1', 'b2']);
    expect(ops.deleteItem(tree(), 'b1').removed.map((i) => i.id)).toEqual(['b1']);
    // Deleting the first item never leaves a sub-item first.
    const { pack: q } = ops.deleteItem(pack([item('a'), item('a1', 2)]), 'a');
    expect(outline(q)).toEqual([]);
    const r = pack([item('a'), item('b', 2)]);
    expect(outline(ops.restoreOutline(ops.deleteItem(r, 'b').pack, r.items))).toEqual(['a', '  b']);
  });

  it('moves an item with its sub-items among its siblings', () => {
    expect(outline(ops.moveItem(tree(), 'c', -1))).toEqual(['a', 'c', 'b', '  b1', '  b2', 'd', '  d1']);
    expect(outline(ops.moveItem(tree(), 'b', 1))).toEqual(['a', 'c', 'b', '  b1', '  b2', 'd', '  d1']);
    expect(outline(ops.moveItem(tree(), 'b', -1))).toEqual(['b', '  b1', '  b2', 'a', 'c', 'd', '  d1']);
    expect(outline(ops.moveItem(tree(), 'c', 1))).toEqual(['a', 'b', '  b1', '  b2', 'd', '  d1', 'c']);
    // At the edges nothing moves.
    const p = tree();
    expect(ops.moveItem(p, 'a', -1)).toBe(p);
    expect(ops.moveItem(p, 'd', 1)).toBe(p);
  });

  it('moves a sub-item within its group and across into the neighbouring group', () => {
    expect(outline(ops.moveItem(tree(), 'b2', -1))).toEqual(['a', 'b', '  b2', '  b1', 'c', 'd', '  d1']);
    expect(outline(ops.moveItem(tree(), 'b1', -1))).toEqual(['a', '  b1', 'b', '  b2', 'c', 'd', '  d1']);
    expect(outline(ops.moveItem(tree(), 'b2', 1))).toEqual(['a', 'b', '  b1', 'c', '  b2', 'd', '  d1']);
    const p = tree();
    expect(ops.moveItem(p, 'd1', 1)).toBe(p);
    const q = pack([item('a'), item('a1', 2)]);
    expect(ops.moveItem(q, 'a1', -1)).toBe(q);
  });

  it('moves before a given item (drag and drop), never into itself', () => {
    expect(outline(ops.moveItemBefore(tree(), 'd', 'b'))).toEqual(['a', 'd', '  d1', 'b', '  b1', '  b2', 'c']);
    expect(outline(ops.moveItemBefore(tree(), 'a', null))).toEqual(['b', '  b1', '  b2', 'c', 'd', '  d1', 'a']);
    const p = tree();
    expect(ops.moveItemBefore(p, 'b', 'b1')).toBe(p);
    expect(ops.moveItemBefore(p, 'b', 'c')).toBe(p);
    expect(ops.moveItemBefore(p, 'b', 'nope')).toBe(p);
    // A sub-item dropped first becomes an item.
    expect(outline(ops.moveItemBefore(tree(), 'b1', 'a'))).toEqual(['b1', 'a', 'b', '  b2', 'c', 'd', '  d1']);
  });

  it('indents under the item before and outdents; the first item stays an item', () => {
    expect(outline(ops.indentItem(tree(), 'c'))).toEqual(['a', 'b', '  b1', '  b2', '  c', 'd', '  d1']);
    const p = tree();
    expect(ops.indentItem(p, 'a')).toBe(p);
    expect(ops.indentItem(p, 'b1')).toBe(p);
    expect(outline(ops.outdentItem(tree(), 'b1'))).toEqual(['a', 'b', 'b1', '  b2', 'c', 'd', '  d1']);
    expect(ops.outdentItem(p, 'a')).toBe(p);
  });

  it('restores the outline for undo while keeping content written since', () => {
    const before = tree();
    const moved = ops.renameItem(ops.moveItem(before, 'c', -1), 'c', 'Renamed');
    const edited = ops.setOwner(moved, 'c', 'Piet');
    const restored = ops.restoreOutline(edited, before.items);
    expect(outline(restored)).toEqual(outline(before));
    const c = restored.items.find((i) => i.id === 'c')!;
    expect(c.title).toBe('C');
    expect(c.owner).toBe('Piet');
    // Items added since stay.
    const added = ops.addItem(before, ops.newItem('z', 'z'));
    expect(outline(ops.restoreOutline(added, before.items))).toEqual([...outline(before), 'z']);
  });
});

describe('workflow fields', () => {
  it('sets owner, status and classification of one item only', () => {
    const p = tree();
    const q = ops.setItemClassification(ops.setItemStatus(ops.setOwner(p, 'c', 'M. Jansen'), 'c', 'in-review'), 'c', 'secret');
    const c = q.items.find((i) => i.id === 'c')!;
    expect([c.owner, c.status, c.classification]).toEqual(['M. Jansen', 'in-review', 'secret']);
    expect(q.items[0]).toBe(p.items[0]);
    expect(ops.setItemStatus(p, 'c', 'draft')).toBe(p);
    expect(ops.setOwner(p, 'c', 'x'.repeat(300)).items[4]!.owner).toHaveLength(200);
  });

  it('marks the pack at the highest of its own classification and its items', () => {
    const p = tree();
    expect(ops.packMarkingLevel(p)).toBe('unclassified');
    const q = ops.setItemClassification(ops.setItemClassification(p, 'b', 'confidential'), 'd1', 'restricted');
    expect(ops.packMarkingLevel(q)).toBe('confidential');
    expect(ops.itemsRaisingClassification(q).map((i) => i.id)).toEqual(['b', 'd1']);
    const r = ops.setPackClassification(q, 'secret');
    expect(ops.packMarkingLevel(r)).toBe('secret');
    expect(ops.itemsRaisingClassification(r)).toEqual([]);
    expect(ops.setPackClassification(r, 'secret')).toBe(r);
  });

  it('refuses final while any item is draft, and allows it once none is', () => {
    let p = tree();
    const check = ops.canBeFinal(p);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.drafts).toHaveLength(7);
    expect(ops.setPackStatus(p, 'final')).toBe(p);
    for (const i of p.items) p = ops.setItemStatus(p, i.id, i.id === 'a' ? 'in-review' : 'approved');
    expect(ops.canBeFinal(p)).toEqual({ ok: true });
    const final = ops.setPackStatus(p, 'final');
    expect(final.status).toBe('final');
    expect(ops.setPackStatus(final, 'draft').status).toBe('draft');
  });
});

describe('comments', () => {
  const source: RichText = [
    { type: 'paragraph', children: [{ text: 'Nederland steunt ' }, { type: 'link', url: 'https://example.org', children: [{ text: 'Oekraïne' }] }, { type: 'footnote', note: 'n', children: [{ text: '' }] }, { text: ' ruim.' }] },
    { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'een' }] }, { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: 'twee' }] }] }] },
    { type: 'table', children: [{ type: 'table-row', children: [{ type: 'table-cell', children: [{ text: 'a' }] }, { type: 'table-cell', children: [{ text: 'b' }] }] }] },
  ];
  const withSource = () => pack([item('x', 1, { source })]);
  const at = (block: number, start: number, end: number) => ops.makeAnchor(source, block, start, end)!;
  const comment = (id: string, anchor: ops.CommentAnchor, text = 'Opmerking') => ({ id, anchor, author: ' Jan ', createdAt: '2025-02-01T09:00:00Z', text });

  it('counts link text and gives footnotes no characters', () => {
    expect(ops.anchorText(source[0]!)).toBe('Nederland steunt Oekraïne ruim.');
    expect(ops.anchorText(source[1]!)).toBe('een\ntwee');
    expect(ops.anchorText(source[2]!)).toBe('a\tb');
  });

  it('makes an anchor with its quote, trimmed, in range', () => {
    expect(at(0, 17, 25)).toEqual({ block: 0, start: 17, end: 25, quote: 'Oekraïne' });
    expect(at(0, 25, 16)).toEqual({ block: 0, start: 17, end: 25, quote: 'Oekraïne' });
    expect(at(0, 20, 1000)).toEqual({ block: 0, start: 20, end: 31, quote: 'raïne ruim.' });
    expect(ops.makeAnchor(source, 0, 9, 10)).toBeNull(); // only a space
    expect(ops.makeAnchor(source, 9, 0, 1)).toBeNull();
  });

  it('finds typed words in a paragraph for a keyboard comment: any case, any white space, first occurrence', () => {
    expect(ops.findPassage(source, 0, 'steunt oekraïne')).toEqual({ block: 0, start: 10, end: 25, quote: 'steunt Oekraïne' });
    expect(ops.findPassage(source, 0, '  STEUNT   Oekraïne ')).toEqual({ block: 0, start: 10, end: 25, quote: 'steunt Oekraïne' });
    expect(ops.findPassage(source, 1, 'een twee')).toEqual({ block: 1, start: 0, end: 8, quote: 'een\ntwee' });
    expect(ops.findPassage(source, 0, 'e')).toEqual({ block: 0, start: 1, end: 2, quote: 'e' });
    expect(ops.findPassage(source, 0, 'Rusland')).toBeNull();
    expect(ops.findPassage(source, 0, '   ')).toBeNull();
    expect(ops.findPassage(source, 5, 'een')).toBeNull();
  });

  it('finds the passage again only when it still fits', () => {
    const anchor = at(1, 4, 8);
    expect(ops.anchoredPassage(source, anchor)).toBe('twee');
    expect(ops.anchoredPassage(source, { ...anchor, quote: 'drie' })).toBeNull();
    expect(ops.anchoredPassage(source, { ...anchor, end: 99 })).toBeNull();
    expect(ops.anchoredPassage(source, { ...anchor, block: 7 })).toBeNull();
  });

  it('adds, replies, resolves and reopens; the result is valid for the schema', () => {
    let p = ops.addComment(withSource(), 'x', comment('c1', at(0, 0, 9)));
    const [c] = p.items[0]!.comments;
    expect(c).toMatchObject({ id: 'c1', author: 'Jan', resolved: false, replies: [], anchor: { quote: 'Nederland' } });
    p = ops.replyToComment(p, 'x', 'c1', { id: 'r1', author: 'Piet', createdAt: '2025-02-01T10:00:00+01:00', text: ' Eens. ' });
    expect(p.items[0]!.comments[0]!.replies).toEqual([{ id: 'r1', author: 'Piet', createdAt: '2025-02-01T10:00:00+01:00', text: 'Eens.' }]);
    p = ops.setCommentResolved(p, 'x', 'c1', true);
    expect(p.items[0]!.comments[0]!.resolved).toBe(true);
    expect(ops.setCommentResolved(p, 'x', 'c1', true)).toBe(p);
    p = ops.setCommentResolved(p, 'x', 'c1', false);
    expect(p.items[0]!.comments[0]!.resolved).toBe(false);
    expect(briefingPackSchema.safeParse(p).success).toBe(true);
    expect(ops.deleteComment(p, 'x', 'c1').items[0]!.comments).toEqual([]);
  });

  it('refuses empty text, a stale anchor, a duplicate id and an empty reply', () => {
    const p = withSource();
    expect(ops.addComment(p, 'x', comment('c1', at(0, 0, 9), '  '))).toBe(p);
    expect(ops.addComment(p, 'x', comment('c1', { block: 0, start: 0, end: 9, quote: 'Iets anders' }))).toBe(p);
    const q = ops.addComment(p, 'x', comment('c1', at(0, 0, 9)));
    expect(ops.addComment(q, 'x', comment('c1', at(0, 10, 16)))).toBe(q);
    expect(ops.replyToComment(q, 'x', 'c1', { id: 'r', author: 'a', createdAt: '2025-02-01T10:00:00Z', text: ' ' })).toBe(q);
    expect(ops.replyToComment(q, 'x', 'nope', { id: 'r', author: 'a', createdAt: '2025-02-01T10:00:00Z', text: 'x' })).toBe(q);
  });

  it('keeps comments when sections change, and orders them by position', () => {
    let p = ops.addComment(withSource(), 'x', comment('late', at(1, 0, 3)));
    p = ops.addComment(p, 'x', comment('early', at(0, 10, 16)));
    const edited = { ...p, items: p.items.map((i) => ({ ...i, sections: { doel: [{ type: 'paragraph' as const, children: [{ text: 'Nieuw' }] }] } })) };
    const [x] = edited.items;
    expect(x!.comments.map((c) => ops.anchoredPassage(x!.source, c.anchor))).toEqual(['een', 'steunt']);
    expect(ops.commentsInOrder(x!.comments).map((c) => c.id)).toEqual(['early', 'late']);
  });
});

describe('overview', () => {
  it('groups by status and owner, counts words and lists empty sections', () => {
    let p = tree();
    p = ops.setOwner(ops.setOwner(p, 'a', 'Piet'), 'c', ' Piet ');
    p = ops.setItemStatus(p, 'c', 'approved');
    p = { ...p, items: p.items.map((i) => (i.id === 'a' ? { ...i, sections: { doel: [{ type: 'paragraph', children: [{ text: 'Twee woorden' }] }], kern: [{ type: 'paragraph', children: [{ text: ' ' }] }] } } : i)) };
    const o = ops.packOverview(p, ['doel', 'kern']);
    expect(o.totalWords).toBe(2);
    expect(o.items[0]).toMatchObject({ number: 1, words: 2, missing: ['kern'] });
    expect(o.items.map((e) => e.number)).toEqual([1, 2, 2, 2, 3, 4, 4]);
    expect(o.items[1]!.missing).toEqual(['doel', 'kern']);
    expect(o.byStatus.approved.map((i) => i.id)).toEqual(['c']);
    expect(o.byStatus.draft).toHaveLength(6);
    expect([...o.byOwner.keys()]).toEqual(['Piet', '']);
    expect(o.byOwner.get('Piet')!.map((i) => i.id)).toEqual(['a', 'c']);
    expect(o.final.ok).toBe(false);
  });
});
