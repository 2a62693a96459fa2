/**
 * Sending items for contribution (core/model/contributions): the record in the
 * pack, its way through the Yjs state, and the merge that brings the copy back.
 */
import { describe, expect, it } from 'vitest';
import { mergeContributions } from '../../core/collab/merge-contributions';
import { PackHistory } from '../../core/collab/pack-history';
import { docFromPack, packFromDoc } from '../../core/collab/pack-doc';
import { docFromState, mergeStates, stateForPack } from '../../core/collab/pack-state';
import { contributionFileBase, itemsOwnedBy, ownersInPack, recordContribution, sentItems } from '../../core/model/contributions';
import { briefingPackSchema, type BriefingPack } from '../../core/model/pack';
import { paragraphsFromText } from '../../core/model/rich-text';
import { syntheticPack } from '../../core/model/synthetic';

const sentAt = new Date('2026-12-03T10:30:00Z');

function owned(pack: BriefingPack, owners: string[]): BriefingPack {
  return { ...pack, items: pack.items.map((item, index) => ({ ...item, owner: owners[index] ?? '' })) };
}

function typed(pack: BriefingPack, index: number, text: string): BriefingPack {
  const items = pack.items.slice();
  const key = Object.keys(items[index]!.sections)[0]!;
  items[index] = { ...items[index]!, sections: { ...items[index]!.sections, [key]: paragraphsFromText([text]) } };
  return { ...pack, items };
}

describe('the record of a sending', () => {
  const pack = owned(syntheticPack(4), ['Anna', 'Bram', ' anna ', '']);

  it('offers each owner once and ticks the items the chosen colleague owns', () => {
    expect(ownersInPack(pack)).toEqual(['Anna', 'Bram']);
    expect(itemsOwnedBy(pack, 'ANNA')).toEqual([pack.items[0]!.id, pack.items[2]!.id]);
    expect(itemsOwnedBy(pack, '  ')).toEqual([]);
  });

  it('records colleague, items in pack order and time, and leaves a pack without sendings valid', () => {
    expect(briefingPackSchema.safeParse(pack).success).toBe(true);
    expect(pack.contributions).toBeUndefined();
    const sent = recordContribution(pack, ' Anna ', [pack.items[2]!.id, 'gone', pack.items[0]!.id], sentAt);
    expect(sent.contributions).toEqual([{ id: 'contribution-1', colleague: 'Anna', itemIds: [pack.items[0]!.id, pack.items[2]!.id], sentAt: '2026-12-03T10:30:00.000Z' }]);
    expect(briefingPackSchema.parse(sent)).toEqual(sent);
    const again = recordContribution(sent, 'Bram', [pack.items[0]!.id], sentAt);
    expect(again.contributions!.map((c) => c.id)).toEqual(['contribution-1', 'contribution-2']);
    expect(sentItems(again)).toEqual(new Map([[pack.items[0]!.id, 'Bram'], [pack.items[2]!.id, 'Anna']]));
  });

  it('refuses a sending without items', () => {
    expect(() => recordContribution(pack, 'Anna', ['gone'], sentAt)).toThrow();
  });

  it('names the colleague in the copy\'s file name, without characters a file system refuses', () => {
    expect(contributionFileBase('DMM 2026-12-03', 'Anna de Vries')).toBe('DMM 2026-12-03 - Anna de Vries');
    expect(contributionFileBase('DMM', 'A/B: C')).toBe('DMM - A-B- C');
  });
});

describe('sendings in the editing state', () => {
  const pack = owned(syntheticPack(4), ['Anna', 'Bram']);

  it('round-trips through the Y.Doc, and a pack without sendings comes back without the field', () => {
    const sent = recordContribution(pack, 'Anna', [pack.items[0]!.id], sentAt);
    expect(packFromDoc(docFromPack(sent)).contributions).toEqual(sent.contributions);
    expect('contributions' in packFromDoc(docFromPack(pack))).toBe(false);
  });

  it('keeps one record when the pack and the copy it made each carry the sending, and both when each sent one', () => {
    const base = stateForPack(pack, undefined);
    const sent = recordContribution(pack, 'Anna', [pack.items[0]!.id], sentAt);
    const shared = stateForPack(sent, base, 'Carla');
    const copy = stateForPack(typed(sent, 0, 'Van Anna.'), shared, 'Anna');
    const later = stateForPack(recordContribution(sent, 'Bram', [pack.items[1]!.id], sentAt), shared, 'Carla');
    expect(packFromDoc(docFromState(mergeStates([copy, later]))).contributions!.map((c) => c.colleague)).toEqual(['Anna', 'Bram']);
    expect(packFromDoc(docFromState(mergeStates([shared, copy]))).contributions).toEqual(sent.contributions);
  });
});

describe('a contribution coming back', () => {
  const pack = owned(syntheticPack(4), ['Anna', 'Bram']);
  const sent = recordContribution(pack, 'Anna', [pack.items[0]!.id, pack.items[2]!.id], sentAt);
  const shared = stateForPack(sent, stateForPack(pack, undefined), 'Carla');
  const open = { contents: { pack: sent, annexFiles: new Map() }, state: shared, file: 'dmm.briefpack', author: 'Carla' };

  it('says which sent items changed, who changed them, and which did not', () => {
    const edited = typed(sent, 0, 'Van Anna.');
    const copy = { file: 'dmm - Anna.briefpack', contents: { pack: edited, annexFiles: new Map(), state: stateForPack(edited, shared, 'Anna') } };
    const result = mergeContributions(open, [copy], () => new Date('2026-12-05T09:00:00Z'));
    expect(result.returned).toEqual([
      {
        id: sent.contributions![0]!.id,
        colleague: 'Anna',
        sentAt: '2026-12-03T10:30:00.000Z',
        changed: [{ itemId: pack.items[0]!.id, title: pack.items[0]!.title, by: ['Anna'] }],
        unchanged: [{ itemId: pack.items[2]!.id, title: pack.items[2]!.title }],
      },
    ]);
  });

  it('reports nothing come back for a copy that brings no one\'s writing', () => {
    const copy = { file: 'same.briefpack', contents: { pack: sent, annexFiles: new Map(), state: shared } };
    const result = mergeContributions(open, [copy]);
    expect(result.returned).toEqual([]);
    expect(result.contents.pack.contributions![0]!.returnedAt).toBeUndefined();
  });

  it('records in the merged pack and its state that the sending came back, and its items are no longer out', () => {
    const edited = typed(sent, 0, 'Van Anna.');
    const copy = { file: 'dmm - Anna.briefpack', contents: { pack: edited, annexFiles: new Map(), state: stateForPack(edited, shared, 'Anna') } };
    const { contents } = mergeContributions(open, [copy], () => new Date('2026-12-05T09:00:00Z'));
    expect(contents.pack.contributions!.map((c) => c.returnedAt)).toEqual(['2026-12-05T09:00:00.000Z']);
    expect(packFromDoc(docFromState(contents.state)).contributions).toEqual(contents.pack.contributions);
    expect(sentItems(sent).size).toBe(2);
    expect(sentItems(contents.pack).size).toBe(0);
  });
});

describe('a sending in the undo history', () => {
  it('is one step that undo takes back and redo puts back', () => {
    const pack = syntheticPack(3);
    const history = new PackHistory(pack, { captureTimeout: 60_000 });
    const sent = recordContribution(pack, 'Anna', [pack.items[1]!.id], sentAt);
    history.record(sent, 'send');
    expect(history.undo()!.contributions ?? []).toEqual([]);
    expect(history.redo()!.contributions).toEqual(sent.contributions);
  });
});
