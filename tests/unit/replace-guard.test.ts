import { describe, expect, it } from 'vitest';
import { mayReplaceOpenPack, type ReplaceChoice } from '../../renderer/state/replace-guard';

/** A person who answers the question with `choice`, and a save that ends as `saved`; both record that they ran. */
function scenario(choice: ReplaceChoice, saved: boolean | Error) {
  const calls: string[] = [];
  const ask = async () => {
    calls.push('asked');
    return choice;
  };
  const save = async () => {
    calls.push('saved');
    if (saved instanceof Error) throw saved;
    return saved;
  };
  return { calls, ask, save };
}

describe('before the open pack is replaced', () => {
  it('does not ask when nothing is unsaved', async () => {
    const s = scenario('cancel', false);
    expect(await mayReplaceOpenPack(false, s.ask, s.save)).toBe(true);
    expect(s.calls).toEqual([]);
  });

  it('Cancel keeps the open pack and saves nothing', async () => {
    const s = scenario('cancel', true);
    expect(await mayReplaceOpenPack(true, s.ask, s.save)).toBe(false);
    expect(s.calls).toEqual(['asked']);
  });

  it("Don't save replaces without saving", async () => {
    const s = scenario('discard', true);
    expect(await mayReplaceOpenPack(true, s.ask, s.save)).toBe(true);
    expect(s.calls).toEqual(['asked']);
  });

  it('Save replaces only once the pack was written', async () => {
    const written = scenario('save', true);
    expect(await mayReplaceOpenPack(true, written.ask, written.save)).toBe(true);
    expect(written.calls).toEqual(['asked', 'saved']);
    const cancelled = scenario('save', false);
    expect(await mayReplaceOpenPack(true, cancelled.ask, cancelled.save)).toBe(false);
    const failed = scenario('save', new Error('disk full'));
    expect(await mayReplaceOpenPack(true, failed.ask, failed.save)).toBe(false);
  });
});
