/**
 * What an atomic write does to what is already at its path, on real files:
 * a link is written through to its file, a pipe, device or folder is refused
 * and left as it is, a read-only file is refused unless the person agreed.
 * The tests run as root, where a read-only file can still be written: the
 * refusal must come from the mode bits, not from EACCES.
 */
import { execFileSync } from 'node:child_process';
import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticPack } from '../../core/model/synthetic';
import { isTempFileName, writeFileAtomic } from '../../host/atomic-write';
import { writePackFile } from '../../host/pack-files';
import { inspectWriteTarget, writeVerdict, type TargetKind } from '../../host/write-target';
import { userErrorOfAsync as failure } from '../helpers/user-error';

const bytes = (text: string) => new TextEncoder().encode(text);
const posix = process.platform !== 'win32';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'briefing-write-target-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeVerdict', () => {
  it('writes a new or writable file, refuses anything else, and asks or refuses for a read-only file', () => {
    expect(writeVerdict({ kind: 'missing', readOnly: false }, 'refuse')).toBe('write');
    expect(writeVerdict({ kind: 'file', readOnly: false }, 'refuse')).toBe('write');
    expect(writeVerdict({ kind: 'file', readOnly: true }, 'refuse')).toBe('refuse-read-only');
    expect(writeVerdict({ kind: 'file', readOnly: true }, 'ask')).toBe('ask');
    expect(writeVerdict({ kind: 'file', readOnly: true }, 'overwrite')).toBe('write');
    const others: TargetKind[] = ['folder', 'pipe', 'device', 'socket', 'broken-link', 'other'];
    for (const kind of others) expect(writeVerdict({ kind, readOnly: false }, 'overwrite')).toBe('refuse-kind');
  });
});

describe.runIf(posix)('writing onto what is already there', () => {
  it('writes through a link: the file it points to gets the new bytes, the link stays a link', async () => {
    const real = path.join(dir, 'real');
    await mkdir(real);
    await writeFile(path.join(real, 'pack.pdf'), 'old');
    const link = path.join(dir, 'link.pdf');
    await symlink(path.join(real, 'pack.pdf'), link);
    await writeFileAtomic(link, bytes('new'));
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(path.join(real, 'pack.pdf'));
    expect(await readFile(path.join(real, 'pack.pdf'), 'utf8')).toBe('new');
    expect((await readdir(real)).filter(isTempFileName)).toEqual([]);
    expect((await readdir(dir)).filter(isTempFileName)).toEqual([]);
  });

  it('writes through a chain of relative links to the last one\'s file', async () => {
    await writeFile(path.join(dir, 'chain-end.txt'), 'old');
    await symlink('chain-end.txt', path.join(dir, 'chain-2'));
    await symlink('chain-2', path.join(dir, 'chain-1'));
    await writeFileAtomic(path.join(dir, 'chain-1'), bytes('new'));
    expect(await readFile(path.join(dir, 'chain-end.txt'), 'utf8')).toBe('new');
    expect((await lstat(path.join(dir, 'chain-1'))).isSymbolicLink()).toBe(true);
    expect((await lstat(path.join(dir, 'chain-2'))).isSymbolicLink()).toBe(true);
  });

  it('refuses a link to a file that does not exist, and leaves the link', async () => {
    const link = path.join(dir, 'dangling.pdf');
    await symlink(path.join(dir, 'nowhere', 'x.pdf'), link);
    const error = await failure(() => writeFileAtomic(link, bytes('new')));
    expect(error.code).toBe('file.not-regular');
    expect(error.describe('en')).toBe(`Cannot write ${link}: it is a link to a file that does not exist, not a file, and is left as it is; choose another name.`);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
  });

  it('refuses a named pipe at once, without waiting for a reader, and leaves it a pipe', async () => {
    const fifo = path.join(dir, 'pipe.pdf');
    execFileSync('mkfifo', [fifo]);
    const error = await failure(() => writeFileAtomic(fifo, bytes('%PDF-')));
    expect(error.params).toEqual({ file: fifo, kind: 'pipe' });
    expect(error.describe('nl')).toBe(`Kan ${fifo} niet schrijven: het is een named pipe (FIFO), geen bestand, en blijft zoals het is; kies een andere naam.`);
    expect((await lstat(fifo)).isFIFO()).toBe(true);
    expect((await readdir(dir)).filter(isTempFileName)).toEqual([]);
  });

  it('refuses a pack saved onto a named pipe before reading the old file for its history (which would wait forever)', async () => {
    const fifo = path.join(dir, 'pipe.briefpack');
    execFileSync('mkfifo', [fifo]);
    const error = await failure(() => writePackFile(fifo, { pack: syntheticPack(1), annexFiles: new Map() }));
    expect(error.code).toBe('file.not-regular');
    expect((await lstat(fifo)).isFIFO()).toBe(true);
  });

  /**
   * The devices /dev/null and /dev/full. As root a broken write would replace the machine's own
   * (the rename is allowed), so root gets copies of them in the test folder (same device numbers);
   * anyone else cannot replace anything in /dev and is given the real ones.
   */
  let devices = 0;
  async function device(name: 'null' | 'full'): Promise<string> {
    if (process.getuid?.() !== 0) return `/dev/${name}`;
    const copy = path.join(dir, `dev-${name}-${++devices}.pdf`);
    const { rdev } = await stat(`/dev/${name}`);
    execFileSync('mknod', ['-m', '666', copy, 'c', String(Math.floor(rdev / 256)), String(rdev % 256)]);
    return copy;
  }

  it.each(['null', 'full'] as const)('refuses the device /dev/%s and leaves it a device', async (name) => {
    const target = await device(name);
    const before = await stat(`/dev/${name}`);
    const error = await failure(() => writeFileAtomic(target, bytes('%PDF-1.7')));
    expect(error.params).toEqual({ file: target, kind: 'device' });
    const after = await lstat(target);
    expect(after.isCharacterDevice()).toBe(true);
    expect(after.rdev).toBe(before.rdev);
    expect((await readdir(path.dirname(target))).filter(isTempFileName)).toEqual([]);
  });

  it('refuses a link to a device, naming the link', async () => {
    const target = await device('null');
    const link = path.join(dir, 'to-null.pdf');
    await symlink(target, link);
    const error = await failure(() => writeFileAtomic(link, bytes('x')));
    expect(error.params).toEqual({ file: link, kind: 'device' });
    expect((await stat(target)).isCharacterDevice()).toBe(true);
  });

  it('refuses a folder before writing anything into the folder that holds it', async () => {
    const folder = path.join(dir, 'a-folder.pdf');
    await mkdir(folder);
    const error = await failure(() => writeFileAtomic(folder, bytes('x')));
    expect(error.params).toEqual({ file: folder, kind: 'folder' });
    expect(error.describe('en')).toContain('it is a folder, not a file');
  });

  it('refuses a read-only file (mode 444) in one line and leaves it as it was, also as root', async () => {
    const file = path.join(dir, 'final.pdf');
    await writeFile(file, 'final version');
    await chmod(file, 0o444);
    const error = await failure(() => writeFileAtomic(file, bytes('draft')));
    expect(error.code).toBe('file.read-only');
    expect(error.describe('en')).toBe(`${file} is read-only and was not overwritten; make it writable or choose another name.`);
    expect(error.describe('nl')).toBe(`${file} is alleen-lezen en is niet overschreven; maak het schrijfbaar of kies een andere naam.`);
    expect(await readFile(file, 'utf8')).toBe('final version');
    expect((await inspectWriteTarget(file)).readOnly).toBe(true);
  });

  it('overwrites a read-only file when the person agreed, and it stays read-only', async () => {
    const file = path.join(dir, 'agreed.pdf');
    await writeFile(file, 'old');
    await chmod(file, 0o444);
    await writeFileAtomic(file, bytes('new'), { readOnly: 'overwrite' });
    expect(await readFile(file, 'utf8')).toBe('new');
    expect((await stat(file)).mode & 0o777).toBe(0o444);
  });

  it('refuses a read-only file reached through a link, naming the link', async () => {
    const file = path.join(dir, 'ro-real.pdf');
    await writeFile(file, 'old');
    await chmod(file, 0o400);
    const link = path.join(dir, 'ro-link.pdf');
    await symlink(file, link);
    const error = await failure(() => writeFileAtomic(link, bytes('new')));
    expect(error.params).toEqual({ file: link });
    expect(error.code).toBe('file.read-only');
    expect(await readFile(file, 'utf8')).toBe('old');
  });
});
