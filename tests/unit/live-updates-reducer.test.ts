/**
 * The others' edits in the document state (renderer/live/with-live-updates):
 * a keystroke's edit made before them and arriving after is dropped (it was
 * written already), a later one is taken, and a state from before them is
 * known to be behind.
 */
import { describe, expect, it } from 'vitest';
import { documentReducer, openedState, type DocumentAction } from '../../renderer/state/document';
import { isBehindLive, markLiveUpdate, stampEdit, withLiveUpdates } from '../../renderer/live/with-live-updates';
import { paragraphsFromText } from '../../core/model/rich-text';
import { syntheticPack } from '../../core/model/synthetic';

const reducer = withLiveUpdates<DocumentAction>(documentReducer);
const pack = syntheticPack(2);
const itemId = pack.items[0]!.id;
const edit = (text: string) => {
  const value = paragraphsFromText([text]);
  stampEdit(value);
  return { type: 'edit-section' as const, itemId, key: 'doel', value };
};

describe('withLiveUpdates', () => {
  it('drops an edit made before the others’ edits came in, and takes one made after', () => {
    const opened = reducer(null, { type: 'opened', document: { documentId: 'd', fileName: null, pack } })!;
    const early = edit('vroeg');
    markLiveUpdate();
    const remote = { ...pack, items: pack.items.map((item, i) => (i === 1 ? { ...item, title: 'Van Bram' } : item)) };
    const live = reducer(opened, { type: 'live-update', pack: remote })!;
    expect(live.pack).toBe(remote);
    expect(isBehindLive(opened)).toBe(true);
    expect(isBehindLive(live)).toBe(false);
    expect(reducer(live, early)).toBe(live);
    const later = reducer(live, edit('later'))!;
    expect(later.pack.items[0]!.sections.doel).toEqual(paragraphsFromText(['later']));
    expect(later.pack.items[1]!.title).toBe('Van Bram');
    expect(isBehindLive(later)).toBe(false);
  });

  it('leaves edits alone when there is no live session', () => {
    const state = openedState({ documentId: 'e', fileName: null, pack });
    const next = reducer(reducer(state, edit('gewoon'))!, edit('gewoon verder'))!;
    expect(next.pack.items[0]!.sections.doel).toEqual(paragraphsFromText(['gewoon verder']));
  });
});
