/**
 * What a write would replace. An atomic write renames a new file over the
 * target, which replaces whatever is there: a link would become a file (its
 * real file keeping the old content), a pipe or device would become a file,
 * a read-only file would be replaced without a word. So the target is looked
 * at first: a link is followed to the file it points to, anything that is not
 * a file is refused, and a read-only file is written only when the person
 * said so (the app asks; the command line refuses).
 */
import { constants, type Stats } from 'node:fs';
import { access, lstat, realpath, stat } from 'node:fs/promises';
import { UserError } from '../core/i18n/errors';

/** What is at a path: nothing yet, a regular file, or something a write must not replace. */
export type TargetKind = 'missing' | 'file' | 'folder' | 'pipe' | 'device' | 'socket' | 'broken-link' | 'other';

export interface WriteTarget {
  /** The file that is written: the target itself, or the real file a link at the target points to. */
  file: string;
  kind: TargetKind;
  /** A file no one may write (no write bit), or one this account may not write. */
  readOnly: boolean;
}

/** How a write treats a read-only file: refuse it, ask the person first, or (they agreed) overwrite it. */
export type ReadOnlyChoice = 'refuse' | 'ask' | 'overwrite';

export type WriteVerdict = 'write' | 'ask' | 'refuse-read-only' | 'refuse-kind';

/** Whether to write, ask first, or refuse; the one place this is decided. */
export function writeVerdict(target: Pick<WriteTarget, 'kind' | 'readOnly'>, readOnly: ReadOnlyChoice): WriteVerdict {
  if (target.kind === 'missing') return 'write';
  if (target.kind !== 'file') return 'refuse-kind';
  if (!target.readOnly || readOnly === 'overwrite') return 'write';
  return readOnly === 'ask' ? 'ask' : 'refuse-read-only';
}

function kindOf(info: Stats): TargetKind {
  if (info.isFile()) return 'file';
  if (info.isDirectory()) return 'folder';
  if (info.isFIFO()) return 'pipe';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
  if (info.isSocket()) return 'socket';
  return 'other';
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? '';
}

/** As root every file can be written, so the mode bits are read too, not only what access() says. */
async function isReadOnly(file: string, info: Stats): Promise<boolean> {
  if ((info.mode & 0o222) === 0) return true;
  try {
    await access(file, constants.W_OK);
    return false;
  } catch (error) {
    return ['EACCES', 'EPERM', 'EROFS'].includes(errorCode(error));
  }
}

/**
 * Looks at what is at target. A missing target (or one that cannot be looked
 * at) is 'missing': the write itself then reports why it fails.
 */
export async function inspectWriteTarget(target: string): Promise<WriteTarget> {
  let info: Stats;
  try {
    info = await lstat(target);
  } catch {
    return { file: target, kind: 'missing', readOnly: false };
  }
  let file = target;
  if (info.isSymbolicLink()) {
    try {
      file = await realpath(target);
      info = await stat(file);
    } catch {
      return { file: target, kind: 'broken-link', readOnly: false };
    }
  }
  const kind = kindOf(info);
  return { file, kind, readOnly: kind === 'file' && (await isReadOnly(file, info)) };
}

/** The one line a refused write shows, naming the path the person chose. */
export function writeRefusal(target: string, found: WriteTarget, verdict: WriteVerdict): UserError {
  if (verdict === 'refuse-read-only') return new UserError('file.read-only', { file: target });
  return new UserError('file.not-regular', { file: target, kind: found.kind });
}

/**
 * The file to write for target (the real file when target is a link), or a
 * UserError when the write must not happen: not a file, or read-only and
 * not agreed to. 'ask' counts as a refusal here: asking is the caller's part.
 */
export async function writableFile(target: string, readOnly: ReadOnlyChoice = 'refuse'): Promise<string> {
  const found = await inspectWriteTarget(target);
  const verdict = writeVerdict(found, readOnly === 'ask' ? 'refuse' : readOnly);
  if (verdict !== 'write') throw writeRefusal(target, found, verdict);
  return found.file;
}
