/**
 * Hot exit: unsaved changes are backed up under the user data folder about a
 * second after typing stops (the renderer decides when), removed when the
 * document is saved or closed without changes, and offered again at the next
 * start when the app was killed. The original file path stays in main.
 */
import type { OpenedPack, RecoverableBackup } from '../../../core/contract';
import { UserError } from '../../../core/i18n/errors';
import type { BriefingPack } from '../../../core/model/pack';
import type { BackupStore } from '../../../host/backup-store';
import path from 'node:path';
import { backupTitle } from '../../../core/pack/backup-title';
import type { DocumentsService } from './documents';

export interface BackupsService {
  backup(documentId: string, pack: BriefingPack): Promise<void>;
  remove(documentId: string): Promise<void>;
  /** Backups of documents that are not open now: left by an earlier session. */
  recoverable(): Promise<RecoverableBackup[]>;
  restore(backupId: string): Promise<OpenedPack>;
  removeStale(): Promise<string[]>;
  dispose(): Promise<void>;
}

export interface BackupsDeps {
  store: BackupStore;
  documents: DocumentsService;
  now?: () => Date;
}


export function createBackupsService(deps: BackupsDeps): BackupsService {
  const now = deps.now ?? (() => new Date());
  /** One queue per document, so a backup still being written can never outlive the save that removes it. */
  const queues = new Map<string, Promise<unknown>>();

  function queued<T>(documentId: string, task: () => Promise<T>): Promise<T> {
    const previous = queues.get(documentId) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(task);
    const settled = next.catch(() => undefined);
    queues.set(documentId, settled);
    void settled.then(() => {
      if (queues.get(documentId) === settled) queues.delete(documentId);
    });
    return next;
  }

  return {
    backup(documentId, pack) {
      const contents = deps.documents.contents(documentId, pack);
      const meta = { documentId, originalPath: deps.documents.pathOf(documentId), title: backupTitle(pack), savedAt: now().toISOString() };
      return queued(documentId, () => deps.store.write(meta, contents));
    },

    remove(documentId) {
      return queued(documentId, () => deps.store.remove(documentId));
    },

    async recoverable() {
      const metas = await deps.store.list();
      return metas
        .filter((meta) => !deps.documents.isOpen(meta.documentId))
        .map((meta) => ({
          backupId: meta.documentId,
          fileName: meta.originalPath ? path.basename(meta.originalPath) : null,
          title: meta.title,
          savedAt: meta.savedAt,
        }));
    },

    restore(backupId) {
      return queued(backupId, async () => {
        if (deps.documents.isOpen(backupId)) throw new UserError('backup.unknown', {});
        const found = await deps.store.read(backupId);
        if (!found) throw new UserError('backup.unknown', {});
        // Same id: the backup file stays the backup of the restored document until it is saved.
        return deps.documents.adopt(backupId, found.contents, found.meta.originalPath);
      });
    },

    removeStale: () => deps.store.removeStale(),

    async dispose() {
      await Promise.all([...queues.values()]);
    },
  };
}
