/** The contract implemented on top of the services; ipc.ts wraps it in checks and ApiResult. */
import { describeError } from '../../../core/i18n/errors';
import type { Language } from '../../../core/i18n/language';
import type { ApiImplementation } from '../ipc';
import { shellText } from '../messages';
import type { DocumentsService } from './documents';
import type { ExportService } from './export';
import type { FileDialogs } from './file-dialogs';
import type { TemplatesService } from './templates';

export interface ApiDeps {
  language: Language;
  documents: DocumentsService;
  exporter: ExportService;
  templates: TemplatesService;
  dialogs: FileDialogs;
  /** The pack named on the command line (or by the OS on double-click), if any. */
  initialPackPath: () => string | null;
}

export function createApi(deps: ApiDeps): ApiImplementation {
  const { documents, language } = deps;

  /** The command-line pack; if it cannot be opened the person is told why and sees the sample. */
  async function firstDocument() {
    const file = deps.initialPackPath();
    if (file) {
      try {
        return await documents.openFile(file);
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
      return { language, templates, document: await firstDocument() };
    },
    openSample: () => documents.openSample(),
    openPack: () => documents.openWithDialog(),
    savePack: (documentId, pack, saveAs) => documents.save(documentId, pack, saveAs),
    exportPack: (documentId, pack, format, templateId) => deps.exporter.exportPack(documentId, pack, format, templateId),
  };
}
