/**
 * Crash-safe file writing: the target is either the old file or the complete
 * new one, never a truncated mix. We write a temp file next to the target
 * (same folder, so the rename stays on one file system), flush it to disk,
 * check it reads back byte-identical, and only then rename it over the target.
 *
 * A save killed midway leaves its temp file behind. Its name says which process
 * wrote it (temp-owner.ts), so the next save into that folder, and the sweep at
 * start-up, remove it as soon as that process no longer runs.
 *
 * What is at the target is looked at first (write-target.ts): a link is
 * written through to its real file, anything but a file is refused, and so is
 * a read-only file unless the person agreed.
 */
import { createHash, randomBytes } from 'node:crypto';
import { open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../core/i18n/errors';
import { currentOwner, ownerState, type TempOwner } from './temp-owner';
import { writableFile, type ReadOnlyChoice } from './write-target';

/** `.<name>.<host>-<pid>-<start>-<8 hex>.tmp`: hidden, and naming the process that writes it. */
const OWNED_TEMP_PATTERN = /^\..+\.([0-9a-f]{6})-(\d+)-(\d+)-[0-9a-f]{8}\.tmp$/;
/** `.<name>.<12 hex>.tmp`, written by earlier versions without an owner: only the age rule applies. */
const LEGACY_TEMP_PATTERN = /^\..+\.[0-9a-f]{12}\.tmp$/;

/** The age after which a temp file whose owner cannot be checked is taken to be abandoned. */
export const UNCHECKED_TEMP_MAX_AGE_MS = 10 * 60_000;

export function tempFileFor(target: string, owner: TempOwner = currentOwner()): string {
  const tag = `${owner.host}-${owner.pid}-${owner.start}-${randomBytes(4).toString('hex')}`;
  return path.join(path.dirname(target), `.${path.basename(target)}.${tag}.tmp`);
}

export function isTempFileName(name: string): boolean {
  return OWNED_TEMP_PATTERN.test(name) || LEGACY_TEMP_PATTERN.test(name);
}

/** The owner a temp file's name records, or null for a name without one. */
export function tempFileOwner(name: string): TempOwner | null {
  const match = OWNED_TEMP_PATTERN.exec(name);
  return match ? { host: match[1]!, pid: Number(match[2]), start: match[3]! } : null;
}

const ERRNO_DETAILS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the disk is read-only',
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'the folder does not exist',
  EISDIR: 'it is a folder',
  EBUSY: 'the file is in use by another program',
  EMFILE: 'too many files are open',
  ENAMETOOLONG: 'the name is too long',
  EIO: 'the disk reported an input/output error',
};

/** A short reason a person can act on, with the system code for support. */
export function describeFileError(error: unknown, operation: 'read' | 'write' = 'write'): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  // When reading, a missing path is the file itself; when writing, it can only be the folder.
  if (code === 'ENOENT' && operation === 'read') return `the file does not exist (${code})`;
  if (code && ERRNO_DETAILS[code]) return `${ERRNO_DETAILS[code]} (${code})`;
  if (code) return code;
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? 'unknown error';
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Directories cannot be opened or fsynced on some platforms (Windows); that is not a failure. */
const DIR_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EINVAL', 'EBADF', 'ENOTSUP', 'EACCES']);

async function syncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (error) {
    if (!DIR_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Windows refuses a rename while a virus scanner or indexer briefly holds the target; retry a little. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  const transient = new Set(['EPERM', 'EACCES', 'EBUSY']);
  for (let attempt = 0; ; attempt++) {
    try {
      return await rename(from, to);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (process.platform !== 'win32' || !transient.has(code) || attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
    }
  }
}

async function existingMode(target: string): Promise<number | undefined> {
  try {
    return (await stat(target)).mode & 0o777;
  } catch {
    return undefined;
  }
}

export interface WriteOptions {
  /** A read-only target is refused unless 'overwrite': the person agreed to replace it. */
  readOnly?: ReadOnlyChoice;
}

/**
 * Writes bytes to target atomically. Throws UserError('file.unwritable') with a
 * short reason when the file cannot be written; the old file is then untouched
 * and no temp file is left behind. Leftovers of killed saves in the folder are
 * removed first, so their space is free before this save needs it.
 * A link is written through: the file it points to is replaced, next to itself,
 * and the link stays. Throws file.not-regular for a folder, pipe or device, and
 * file.read-only for a read-only file (unless options.readOnly is 'overwrite').
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array, options: WriteOptions = {}): Promise<void> {
  const file = await writableFile(target, options.readOnly);
  await removeStaleTempFiles(path.dirname(file));
  const temp = tempFileFor(file);
  const expected = sha256(bytes);
  let handle;
  try {
    handle = await open(temp, 'wx', (await existingMode(file)) ?? 0o666);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    // Read back before the rename, so bad media or a short write can never replace a good file.
    if (sha256(await readFile(temp)) !== expected) {
      throw new UserError('file.unwritable', { file: target, detail: 'the written data did not read back the same' });
    }
    await renameWithRetry(temp, file);
    await syncDirectory(path.dirname(file));
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    if (error instanceof UserError) throw error;
    throw new UserError('file.unwritable', { file: target, detail: describeFileError(error) });
  }
}

/** Whether a temp file is an abandoned leftover: its owner stopped, or (when that cannot be checked) it is old. */
async function isAbandoned(file: string, minAgeMs: number, now: number): Promise<boolean> {
  const owner = tempFileOwner(path.basename(file));
  const state = owner ? ownerState(owner) : 'unknown';
  if (state === 'gone') return true;
  if (state === 'running') return false;
  const info = await stat(file);
  return info.isFile() && now - info.mtimeMs >= minAgeMs;
}

/**
 * Removes temp files left by writes that were killed midway: at once when the
 * process that wrote one no longer runs, whatever its age; a file of a running
 * save (in this or another process) survives. Files whose owner cannot be
 * checked (another computer, an older version, a pid whose start time the
 * platform does not tell) are removed only when older than minAgeMs.
 * Returns the removed paths; problems are ignored, this is housekeeping.
 */
export async function removeStaleTempFiles(dir: string, minAgeMs = UNCHECKED_TEMP_MAX_AGE_MS, now = Date.now()): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names.filter(isTempFileName)) {
    const file = path.join(dir, name);
    try {
      if (!(await isAbandoned(file, minAgeMs, now))) continue;
      await unlink(file);
      removed.push(file);
    } catch {
      // vanished, a folder, or locked: leave it for next time
    }
  }
  return removed;
}
