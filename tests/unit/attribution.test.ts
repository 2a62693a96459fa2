/** Who changed each item last, and when (core/collab/attribution), from the saves recorded in the state. */
import { describe, expect, it, vi, afterEach } from 'vitest';
import { lastChanges } from '../../core/collab/attribution';
import { stateForPack } from '../../core/collab/pack-state';
import type { BriefingPack } from '../../core/model/pack';
import { paragraphsFromText } from '../../core/model/rich-text';
import { syntheticPack } from '../../core/model/synthetic';

function withText(pack: BriefingPack, index: number, text: string): BriefingPack {
  const items = pack.items.slice();
  items[index] = { ...items[index]!, sections: { ...items[index]!.sections, doel: paragraphsFromText([text]) } };
  return { ...pack, items };
}

afterEach(() => vi.useRealTimers());

describe('lastChanges', () => {
  it('names for each item the author of the latest save that wrote in it, with its time', () => {
    const base = syntheticPack(3);
    vi.useFakeTimers({ now: new Date('2026-12-01T09:00:00Z'), toFake: ['Date'] });
    let state = stateForPack(base, undefined);
    const byAnna = withText(withText(base, 0, 'Anna'), 1, 'Anna');
    state = stateForPack(byAnna, state, 'Anna');
    vi.setSystemTime(new Date('2026-12-02T10:30:00Z'));
    const byBram = { ...withText(byAnna, 1, 'Bram'), items: withText(byAnna, 1, 'Bram').items.map((item, i) => (i === 1 ? { ...item, status: 'approved' as const } : item)) };
    state = stateForPack(byBram, state, 'Bram');
    expect(lastChanges(state)).toEqual({
      [base.items[0]!.id]: { author: 'Anna', at: '2026-12-01T09:00:00.000Z' },
      [base.items[1]!.id]: { author: 'Bram', at: '2026-12-02T10:30:00.000Z' },
    });
  });

  it('names nobody for a pack only ever saved without a name', () => {
    const base = syntheticPack(2);
    expect(lastChanges(stateForPack(withText(base, 0, 'x'), stateForPack(base, undefined)))).toEqual({});
  });
});
