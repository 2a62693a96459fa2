/** The contract implemented on top of the services; ipc.ts wraps it in checks and ApiResult. */
import type { OpenedPack } from '../../../core/contract';
import { describeError, UserError } from '../../../core/i18n/errors';
import type { Language } from '../../../core/i18n/language';
import type { ApiImplementation } from '../ipc';
import { parseLiveServer } from '../../../core/collab/live-server';
import type { LiveSetting } from '../../../host/live-setting';
import { shellText } from '../messages';
import type { BackupsService } from './backups';
import type { DocumentsService } from './documents';
import type { ExportService } from './export';
import type { FileDialogs } from './file-dialogs';
import { exportHandedOutCsv } from './handed-out';
import type { TemplatesService } from './templates';

/** What the window shows of a document: set by main from what the renderer reports. */
export interface DocumentPresenter {
  show(document: { fileName: string | null; path: string | null; dirty: boolean }): void;
}

export interface ApiDeps {
  language: Language;
  documents: DocumentsService;
  exporter: ExportService;
  templates: TemplatesService;
  dialogs: FileDialogs;
  backups: BackupsService;
  /** The pack named on the command line (or by the OS on double-click), if any. */
  initialPackPath: () => string | null;
  /** A pack was opened or saved from this file (Open Recent). */
  fileUsed?: (file: string) => void;
  presenter?: DocumentPresenter;
  /** File > New from agenda; provided by the import service (documents.adopt tracks its result). */
  importer?: Pick<ApiImplementation, 'importAgenda' | 'createFromReview'>;
  now?: () => Date;
  /** The live co-editing server setting (the network block reads it). */
  liveSetting?: LiveSetting;
}

function notAvailable(): never {
  throw new UserError('internal', { detail: 'importing an agenda is not available in this build' });
}

export function createApi(deps: ApiDeps): ApiImplementation {
  const { documents, language, backups } = deps;
  const now = deps.now ?? (() => new Date());

  function used(opened: OpenedPack): OpenedPack {
    const file = documents.pathOf(opened.documentId);
    if (file) deps.fileUsed?.(file);
    return opened;
  }

  /** The command-line pack; if it cannot be opened the person is told why and sees the sample. */
  async function firstDocument() {
    const file = deps.initialPackPath();
    if (file) {
      try {
        return used(await documents.openFile(file));
      } catch (error) {
        const reason = `${describeError(error, language)}\n\n${shellText('startupShowsSample', language)}`;
        await deps.dialogs.showError(shellText('startupOpenFailed', language), reason);
      }
    }
    return documents.openSample();
  }

  return {
    async startup() {
      const templates = await deps.templates.list();
      // Listed before the first document is opened, so only backups of earlier sessions are offered.
      const recoverable = await backups.recoverable();
      return { language, templates, document: await firstDocument(), backups: recoverable };
    },
    openSample: () => documents.openSample(),
    openPack: async () => {
      const opened = await documents.openWithDialog();
      return opened ? used(opened) : null;
    },
    async savePack(documentId, pack, saveAs) {
      const saved = await documents.save(documentId, pack, saveAs);
      if (saved) {
        // Saved: the backup is no longer needed. A failed save throws above and keeps it.
        await backups.remove(documentId).catch(() => undefined);
        const file = documents.pathOf(documentId);
        if (file) deps.fileUsed?.(file);
      }
      return saved;
    },
    exportPack: (documentId, pack, format, templateId, options) => deps.exporter.exportPack(documentId, pack, format, templateId, options),
    newPack: async () => documents.openNew(language),
    async backupPack(documentId, pack) {
      await backups.backup(documentId, pack);
      return null;
    },
    restoreBackup: (backupId) => backups.restore(backupId),
    async discardBackup(backupId) {
      await backups.remove(backupId);
      return null;
    },
    async setDocumentStatus(documentId, status) {
      const file = documents.pathOf(documentId);
      deps.presenter?.show({ fileName: file ? file.split(/[\\/]/).pop() ?? null : null, path: file, dirty: status.dirty });
      // A document without unsaved changes needs no backup (closing it then loses nothing).
      if (!status.dirty) await backups.remove(documentId).catch(() => undefined);
      return null;
    },
    saveVersion: async (documentId, pack, name) => documents.saveVersion(documentId, pack, name, now()),
    getVersion: async (documentId, versionId) => documents.getVersion(documentId, versionId),
    mergeContributions: (documentId, pack) => documents.mergeWithDialog(documentId, pack),
    saveContributionCopy: (documentId, pack, colleague) => documents.saveContributionCopy(documentId, pack, colleague),
    exportHandedOutCsv: (documentId, pack, csvLanguage) => exportHandedOutCsv(deps, documentId, pack, csvLanguage),
    async setLiveServer(server) {
      if (!deps.liveSetting) throw new UserError('internal', { detail: 'live co-editing is not available in this build' });
      await deps.liveSetting.set(server === null ? null : parseLiveServer(server));
      return null;
    },
    addMedia: (documentId, bytes, name, mediaType) => documents.addMedia(documentId, bytes, name, mediaType),
    getMedia: async (documentId, mediaId) => documents.getMedia(documentId, mediaId),
    importAgenda: () => (deps.importer ? deps.importer.importAgenda() : notAvailable()),
    createFromReview: (importId, pack) => (deps.importer ? deps.importer.createFromReview(importId, pack) : notAvailable()),
  };
}
