/** The export dialog's and `briefing export`'s choice, mapped onto the pack and the copy mark. */
import { describe, expect, it } from 'vitest';
import { addRecipient } from '../../core/model/distribution-list';
import { prepareExport } from '../../core/model/export-choice';
import type { BriefingPack } from '../../core/model/pack';
import { syntheticPack } from '../../core/model/synthetic';

function commented(): BriefingPack {
  const base = syntheticPack(3);
  const items = base.items.map((item, i) => ({
    ...item,
    comments: [{ id: `c${i}`, anchor: { block: 0, start: 0, end: 1, quote: 'x' }, author: 'A', createdAt: '2025-02-01T10:00:00Z', text: `opmerking ${i}`, resolved: false, replies: [] }],
  }));
  let pack: BriefingPack = { ...base, items };
  pack = addRecipient(pack, { name: 'Minister', withComments: true }, 'p');
  return addRecipient(pack, { name: 'Jan de Vries', function: 'DGB', leaveOut: [base.items[1]!.id] }, 'p');
}

const commentCount = (pack: BriefingPack) => pack.items.reduce((sum, item) => sum + item.comments.length, 0);

describe('prepareExport', () => {
  it('a plain copy keeps the comments unless they are turned off, and keeps every item and the list', () => {
    const pack = commented();
    expect(prepareExport(pack, {})).toEqual({ pack, oneOff: false, fileSuffix: '' });
    expect(commentCount(prepareExport(pack, { withComments: true }).pack)).toBe(3);
    const minister = prepareExport(pack, { withComments: false });
    expect(commentCount(minister.pack)).toBe(0);
    expect(minister.copy).toBeUndefined();
    expect(minister.pack.items.map((item) => item.id)).toEqual(pack.items.map((item) => item.id));
    expect(minister.pack.distribution).toEqual(pack.distribution);
    expect(commentCount(pack)).toBe(3); // the open pack is not changed
  });

  it("a recipient's copy has the list's number, mark, leave-outs and comment setting", () => {
    const pack = commented();
    const jan = prepareExport(pack, { recipient: 'jan de vries' });
    expect(jan.copy).toEqual({ recipient: 'Jan de Vries', function: 'DGB', number: 2, of: 2 });
    expect(jan.pack.items.map((item) => item.id)).toEqual([pack.items[0]!.id, pack.items[2]!.id]);
    expect(commentCount(jan.pack)).toBe(0);
    expect(commentCount(prepareExport(pack, { recipient: 'Minister' }).pack)).toBe(3);
  });

  it("the choice of comments overrides the list's for this copy, both ways", () => {
    const pack = commented();
    expect(commentCount(prepareExport(pack, { recipient: 'Jan de Vries', withComments: true }).pack)).toBe(2);
    expect(commentCount(prepareExport(pack, { recipient: 'Minister', withComments: false }).pack)).toBe(0);
  });

  it('a name not on the list is a one-off copy numbered after it, without comments unless asked for', () => {
    const pack = commented();
    const guest = prepareExport(pack, { recipient: 'Gast' });
    expect([guest.oneOff, guest.copy?.number, guest.copy?.of, commentCount(guest.pack)]).toEqual([true, 3, 3, 0]);
    expect(commentCount(prepareExport(pack, { recipient: 'Gast', withComments: true }).pack)).toBe(3);
  });
});
