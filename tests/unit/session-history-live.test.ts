/**
 * A session history going live (renderer/history/session-history goLive):
 * what was typed before stays but is no undo step (undoing it would take it
 * back for everyone), and two people who opened the same pack start from the
 * same history, so joining their documents doubles nothing.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { packFromDoc } from '../../core/collab/pack-doc';
import type { BriefingPack } from '../../core/model/pack';
import { paragraphsFromText } from '../../core/model/rich-text';
import { syntheticPack } from '../../core/model/synthetic';
import { plainLines } from '../../core/model/walk';
import { LIVE_WRITE_MS, SessionHistory } from '../../renderer/history/session-history';

const start = syntheticPack(3);
const typed = (pack: BriefingPack, text: string): BriefingPack => ({
  ...pack,
  items: pack.items.map((item, index) => (index === 0 ? { ...item, sections: { ...item.sections, doel: paragraphsFromText([text]) } } : item)),
});
const doel = (pack: BriefingPack) => plainLines(pack.items[0]!.sections.doel ?? []).join('');

describe('SessionHistory.goLive', () => {
  it('keeps what was typed, starts a fresh undo history, and writes typing within LIVE_WRITE_MS', async () => {
    const history = new SessionHistory(1, start, () => undefined);
    history.note(typed(start, 'voor'), 'other');
    const live = history.goLive();
    expect(doel(live.pack)).toBe('voor');
    expect(history.canUndo).toBe(false);
    history.note(typed(live.pack, 'voor en na'), `section:${start.items[0]!.id}:doel`);
    await new Promise((resolve) => setTimeout(resolve, LIVE_WRITE_MS + 100));
    expect(doel(packFromDoc(live.doc))).toBe('voor en na');
    expect(history.undo()!.after).toSatisfy((pack: BriefingPack) => doel(pack) === 'voor');
    history.dispose();
  });

  it('gives two people who opened the same pack documents that join without doubling', () => {
    const anna = new SessionHistory(1, start, () => undefined).goLive();
    const bram = new SessionHistory(1, start, () => undefined).goLive();
    expect(anna.doc.clientID).not.toBe(bram.doc.clientID);
    Y.applyUpdate(anna.doc, Y.encodeStateAsUpdate(bram.doc));
    expect(packFromDoc(anna.doc).items).toEqual(start.items);
  });
});
