/**
 * Open documents, keyed by an opaque id. The renderer only ever sees the id
 * and a file name; paths come from native dialogs or the command line and stay
 * here, together with the annex bytes (the renderer edits the pack JSON only).
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContributionReport, OpenedPack } from '../../../core/contract';
import { UserError } from '../../../core/i18n/errors';
import type { BriefingPack } from '../../../core/model/pack';
import { versionSnapshot, type PackContents } from '../../../core/pack/container';
import { emptyPackContents } from '../../../core/pack/new-pack';
import type { Language } from '../../../core/i18n/language';
import type { MediaMeta, VersionMeta } from '../../../core/model/pack';
import { MediaStore } from '../../../core/media/media-store';
import { addVersion, nextVersionId } from '../../../core/model/versions';
import { createSamplePack } from '../../../core/sample';
import { describeFileError, removeStaleTempFiles } from '../../../host/atomic-write';
import { currentUserName, readPackFile, writePackFile } from '../../../host/pack-files';
import { mergeContributions } from '../../../core/collab/merge-contributions';
import { stateForPack } from '../../../core/collab/pack-state';
import { contributionFileBase } from '../../../core/model/contributions';
import { lastChanges } from '../../../core/collab/attribution';
import type { FileDialogs } from './file-dialogs';
import { safeFileName } from './file-dialogs';
import { readOnlyChoiceFor } from '../read-only-prompt';

interface DocumentRecord {
  path: string | null;
  annexFiles: ReadonlyMap<string, Uint8Array>;
  /** The pack as opened, whose base state stands in for a state it did not have. */
  openedPack: BriefingPack;
  /** The editing state as opened, last saved or last merged; absent for a pack that had none. */
  state?: Uint8Array;
  /** Snapshots of saved versions, by version id; written into the container on save. */
  versionFiles: Map<string, BriefingPack>;
  /** The pictures' bytes by content id; the renderer's pack names them only. */
  media: MediaStore;
}

export interface DocumentsService {
  openSample(): Promise<OpenedPack>;
  openFile(file: string): Promise<OpenedPack>;
  /** A new, empty pack without a file. */
  openNew(language: Language): OpenedPack;
  /** Tracks contents read elsewhere (a backup) under a known id, with the file it belongs to. */
  adopt(documentId: string, contents: PackContents, file: string | null): OpenedPack;
  /** The document's file, or null when it has none yet. Never sent to the renderer. */
  pathOf(documentId: string): string | null;
  isOpen(documentId: string): boolean;
  /** Stores the pack as it is now as a version; returns the new version list. */
  saveVersion(documentId: string, pack: BriefingPack, name: string, now: Date): VersionMeta[];
  getVersion(documentId: string, versionId: string): BriefingPack;
  /**
   * Merges copies of the document's pack (files) into `pack`, its content as it is now; the
   * merged state, annexes and versions are kept for the next save. The IPC call's work, without the dialog.
   */
  mergeContributions(documentId: string, pack: BriefingPack, files: readonly string[]): Promise<ContributionReport>;
  /** Asks which copies, then merges them; null when the person cancels. */
  mergeWithDialog(documentId: string, pack: BriefingPack): Promise<ContributionReport | null>;
  /** Asks which file; null when the person cancels. */
  openWithDialog(): Promise<OpenedPack | null>;
  save(documentId: string, pack: BriefingPack, saveAs: boolean): Promise<{ fileName: string } | null>;
  /**
   * Asks where to save a copy for `colleague` (the suggested name names them) and writes it with
   * the document's state; the document keeps its file, and its state becomes the copy's, so the
   * copy merges back. Null when the person cancels.
   */
  saveContributionCopy(documentId: string, pack: BriefingPack, colleague: string): Promise<{ fileName: string } | null>;
  /** The pack as edited, with the annex and picture bytes kept for this document (and the media list its figures need). */
  contents(documentId: string, pack: BriefingPack): PackContents;
  /** Checks a picture and keeps it with the document; its metadata. UserError media.* when refused. */
  addMedia(documentId: string, bytes: Uint8Array, name: string, mediaType: string): Promise<MediaMeta>;
  /** A picture's bytes; null for one the document does not have. */
  getMedia(documentId: string, mediaId: string): Uint8Array | null;
  /** A file name without extension to suggest in save and export dialogs. */
  suggestedName(documentId: string, pack: BriefingPack): string;
  dispose(): void;
}

export interface DocumentsDeps {
  dialogs: FileDialogs;
  sampleLetterFile: string;
  newId?: () => string;
  /** Who is working in the app: named in the state with what they merge and save. */
  author?: () => string;
}

function unknownDocument(documentId: string): UserError {
  return new UserError('internal', { detail: `unknown document ${documentId}` });
}

/** Temp files of writes that a crash interrupted; housekeeping, never in the way of the person. */
function tidyFolder(file: string): void {
  void removeStaleTempFiles(path.dirname(file)).catch(() => undefined);
}

export function createDocumentsService(deps: DocumentsDeps): DocumentsService {
  const documents = new Map<string, DocumentRecord>();
  const newId = deps.newId ?? randomUUID;
  const author = deps.author ?? currentUserName;

  function track(contents: PackContents, file: string | null, documentId = newId()): OpenedPack {
    documents.set(documentId, {
      path: file,
      annexFiles: contents.annexFiles,
      versionFiles: new Map(contents.versionFiles ?? []),
      media: MediaStore.of(contents),
      openedPack: contents.pack,
      ...(contents.state ? { state: contents.state } : {}),
    });
    const warnings = (contents.warnings ?? []).map(({ code, params }) => ({ code, params: { ...params } }));
    const changedBy = contents.state ? lastChanges(contents.state) : {};
    return {
      documentId,
      fileName: file ? path.basename(file) : null,
      pack: contents.pack,
      ...(warnings.length ? { warnings } : {}),
      ...(Object.keys(changedBy).length ? { changedBy } : {}),
    };
  }

  function record(documentId: string): DocumentRecord {
    const found = documents.get(documentId);
    if (!found) throw unknownDocument(documentId);
    return found;
  }

  function contents(documentId: string, pack: BriefingPack): PackContents {
    const { annexFiles, versionFiles, media } = record(documentId);
    for (const annex of pack.annexes) {
      // The renderer cannot add annex bytes; a listed annex without them is a bug, not something to save.
      if (!annexFiles.has(annex.id)) throw new UserError('internal', { detail: `annex "${annex.title}" has no file data` });
    }
    for (const version of pack.versions ?? []) {
      if (!versionFiles.has(version.id)) throw new UserError('version.unknown', { id: version.name });
    }
    return { pack: media.listedIn(pack, [...versionFiles.values()]), annexFiles, versionFiles, mediaFiles: media.files };
  }

  return {
    async openSample() {
      let letter: string;
      try {
        letter = await readFile(deps.sampleLetterFile, 'utf8');
      } catch (error) {
        throw new UserError('file.unreadable', { file: deps.sampleLetterFile, detail: describeFileError(error, 'read') });
      }
      return track(createSamplePack(letter), null);
    },

    async openFile(file) {
      const opened = track(await readPackFile(file), file);
      tidyFolder(file);
      return opened;
    },

    openNew(language) {
      const documentId = newId();
      return track(emptyPackContents(language, `pack-${documentId.slice(0, 8)}`), null, documentId);
    },

    adopt(documentId, adopted, file) {
      return track(adopted, file, documentId);
    },

    pathOf: (documentId) => record(documentId).path,

    isOpen: (documentId) => documents.has(documentId),

    saveVersion(documentId, pack, name, now) {
      const { versionFiles } = record(documentId);
      const id = nextVersionId(pack.versions);
      versionFiles.set(id, versionSnapshot(pack));
      return addVersion(pack.versions, id, name, now);
    },

    getVersion(documentId, versionId) {
      const found = record(documentId).versionFiles.get(versionId);
      if (!found) throw new UserError('version.unknown', { id: versionId });
      return found;
    },

    async openWithDialog() {
      const file = await deps.dialogs.chooseFileToOpen('briefpack');
      return file ? this.openFile(file) : null;
    },

    async save(documentId, pack, saveAs) {
      const current = record(documentId);
      const packContents = contents(documentId, pack);
      let target = current.path;
      if (saveAs || target === null) {
        target = await deps.dialogs.chooseFileToSave('briefpack', this.suggestedName(documentId, pack));
        if (target === null) return null;
      }
      const readOnly = await readOnlyChoiceFor(target, deps.dialogs);
      if (readOnly === null) return null;
      const state = await writePackFile(target, { ...packContents, ...(current.state ? { state: current.state } : {}) }, author(), { readOnly });
      documents.set(documentId, { ...current, path: target, state });
      tidyFolder(target);
      return { fileName: path.basename(target) };
    },

    async saveContributionCopy(documentId, pack, colleague) {
      const current = record(documentId);
      const packContents = contents(documentId, pack);
      const target = await deps.dialogs.chooseFileToSave('briefpack', safeFileName(contributionFileBase(this.suggestedName(documentId, pack), colleague), 'briefing'));
      if (target === null) return null;
      const readOnly = await readOnlyChoiceFor(target, deps.dialogs);
      if (readOnly === null) return null;
      const state = await writePackFile(target, { ...packContents, ...(current.state ? { state: current.state } : {}) }, author(), { readOnly });
      documents.set(documentId, { ...current, state });
      tidyFolder(target);
      return { fileName: path.basename(target) };
    },

    contents,

    addMedia: (documentId, bytes, name, mediaType) => record(documentId).media.add(bytes, name, mediaType),

    getMedia: (documentId, mediaId) => record(documentId).media.get(mediaId) ?? null,

    async mergeContributions(documentId, pack, files) {
      const current = record(documentId);
      const copies = [];
      for (const file of files) copies.push({ file: path.basename(file), contents: await readPackFile(file) });
      const open = {
        contents: contents(documentId, pack),
        state: current.state ?? stateForPack(current.openedPack, undefined),
        file: current.path ? path.basename(current.path) : pack.meeting.name || pack.id,
        author: author(),
      };
      const merged = mergeContributions(open, copies);
      const { annexFiles, versionFiles = new Map(), state } = merged.contents;
      current.media.adopt(merged.contents);
      documents.set(documentId, { ...current, annexFiles: new Map([...current.annexFiles, ...annexFiles]), versionFiles: new Map([...current.versionFiles, ...versionFiles]), state });
      return { pack: merged.contents.pack, files: copies.map((copy) => copy.file), items: merged.items, changedBy: lastChanges(state), returned: merged.returned };
    },

    async mergeWithDialog(documentId, pack) {
      record(documentId);
      const files = await deps.dialogs.chooseCopiesToMerge();
      return files.length === 0 ? null : this.mergeContributions(documentId, pack, files);
    },

    suggestedName(documentId, pack) {
      const file = record(documentId).path;
      if (file) return path.basename(file, path.extname(file));
      const meeting = [pack.meeting.abbreviation || pack.meeting.name, pack.meeting.date].filter(Boolean).join(' ');
      return safeFileName(meeting, 'briefing');
    },

    dispose() {
      documents.clear();
    },
  };
}
