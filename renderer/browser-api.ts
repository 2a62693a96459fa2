/**
 * BriefingApi in memory, for running the renderer in a plain browser (and in
 * the end-to-end tests). Same contract as Electron main: files come in through
 * a file picker and leave as downloads; errors come back as ApiResult.
 */
import type { BriefingApi, OpenedPack } from '../core/contract';
import { EXPORT_MEDIA_TYPES } from '../core/export/assets';
import { EXPORTERS } from '../core/export/registry';
import { languageFromLocale } from '../core/i18n/language';
import type { BriefingPack } from '../core/model/pack';
import { parsePack } from '../core/model/validate';
import { decodePack, encodePack, PACK_EXTENSION, PACK_MIME_TYPE } from '../core/pack/container';
import { createSamplePack } from '../core/sample';
import { findTemplate } from '../core/template/load';
import sampleLetter from '../assets/samples/nato-dmm-2025-02-13_geannoteerde-agenda.txt?raw';
import { download } from './browser/download';
import { meetingFileBase, withExtension } from './browser/file-names';
import { loadExportAssets } from './browser/fonts';
import { pickFile } from './browser/pick-file';
import { toResult } from './browser/result';
import { builtInTemplates } from './browser/templates';

interface OpenDocument {
  fileName: string | null;
  annexFiles: ReadonlyMap<string, Uint8Array>;
}

export function createBrowserApi(): BriefingApi {
  const documents = new Map<string, OpenDocument>();
  const templates = builtInTemplates();
  let counter = 0;

  const register = (pack: BriefingPack, annexFiles: ReadonlyMap<string, Uint8Array>, fileName: string | null): OpenedPack => {
    const documentId = `document-${++counter}`;
    documents.set(documentId, { fileName, annexFiles });
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

  return {
    startup: () =>
      toResult(() => ({
        language: languageFromLocale(navigator.language),
        templates,
        document: openSample(),
      })),

    openSample: () => toResult(openSample),

    openPack: () =>
      toResult(async () => {
        const file = await pickFile(`${PACK_EXTENSION},${PACK_MIME_TYPE}`);
        if (!file) return null;
        const { pack, annexFiles } = decodePack(new Uint8Array(await file.arrayBuffer()), file.name);
        return register(pack, annexFiles, file.name);
      }),

    savePack: (documentId, pack, saveAs) =>
      toResult(() => {
        const open = documentFor(documentId);
        const fileName =
          !saveAs && open.fileName ? open.fileName : withExtension(meetingFileBase(pack), PACK_EXTENSION);
        // Validate as main does, so browser mode cannot write a pack the app would refuse to open.
        const valid = parsePack(pack, fileName);
        download(fileName, encodePack({ pack: valid, annexFiles: open.annexFiles }), PACK_MIME_TYPE);
        open.fileName = fileName;
        return { fileName };
      }),

    exportPack: (documentId, pack, format, templateId) =>
      toResult(async () => {
        const open = documentFor(documentId);
        const template = findTemplate(templates, templateId);
        const assets = await loadExportAssets(template);
        const bytes = await EXPORTERS[format]({ pack, annexFiles: open.annexFiles }, template, assets);
        const fileName = withExtension(meetingFileBase(pack), `.${format}`);
        download(fileName, bytes, EXPORT_MEDIA_TYPES[format]);
        return { fileName };
      }),
  };
}
