/**
 * Unzipping what a person hands us (a pack, a Word letter) with bounded
 * memory: entry names and declared sizes are checked before anything is
 * inflated, and fflate inflates into a buffer of the declared size, so an
 * entry that lies about its size is cut short rather than filling memory.
 * Then what was inflated is checked against the CRC-32 the zip recorded
 * (fflate does not), and a name that occurs twice is refused: fflate keeps
 * the last copy, other zip tools show the first, so a reviewer could read
 * one text and the app open another.
 */
import CRC32 from 'crc-32';
import { unzipSync } from 'fflate';
import { UserError } from '../i18n/errors';
import { recordedChecksums } from './central-directory';

export interface ZipLimits {
  entries: number;
  entryBytes: number;
  totalBytes: number;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

export function isSafeEntryName(name: string): boolean {
  return !name.startsWith('/') && !name.includes('\\') && !name.split('/').includes('..') && !name.includes('\0');
}

/**
 * Inflates the entries `wanted` accepts. `limitFor` may give an entry its own
 * size limit. An entry over its limit refuses the whole file, unless
 * `leaveOut` says the file can do without it (a picture): then it is not
 * inflated, does not count towards the total, and is listed in `leftOut` with
 * its declared size. Throws UserError: pack.unsafe-entry, pack.duplicate-entry, pack.too-large,
 * pack.checksum, pack.corrupt.
 */
export function safeUnzip(
  bytes: Uint8Array,
  file: string,
  limits: ZipLimits,
  wanted: (name: string) => boolean = () => true,
  limitFor: (name: string) => number = () => limits.entryBytes,
  leaveOut: { can(name: string): boolean; leftOut: Map<string, number> } | null = null,
): Record<string, Uint8Array> {
  let count = 0;
  let total = 0;
  const seen = new Set<string>();
  /** Which directory entry each inflated name came from, to find its recorded CRC. */
  const indexOf = new Map<string, number>();
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter(entry) {
        if (++count > limits.entries) {
          throw new UserError('pack.too-large', { file, what: 'the entry count', limit: String(limits.entries) });
        }
        if (!isSafeEntryName(entry.name)) throw new UserError('pack.unsafe-entry', { file, entry: entry.name });
        if (seen.has(entry.name)) throw new UserError('pack.duplicate-entry', { file, entry: entry.name });
        seen.add(entry.name);
        if (!wanted(entry.name)) return false;
        const limit = limitFor(entry.name);
        if (entry.originalSize > limit && leaveOut?.can(entry.name)) {
          leaveOut.leftOut.set(entry.name, entry.originalSize);
          return false;
        }
        total += entry.originalSize;
        if (entry.originalSize > limit || total > limits.totalBytes) {
          throw new UserError('pack.too-large', { file, what: entry.name, limit: megabytes(Math.min(limit, limits.totalBytes)) });
        }
        indexOf.set(entry.name, count - 1);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError('pack.corrupt', { file, detail: error instanceof Error ? error.message : 'unreadable zip' });
  }
  checkChecksums(entries, indexOf, bytes, file);
  return entries;
}

/** Every inflated entry matches the CRC-32 its directory entry recorded. */
function checkChecksums(entries: Record<string, Uint8Array>, indexOf: ReadonlyMap<string, number>, bytes: Uint8Array, file: string): void {
  if (indexOf.size === 0) return;
  const recorded = recordedChecksums(bytes);
  if (!recorded) throw new UserError('pack.corrupt', { file, detail: 'its table of contents cannot be read' });
  for (const [name, data] of Object.entries(entries)) {
    const expected = recorded[indexOf.get(name)!];
    if (expected === undefined || CRC32.buf(data) >>> 0 !== expected) throw new UserError('pack.checksum', { file, entry: name });
  }
}
