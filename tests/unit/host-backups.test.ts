import { chmod, mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syntheticPack } from '../../core/model/synthetic';
import { decodePack, encodePack } from '../../core/pack/container';
import { createBackupStore } from '../../host/backup-store';
import { addRecent, foldersOf, MAX_RECENT, parseRecent, removeRecent } from '../../host/recent-files';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefing-backups-'));
});

afterEach(async () => {
  await chmod(dir, 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

const meta = (documentId: string, savedAt = '2025-02-01T10:00:00.000Z') => ({
  documentId,
  originalPath: path.join(dir, 'work', `${documentId}.briefpack`),
  title: 'DMM',
  savedAt,
});

describe('backup store (real files)', () => {
  it('writes the pack and its description into the backups folder, and reads both back', async () => {
    const store = createBackupStore(path.join(dir, 'backups'));
    const pack = syntheticPack(2);
    await store.write(meta('doc-1'), { pack, annexFiles: new Map() });
    expect((await readdir(path.join(dir, 'backups'))).sort()).toEqual(['doc-1.briefpack', 'doc-1.json']);
    // The backup is a normal pack file.
    expect(decodePack(await readFile(path.join(dir, 'backups', 'doc-1.briefpack')), 'b').pack).toEqual(pack);
    const read = await store.read('doc-1');
    expect(read?.meta).toEqual(meta('doc-1'));
    expect(read?.contents.pack).toEqual(pack);
  });

  it('lists complete backups newest first, skipping a pack without description and a broken description', async () => {
    const store = createBackupStore(dir);
    await store.write(meta('older', '2025-01-01T00:00:00.000Z'), { pack: syntheticPack(1), annexFiles: new Map() });
    await store.write(meta('newer', '2025-03-01T00:00:00.000Z'), { pack: syntheticPack(1), annexFiles: new Map() });
    await writeFile(path.join(dir, 'orphan.briefpack'), encodePack({ pack: syntheticPack(1), annexFiles: new Map() }));
    await writeFile(path.join(dir, 'broken.briefpack'), encodePack({ pack: syntheticPack(1), annexFiles: new Map() }));
    await writeFile(path.join(dir, 'broken.json'), '{"documentId": "broken", "originalPath": "relative/path"');
    expect((await store.list()).map((m) => m.documentId)).toEqual(['newer', 'older']);
  });

  it('removes a backup completely, and removing a missing one is not an error', async () => {
    const store = createBackupStore(dir);
    await store.write(meta('doc-1'), { pack: syntheticPack(1), annexFiles: new Map() });
    await store.remove('doc-1');
    await store.remove('doc-1');
    expect(await readdir(dir)).toEqual([]);
    expect(await store.list()).toEqual([]);
  });

  it('refuses ids that could name another file', async () => {
    const store = createBackupStore(dir);
    await expect(store.write(meta('../escape'), { pack: syntheticPack(1), annexFiles: new Map() })).rejects.toThrow(/invalid backup id/);
    await expect(store.remove('../../etc/passwd')).rejects.toThrow(/invalid backup id/);
  });

  it('removes temp files a crash left in the backups folder, but not fresh ones', async () => {
    const store = createBackupStore(dir);
    const stale = path.join(dir, '.doc-1.briefpack.0123456789ab.tmp');
    const fresh = path.join(dir, '.doc-2.briefpack.ba9876543210.tmp');
    await writeFile(stale, 'half');
    await writeFile(fresh, 'in progress');
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(stale, hourAgo, hourAgo);
    expect(await store.removeStale()).toEqual([stale]);
    expect(await readdir(dir)).toEqual([path.basename(fresh)]);
  });

  it.skipIf(process.getuid?.() === 0)('fails with the reason when the backups folder is read-only, leaving nothing behind', async () => {
    const backups = path.join(dir, 'ro');
    await mkdir(backups);
    await chmod(backups, 0o555);
    const store = createBackupStore(backups);
    await expect(store.write(meta('doc-1'), { pack: syntheticPack(1), annexFiles: new Map() })).rejects.toMatchObject({
      code: 'file.unwritable',
      params: { detail: expect.stringContaining('EACCES') },
    });
    expect(await readdir(backups)).toEqual([]);
  });
});

describe('recent files (pure)', () => {
  it('puts a file on top, without duplicates, and keeps at most MAX_RECENT', () => {
    let list: string[] = [];
    for (let i = 0; i < MAX_RECENT + 3; i++) list = addRecent(list, `/p/${i}.briefpack`, 'linux');
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]).toBe(`/p/${MAX_RECENT + 2}.briefpack`);
    list = addRecent(list, '/p/5.briefpack', 'linux');
    expect(list[0]).toBe('/p/5.briefpack');
    expect(list.filter((f) => f === '/p/5.briefpack')).toHaveLength(1);
  });

  it('treats paths differing in case as one file on Windows and macOS, not on Linux', () => {
    expect(addRecent(['C:\\Stukken\\A.briefpack'], 'c:\\stukken\\a.briefpack', 'win32')).toHaveLength(1);
    expect(addRecent(['/x/A.briefpack'], '/x/a.briefpack', 'linux')).toHaveLength(2);
    expect(removeRecent(['/x/A.briefpack'], '/x/a.briefpack', 'darwin')).toEqual([]);
  });

  it('keeps only absolute .briefpack paths from the stored list and survives damage', () => {
    expect(parseRecent('{"files": ["/a/b.briefpack", "relative.briefpack", "/a/c.txt", 3, "/x/y.BRIEFPACK"]}')).toEqual([
      '/a/b.briefpack',
      '/x/y.BRIEFPACK',
    ]);
    expect(parseRecent('not json')).toEqual([]);
    expect(parseRecent('{"files": "nope"}')).toEqual([]);
    expect(foldersOf(['/a/b.briefpack', '/a/c.briefpack', '/d/e.briefpack'])).toEqual(['/a', '/d']);
  });
});
