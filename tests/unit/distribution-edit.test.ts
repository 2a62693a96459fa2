/** The distribution list edited as a whole (the app's dialog): checked by the model's schema, the reason placed at the field; the draft the dialog keeps; undo. */
import { describe, expect, it } from 'vitest';
import { PackHistory } from '../../core/collab/pack-history';
import type { Recipient } from '../../core/model/distribution';
import { blankRecipient, checkRecipients } from '../../core/model/distribution-edit';
import type { BriefingPack } from '../../core/model/pack';
import { recordHandedOut } from '../../core/model/recipient-copy';
import { syntheticPack } from '../../core/model/synthetic';
import { draftOf, itemChoices, recipientsOf, withNewRecipient } from '../../renderer/distribution/draft';

/** Four items, the third a sub-item of the second. */
function pack(): BriefingPack {
  const base = syntheticPack(4);
  return { ...base, items: base.items.map((item, i) => ({ ...item, level: i === 2 ? (2 as const) : (1 as const) })) };
}

const person = (id: string, name: string, copyNumber: number, more: Partial<Recipient> = {}): Recipient => ({ id, name, function: '', copyNumber, leaveOut: [], withComments: false, ...more });

describe('checking a whole distribution list', () => {
  it('applies a valid list in copy-number order, names tidied, left-out items in pack order; the record stays', () => {
    const base = recordHandedOut(pack(), { mark: { recipient: 'Gast', function: '', number: 1, of: 1 } }, { id: 'h1', date: '2025-02-10', format: 'pdf' });
    const items = base.items.map((item) => item.id);
    const checked = checkRecipients(base, [
      person('r2', '  Jan   de Vries ', 3, { function: ' DGB ', leaveOut: [items[3]!, 'gone', items[1]!, items[3]!] }),
      person('r1', 'Minister', 2, { withComments: true }),
    ]);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problem));
    expect(checked.pack.distribution).toEqual({
      recipients: [person('r1', 'Minister', 2, { withComments: true }), person('r2', 'Jan de Vries', 3, { function: 'DGB', leaveOut: [items[1]!, items[3]!] })],
      handedOut: base.distribution!.handedOut,
    });
    // Nothing changed: the same pack, so no step in the history.
    expect(checkRecipients(checked.pack, checked.pack.distribution!.recipients)).toEqual({ ok: true, pack: checked.pack });
    expect(checkRecipients(pack(), [])).toEqual({ ok: true, pack: expect.not.objectContaining({ distribution: expect.anything() }) });
  });

  it('refuses a name twice (case and spaces do not count) or a copy number twice, at that recipient and field', () => {
    expect(checkRecipients(pack(), [person('r1', 'Minister', 1), person('r2', 'Jan', 2), person('r3', ' MINISTER ', 3)])).toEqual({
      ok: false,
      problem: { index: 2, field: 'name', reason: 'name-twice', detail: '"MINISTER" is on the list twice' },
    });
    expect(checkRecipients(pack(), [person('r1', 'Minister', 1), person('r2', 'Jan', 1)])).toMatchObject({ ok: false, problem: { index: 1, field: 'copyNumber', reason: 'copy-twice' } });
  });

  it('names the bound a field broke: an empty name, a copy number that is not one', () => {
    expect(checkRecipients(pack(), [person('r1', '   ', 1)])).toMatchObject({ ok: false, problem: { index: 0, field: 'name', reason: 'name' } });
    for (const copyNumber of [Number.NaN, 0, 10_000, 1.5]) {
      expect(checkRecipients(pack(), [person('r1', 'A', 1), person('r2', 'B', copyNumber)])).toMatchObject({ ok: false, problem: { index: 1, field: 'copyNumber', reason: 'copy-number' } });
    }
  });

  it('numbers a new recipient after the highest copy number, with an id of its own, skipping a number still being typed', () => {
    expect(blankRecipient([])).toEqual(person('recipient-1', '', 1));
    const added = blankRecipient([person('recipient-2', 'A', 1), person('x', 'B', 5), person('y', 'C', Number.NaN)]);
    expect(added.copyNumber).toBe(6);
    expect(['recipient-2', 'x', 'y']).not.toContain(added.id);
  });

  it('is one step of the undo history, which leaves the record of copies handed out alone', () => {
    const base = pack();
    const history = new PackHistory(base, { captureTimeout: 0 });
    const listed = checkRecipients(base, [person('r1', 'Minister', 1)]);
    if (!listed.ok) throw new Error('refused');
    history.record(listed.pack, 'set-distribution:1');
    const handedOut = recordHandedOut(listed.pack, { mark: { recipient: 'Minister', function: '', number: 1, of: 1 } }, { id: 'h1', date: '2025-02-10', format: 'pdf' });
    history.record(handedOut, 'record-handed-out:2');
    const emptied = checkRecipients(handedOut, []);
    if (!emptied.ok) throw new Error('refused');
    history.record(emptied.pack, 'set-distribution:3');
    const undone = history.undo();
    expect(undone?.distribution).toEqual({ recipients: [person('r1', 'Minister', 1)], handedOut: handedOut.distribution!.handedOut });
    // Back to before the pack had a list: the copy handed out is still on the record.
    expect(history.undo()?.distribution).toEqual({ recipients: [], handedOut: handedOut.distribution!.handedOut });
  });
});

describe("the dialog's draft", () => {
  it('keeps the copy number as typed, and gives the model NaN for one that is not digits', () => {
    const listed = checkRecipients(pack(), [person('r2', 'B', 4), person('r1', 'A', 2)]);
    if (!listed.ok) throw new Error('refused');
    const draft = draftOf(listed.pack);
    expect(draft.map((r) => [r.name, r.copyNumber])).toEqual([['A', '2'], ['B', '4']]);
    const typed = [...draft.slice(0, 1), { ...draft[1]!, copyNumber: '' }];
    expect(recipientsOf(typed).map((r) => r.copyNumber)).toEqual([2, Number.NaN]);
    expect(recipientsOf([{ ...draft[0]!, copyNumber: ' 7 ' }])[0]!.copyNumber).toBe(7);
    expect(withNewRecipient(draft).at(-1)).toMatchObject({ name: '', copyNumber: '5' });
    expect(withNewRecipient(typed).at(-1)).toMatchObject({ copyNumber: '3' });
  });

  it('shows a sub-item left out with its parent, and not to be ticked on its own', () => {
    const base = pack();
    const [first, second, sub, fourth] = base.items;
    expect(itemChoices(base, [second!.id]).map(({ item, leftOut, withParent }) => [item.id, leftOut, withParent])).toEqual([
      [first!.id, false, false],
      [second!.id, true, false],
      [sub!.id, true, true],
      [fourth!.id, false, false],
    ]);
    expect(itemChoices(base, [sub!.id]).map((choice) => choice.leftOut)).toEqual([false, false, true, false]);
  });
});
