/** Export: render with the registry's exporter, then ask where, then write atomically. */
import path from 'node:path';
import type { ApiError, ExportProgress } from '../../../core/contract';
import type { ExportFormat, ExportOptions, Exporter } from '../../../core/export/assets';
import { EXPORTERS } from '../../../core/export/registry';
import type { ExportStep } from '../../../core/export/progress';
import { prepareExport, type ExportChoice } from '../../../core/model/export-choice';
import type { BriefingPack } from '../../../core/model/pack';
import type { CopyMark } from '../../../core/model/recipient-copy';
import { loadExportAssets } from '../../../host/assets';
import { writeFileAtomic } from '../../../host/atomic-write';
import { readOnlyChoiceFor } from '../read-only-prompt';
import type { DocumentsService } from './documents';
import type { FileDialogs } from './file-dialogs';
import type { TemplatesService } from './templates';

export interface ExportService {
  exportPack(
    documentId: string,
    pack: BriefingPack,
    format: ExportFormat,
    templateId: string,
    options?: ExportOptions & ExportChoice,
  ): Promise<{ fileName: string; warnings: ApiError[]; copy?: CopyMark } | null>;
  dispose(): void;
}

export interface ExportDeps {
  dialogs: FileDialogs;
  documents: DocumentsService;
  templates: TemplatesService;
  assetsDir: string;
  exporters?: Readonly<Record<ExportFormat, Exporter>>;
  /** Told how far an export is, for the window's progress bar (EXPORT_PROGRESS_CHANNEL). */
  progress?: (progress: ExportProgress) => void;
}

export function createExportService(deps: ExportDeps): ExportService {
  const exporters = deps.exporters ?? EXPORTERS;
  return {
    async exportPack(documentId, pack, format, templateId, { withComments, recipient, publication, ...options } = {}) {
      // The export is made before the person is asked where to save it: whatever can fail on the
      // input (a broken template, a damaged annex) fails before they choose a file.
      const templates = await deps.templates.list();
      const template = await deps.templates.get(templateId);
      // The same copy `briefing export` makes from the same choice: comments, recipient, copy number, publication.
      const prepared = prepareExport(pack, { withComments, recipient, ...(publication && { publication }) });
      const contents = deps.documents.contents(documentId, prepared.pack);
      const assets = await loadExportAssets(template, deps.assetsDir);
      const warnings: ApiError[] = [];
      const bytes = await exporters[format](contents, template, assets, {
        ...options,
        ...(prepared.copy && { copy: prepared.copy }),
        // The catalog places sections another template wrote; what has no place is said in a warning.
        templates,
        onWarning: ({ code, params }) => warnings.push({ code, params }),
        ...(deps.progress && { onProgress: (_done: number, _total: number, { fraction }: ExportStep) => deps.progress?.({ documentId, fraction }) }),
      });
      const suggested = deps.documents.suggestedName(documentId, pack) + prepared.fileSuffix;
      const target = await deps.dialogs.chooseFileToSave(format, suggested);
      if (target === null) return null;
      const readOnly = await readOnlyChoiceFor(target, deps.dialogs);
      if (readOnly === null) return null;
      await writeFileAtomic(target, bytes, { readOnly });
      return { fileName: path.basename(target), warnings, ...(prepared.copy && { copy: prepared.copy }) };
    },
    dispose() {},
  };
}
