/** Reading and writing .briefpack files on disk: the container format plus crash-safe writes. */
import { open } from 'node:fs/promises';
import { UserError } from '../core/i18n/errors';
import { decodePack, encodePack, type PackContents } from '../core/pack/container';
import { describeFileError, writeFileAtomic } from './atomic-write';

/** Beyond this a file cannot be a pack we wrote (the container itself caps content at 512 MB). */
export const MAX_PACK_FILE_BYTES = 1024 ** 3;

function gigabytes(bytes: number): string {
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}

async function readBounded(file: string): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(file, 'r');
    const info = await handle.stat();
    if (info.isDirectory()) throw new UserError('file.unreadable', { file, detail: 'it is a folder' });
    // Check the size before reading, so a huge file is refused instead of exhausting memory.
    if (info.size > MAX_PACK_FILE_BYTES) {
      throw new UserError('file.unreadable', {
        file,
        detail: `it is ${gigabytes(info.size)}, larger than the ${gigabytes(MAX_PACK_FILE_BYTES)} a briefing pack may be`,
      });
    }
    return new Uint8Array(await handle.readFile());
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError('file.unreadable', { file, detail: describeFileError(error, 'read') });
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Reads and validates a pack; every failure is a UserError naming the file. */
export async function readPackFile(file: string): Promise<PackContents> {
  return decodePack(await readBounded(file), file);
}

/**
 * Encodes and writes a pack atomically. The bytes are decoded again before
 * writing, so a pack that could not be opened afterwards is never saved.
 */
export async function writePackFile(file: string, contents: PackContents): Promise<void> {
  const bytes = encodePack(contents);
  try {
    decodePack(bytes, file);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UserError('internal', { detail: `the pack would not read back (${detail ?? 'unknown'}); nothing was written` });
  }
  await writeFileAtomic(file, bytes);
}
