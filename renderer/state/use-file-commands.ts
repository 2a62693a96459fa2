/** Open, save and export: each calls the contract and reports its outcome in one place. */
import { useCallback, useState, type Dispatch } from 'react';
import type { ApiError, ApiResult, BriefingApi } from '../../core/contract';
import type { ExportFormat } from '../../core/export/assets';
import type { DocumentAction, DocumentState } from './document';

export type Busy = 'open' | 'save' | ExportFormat | null;

export type Outcome = { kind: 'error'; error: ApiError } | { kind: 'saved' | 'exported'; fileName: string };

export interface FileCommands {
  busy: Busy;
  open(): Promise<void>;
  save(saveAs: boolean): Promise<void>;
  exportAs(format: ExportFormat): Promise<void>;
}

export function useFileCommands(
  api: BriefingApi,
  state: DocumentState | null,
  dispatch: Dispatch<DocumentAction>,
  report: (outcome: Outcome | null) => void,
): FileCommands {
  const [busy, setBusy] = useState<Busy>(null);

  const run = useCallback(
    async <T,>(kind: Exclude<Busy, null>, call: () => Promise<ApiResult<T>>, done: (value: T) => void) => {
      if (busy) return;
      setBusy(kind);
      report(null);
      try {
        const result = await call();
        if (result.ok) done(result.value);
        else report({ kind: 'error', error: result.error });
      } catch (error) {
        report({ kind: 'error', error: { code: 'internal', params: { detail: String(error) } } });
      } finally {
        setBusy(null);
      }
    },
    [busy, report],
  );

  const open = useCallback(
    () =>
      run('open', () => api.openPack(), (document) => {
        if (document) dispatch({ type: 'opened', document });
      }),
    [api, dispatch, run],
  );

  const save = useCallback(
    async (saveAs: boolean) => {
      if (!state) return;
      const { documentId, pack, revision } = state;
      await run('save', () => api.savePack(documentId, pack, saveAs), (saved) => {
        if (!saved) return;
        dispatch({ type: 'saved', fileName: saved.fileName, revision });
        report({ kind: 'saved', fileName: saved.fileName });
      });
    },
    [api, dispatch, report, run, state],
  );

  const exportAs = useCallback(
    async (format: ExportFormat) => {
      if (!state) return;
      const { documentId, pack } = state;
      await run(format, () => api.exportPack(documentId, pack, format, pack.templateId), (exported) => {
        if (exported) report({ kind: 'exported', fileName: exported.fileName });
      });
    },
    [api, report, run, state],
  );

  return { busy, open, save, exportAs };
}
