/**
 * Merging colleagues' copies into the open pack (core/collab/merge-contributions):
 * unsaved typing survives, the same paragraph edited on both sides keeps both,
 * each changed item names who changed it, and a copy of another pack is refused.
 */
import { describe, expect, it } from 'vitest';
import { mergeContributions } from '../../core/collab/merge-contributions';
import { stateForPack } from '../../core/collab/pack-state';
import { UserError } from '../../core/i18n/errors';
import type { BriefingPack } from '../../core/model/pack';
import { paragraphsFromText } from '../../core/model/rich-text';
import { syntheticPack } from '../../core/model/synthetic';
import { plainLines } from '../../core/model/walk';

function withParagraphs(pack: BriefingPack, index: number, key: string, paragraphs: string[]): BriefingPack {
  const items = pack.items.slice();
  items[index] = { ...items[index]!, sections: { ...items[index]!.sections, [key]: paragraphsFromText(paragraphs) } };
  return { ...pack, items };
}

function copyOf(baseState: Uint8Array, pack: BriefingPack, author: string, file: string) {
  return { file, contents: { pack, annexFiles: new Map(), state: stateForPack(pack, baseState, author) } };
}

const sectionText = (pack: BriefingPack, index: number, key: string) => plainLines(pack.items[index]!.sections[key] ?? []).join('\n');

describe('mergeContributions', () => {
  const synthetic = syntheticPack(5);
  const key = Object.keys(synthetic.items[0]!.sections)[0]!;
  const original = 'De eerste alinea.';
  const twoParagraphs = (pack: BriefingPack, index: number, first: string) => withParagraphs(pack, index, key, [first, 'De tweede alinea.']);
  const base = twoParagraphs(twoParagraphs(synthetic, 0, original), 1, original);
  const baseState = stateForPack(base, undefined);

  it('keeps the unsaved typing, both edits of one paragraph and another item, and names who changed what', () => {
    const anna = copyOf(baseState, twoParagraphs(base, 0, `${original} Anna`), 'Anna', 'anna.briefpack');
    const bram = copyOf(baseState, withParagraphs(twoParagraphs(base, 0, `Bram ${original}`), 2, key, ['Bram alleen']), 'Bram', 'bram.briefpack');
    const typed = withParagraphs(base, 4, key, ['nog niet opgeslagen']);
    const result = mergeContributions({ contents: { pack: typed, annexFiles: new Map() }, state: baseState, file: 'open', author: 'Carla' }, [anna, bram]);
    const merged = result.contents.pack;
    expect(sectionText(merged, 0, key)).toBe(`Bram ${original} Anna\nDe tweede alinea.`);
    expect(sectionText(merged, 2, key)).toBe('Bram alleen');
    expect(sectionText(merged, 4, key)).toBe('nog niet opgeslagen');
    const byItem = Object.fromEntries(result.items.map((item) => [item.itemId, item.by]));
    expect(byItem).toEqual({ [base.items[0]!.id]: ['Anna', 'Bram'], [base.items[2]!.id]: ['Bram'] });
    expect(result.items.every((item) => item.change === 'changed')).toBe(true);
  });

  it('gives the same text whatever the order of the copies', () => {
    const anna = copyOf(baseState, twoParagraphs(base, 1, `${original} A`), 'Anna', 'a');
    const bram = copyOf(baseState, twoParagraphs(base, 1, `B ${original}`), 'Bram', 'b');
    const open = { contents: { pack: base, annexFiles: new Map() }, state: baseState, file: 'open', author: 'Carla' };
    expect(mergeContributions(open, [anna, bram]).contents.pack).toEqual(mergeContributions(open, [bram, anna]).contents.pack);
  });

  it('names a copy by its file when it records no name', () => {
    const changed = withParagraphs(base, 3, key, ['zonder naam']);
    const copy = { file: 'naamloos.briefpack', contents: { pack: changed, annexFiles: new Map(), state: stateForPack(changed, baseState) } };
    const result = mergeContributions({ contents: { pack: base, annexFiles: new Map() }, state: baseState, file: 'open', author: 'Carla' }, [copy]);
    expect(result.items).toEqual([{ itemId: base.items[3]!.id, title: base.items[3]!.title, change: 'changed', by: ['naamloos.briefpack'] }]);
  });

  it('refuses a copy of another pack with one line', () => {
    const other = syntheticPack(3);
    const foreign = { file: 'ander.briefpack', contents: { pack: other, annexFiles: new Map(), state: stateForPack(other, undefined) } };
    const run = () => mergeContributions({ contents: { pack: base, annexFiles: new Map() }, state: baseState, file: 'open.briefpack', author: 'Carla' }, [foreign]);
    expect(run).toThrow(UserError);
    expect(() => run()).toThrow(/^ander\.briefpack is not a copy of open\.briefpack/);
  });
});
