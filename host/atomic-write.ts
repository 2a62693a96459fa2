/**
 * Crash-safe file writing: the target is either the old file or the complete
 * new one, never a truncated mix. We write a temp file next to the target
 * (same folder, so the rename stays on one file system), flush it to disk,
 * check it reads back byte-identical, and only then rename it over the target.
 */
import { createHash, randomBytes } from 'node:crypto';
import { open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../core/i18n/errors';

/** `.<name>.<12 hex>.tmp`: hidden, and recognisable so stale ones can be removed later. */
const TEMP_FILE_PATTERN = /^\..+\.[0-9a-f]{12}\.tmp$/;

export function tempFileFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

export function isTempFileName(name: string): boolean {
  return TEMP_FILE_PATTERN.test(name);
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

/**
 * Writes bytes to target atomically. Throws UserError('file.unwritable') with a
 * short reason when the file cannot be written; the old file is then untouched
 * and no temp file is left behind.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const temp = tempFileFor(target);
  const expected = sha256(bytes);
  let handle;
  try {
    handle = await open(temp, 'wx', (await existingMode(target)) ?? 0o666);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    // Read back before the rename, so bad media or a short write can never replace a good file.
    if (sha256(await readFile(temp)) !== expected) {
      throw new UserError('file.unwritable', { file: target, detail: 'the written data did not read back the same' });
    }
    await renameWithRetry(temp, target);
    await syncDirectory(path.dirname(target));
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    if (error instanceof UserError) throw error;
    throw new UserError('file.unwritable', { file: target, detail: describeFileError(error) });
  }
}

/**
 * Removes temp files left by writes that were killed midway. Only files older
 * than minAgeMs are touched, so a write in progress in another process survives.
 * Returns the removed paths; problems are ignored, this is housekeeping.
 */
export async function removeStaleTempFiles(dir: string, minAgeMs = 10 * 60_000, now = Date.now()): Promise<string[]> {
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
      const info = await stat(file);
      if (!info.isFile() || now - info.mtimeMs < minAgeMs) continue;
      await unlink(file);
      removed.push(file);
    } catch {
      // vanished or locked: leave it for next time
    }
  }
  return removed;
}
