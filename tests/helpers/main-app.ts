/**
 * Main's contract handler with its real services (templates, documents, the
 * real exporters, backups) in a temporary folder, as the app builds them, and
 * a save dialog that answers with whatever path the test sets: for tests that
 * drive an export through main and read the file it wrote.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { ApiResult, ExportProgress } from '../../core/contract';
import { SAMPLE_LETTER_FILE } from '../../core/sample';
import { handleApiCall, type InvokeSource } from '../../electron/main/ipc';
import { createApi } from '../../electron/main/services/api';
import { createBackupsService } from '../../electron/main/services/backups';
import { createDocumentsService } from '../../electron/main/services/documents';
import { createExportService } from '../../electron/main/services/export';
import type { FileDialogs } from '../../electron/main/services/file-dialogs';
import { createTemplatesService } from '../../electron/main/services/templates';
import { createBackupStore } from '../../host/backup-store';
import { projectResourceDirs } from '../../host/paths';

const APP_FRAME: InvokeSource = { senderFrame: { url: 'app://bundle/index.html' } };

export interface MainApp {
  call(method: 'openSample' | 'exportPack' | 'exportHandedOutCsv', args: unknown[]): Promise<ApiResult<unknown>>;
  /** The path the next save dialog answers with; returns it. */
  saveTo(target: string): string;
  /** What main would send the window on EXPORT_PROGRESS_CHANNEL, in order. */
  progress: ExportProgress[];
  /** The next save dialog is cancelled. */
  cancelSave(): void;
  /** Every name the save dialog suggested, in order. */
  readonly suggestedNames: readonly string[];
}

export function mainApp(dir: string): MainApp {
  const resources = projectResourceDirs();
  const suggestedNames: string[] = [];
  let target: string | null = '';
  const dialogs: FileDialogs = {
    chooseFileToOpen: async () => null,
    chooseCopiesToMerge: async () => [],
    chooseFileToSave: async (_kind, suggestedName) => {
      suggestedNames.push(suggestedName);
      return target;
    },
    showError: async () => undefined,
  };
  const templates = createTemplatesService({ builtinDir: resources.templates, userDir: path.join(dir, 'none'), language: 'en' });
  const documents = createDocumentsService({ dialogs, sampleLetterFile: path.join(resources.assets, 'samples', SAMPLE_LETTER_FILE) });
  const progress: ExportProgress[] = [];
  const exporter = createExportService({ dialogs, documents, templates, assetsDir: resources.assets, progress: (told) => progress.push(told) });
  const backups = createBackupsService({ store: createBackupStore(path.join(dir, 'backups')), documents });
  const api = createApi({ language: 'en', documents, exporter, templates, dialogs, backups, initialPackPath: () => null });
  return {
    call: (method, args) => handleApiCall(api, method, APP_FRAME, args, () => undefined),
    saveTo: (next) => (target = next),
    cancelSave: () => {
      target = null;
    },
    suggestedNames,
    progress,
  };
}

export function value<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Every part of a DOCX as text, joined: a phrase in any of them is found. */
export async function docxPartsText(file: string): Promise<string> {
  return Object.values(unzipSync(new Uint8Array(await readFile(file))))
    .map((bytes) => strFromU8(bytes))
    .join('\n');
}
