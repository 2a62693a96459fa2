/**
 * The .briefpack container: a zip (fflate: small, dependency-free, fast, and
 * it reports each entry's declared size before inflating, which is what the
 * zip-bomb checks below need) holding
 *   mimetype    stored first, so a file sniffer can tell what this is
 *   pack.json   the BriefingPack
 *   annexes/ID  the bytes of each annex
 *   media/ID    the bytes of each picture (pack.media), named by their SHA-256, so one picture
 *               used twice, or added by two people, is stored once
 *   versions/ID.json  the pack as it was when a version was saved (see pack.versions)
 *   state.yjs   the editable state (core/collab): the pack as a Yjs document with the
 *               history that lets copies edited apart merge; pack.json is its snapshot
 *   state.json  which pack.json the state was written with, so opening can tell that
 *               another tool changed pack.json since (that change is then an edit on top)
 */
import { strFromU8, strToU8, zipSync, type Zippable } from 'fflate';
import { UserError } from '../i18n/errors';
import type { BriefingPack, MediaMeta, VersionMeta } from '../model/pack';
import { detachedComments } from '../model/comment-placement';
import { packFigures, usedMediaIds } from '../model/figures';
import { checkPicture, PICTURE_LIMITS } from '../media/picture-check';
import { repairLoneSurrogates } from '../model/lone-surrogates';
import { dropUnsafeLinks } from '../model/unsafe-links';
import { parsePack } from '../model/validate';
import { readState, writeState, STATE_ENTRY, STATE_INFO_ENTRY } from './pack-state-entry';
import { safeUnzip } from '../zip/safe-unzip';

export const PACK_MIME_TYPE = 'application/vnd.briefing-composer.pack+zip';
export const PACK_EXTENSION = '.briefpack';

export const PACK_LIMITS = {
  entries: 1_000,
  manifestBytes: 64 * 1024 * 1024,
  annexBytes: 200 * 1024 * 1024,
  totalBytes: 512 * 1024 * 1024,
} as const;

/** A pack with the bytes of its annexes, keyed by annex id, and its saved versions, keyed by version id. */
export interface PackContents {
  pack: BriefingPack;
  annexFiles: ReadonlyMap<string, Uint8Array>;
  /** The bytes of the pictures, keyed by media id (pack.media); absent means none. Damaged or missing ones are not here. */
  mediaFiles?: ReadonlyMap<string, Uint8Array>;
  /** The snapshot of each entry of pack.versions (each without versions of its own). */
  versionFiles?: ReadonlyMap<string, BriefingPack>;
  /** What reading had to repair or could not place, one message each (the pack opened all the same). */
  warnings?: readonly UserError[];
  /** The Yjs state (core/collab) matching `pack`, as read; absent for a pack saved before states existed. */
  state?: Uint8Array;
}

export interface EncodeOptions {
  /** Who made the changes this save records (a user name); kept in the state. */
  author?: string;
  /** Leave the state out (a backup of unsaved work, which the next real save records). */
  withoutState?: boolean;
  /** `state` already holds exactly this pack (a merge's result), so it is stored as it is. */
  stateIsCurrent?: boolean;
}

const MANIFEST = 'pack.json';
const ANNEX_PREFIX = 'annexes/';
const MEDIA_PREFIX = 'media/';
const VERSION_PREFIX = 'versions/';
const VERSION_ENTRY = /^versions\/[A-Za-z0-9_-]{1,64}\.json$/;
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

export function versionEntryName(versionId: string): string {
  return `${VERSION_PREFIX}${versionId}.json`;
}

/** A snapshot as stored: the pack without its own version list, so versions never nest. */
export function versionSnapshot(pack: BriefingPack): BriefingPack {
  const { versions: _versions, ...rest } = pack;
  return rest;
}

/**
 * The pack with only the media its figures (or its saved versions' figures)
 * still use: a picture deleted from the text leaves the file on the next save.
 */
export function withUsedMedia(pack: BriefingPack, versionFiles?: ReadonlyMap<string, BriefingPack>): BriefingPack {
  if (!pack.media) return pack;
  const used = usedMediaIds([pack, ...(versionFiles?.values() ?? [])]);
  const media = pack.media.filter((meta) => used.has(meta.id));
  if (media.length === pack.media.length) return pack;
  const { media: _media, ...rest } = pack;
  return media.length > 0 ? { ...rest, media } : rest;
}

export function encodePack(contents: PackContents, options: EncodeOptions = {}): Uint8Array {
  const { annexFiles, versionFiles, mediaFiles, state } = contents;
  const pack = withUsedMedia(contents.pack, versionFiles);
  // Dropping unused media changes the pack, so a state written for the unpruned one is no longer exactly it.
  if (pack !== contents.pack) options = { ...options, stateIsCurrent: false };
  const manifest = JSON.stringify(pack, null, 1);
  const entries: Zippable = {
    mimetype: [strToU8(PACK_MIME_TYPE), { level: 0 }],
    [MANIFEST]: [strToU8(manifest), { level: 6 }],
  };
  if (!options.withoutState) {
    const written = writeState(pack, manifest, state, options);
    entries[STATE_ENTRY] = [written.state, { level: 6 }];
    entries[STATE_INFO_ENTRY] = [strToU8(written.info), { level: 6 }];
  }
  for (const annex of pack.annexes) {
    const bytes = annexFiles.get(annex.id);
    if (bytes) entries[ANNEX_PREFIX + annex.id] = [bytes, { level: 6 }];
  }
  // PNG and JPEG are compressed already: stored, not deflated again.
  for (const meta of pack.media ?? []) {
    const bytes = mediaFiles?.get(meta.id);
    if (bytes) entries[MEDIA_PREFIX + meta.id] = [bytes, { level: 0 }];
  }
  for (const version of pack.versions ?? []) {
    const snapshot = versionFiles?.get(version.id);
    if (snapshot) entries[versionEntryName(version.id)] = [strToU8(JSON.stringify(versionSnapshot(snapshot))), { level: 6 }];
  }
  return zipSync(entries, { mtime: new Date('2000-01-01T00:00:00Z') });
}

/**
 * Reads a .briefpack. Every way a file can be wrong ends in a UserError that
 * names the file and the problem; the input bytes are never modified.
 */
export function decodePack(bytes: Uint8Array, file: string): PackContents {
  if (bytes.length === 0) throw new UserError('pack.empty', { file });
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new UserError('pack.not-zip', { file });
  const oversized = new Map<string, number>();
  const entries = safeUnzip(
    bytes,
    file,
    { entries: PACK_LIMITS.entries, entryBytes: PACK_LIMITS.annexBytes, totalBytes: PACK_LIMITS.totalBytes },
    (name) =>
      name === MANIFEST || name.startsWith(ANNEX_PREFIX) || name.startsWith(MEDIA_PREFIX) || VERSION_ENTRY.test(name) || name === STATE_ENTRY || name === STATE_INFO_ENTRY,
    // A version is a whole pack.json of its own: the same limit, and it counts towards the total; so is the state.
    (name) => (name.startsWith(ANNEX_PREFIX) ? PACK_LIMITS.annexBytes : name.startsWith(MEDIA_PREFIX) ? PICTURE_LIMITS.bytes : PACK_LIMITS.manifestBytes),
    // A picture over the limit is left out (and reported below), not inflated: the rest of the pack opens.
    { can: (name) => name.startsWith(MEDIA_PREFIX), leftOut: oversized },
  );
  const manifest = entries[MANIFEST];
  if (!manifest) throw new UserError('pack.no-manifest', { file });
  const warnings: UserError[] = [];
  const { pack, linksDropped } = readManifestReport(manifest, file, warnings);
  // The state holds the links too: it is brought to the pack as read, as an edit of its own.
  const state = readState(pack, manifest, entries[STATE_ENTRY], entries[STATE_INFO_ENTRY], file, warnings, linksDropped);
  const annexFiles = annexFilesOf(pack, entries, file);
  // A pack without a version list has none: pack.versions ?? [] everywhere, the file is not rewritten.
  const versionFiles = new Map<string, BriefingPack>();
  for (const version of pack.versions ?? []) versionFiles.set(version.id, decodeVersion(entries, version, file, warnings));
  for (const item of pack.items) {
    const detached = detachedComments(item.source, item.comments).length;
    if (detached > 0) warnings.push(new UserError('pack.detached-comments', { file, item: item.title.trim() || item.id, count: detached }));
  }
  const mediaFiles = mediaFilesOf(pack, entries, oversized, file, warnings);
  return { pack, annexFiles, mediaFiles, versionFiles, warnings, ...(state ? { state } : {}) };
}

/**
 * The picture bytes the pack lists, each checked as a new picture would be.
 * A missing or damaged one is a warning, not a refusal: the text around it
 * opens, the figure shows a placeholder and export names it.
 */
function mediaFilesOf(
  pack: BriefingPack,
  entries: Record<string, Uint8Array>,
  oversized: ReadonlyMap<string, number>,
  file: string,
  warnings: UserError[],
): Map<string, Uint8Array> {
  const mediaFiles = new Map<string, Uint8Array>();
  const figures = packFigures(pack);
  // The picture is named by its alt text and where its first figure is, which a person can find.
  const named = (id: string): Record<string, string> => {
    const first = figures.find(({ figure }) => figure.media === id);
    return first ? { alt: first.figure.alt.trim(), item: first.item, section: first.section } : {};
  };
  for (const meta of pack.media ?? []) {
    const entry = MEDIA_PREFIX + meta.id;
    const size = oversized.get(entry);
    if (size !== undefined) {
      warnings.push(new UserError('pack.oversized-media', { file, entry, size: megabytes(size), limit: megabytes(PICTURE_LIMITS.bytes), ...named(meta.id) }));
      continue;
    }
    const data = entries[entry];
    if (!data) continue;
    if (matchesMeta(data, meta)) mediaFiles.set(meta.id, data);
    else warnings.push(new UserError('pack.bad-media', { file, entry, ...named(meta.id) }));
  }
  // A figure whose picture is damaged is reported once, above; here those whose picture is not in the pack at all.
  const present = new Set((pack.media ?? []).filter((meta) => entries[MEDIA_PREFIX + meta.id] || oversized.has(MEDIA_PREFIX + meta.id)).map((meta) => meta.id));
  const missing = figures.filter(({ figure }) => !present.has(figure.media));
  if (missing.length > 0) warnings.push(new UserError('pack.missing-media', { file, count: missing.length, item: missing[0]!.item, section: missing[0]!.section }));
  return mediaFiles;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The bytes pass the picture check and are what pack.json says they are. */
function matchesMeta(data: Uint8Array, meta: MediaMeta): boolean {
  try {
    const info = checkPicture(data, MEDIA_PREFIX + meta.id, meta.mediaType);
    return info.size === meta.size && info.width === meta.width && info.height === meta.height;
  } catch (error) {
    if (error instanceof UserError) return false;
    throw error;
  }
}

/**
 * JSON to a valid pack; lone surrogates are repaired (and reported) before validation, so the text prints,
 * and links with credentials or an attachment give way to their text (reported too).
 */
function readManifest(data: Uint8Array, where: string, warnings: UserError[]): BriefingPack {
  return readManifestReport(data, where, warnings).pack;
}

function readManifestReport(data: Uint8Array, where: string, warnings: UserError[]): { pack: BriefingPack; linksDropped: boolean } {
  const text = strFromU8(data);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UserError('pack.bad-json', { file: where, detail: error instanceof Error ? error.message : 'parse error' });
  }
  // Decoding UTF-8 never yields half a pair; only a JSON escape such as \ud800 can, so most packs skip the walk.
  const repaired = SURROGATE_ESCAPE.test(text) ? repairLoneSurrogates(raw) : undefined;
  if (repaired) warnings.push(new UserError('pack.repaired-text', { file: where, count: repaired.strings, path: repaired.firstPath }));
  const links = dropUnsafeLinks(raw, text);
  if (links) warnings.push(new UserError('pack.unsafe-links', { file: where, count: links.count, text: links.firstText, path: links.firstPath }));
  return { pack: parsePack(raw, where), linksDropped: links !== undefined };
}

/**
 * The annex list and the annex files must agree one to one: a listed annex
 * without its file (or of another size) and a file no annex names both mean
 * the container was damaged or altered, and guessing would either lose an
 * annex or ship a file nobody chose.
 */
function annexFilesOf(pack: BriefingPack, entries: Record<string, Uint8Array>, file: string): Map<string, Uint8Array> {
  const annexFiles = new Map<string, Uint8Array>();
  for (const annex of pack.annexes) {
    const data = entries[ANNEX_PREFIX + annex.id];
    if (!data || data.length !== annex.size) throw new UserError('pack.missing-annex', { file, annex: annex.title });
    annexFiles.set(annex.id, data);
  }
  const listed = new Set(pack.annexes.map((annex) => ANNEX_PREFIX + annex.id));
  for (const name of Object.keys(entries)) {
    // A folder entry ("annexes/") is how some zip tools write the folder itself, not a file.
    if (name.startsWith(ANNEX_PREFIX) && !name.endsWith('/') && !listed.has(name)) throw new UserError('pack.unlisted-annex', { file, entry: name });
  }
  return annexFiles;
}

function decodeVersion(entries: Record<string, Uint8Array>, version: VersionMeta, file: string, warnings: UserError[]): BriefingPack {
  const data = entries[versionEntryName(version.id)];
  if (!data) throw new UserError('pack.missing-version', { file, id: version.name });
  return versionSnapshot(readManifest(data, `${file} (${versionEntryName(version.id)})`, warnings));
}
