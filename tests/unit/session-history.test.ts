/**
 * The open document's history as the renderer feeds it (renderer/history/
 * session-history): typing waits for its pause, anything else writes the
 * waiting typing first, so steps undo in the order they were made.
 */
import { describe, expect, it } from 'vitest';
import { CAPTURE_TIMEOUT_MS } from '../../core/collab/pack-history';
import type { BriefingPack } from '../../core/model/pack';
import * as ops from '../../core/model/pack-ops';
import { syntheticPack } from '../../core/model/synthetic';
import { plainLines } from '../../core/model/walk';
import { SessionHistory } from '../../renderer/history/session-history';

const start = syntheticPack(3);
const itemId = start.items[0]!.id;
const typed = (pack: BriefingPack, text: string): BriefingPack => ({
  ...pack,
  items: pack.items.map((item) => (item.id === itemId ? { ...item, sections: { ...item.sections, kernboodschap: [{ type: 'paragraph', children: [{ text }] }] } } : item)),
});
const keyMessage = (pack: BriefingPack) => plainLines(pack.items[0]!.sections.kernboodschap ?? []).join('');
const typingGroup = `section:${itemId}:kernboodschap`;
const pause = () => new Promise((resolve) => setTimeout(resolve, CAPTURE_TIMEOUT_MS + 150));

describe('SessionHistory', () => {
  it('offers undo while typing is still waiting, and undoing takes the typing back', () => {
    const history = new SessionHistory(1, start, () => undefined);
    let pack = start;
    for (const text of ['N', 'NA', 'NAV', 'NAVO']) history.note((pack = typed(pack, text)), typingGroup);
    expect(history.canUndo).toBe(true);
    const back = history.undo()!;
    expect(keyMessage(back.before)).toBe('NAVO');
    expect(keyMessage(back.after)).toBe(keyMessage(start));
    expect(history.canUndo).toBe(false);
    history.dispose();
  });

  it('writes waiting typing before a status change, so they undo as two steps in reverse order', () => {
    const history = new SessionHistory(1, start, () => undefined);
    const typing = typed(start, 'Kern');
    history.note(typing, typingGroup);
    const approved = ops.setItemStatus(typing, itemId, 'approved');
    history.note(approved, 'set-status:2');
    const first = history.undo()!.after;
    expect(first.items[0]!.status).toBe(start.items[0]!.status);
    expect(keyMessage(first)).toBe('Kern');
    expect(keyMessage(history.undo()!.after)).toBe(keyMessage(start));
    history.dispose();
  });

  it('makes each burst of typing one step once it pauses, and tells the UI it wrote it', async () => {
    let written = 0;
    const history = new SessionHistory(1, start, () => written++);
    history.note(typed(start, 'een'), typingGroup);
    await pause();
    expect(written).toBe(1);
    history.note(typed(start, 'een twee'), typingGroup);
    await pause();
    expect(written).toBe(2);
    expect(keyMessage(history.undo()!.after)).toBe('een');
    expect(keyMessage(history.undo()!.after)).toBe(keyMessage(start));
    history.dispose();
  });
});
