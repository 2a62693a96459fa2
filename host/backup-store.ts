/**
 * Backups of unsaved work (hot exit), one pair of files per document in the
 * backups folder under the app's user data:
 *   <documentId>.briefpack  the pack as last edited, in the normal container format
 *   <documentId>.json       where it came from (its file, which stays on this machine) and when
 * Both are written atomically, pack first, so a listed backup is always complete.
 * A description is read only up to MAX_META_BYTES: listing must not read a
 * 200 MB file someone put in the folder (7.4 s and 1.7 GB) or wait on a pipe.
 */
import { constants } from 'node:fs';
import { mkdir, open, readdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { encodePack, type PackContents } from '../core/pack/container';
import { removeStaleTempFiles, writeFileAtomic } from './atomic-write';
import { readPackFile } from './pack-files';

export interface BackupMeta {
  documentId: string;
  /** The pack's own file, or null for a pack never saved. */
  originalPath: string | null;
  title: string;
  /** ISO 8601. */
  savedAt: string;
}

export interface BackupStore {
  readonly dir: string;
  write(meta: BackupMeta, contents: PackContents): Promise<void>;
  /** Complete backups, newest first; broken or half-written ones are skipped. */
  list(): Promise<BackupMeta[]>;
  read(documentId: string): Promise<{ meta: BackupMeta; contents: PackContents } | null>;
  remove(documentId: string): Promise<void>;
  /** Temp files of backup writes a crash interrupted. */
  removeStale(minAgeMs?: number): Promise<string[]>;
}

const ID = /^[a-z0-9-]{1,64}$/;

/**
 * Ours are under 5 KB (a title of at most 500 characters, a path); even
 * written with every character escaped they stay under this. A bigger file
 * is not a description we wrote, and is ignored as a broken one is.
 */
export const MAX_META_BYTES = 32 * 1024;

/** The file's text when it is a regular file of at most `max` bytes; null otherwise. Reads at most max + 1 bytes. */
async function readSmallFile(file: string, max: number): Promise<string | null> {
  // Non-blocking, so a pipe named like a description is not waited on.
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!(await handle.stat()).isFile()) return null;
    const buffer = Buffer.alloc(max + 1);
    const { bytesRead } = await handle.read(buffer, 0, max + 1, 0);
    return bytesRead > max ? null : buffer.toString('utf8', 0, bytesRead);
  } finally {
    await handle.close();
  }
}

export function isBackupMeta(value: unknown): value is BackupMeta {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.documentId === 'string' &&
    ID.test(v.documentId) &&
    (v.originalPath === null || (typeof v.originalPath === 'string' && path.isAbsolute(v.originalPath))) &&
    typeof v.title === 'string' &&
    typeof v.savedAt === 'string' &&
    !Number.isNaN(Date.parse(v.savedAt))
  );
}

export function createBackupStore(dir: string): BackupStore {
  const packFile = (id: string) => path.join(dir, `${id}.briefpack`);
  const metaFile = (id: string) => path.join(dir, `${id}.json`);
  const checkId = (id: string) => {
    // The id names a file: never let anything but our own ids through.
    if (!ID.test(id)) throw new Error(`invalid backup id ${JSON.stringify(id)}`);
  };

  async function readMeta(id: string): Promise<BackupMeta | null> {
    try {
      const text = await readSmallFile(metaFile(id), MAX_META_BYTES);
      if (text === null) return null;
      const meta: unknown = JSON.parse(text);
      return isBackupMeta(meta) && meta.documentId === id ? meta : null;
    } catch {
      return null;
    }
  }

  return {
    dir,
    async write(meta, contents) {
      checkId(meta.documentId);
      await mkdir(dir, { recursive: true });
      // Without the state: a backup is written every second of typing, and the next real save records the history.
      await writeFileAtomic(packFile(meta.documentId), encodePack(contents, { withoutState: true }));
      await writeFileAtomic(metaFile(meta.documentId), new TextEncoder().encode(JSON.stringify(meta, null, 1)));
    },

    async list() {
      let names: string[];
      try {
        names = await readdir(dir);
      } catch {
        return [];
      }
      const ids = names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -'.json'.length)).filter((id) => ID.test(id));
      const metas: BackupMeta[] = [];
      for (const id of ids) {
        if (!names.includes(`${id}.briefpack`)) continue;
        const meta = await readMeta(id);
        if (meta) metas.push(meta);
      }
      return metas.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },

    async read(id) {
      checkId(id);
      const meta = await readMeta(id);
      if (!meta) return null;
      return { meta, contents: await readPackFile(packFile(id)) };
    },

    async remove(id) {
      checkId(id);
      // The description first: without it the pack is no longer listed, even if its removal fails.
      for (const file of [metaFile(id), packFile(id)]) {
        await unlink(file).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOENT') throw error;
        });
      }
    },

    removeStale: (minAgeMs) => removeStaleTempFiles(dir, minAgeMs),
  };
}
