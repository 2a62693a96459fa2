/**
 * Two people's document histories joined live (the updates a websocket would
 * carry): both start from the pack's base state, so nothing doubles; edits
 * in the same section and in different items converge; each undo takes back
 * only its own person's edit.
 */
import { describe, expect, it } from 'vitest';
import { PackHistory } from '../../core/collab/pack-history';
import { baseDoc } from '../../core/collab/pack-state';
import type { BriefingPack } from '../../core/model/pack';
import { paragraphsFromText } from '../../core/model/rich-text';
import { syntheticPack } from '../../core/model/synthetic';
import { plainLines } from '../../core/model/walk';

function withText(pack: BriefingPack, index: number, text: string): BriefingPack {
  const items = pack.items.slice();
  items[index] = { ...items[index]!, sections: { ...items[index]!.sections, doel: paragraphsFromText([text]) } };
  return { ...pack, items };
}

const doel = (pack: BriefingPack, index: number) => plainLines(pack.items[index]!.sections.doel ?? []).join('\n');

/** Two histories whose own updates reach the other, as a live session's server passes them on. */
function joined(pack: BriefingPack) {
  const a = new PackHistory(pack, { doc: baseDoc(pack) });
  const b = new PackHistory(pack, { doc: baseDoc(pack) });
  const inbox = { a: [] as Uint8Array[], b: [] as Uint8Array[] };
  a.onOwnUpdate((update) => inbox.b.push(update));
  b.onOwnUpdate((update) => inbox.a.push(update));
  const deliver = () => {
    for (const update of inbox.a.splice(0)) a.applyLive(update);
    for (const update of inbox.b.splice(0)) b.applyLive(update);
  };
  return { a, b, deliver };
}

describe('live histories', () => {
  const base = withText(syntheticPack(3), 0, 'Gedeelde zin.');

  it('converge on edits in the same section and in other items, with nothing doubled', () => {
    const { a, b, deliver } = joined(base);
    a.record(withText(withText(base, 0, 'Gedeelde zin. Van A.'), 1, 'Alleen A.'), 'section:a');
    b.record(withText(withText(base, 0, 'Van B. Gedeelde zin.'), 2, 'Alleen B.'), 'section:b');
    deliver();
    expect(a.pack.items).toEqual(b.pack.items);
    expect([doel(a.pack, 0), doel(a.pack, 1), doel(a.pack, 2)]).toEqual(['Van B. Gedeelde zin. Van A.', 'Alleen A.', 'Alleen B.']);
    expect(a.pack.items).toHaveLength(base.items.length);
  });

  it('undoes only the own edit, and the other side sees the undo', () => {
    const { a, b, deliver } = joined(base);
    a.record(withText(base, 1, 'Van A.'), 'section:a');
    deliver();
    b.record(withText(b.pack, 2, 'Van B.'), 'section:b');
    deliver();
    expect(b.canUndo).toBe(true);
    const undone = a.undo()!;
    expect([doel(undone, 1), doel(undone, 2)]).toEqual(['', 'Van B.']);
    expect(a.undo()).toBeNull();
    deliver();
    expect([doel(b.pack, 1), doel(b.pack, 2)]).toEqual(['', 'Van B.']);
  });
});
