/**
 * Browser mode's recent files. A page cannot open a file again by its name,
 * so the list keeps each pack as it was last opened or saved here: the same
 * container bytes, base64 in localStorage (as the backups are), newest first.
 */
import type { RecentPack } from '../recent/recent-files';
import { fromBase64, toBase64 } from './base64';

const PREFIX = 'briefing-composer.recent.';
export const MAX_RECENT_PACKS = 5;
/** localStorage holds about 5 MB per site, backups included: a larger pack is not kept rather than evicting all. */
export const MAX_KEPT_CHARS = 2_000_000;

interface StoredRecent {
  entry: RecentPack;
  data: string;
}

function parse(json: string | null): StoredRecent | null {
  if (!json) return null;
  try {
    const value = JSON.parse(json) as StoredRecent;
    const e = value?.entry;
    if (typeof value.data !== 'string' || typeof e?.fileName !== 'string' || typeof e.savedAt !== 'string') return null;
    return value;
  } catch {
    return null;
  }
}

export interface BrowserRecentPacks {
  list(): RecentPack[];
  /** Puts the pack first; the oldest beyond MAX_RECENT_PACKS, or while storage is full, make room. */
  remember(fileName: string, bytes: Uint8Array, now?: Date): void;
  read(fileName: string): Uint8Array | null;
  forget(fileName: string): void;
}

export function createBrowserRecentPacks(storage: Storage = localStorage, maxChars = MAX_KEPT_CHARS): BrowserRecentPacks {
  const stored = (): StoredRecent[] => {
    const found: StoredRecent[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      const value = key?.startsWith(PREFIX) ? parse(storage.getItem(key)) : null;
      if (value) found.push(value);
    }
    return found.sort((a, b) => b.entry.savedAt.localeCompare(a.entry.savedAt));
  };
  const forget = (fileName: string) => storage.removeItem(PREFIX + fileName);

  return {
    list: () => stored().map((s) => s.entry),
    remember(fileName, bytes, now = new Date()) {
      const value = JSON.stringify({ entry: { fileName, savedAt: now.toISOString() }, data: toBase64(bytes) } satisfies StoredRecent);
      forget(fileName);
      if (value.length > maxChars) return console.warn(`Recent files: ${fileName} is too large to keep in this browser`);
      let others = stored();
      for (;;) {
        try {
          storage.setItem(PREFIX + fileName, value);
          break;
        } catch {
          // Storage is full: the oldest goes first; a pack too large to keep at all is left out of the list.
          const oldest = others.pop();
          if (!oldest) return console.warn(`Recent files: ${fileName} is too large to keep in this browser`);
          forget(oldest.entry.fileName);
        }
      }
      others = stored();
      for (const extra of others.slice(MAX_RECENT_PACKS)) forget(extra.entry.fileName);
    },
    read(fileName) {
      const value = parse(storage.getItem(PREFIX + fileName));
      return value ? fromBase64(value.data) : null;
    },
    forget,
  };
}
