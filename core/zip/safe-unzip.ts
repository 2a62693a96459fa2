/**
 * Unzipping what a person hands us (a pack, a Word letter) with bounded
 * memory: entry names and declared sizes are checked before anything is
 * inflated, and fflate inflates into a buffer of the declared size, so an
 * entry that lies about its size is cut short rather than filling memory.
 */
import { unzipSync } from 'fflate';
import { UserError } from '../i18n/errors';

export interface ZipLimits {
  entries: number;
  entryBytes: number;
  totalBytes: number;
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** A name as long as a zip allows (64 KB) would bury the message; the start says enough. */
function shortened(name: string, max = 120): string {
  return name.length > max ? `${name.slice(0, max)}…` : name;
}

export function isSafeEntryName(name: string): boolean {
  return !name.startsWith('/') && !name.includes('\\') && !name.split('/').includes('..') && !name.includes('\0');
}

/**
 * Inflates the entries `wanted` accepts. `limitFor` may give an entry its own
 * size limit. An entry over its limit refuses the whole file, unless
 * `leaveOut` says the file can do without it (a picture): then it is not
 * inflated, does not count towards the total, and is listed in `leftOut` with
 * its declared size. Throws UserError: pack.unsafe-entry, pack.too-large, pack.corrupt.
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
  try {
    return unzipSync(bytes, {
      filter(entry) {
        if (++count > limits.entries) {
          throw new UserError('pack.too-large', { file, what: 'the entry count', limit: String(limits.entries) });
        }
        if (!isSafeEntryName(entry.name)) throw new UserError('pack.unsafe-entry', { file, entry: shortened(entry.name) });
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
        return true;
      },
    });
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError('pack.corrupt', { file, detail: error instanceof Error ? error.message : 'unreadable zip' });
  }
}
