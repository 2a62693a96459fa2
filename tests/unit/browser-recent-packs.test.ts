/**
 * Browser mode's recent packs: newest first, at most MAX_RECENT_PACKS, and a
 * full storage makes room by dropping the oldest, never by failing the save.
 * The storage is a Map behind the Storage interface with a size limit, as a
 * browser's localStorage has.
 */
import { describe, expect, it } from 'vitest';
import { createBrowserRecentPacks, MAX_RECENT_PACKS } from '../../renderer/browser/recent-packs';

function limitedStorage(maxChars = Infinity): Storage {
  const items = new Map<string, string>();
  const used = () => [...items].reduce((n, [k, v]) => n + k.length + v.length, 0);
  return {
    get length() {
      return items.size;
    },
    key: (i) => [...items.keys()][i] ?? null,
    getItem: (k) => items.get(k) ?? null,
    setItem(k, v) {
      if (used() - (items.get(k)?.length ?? 0) + k.length + v.length > maxChars) throw new DOMException('full', 'QuotaExceededError');
      items.set(k, v);
    },
    removeItem: (k) => void items.delete(k),
    clear: () => items.clear(),
  };
}

const at = (minute: number) => new Date(Date.UTC(2026, 11, 3, 10, minute));

describe('browser recent packs', () => {
  it('lists newest first, keeps the bytes, and a pack saved again moves to the top', () => {
    const recent = createBrowserRecentPacks(limitedStorage());
    recent.remember('a.briefpack', new Uint8Array([1, 2, 3]), at(1));
    recent.remember('b.briefpack', new Uint8Array([4]), at(2));
    recent.remember('a.briefpack', new Uint8Array([5, 6]), at(3));
    expect(recent.list().map((r) => r.fileName)).toEqual(['a.briefpack', 'b.briefpack']);
    expect([...recent.read('a.briefpack')!]).toEqual([5, 6]);
    expect(recent.read('c.briefpack')).toBeNull();
  });

  it(`keeps at most ${MAX_RECENT_PACKS}`, () => {
    const recent = createBrowserRecentPacks(limitedStorage());
    for (let i = 0; i < MAX_RECENT_PACKS + 2; i++) recent.remember(`${i}.briefpack`, new Uint8Array([i]), at(i));
    expect(recent.list().map((r) => r.fileName)).toEqual(['6.briefpack', '5.briefpack', '4.briefpack', '3.briefpack', '2.briefpack']);
  });

  it('drops the oldest when storage is full, and leaves out a pack too large to keep', () => {
    const recent = createBrowserRecentPacks(limitedStorage(900), 5_000);
    const kb = new Uint8Array(200);
    recent.remember('a.briefpack', kb, at(1));
    recent.remember('b.briefpack', kb, at(2));
    recent.remember('c.briefpack', kb, at(3));
    expect(recent.list().map((r) => r.fileName)).toEqual(['c.briefpack', 'b.briefpack']);
    recent.remember('huge.briefpack', new Uint8Array(10_000), at(4));
    // Too large to keep: left out, and the others stay.
    expect(recent.list().map((r) => r.fileName)).toEqual(['c.briefpack', 'b.briefpack']);
  });
});
