/**
 * Browser mode's backups of unsaved work: the same container bytes main
 * writes to disk, base64 in localStorage under one key per document.
 */
import type { RecoverableBackup } from '../../core/contract';
import { fromBase64, toBase64 } from '../browser/base64';

const PREFIX = 'briefing-composer.backup.';

interface StoredBackup {
  backup: RecoverableBackup;
  data: string;
}

function parse(json: string | null): StoredBackup | null {
  if (!json) return null;
  try {
    const value = JSON.parse(json) as StoredBackup;
    const b = value?.backup;
    if (typeof value.data !== 'string' || typeof b?.backupId !== 'string' || typeof b.title !== 'string' || typeof b.savedAt !== 'string') return null;
    return value;
  } catch {
    return null;
  }
}

export interface BrowserBackups {
  write(backup: RecoverableBackup, bytes: Uint8Array): void;
  list(): RecoverableBackup[];
  read(backupId: string): { backup: RecoverableBackup; bytes: Uint8Array } | null;
  remove(backupId: string): void;
}

export function createBrowserBackups(storage: Storage = localStorage): BrowserBackups {
  return {
    write(backup, bytes) {
      storage.setItem(PREFIX + backup.backupId, JSON.stringify({ backup, data: toBase64(bytes) } satisfies StoredBackup));
    },
    list() {
      const found: RecoverableBackup[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (!key?.startsWith(PREFIX)) continue;
        const stored = parse(storage.getItem(key));
        if (stored) found.push(stored.backup);
      }
      return found.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
    read(backupId) {
      const stored = parse(storage.getItem(PREFIX + backupId));
      return stored ? { backup: stored.backup, bytes: fromBase64(stored.data) } : null;
    },
    remove(backupId) {
      storage.removeItem(PREFIX + backupId);
    },
  };
}
