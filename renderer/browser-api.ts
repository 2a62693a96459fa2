/**
 * BriefingApi in memory, for running the renderer in a plain browser (and in
 * the end-to-end tests). Same contract as Electron main: files come in through
 * a file picker and leave as downloads; errors come back as ApiResult.
 */
import type { ApiError, BriefingApi, ExportProgress, OpenedPack } from '../core/contract';
import { EXPORT_MEDIA_TYPES } from '../core/export/assets';
import { EXPORTERS } from '../core/export/registry';
import { languageFromLocale } from '../core/i18n/language';
import type { BriefingPack } from '../core/model/pack';
import { parsePack } from '../core/model/validate';
import { UserError } from '../core/i18n/errors';
import { decodePack, encodePack, PACK_EXTENSION, PACK_MIME_TYPE, type PackContents } from '../core/pack/container';
import { MediaStore } from '../core/media/media-store';
import { createSamplePack } from '../core/sample';
import { findTemplate } from '../core/template/load';
import sampleLetter from '../assets/samples/nato-dmm-2025-02-13_geannoteerde-agenda.txt?raw';
import { createBrowserImports } from './browser/agenda-import';
import { download } from './browser/download';
import { paintBreak } from './browser/paint-break';
import { meetingFileBase, withExtension } from './browser/file-names';
import { loadExportAssets } from './browser/fonts';
import { prepareExport } from '../core/model/export-choice';
import { pickFile, pickFiles } from './browser/pick-file';
import { mergeContributions } from '../core/collab/merge-contributions';
import { stateForPack } from '../core/collab/pack-state';
import { lastChanges } from '../core/collab/attribution';
import { contributionFileBase } from '../core/model/contributions';
import { HANDED_OUT_MEDIA_TYPE, handedOutCsv, handedOutFileBase } from '../core/model/distribution-csv';
import { distributionOf } from '../core/model/recipient-copy';
import { storedAuthorName } from './components/comments/author-name';
import { createBrowserRecentPacks } from './browser/recent-packs';
import type { RecentFiles } from './recent/recent-files';
import { saveAsFile, writeToHandle, type SaveHandle } from './browser/save-pack';
import { toResult } from './browser/result';
import { builtInTemplates } from './browser/templates';
import { createBrowserBackups } from './recovery/browser-backups';
import { createBrowserVersions } from './versions/browser-versions';
import { emptyPack } from '../core/pack/new-pack';
import { backupTitle } from '../core/pack/backup-title';

interface OpenDocument {
  fileName: string | null;
  annexFiles: ReadonlyMap<string, Uint8Array>;
  /** The pack as opened, whose base state stands in for a state it did not have. */
  openedPack: BriefingPack;
  /** The editing state as opened, last saved or last merged; absent for a pack that had none. */
  state?: Uint8Array;
  /** The file the browser's save dialog gave, for Save to write again; absent where there is none. */
  handle?: SaveHandle;
  /** The pictures' bytes by content id; the editor's pack names them only. */
  media: MediaStore;
}

/** How often a long export on the page's thread pauses for the progress bar to be painted. */
const PAINT_EVERY_MS = 100;

export function createBrowserApi(): BriefingApi & { recent: RecentFiles } {
  const documents = new Map<string, OpenDocument>();
  const progressListeners = new Set<(progress: ExportProgress) => void>();
  /** The exporter's reports, passed on; now and then a pause, as the export runs on the page's own thread. */
  const exportProgress = (documentId: string) => {
    let paused = performance.now();
    return (_done: number, _total: number, { fraction }: { fraction: number }) => {
      for (const listener of progressListeners) listener({ documentId, fraction });
      if (performance.now() - paused < PAINT_EVERY_MS) return undefined;
      return paintBreak().then(() => {
        paused = performance.now();
      });
    };
  };
  const templates = builtInTemplates();
  let counter = 0;

  const register = (pack: BriefingPack, annexFiles: ReadonlyMap<string, Uint8Array>, fileName: string | null, state?: Uint8Array, mediaFiles?: ReadonlyMap<string, Uint8Array>): OpenedPack => {
    // Unique across page loads: a backup from an earlier load keeps its id when restored.
    const documentId = `document-${++counter}-${crypto.randomUUID()}`;
    documents.set(documentId, { fileName, annexFiles, openedPack: pack, media: MediaStore.of({ pack, mediaFiles }), ...(state ? { state } : {}) });
    return { documentId, fileName, pack };
  };

  const openSample = (): OpenedPack => {
    const { pack, annexFiles } = createSamplePack(sampleLetter);
    return register(pack, annexFiles, null);
  };

  const documentFor = (documentId: string): OpenDocument => {
    const open = documents.get(documentId);
    if (!open) throw new Error(`unknown document ${documentId}`);
    return open;
  };

  /** The pack with the bytes this document keeps, and the media list its figures need, as main's contents(). */
  const contentsOf = (documentId: string, pack: BriefingPack): PackContents => {
    const open = documentFor(documentId);
    const versionFiles = versions.files(documentId);
    return { pack: open.media.listedIn(pack, [...versionFiles.values()]), annexFiles: open.annexFiles, versionFiles, mediaFiles: open.media.files };
  };

  const recent = createBrowserRecentPacks();
  // Open and Save keep the pack in the recent list; reopening it reads it the way Open does.
  const openBytes = (bytes: Uint8Array, fileName: string): OpenedPack => {
    const { pack, annexFiles, versionFiles, mediaFiles, warnings = [], state } = decodePack(bytes, fileName);
    const registered = register(pack, annexFiles, fileName, state, mediaFiles);
    const changedBy = state ? lastChanges(state) : {};
    const opened = Object.keys(changedBy).length ? { ...registered, changedBy } : registered;
    versions.track(opened.documentId, versionFiles);
    return warnings.length ? { ...opened, warnings: warnings.map(({ code, params }) => ({ code, params: { ...params } })) } : opened;
  };

  const imports = createBrowserImports(register);
  const backups = createBrowserBackups();
  const versions = createBrowserVersions();

  return {
    importAgenda: () => toResult(() => imports.importAgenda()),
    createFromReview: (importId, pack) => toResult(() => imports.createFromReview(importId, pack)),

    startup: () =>
      toResult(() => ({
        language: languageFromLocale(navigator.language),
        templates,
        // Listed before the first document exists: only backups of earlier page loads.
        backups: backups.list().filter((b) => !documents.has(b.backupId)),
        document: openSample(),
      })),

    openSample: () => toResult(openSample),

    openPack: () =>
      toResult(async () => {
        const file = await pickFile(`${PACK_EXTENSION},${PACK_MIME_TYPE}`);
        if (!file) return null;
        const bytes = new Uint8Array(await file.arrayBuffer());
        const opened = openBytes(bytes, file.name);
        recent.remember(file.name, bytes);
        return opened;
      }),

    savePack: (documentId, pack, saveAs) =>
      toResult(async () => {
        const open = documentFor(documentId);
        // Validate as main does, so browser mode cannot write a pack the app would refuse to open.
        const contents = contentsOf(documentId, parsePack(pack, open.fileName ?? 'pack'));
        const state = stateForPack(contents.pack, open.state, storedAuthorName());
        const bytes = encodePack({ ...contents, state }, { stateIsCurrent: true });
        const suggested = withExtension(meetingFileBase(pack), PACK_EXTENSION);
        let fileName: string;
        if (!saveAs && open.handle) {
          fileName = await writeToHandle(open.handle, bytes);
        } else if (!saveAs) {
          // A browser cannot write a file again: each save is a download under the pack's name.
          fileName = open.fileName ?? suggested;
          download(fileName, bytes, PACK_MIME_TYPE);
        } else {
          const saved = await saveAsFile(open.fileName ?? suggested, bytes);
          if (!saved) return null;
          fileName = saved.fileName;
          open.handle = saved.handle;
        }
        open.fileName = fileName;
        open.state = state;
        backups.remove(documentId);
        recent.remember(fileName, bytes);
        return { fileName };
      }),

    exportPack: (documentId, pack, format, templateId, { withComments, recipient, publication, ...options }) =>
      toResult(async () => {
        const open = documentFor(documentId);
        const template = findTemplate(templates, templateId);
        const assets = await loadExportAssets(template);
        const warnings: ApiError[] = [];
        // As main does: the copy `briefing export` makes from the same choice.
        const { pack: copyPack, copy, fileSuffix } = prepareExport(pack, { withComments, recipient, ...(publication && { publication }) });
        const bytes = await EXPORTERS[format]({ ...contentsOf(documentId, copyPack), annexFiles: open.annexFiles }, template, assets, {
          ...options,
          ...(copy && { copy }),
          templates,
          onWarning: ({ code, params }) => warnings.push({ code, params }),
          onProgress: exportProgress(documentId),
        });
        const fileName = withExtension(meetingFileBase(pack) + fileSuffix, `.${format}`);
        download(fileName, bytes, EXPORT_MEDIA_TYPES[format]);
        return { fileName, warnings, ...(copy && { copy }) };
      }),

    newPack: () => toResult(() => register(emptyPack(languageFromLocale(navigator.language), `pack-${++counter}`), new Map(), null)),

    backupPack: (documentId, pack) =>
      toResult(() => {
        const open = documentFor(documentId);
        const bytes = encodePack(contentsOf(documentId, pack));
        backups.write({ backupId: documentId, fileName: open.fileName, title: backupTitle(pack), savedAt: new Date().toISOString() }, bytes);
        return null;
      }),

    restoreBackup: (backupId) =>
      toResult(() => {
        const found = documents.has(backupId) ? null : backups.read(backupId);
        if (!found) throw new UserError('backup.unknown', {});
        const { pack, annexFiles, versionFiles, mediaFiles } = decodePack(found.bytes, found.backup.fileName ?? 'backup');
        documents.set(backupId, { fileName: found.backup.fileName, annexFiles, openedPack: pack, media: MediaStore.of({ pack, mediaFiles }) });
        versions.track(backupId, versionFiles);
        return { documentId: backupId, fileName: found.backup.fileName, pack };
      }),

    discardBackup: (backupId) =>
      toResult(() => {
        backups.remove(backupId);
        return null;
      }),

    setDocumentStatus: (documentId, status) =>
      toResult(() => {
        if (!status.dirty) backups.remove(documentId);
        return null;
      }),

    saveVersion: (documentId, pack, name) => toResult(() => versions.save(documentId, parsePack(pack, 'pack'), name)),

    getVersion: (documentId, versionId) => toResult(() => versions.get(documentId, versionId)),

    // The page's own policy (renderer/live/connect-policy) is the block in a browser; nothing to tell.
    setLiveServer: () => toResult(() => null),

    mergeContributions: (documentId, pack) =>
      toResult(async () => {
        const open = documentFor(documentId);
        const files = await pickFiles(`${PACK_EXTENSION},${PACK_MIME_TYPE}`);
        if (files.length === 0) return null;
        const copies = [];
        for (const file of files) copies.push({ file: file.name, contents: decodePack(new Uint8Array(await file.arrayBuffer()), file.name) });
        const merged = mergeContributions(
          {
            contents: contentsOf(documentId, pack),
            state: open.state ?? stateForPack(open.openedPack, undefined),
            file: open.fileName ?? (pack.meeting.name || pack.id),
            author: storedAuthorName(),
          },
          copies,
        );
        open.annexFiles = new Map([...open.annexFiles, ...merged.contents.annexFiles]);
        open.media.adopt(merged.contents);
        open.state = merged.contents.state;
        versions.track(documentId, new Map([...versions.files(documentId), ...(merged.contents.versionFiles ?? [])]));
        return { pack: merged.contents.pack, files: copies.map((copy) => copy.file), items: merged.items, changedBy: lastChanges(merged.contents.state), returned: merged.returned };
      }),

    // As Save in a browser: a download, here under a name that names the colleague; the document keeps its name.
    saveContributionCopy: (documentId, pack, colleague) =>
      toResult(() => {
        const open = documentFor(documentId);
        const contents = contentsOf(documentId, parsePack(pack, open.fileName ?? 'pack'));
        const state = stateForPack(contents.pack, open.state, storedAuthorName());
        const base = open.fileName ? open.fileName.replace(/\.briefpack$/i, '') : meetingFileBase(pack);
        const fileName = withExtension(contributionFileBase(base, colleague), PACK_EXTENSION);
        download(fileName, encodePack({ ...contents, state }, { stateIsCurrent: true }), PACK_MIME_TYPE);
        open.state = state;
        return { fileName };
      }),

    // As main writes it, as a download named after the pack.
    exportHandedOutCsv: (documentId, pack, language) =>
      toResult(() => {
        const open = documentFor(documentId);
        const base = open.fileName ? open.fileName.replace(/\.briefpack$/i, '') : meetingFileBase(pack);
        const fileName = withExtension(handedOutFileBase(base, language), '.csv');
        download(fileName, new TextEncoder().encode(handedOutCsv(distributionOf(pack).handedOut, language)), HANDED_OUT_MEDIA_TYPE);
        return { fileName };
      }),

    addMedia: (documentId, bytes, name, mediaType) => toResult(() => documentFor(documentId).media.add(bytes, name, mediaType)),

    getMedia: (documentId, mediaId) => toResult(() => documentFor(documentId).media.get(mediaId) ?? null),

    // Browser mode has no application menu and no operating system handing it files.
    onCommand: () => () => undefined,

    onExportProgress: (listener) => {
      progressListeners.add(listener);
      return () => progressListeners.delete(listener);
    },

    recent: {
      list: () => recent.list(),
      open: (fileName) =>
        toResult(() => {
          const bytes = recent.read(fileName);
          if (!bytes) throw new UserError('recent.gone', { file: fileName });
          return openBytes(bytes, fileName);
        }),
    },
  };
}
