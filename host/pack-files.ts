/** Reading and writing .briefpack files on disk: the container format plus crash-safe writes. */
import { open } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { UserError } from '../core/i18n/errors';
import { stateForPack } from '../core/collab/pack-state';
import { decodePack, encodePack, type PackContents } from '../core/pack/container';
import { describeFileError, writeFileAtomic, type WriteOptions } from './atomic-write';
import { writableFile } from './write-target';

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

/** The name changes are recorded under: the account's user name (the app has no sign-in). */
export function currentUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

/**
 * The editing history of the file a save replaces, when it is the same pack:
 * the app's main process keeps no state between open and save yet, so a save
 * over the file carries its history on, and copies of it stay mergeable.
 */
async function previousState(file: string, packId: string): Promise<Uint8Array | undefined> {
  try {
    const previous = decodePack(await readBounded(file), file);
    if (previous.pack.id !== packId) return undefined;
    // A pack saved before states existed: its base state, the same for every copy of that file.
    return previous.state ?? stateForPack(previous.pack, undefined);
  } catch {
    // No file yet, or one that does not open: the save starts a history of its own.
    return undefined;
  }
}

/**
 * Encodes and writes a pack atomically; returns the state written with it. The bytes are decoded again before
 * writing, so a pack that could not be opened afterwards is never saved.
 */
export async function writePackFile(file: string, contents: PackContents, author = currentUserName(), options: WriteOptions = {}): Promise<Uint8Array> {
  // Refused before the old file is read for its history: reading a pipe would wait for a writer forever.
  const real = await writableFile(file, options.readOnly);
  const previous = contents.state ?? (await previousState(real, contents.pack.id));
  // Worked out here rather than in encodePack, so the caller can keep the state it wrote.
  const state = stateForPack(contents.pack, previous, author);
  const bytes = encodePack({ ...contents, state }, { stateIsCurrent: true });
  try {
    decodePack(bytes, file);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UserError('internal', { detail: `the pack would not read back (${detail ?? 'unknown'}); nothing was written` });
  }
  await writeFileAtomic(file, bytes, options);
  return state;
}
