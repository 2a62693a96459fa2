import { describe, expect, it } from 'vitest';
import { dropItem, mergeWithNext, moveItem, renameItem, setItemLevel, splitItem } from '../../core/import/review';
import { plainLines } from '../../core/model/walk';
import { samplePack } from '../helpers/sample';

const items = samplePack().pack.items;
const titles = (list: readonly { title: string }[]) => list.map((i) => i.title);

describe('reviewing imported items', () => {
  it('renames one item and leaves the rest', () => {
    const next = renameItem(items, 2, 'Steun aan Oekraïne');
    expect(titles(next)).toEqual(['Afschrikking en verdediging', 'Defensie-industrie', 'Steun aan Oekraïne', 'Missies en operaties', 'NAVO-top']);
    expect(items[2]!.title).toBe('Oekraïne');
  });

  it('moves up and down, and never leaves a sub-item first', () => {
    expect(titles(moveItem(items, 4, -1)).slice(3)).toEqual(['NAVO-top', 'Missies en operaties']);
    expect(moveItem(items, 0, -1)).toEqual(items);
    const demoted = setItemLevel(items, 1, 2);
    expect(moveItem(demoted, 1, -1)[0]).toMatchObject({ title: 'Defensie-industrie', level: 1 });
  });

  it('demotes to a sub-item, but not the first item', () => {
    expect(setItemLevel(items, 3, 2)[3]!.level).toBe(2);
    expect(setItemLevel(items, 0, 2)[0]!.level).toBe(1);
  });

  it('merges an item with the next, keeping both texts in order', () => {
    const merged = mergeWithNext(items, 0);
    expect(merged).toHaveLength(4);
    expect(merged[0]!.source).toEqual([...items[0]!.source, ...items[1]!.source]);
  });

  it('drops an item', () => {
    expect(titles(dropItem(items, 1))).not.toContain('Defensie-industrie');
  });

  it('splits at the cursor: the text after it becomes a new item', () => {
    const ukraine = plainLines(items[2]!.source);
    const cut = ukraine[1]!.indexOf('Nederland levert');
    const next = splitItem(items, 2, 1, cut, 'Bijdrage aan NSATU');
    expect(titles(next)).toEqual(['Afschrikking en verdediging', 'Defensie-industrie', 'Oekraïne', 'Bijdrage aan NSATU', 'Missies en operaties', 'NAVO-top']);
    expect(plainLines(next[2]!.source).at(-1)!.endsWith('aan Oekraïne.')).toBe(true);
    expect(plainLines(next[3]!.source)[0]!.startsWith('Nederland levert in 2025')).toBe(true);
    expect(plainLines(next[2]!.source).join(' ') + ' ' + plainLines(next[3]!.source).join(' ')).toBe(ukraine.join(' '));
    expect(new Set(next.map((i) => i.id)).size).toBe(6);
  });

  it('does nothing when the cursor is at the very start or end', () => {
    expect(splitItem(items, 2, 0, 0, 'x')).toHaveLength(5);
  });
});
