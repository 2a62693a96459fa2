/**
 * Reading a file a template names (its template.json, its fonts) without
 * trusting the name: the real path (links followed) must lie inside one of
 * the folders allowed, it must be a regular file (a named pipe would make the
 * read wait forever, a device would never end), and it must not be larger
 * than the limit. The file is opened without blocking and checked on the open
 * handle, so it cannot be swapped for a pipe between the check and the read.
 */
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import path from 'node:path';
import { describeFileError } from './atomic-write';

/** Why a file was not read, in words for a message's detail. */
export class FileRefused extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'FileRefused';
  }
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** Whether `file` is `folder` or lies below it; both real paths. */
export function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

async function realFolders(folders: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const folder of folders) out.push(await realpath(folder).catch(() => path.resolve(folder)));
  return out;
}

/** O_NONBLOCK where the platform has it: opening a pipe then returns at once instead of waiting for a writer. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * The bytes of `file`, which must resolve inside one of `folders`, be a
 * regular file, and hold at most `maxBytes`. Throws FileRefused with a short reason.
 */
export async function readBoundedFile(file: string, folders: readonly string[], maxBytes: number): Promise<Uint8Array> {
  let real: string;
  try {
    real = await realpath(file);
  } catch (error) {
    throw new FileRefused(describeFileError(error, 'read'));
  }
  const allowed = await realFolders(folders);
  if (!allowed.some((folder) => isInside(real, folder) && real !== folder)) {
    throw new FileRefused('it lies outside the folders it may be read from');
  }
  let handle;
  try {
    handle = await open(real, OPEN_FLAGS);
    const info = await handle.stat();
    if (!info.isFile()) throw new FileRefused('it is not a regular file');
    if (info.size > maxBytes) throw new FileRefused(`it is larger than ${megabytes(maxBytes)}`);
    const bytes = new Uint8Array(info.size);
    let filled = 0;
    // Read at most the size checked: a file that grows meanwhile is not read past it.
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return bytes.subarray(0, filled);
  } catch (error) {
    if (error instanceof FileRefused) throw error;
    throw new FileRefused(describeFileError(error, 'read'));
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
