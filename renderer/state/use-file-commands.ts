/** Open, save and export: each calls the contract and reports its outcome in one place. */
import { useCallback, useState, type Dispatch } from 'react';
import type { ApiError, ApiResult, BriefingApi } from '../../core/contract';
import type { ExportFormat } from '../../core/export/assets';
import type { ExportChoice } from '../../core/model/export-choice';
import type { CopyMark } from '../../core/model/recipient-copy';
import { localDate } from '../export/dialog-choice';
import { withExportProgress } from '../export/export-progress';
import type { DocumentAction, DocumentState } from './document';

export type Busy = 'open' | 'save' | ExportFormat | null;

export type Outcome =
  | { kind: 'error'; error: ApiError }
  | { kind: 'saved'; fileName: string }
  /** warnings: what reading the file repaired or set aside. */
  | { kind: 'opened'; fileName: string; warnings: ApiError[] }
  /** leftOut: annex files the person agreed to leave out of the PDF; warnings: what the export had to change; copy: a numbered copy's mark. */
  | { kind: 'exported'; fileName: string; leftOut: string[]; warnings: ApiError[]; copy?: CopyMark };

/** An annex PDF that cannot be appended, and the export that waits for the person's answer. */
export interface AnnexQuestion {
  format: ExportFormat;
  file: string;
  reason: string;
  annexId: string;
  /** Annexes already agreed to leave out, in this export. */
  agreed: { annexId: string; file: string }[];
  /** The copy the export is making (comments, recipient), kept for the export again. */
  choice: ExportChoice;
}

export interface FileCommands {
  busy: Busy;
  /** How far the running export is (0 to 1), once it has taken half a second; null otherwise. */
  exportProgress: number | null;
  open(): Promise<void>;
  /** Resolves true when the pack was written; false when the person cancelled or it failed. */
  save(saveAs: boolean): Promise<boolean>;
  /** Exports this copy (the export dialog's choice); without one, as the template says. */
  exportAs(format: ExportFormat, choice?: ExportChoice): Promise<void>;
  /** Set while an export waits for the person to agree to leave a bad annex out. */
  annexQuestion: AnnexQuestion | null;
  /** Leave the annex out and export again, or drop the export. */
  answerAnnexQuestion(leaveOut: boolean): Promise<void>;
}

/** The annex a bad-annex error names, if the error is one. */
function badAnnex(error: ApiError): { annexId: string; file: string; reason: string } | null {
  const { annexId, file, reason } = error.params;
  if (error.code !== 'export.bad-annex' || typeof annexId !== 'string') return null;
  return { annexId, file: String(file ?? annexId), reason: String(reason ?? 'damaged') };
}

export function useFileCommands(
  api: BriefingApi,
  state: DocumentState | null,
  dispatch: Dispatch<DocumentAction>,
  report: (outcome: Outcome | null) => void,
): FileCommands {
  const [busy, setBusy] = useState<Busy>(null);
  const [exportProgress, setExportProgress] = useState<number | null>(null);
  const [annexQuestion, setAnnexQuestion] = useState<AnnexQuestion | null>(null);

  const run = useCallback(
    async <T,>(kind: Exclude<Busy, null>, call: () => Promise<ApiResult<T>>, done: (value: T) => void, failed?: (error: ApiError) => boolean) => {
      if (busy) return;
      setBusy(kind);
      report(null);
      try {
        const result = await call();
        if (result.ok) done(result.value);
        else if (!failed?.(result.error)) report({ kind: 'error', error: result.error });
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
        if (!document) return;
        dispatch({ type: 'opened', document });
        if (document.warnings?.length) report({ kind: 'opened', fileName: document.fileName ?? '', warnings: document.warnings });
      }),
    [api, dispatch, report, run],
  );

  const save = useCallback(
    async (saveAs: boolean) => {
      if (!state) return false;
      const { documentId, pack, revision } = state;
      let written = false;
      await run('save', () => api.savePack(documentId, pack, saveAs), (saved) => {
        if (!saved) return;
        written = true;
        dispatch({ type: 'saved', fileName: saved.fileName, revision });
        report({ kind: 'saved', fileName: saved.fileName });
      });
      return written;
    },
    [api, dispatch, report, run, state],
  );

  const exportWith = useCallback(
    async (format: ExportFormat, agreed: AnnexQuestion['agreed'], choice: ExportChoice) => {
      if (!state) return;
      const { documentId, pack } = state;
      const skipBadAnnexes = agreed.map((a) => a.annexId);
      await run(
        format,
        () => withExportProgress(api, documentId, setExportProgress, () => api.exportPack(documentId, pack, format, pack.templateId, { skipBadAnnexes, ...choice })),
        (exported) => {
          if (exported) {
            // A numbered copy that left the app is on the pack's record, as `briefing export --recipient` records it.
            if (exported.copy) dispatch({ type: 'record-handed-out', mark: exported.copy, id: crypto.randomUUID(), date: localDate(), format });
            const copy = exported.copy && { copy: exported.copy };
            report({ kind: 'exported', fileName: exported.fileName, leftOut: agreed.map((a) => a.file), warnings: exported.warnings, ...copy });
          }
        },
        (error) => {
          const annex = badAnnex(error);
          if (annex) setAnnexQuestion({ format, agreed, choice, ...annex });
          return annex !== null;
        },
      );
    },
    [api, dispatch, report, run, state],
  );

  const exportAs = useCallback((format: ExportFormat, choice: ExportChoice = {}) => exportWith(format, [], choice), [exportWith]);

  const answerAnnexQuestion = useCallback(
    async (leaveOut: boolean) => {
      const question = annexQuestion;
      setAnnexQuestion(null);
      if (question && leaveOut) await exportWith(question.format, [...question.agreed, { annexId: question.annexId, file: question.file }], question.choice);
    },
    [annexQuestion, exportWith],
  );

  return { busy, exportProgress, open, save, exportAs, annexQuestion, answerAnnexQuestion };
}
