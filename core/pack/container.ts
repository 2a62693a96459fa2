/**
 * The .briefpack container: a zip (fflate: small, dependency-free, fast, and
 * it reports each entry's declared size before inflating, which is what the
 * zip-bomb checks below need) holding
 *   mimetype    stored first, so a file sniffer can tell what this is
 *   pack.json   the BriefingPack
 *   annexes/ID  the bytes of each annex
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { UserError } from '../i18n/errors';
import type { BriefingPack } from '../model/pack';
import { parsePack } from '../model/validate';

export const PACK_MIME_TYPE = 'application/vnd.briefing-composer.pack+zip';
export const PACK_EXTENSION = '.briefpack';

export const PACK_LIMITS = {
  entries: 1_000,
  manifestBytes: 64 * 1024 * 1024,
  annexBytes: 200 * 1024 * 1024,
  totalBytes: 512 * 1024 * 1024,
} as const;

/** A pack with the bytes of its annexes, keyed by annex id. */
export interface PackContents {
  pack: BriefingPack;
  annexFiles: ReadonlyMap<string, Uint8Array>;
}

const MANIFEST = 'pack.json';
const ANNEX_PREFIX = 'annexes/';

function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

export function encodePack({ pack, annexFiles }: PackContents): Uint8Array {
  const entries: Zippable = {
    mimetype: [strToU8(PACK_MIME_TYPE), { level: 0 }],
    [MANIFEST]: [strToU8(JSON.stringify(pack, null, 1)), { level: 6 }],
  };
  for (const annex of pack.annexes) {
    const bytes = annexFiles.get(annex.id);
    if (bytes) entries[ANNEX_PREFIX + annex.id] = [bytes, { level: 6 }];
  }
  return zipSync(entries, { mtime: new Date('2000-01-01T00:00:00Z') });
}

function isSafeEntryName(name: string): boolean {
  return !name.startsWith('/') && !name.includes('\\') && !name.split('/').includes('..') && !name.includes('\0');
}

function unzipChecked(bytes: Uint8Array, file: string): Record<string, Uint8Array> {
  let count = 0;
  let total = 0;
  try {
    return unzipSync(bytes, {
      filter(entry) {
        if (++count > PACK_LIMITS.entries) {
          throw new UserError('pack.too-large', { file, what: 'the entry count', limit: String(PACK_LIMITS.entries) });
        }
        if (!isSafeEntryName(entry.name)) throw new UserError('pack.unsafe-entry', { file, entry: entry.name });
        const wanted = entry.name === MANIFEST || entry.name.startsWith(ANNEX_PREFIX);
        if (!wanted) return false;
        const limit = entry.name === MANIFEST ? PACK_LIMITS.manifestBytes : PACK_LIMITS.annexBytes;
        total += entry.originalSize;
        if (entry.originalSize > limit || total > PACK_LIMITS.totalBytes) {
          throw new UserError('pack.too-large', { file, what: entry.name, limit: megabytes(limit) });
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError('pack.corrupt', { file, detail: error instanceof Error ? error.message : 'unreadable zip' });
  }
}

/**
 * Reads a .briefpack. Every way a file can be wrong ends in a UserError that
 * names the file and the problem; the input bytes are never modified.
 */
export function decodePack(bytes: Uint8Array, file: string): PackContents {
  if (bytes.length === 0) throw new UserError('pack.empty', { file });
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new UserError('pack.not-zip', { file });
  const entries = unzipChecked(bytes, file);
  const manifest = entries[MANIFEST];
  if (!manifest) throw new UserError('pack.no-manifest', { file });
  let raw: unknown;
  try {
    raw = JSON.parse(strFromU8(manifest));
  } catch (error) {
    throw new UserError('pack.bad-json', { file, detail: error instanceof Error ? error.message : 'parse error' });
  }
  const pack = parsePack(raw, file);
  const annexFiles = new Map<string, Uint8Array>();
  for (const annex of pack.annexes) {
    const data = entries[ANNEX_PREFIX + annex.id];
    if (!data || data.length !== annex.size) throw new UserError('pack.missing-annex', { file, annex: annex.title });
    annexFiles.set(annex.id, data);
  }
  return { pack, annexFiles };
}
