/**
 * The start-up sweep in main: after saves were killed mid-write in the folders
 * of recent packs and in the backups folder, it removes every temp file they
 * left, however fresh, and keeps the one of a save still running elsewhere.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepFolders, sweepInterruptedSaves } from '../../electron/main/startup-sweep';
import { bundleSaveLoop, freezeMidSave, killMidSave, tempFilesIn } from '../helpers/saving-child';

let dir: string;
let script: string;
let versionFiles: string[];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefing-sweep-'));
  script = await bundleSaveLoop(path.join(dir, 'save-loop.mjs'));
  // Not packs: the sweep cares about temp files, and 4 MB keeps a save under way long enough to strike.
  versionFiles = [];
  for (const name of ['a', 'b']) {
    const file = path.join(dir, `${name}.bin`);
    await writeFile(file, randomBytes(4 * 1024 * 1024));
    versionFiles.push(file);
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('sweepFolders', () => {
  it('lists the folder of each recent file once, then the app folders', () => {
    const recent = ['/home/a/packs/one.briefpack', '/home/a/packs/two.briefpack', '/mnt/share/dmm.briefpack'];
    expect(sweepFolders({ recentFiles: recent, appFolders: ['/home/a/.config/Briefing Composer/backups', '/mnt/share'] })).toEqual([
      '/home/a/packs',
      '/mnt/share',
      '/home/a/.config/Briefing Composer/backups',
    ]);
  });
});

describe('sweepInterruptedSaves', () => {
  it('removes the fresh temp files of saves killed in recent folders and the backups folder, and keeps a live save\'s', async () => {
    const packs = path.join(dir, 'packs');
    const share = path.join(dir, 'share');
    const backups = path.join(dir, 'backups');
    const live = path.join(dir, 'live');
    for (const folder of [packs, share, backups, live]) await mkdir(folder);
    const killed = [
      await killMidSave(script, path.join(packs, 'one.briefpack'), versionFiles),
      await killMidSave(script, path.join(share, 'dmm.briefpack'), versionFiles),
      await killMidSave(script, path.join(backups, 'doc-1.briefpack'), versionFiles),
    ];
    const leftovers = [packs, share, backups].flatMap((folder, i) => killed[i]!.left.map((name) => path.join(folder, name)));
    expect(leftovers.length).toBeGreaterThanOrEqual(3);
    const running = await freezeMidSave(script, path.join(live, 'open.briefpack'), versionFiles);
    try {
      const removed = await sweepInterruptedSaves({
        recentFiles: [path.join(packs, 'one.briefpack'), path.join(share, 'dmm.briefpack'), path.join(live, 'open.briefpack'), path.join(dir, 'gone', 'x.briefpack')],
        appFolders: [backups],
      });
      expect(removed.sort()).toEqual(leftovers.sort());
      for (const folder of [packs, share, backups]) expect(await tempFilesIn(folder)).toEqual([]);
      expect(await tempFilesIn(live)).toEqual([running.temp]);
    } finally {
      await running.release();
    }
    expect(await sweepInterruptedSaves({ recentFiles: [path.join(live, 'open.briefpack')], appFolders: [] })).toEqual([path.join(live, running.temp)]);
    expect((await readdir(packs)).sort()).toEqual(['one.briefpack']);
  });
});
