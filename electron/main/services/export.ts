/** Export: render with the registry's exporter, then ask where, then write atomically. */
import path from 'node:path';
import type { ApiError } from '../../../core/contract';
import type { ExportFormat, ExportOptions, Exporter } from '../../../core/export/assets';
import { EXPORTERS } from '../../../core/export/registry';
import type { BriefingPack } from '../../../core/model/pack';
import { loadExportAssets } from '../../../host/assets';
import { writeFileAtomic } from '../../../host/atomic-write';
import type { DocumentsService } from './documents';
import type { FileDialogs } from './file-dialogs';
import type { TemplatesService } from './templates';

export interface ExportService {
  exportPack(
    documentId: string,
    pack: BriefingPack,
    format: ExportFormat,
    templateId: string,
    options?: ExportOptions,
  ): Promise<{ fileName: string; warnings: ApiError[] } | null>;
  dispose(): void;
}

export interface ExportDeps {
  dialogs: FileDialogs;
  documents: DocumentsService;
  templates: TemplatesService;
  assetsDir: string;
  exporters?: Readonly<Record<ExportFormat, Exporter>>;
}

export function createExportService(deps: ExportDeps): ExportService {
  const exporters = deps.exporters ?? EXPORTERS;
  return {
    async exportPack(documentId, pack, format, templateId, options = {}) {
      // The export is made before the person is asked where to save it: whatever can fail on the
      // input (a broken template, a damaged annex) fails before they choose a file.
      const templates = await deps.templates.list();
      const template = await deps.templates.get(templateId);
      const contents = deps.documents.contents(documentId, pack);
      const assets = await loadExportAssets(template, deps.assetsDir);
      const warnings: ApiError[] = [];
      const bytes = await exporters[format](contents, template, assets, {
        ...options,
        // The catalog places sections another template wrote; what has no place is said in a warning.
        templates,
        onWarning: ({ code, params }) => warnings.push({ code, params }),
      });
      const target = await deps.dialogs.chooseFileToSave(format, deps.documents.suggestedName(documentId, pack));
      if (target === null) return null;
      await writeFileAtomic(target, bytes);
      return { fileName: path.basename(target), warnings };
    },
    dispose() {},
  };
}
