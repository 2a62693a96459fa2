import { spawn } from 'node:child_process';
import { randomBytes, createHash } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticPack } from '../../core/model/synthetic';
import { decodePack, encodePack, type PackContents } from '../../core/pack/container';
import { isTempFileName, removeStaleTempFiles, tempFileFor, tempFileOwner, writeFileAtomic } from '../../host/atomic-write';
import { currentOwner, hostTag, ownerState, parseProcStat } from '../../host/temp-owner';
import { bundleSaveLoop, bundleScript, freezeMidSave, killMidSave, startSaveLoop, tempFilesIn } from '../helpers/saving-child';
import { userErrorOfAsync as failure } from '../helpers/user-error';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefing-atomic-'));
  await chmod(dir, 0o755); // readable by the unprivileged child below
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});


function bundle(name: string, source: string): Promise<string> {
  return bundleScript(path.join(dir, name), source);
}

describe('writeFileAtomic', () => {
  it('writes new files and replaces existing ones, leaving no temp file', async () => {
    const target = path.join(dir, 'plain.txt');
    await writeFileAtomic(target, new TextEncoder().encode('eerste versie'));
    expect(await readFile(target, 'utf8')).toBe('eerste versie');
    await writeFileAtomic(target, new TextEncoder().encode('tweede versie, langer dan de eerste'));
    expect(await readFile(target, 'utf8')).toBe('tweede versie, langer dan de eerste');
    expect((await readdir(dir)).filter(isTempFileName)).toEqual([]);
  });

  it('reports a missing folder as file.unwritable with a short reason', async () => {
    const target = path.join(dir, 'no-such-folder', 'x.pdf');
    const error = await failure(() => writeFileAtomic(target, new Uint8Array([1, 2, 3])));
    expect(error.code).toBe('file.unwritable');
    expect(error.params).toEqual({ file: target, detail: 'the folder does not exist (ENOENT)' });
  });

  it('refuses a folder as target and leaves it as it was, with no temp file', async () => {
    const target = path.join(dir, 'a-folder.briefpack');
    await mkdir(target);
    await writeFile(path.join(target, 'inside.txt'), 'unchanged');
    const error = await failure(() => writeFileAtomic(target, new Uint8Array(1000)));
    expect(error.code).toBe('file.not-regular');
    expect(await readFile(path.join(target, 'inside.txt'), 'utf8')).toBe('unchanged');
    expect((await readdir(dir)).filter(isTempFileName)).toEqual([]);
  });

  it.skipIf(process.platform === 'win32')(
    'refuses to write into a read-only folder and leaves the original intact',
    async () => {
      const folder = path.join(dir, 'read-only');
      await mkdir(folder);
      const target = path.join(folder, 'pack.briefpack');
      await writeFile(target, 'original contents');
      await chmod(target, 0o666);
      await chmod(folder, 0o555);
      // As root, permissions are not enforced; the write then runs as an unprivileged user.
      const script = await bundle(
        'write-read-only.mjs',
        `import { writeFileAtomic } from './host/atomic-write';
         try { await writeFileAtomic(process.argv[2], new TextEncoder().encode('new contents')); console.log(JSON.stringify({ ok: true })); }
         catch (error) { console.log(JSON.stringify({ ok: false, name: error.name, code: error.code, params: error.params })); }`,
      );
      const asRoot = process.getuid?.() === 0;
      const output = await new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, [script, target], {
          stdio: ['ignore', 'pipe', 'inherit'],
          ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
        });
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.on('error', reject);
        child.on('exit', () => resolve(out));
      });
      await chmod(folder, 0o755);
      const result = JSON.parse(output) as { ok: boolean; name?: string; code?: string; params?: Record<string, string> };
      expect(result).toMatchObject({ ok: false, name: 'UserError', code: 'file.unwritable' });
      expect(result.params?.file).toBe(target);
      expect(result.params?.detail).toMatch(/permission denied \((EACCES|EPERM)\)/);
      expect(await readFile(target, 'utf8')).toBe('original contents');
      expect(await readdir(folder)).toEqual(['pack.briefpack']);
    },
  );
});

describe('temp file names and their owner', () => {
  it('name the process that writes them, and are recognised as temp files', () => {
    const temp = path.basename(tempFileFor(path.join(dir, 'pack.briefpack')));
    expect(temp).toMatch(/^\.pack\.briefpack\..+\.tmp$/);
    expect(isTempFileName(temp)).toBe(true);
    expect(tempFileOwner(temp)).toEqual(currentOwner());
    expect(currentOwner()).toMatchObject({ host: hostTag(), pid: process.pid });
    expect(tempFileOwner('.pack.briefpack.0123456789ab.tmp')).toBeNull();
    expect(isTempFileName('.pack.briefpack.0123456789ab.tmp')).toBe(true);
    expect(isTempFileName('.notes.tmp')).toBe(false);
  });

  it('reads state and start time from a /proc stat line, also when the command name has ") " in it', () => {
    const fields = (state: string) => `${state} 1 1234 1234 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 987654 1000 10`;
    expect(parseProcStat(`4321 (node) ${fields('S')}`)).toEqual({ state: 'S', startTicks: '987654' });
    expect(parseProcStat(`4321 (a) b (c) ${fields('Z')}`)).toEqual({ state: 'Z', startTicks: '987654' });
    expect(parseProcStat('garbage')).toBeNull();
  });

  it.runIf(process.platform === 'linux')('tell this process, a stopped one and a reused pid apart (Linux)', async () => {
    expect(currentOwner().start).toMatch(/^[1-9]\d*$/);
    expect(ownerState(currentOwner())).toBe('running');
    // The same pid with another start time is a new process that got the pid of a dead one.
    expect(ownerState({ ...currentOwner(), start: String(Number(currentOwner().start) + 1) })).toBe('gone');
    const child = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => child.on('exit', resolve));
    expect(ownerState({ host: hostTag(), pid: child.pid!, start: '1' })).toBe('gone');
    expect(ownerState({ ...currentOwner(), host: hostTag('another-computer') })).toBe('unknown');
  });
});

describe('removeStaleTempFiles', () => {
  it('removes temp files without an owner in their name only when old, and never other files', async () => {
    const folder = path.join(dir, 'stale');
    await mkdir(folder);
    const old = path.join(folder, '.pack.briefpack.0123456789ab.tmp');
    const fresh = path.join(folder, '.pack.briefpack.ba9876543210.tmp');
    const other = path.join(folder, '.notes.tmp');
    for (const file of [old, fresh, other]) await writeFile(file, 'x');
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(old, hourAgo, hourAgo);
    await utimes(other, hourAgo, hourAgo);
    expect(await removeStaleTempFiles(folder)).toEqual([old]);
    expect((await readdir(folder)).sort()).toEqual(['.notes.tmp', '.pack.briefpack.ba9876543210.tmp']);
  });

  it.runIf(process.platform === 'linux')('removes a fresh temp file of a pid that got reused at once, and keeps this process\'s own', async () => {
    const folder = path.join(dir, 'reused');
    await mkdir(folder);
    const target = path.join(folder, 'pack.briefpack');
    const own = tempFileFor(target);
    const reused = tempFileFor(target, { ...currentOwner(), start: String(Number(currentOwner().start) + 1) });
    for (const file of [own, reused]) await writeFile(file, 'x');
    expect(await removeStaleTempFiles(folder)).toEqual([reused]);
    expect(await readdir(folder)).toEqual([path.basename(own)]);
  });

  it('keeps a fresh temp file written on another computer sharing the folder, until it is old', async () => {
    const folder = path.join(dir, 'shared');
    await mkdir(folder);
    const temp = tempFileFor(path.join(folder, 'pack.briefpack'), { host: hostTag('another-computer'), pid: 1, start: '0' });
    await writeFile(temp, 'x');
    expect(await removeStaleTempFiles(folder)).toEqual([]);
    const hourAgo = new Date(Date.now() - 3_600_000);
    await utimes(temp, hourAgo, hourAgo);
    expect(await removeStaleTempFiles(folder)).toEqual([temp]);
  });
});

/** Packs of about 5 MB (random bytes do not compress), encoded once so a child spends its time writing. */
async function packVersions(folder: string, names: readonly string[]): Promise<{ files: string[]; annexHash: string }> {
  const annex = new Uint8Array(randomBytes(5 * 1024 * 1024));
  const files: string[] = [];
  for (const version of names) {
    const file = path.join(folder, `${version}.bin`);
    await writeFile(file, encodePack(contents(version, annex)));
    files.push(file);
  }
  return { files, annexHash: createHash('sha256').update(annex).digest('hex') };
}

function contents(version: string, annex: Uint8Array): PackContents {
  const pack = syntheticPack(20);
  pack.version = version;
  pack.annexes = [{ id: 'bulk', title: 'Bulk', fileName: 'bulk.bin', mediaType: 'application/octet-stream', size: annex.length }];
  return { pack, annexFiles: new Map([['bulk', annex]]) };
}

describe('a save killed at a random moment', () => {
  const KILLS = 60;

  it(`leaves the old or a complete new version, never a torn file, and the next save or sweep removes its temp file (${KILLS} kills)`, async () => {
    const folder = path.join(dir, 'kill');
    await mkdir(folder);
    const target = path.join(folder, 'pack.briefpack');
    const { files: versionFiles, annexHash } = await packVersions(dir, ['child-1', 'child-2', 'child-3']);
    await writeFile(target, await readFile(versionFiles[0]!));
    const script = await bundleSaveLoop(path.join(dir, 'save-loop.mjs'));

    const versions = new Set<string>();
    const cleared = { bySave: 0, bySweep: 0 };
    for (let kill = 0; kill < KILLS; kill++) {
      const { child, exited } = startSaveLoop(script, target, versionFiles);
      // Mostly kill while a save is under way (after one completed); sometimes during startup or the first save.
      if (kill % 4 !== 0) {
        await new Promise<void>((resolve) => {
          child.stdout!.once('data', () => resolve());
          child.on('exit', () => resolve());
        });
      }
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 80));
      child.kill('SIGKILL');
      await exited;

      const decoded = decodePack(new Uint8Array(await readFile(target)), target);
      expect(decoded.pack.version).toMatch(/^child-[123]$/);
      const bytes = decoded.annexFiles.get('bulk');
      expect(bytes && createHash('sha256').update(bytes).digest('hex')).toBe(annexHash);
      versions.add(decoded.pack.version);

      // What a person's next action does, with no age given: save again, or start the app (the sweep).
      const left = (await tempFilesIn(folder)).length > 0;
      if (kill % 2 === 0) {
        await writeFileAtomic(target, await readFile(versionFiles[kill % 3]!));
        if (left) cleared.bySave++;
      } else {
        await removeStaleTempFiles(folder);
        if (left) cleared.bySweep++;
      }
      expect(await tempFilesIn(folder), `after kill ${kill}`).toEqual([]);
    }
    // The test only proves something if kills really left temp files for both to clear, and saves really completed.
    expect(cleared.bySave).toBeGreaterThanOrEqual(3);
    expect(cleared.bySweep).toBeGreaterThanOrEqual(3);
    expect(versions.size).toBeGreaterThan(1);
    expect((await readdir(folder)).sort()).toEqual(['pack.briefpack']);
  });
});

describe('a save in progress in another process', () => {
  it('keeps its temp file through another process\'s save and sweep, and loses it once killed', async () => {
    const folder = path.join(dir, 'live');
    await mkdir(folder);
    const target = path.join(folder, 'pack.briefpack');
    const { files: versionFiles } = await packVersions(dir, ['live-1', 'live-2']);
    const script = await bundleSaveLoop(path.join(dir, 'save-loop-live.mjs'));
    // A frozen child stands for a slow save: alive, its temp file half written.
    const frozen = await freezeMidSave(script, target, versionFiles);
    try {
      expect(tempFileOwner(frozen.temp)?.pid).toBe(frozen.pid);
      await writeFileAtomic(path.join(folder, 'other.briefpack'), new Uint8Array([1, 2, 3]));
      expect(await removeStaleTempFiles(folder)).toEqual([]);
      expect(await tempFilesIn(folder)).toEqual([frozen.temp]);
    } finally {
      await frozen.release();
    }
    expect(await removeStaleTempFiles(folder)).toEqual([path.join(folder, frozen.temp)]);
    expect(await tempFilesIn(folder)).toEqual([]);
  });

  it('a killed save\'s temp file is removed by the next save into that folder, however fresh', async () => {
    const folder = path.join(dir, 'next-save');
    await mkdir(folder);
    const target = path.join(folder, 'pack.briefpack');
    const { files: versionFiles } = await packVersions(dir, ['next-1', 'next-2']);
    const script = await bundleSaveLoop(path.join(dir, 'save-loop-next.mjs'));
    const killed = await killMidSave(script, target, versionFiles);
    expect(killed.left.map((name) => tempFileOwner(name)?.pid)).toEqual([killed.pid]);
    await writeFileAtomic(path.join(folder, 'another.briefpack'), new Uint8Array([1]));
    expect(await tempFilesIn(folder)).toEqual([]);
  });
});
