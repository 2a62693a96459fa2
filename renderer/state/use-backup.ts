/**
 * Hot exit, renderer side: about a second after the last change, a dirty
 * document is backed up through the contract; main (or browser mode) removes
 * the backup when the document is saved or reported clean. The same hook
 * offers the backups startup found, and restores or discards them.
 */
import { useCallback, useEffect, useRef, useState, type Dispatch } from 'react';
import type { BriefingApi, RecoverableBackup } from '../../core/contract';
import type { DocumentAction, DocumentState } from './document';
import { isDirty } from './document';
import type { Outcome } from './use-file-commands';

export const BACKUP_DELAY_MS = 1_000;

export interface Recovery {
  backups: RecoverableBackup[];
  busy: boolean;
  offer(backups: RecoverableBackup[]): void;
  restore(backup: RecoverableBackup): Promise<void>;
  discard(backup: RecoverableBackup): Promise<void>;
}

function failed(report: (outcome: Outcome) => void, error: unknown) {
  report({ kind: 'error', error: { code: 'internal', params: { detail: String(error) } } });
}

export function useBackup(
  api: BriefingApi,
  state: DocumentState | null,
  dispatch: Dispatch<DocumentAction>,
  report: (outcome: Outcome | null) => void,
  /** The unsaved-changes question: restoring replaces the open pack. */
  mayReplace: () => Promise<boolean>,
  delayMs = BACKUP_DELAY_MS,
): Recovery {
  const dirty = state ? isDirty(state) : false;
  const documentId = state?.documentId ?? null;
  const pack = state?.pack ?? null;
  const fileName = state?.fileName ?? null;

  // Back up a dirty document once typing has paused; every change restarts the wait.
  useEffect(() => {
    if (!documentId || !pack || !dirty) return;
    const timer = setTimeout(() => {
      api.backupPack(documentId, pack).then(
        (result) => {
          // A backup that fails is not the person's problem until they save; say so quietly in the console.
          if (!result.ok) console.warn('Backup failed', result.error);
        },
        (error: unknown) => console.warn('Backup failed', error),
      );
    }, delayMs);
    return () => clearTimeout(timer);
  }, [api, documentId, pack, dirty, delayMs]);

  // Main shows the status in the window title; a clean document has its backup removed.
  useEffect(() => {
    if (!documentId) return;
    void api.setDocumentStatus(documentId, { dirty }).catch(() => undefined);
  }, [api, documentId, dirty, fileName]);

  const [backups, setBackups] = useState<RecoverableBackup[]>([]);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);

  const settle = useCallback(async (backup: RecoverableBackup, work: () => Promise<void>) => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    try {
      await work();
      setBackups((list) => list.filter((b) => b.backupId !== backup.backupId));
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  }, []);

  const restore = useCallback(
    async (backup: RecoverableBackup) => {
      if (!(await mayReplace())) return;
      await settle(backup, async () => {
        try {
          const result = await api.restoreBackup(backup.backupId);
          if (!result.ok) return report({ kind: 'error', error: result.error });
          dispatch({ type: 'opened', document: result.value, unsaved: true });
        } catch (error) {
          failed(report, error);
        }
      });
    },
    [api, dispatch, mayReplace, report, settle],
  );

  const discard = useCallback(
    (backup: RecoverableBackup) =>
      settle(backup, async () => {
        try {
          const result = await api.discardBackup(backup.backupId);
          if (!result.ok) report({ kind: 'error', error: result.error });
        } catch (error) {
          failed(report, error);
        }
      }),
    [api, report, settle],
  );

  return { backups, busy, offer: setBackups, restore, discard };
}
