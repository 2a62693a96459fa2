/**
 * The only source of file paths in the app (besides the command line): native
 * dialogs. Services depend on this interface; the Electron implementation is
 * in native-dialogs.ts.
 */
import path from 'node:path';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { ExportFormat } from '../../../core/export/assets';
import type { Language } from '../../../core/i18n/language';
import { shellText, type ShellTextKey } from '../messages';

/** csv: the record of copies handed out (the distribution dialog). */
export type FileKind = 'briefpack' | ExportFormat | 'csv';

export interface FileDialogs {
  /** A path the person chose to open, or null when they cancelled. */
  chooseFileToOpen(kind: FileKind): Promise<string | null>;
  /** Copies of a pack to merge into the open one (any number); empty when they cancelled. */
  chooseCopiesToMerge(): Promise<string[]>;
  /** A path the person chose to write, with the kind's extension, or null when they cancelled. */
  chooseFileToSave(kind: FileKind, suggestedName: string): Promise<string | null>;
  showError(title: string, message: string): Promise<void>;
  /** Whether to overwrite a read-only file (named without its folder); without this method, it is refused. */
  confirmOverwriteReadOnly?(fileName: string): Promise<boolean>;
}

const KINDS: Readonly<Record<FileKind, { extension: string; typeName: ShellTextKey; saveTitle: ShellTextKey }>> = {
  briefpack: { extension: 'briefpack', typeName: 'packFileType', saveTitle: 'savePackTitle' },
  docx: { extension: 'docx', typeName: 'docxFileType', saveTitle: 'exportDocxTitle' },
  pdf: { extension: 'pdf', typeName: 'pdfFileType', saveTitle: 'exportPdfTitle' },
  csv: { extension: 'csv', typeName: 'csvFileType', saveTitle: 'exportHandedOutTitle' },
};

export function fileExtension(kind: FileKind): string {
  return `.${KINDS[kind].extension}`;
}

function filters(kind: FileKind, language: Language) {
  return [{ name: shellText(KINDS[kind].typeName, language), extensions: [KINDS[kind].extension] }];
}

export function openDialogOptions(kind: FileKind, language: Language, defaultDir: string): OpenDialogOptions {
  return {
    title: shellText('openPackTitle', language),
    defaultPath: defaultDir,
    filters: filters(kind, language),
    properties: ['openFile'],
  };
}

export function mergeDialogOptions(language: Language, defaultDir: string): OpenDialogOptions {
  return {
    title: shellText('mergePackTitle', language),
    defaultPath: defaultDir,
    filters: filters('briefpack', language),
    properties: ['openFile', 'multiSelections'],
  };
}

export function saveDialogOptions(kind: FileKind, language: Language, defaultDir: string, suggestedName: string): SaveDialogOptions {
  return {
    title: shellText(KINDS[kind].saveTitle, language),
    defaultPath: path.join(defaultDir, withExtension(suggestedName, fileExtension(kind))),
    filters: filters(kind, language),
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
}

/** Some Linux dialogs return the name as typed; add the extension the filter promised. */
export function withExtension(file: string, extension: string): string {
  return file.toLowerCase().endsWith(extension.toLowerCase()) ? file : file + extension;
}

/** A file name from free text: no path separators or characters Windows refuses. */
export function safeFileName(text: string, fallback: string): string {
  const cleaned = [...text]
    .map((char) => (char < ' ' ? ' ' : char))
    .join('')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .slice(0, 120)
    // No leading dots (hidden files), no trailing dots or spaces (Windows drops them).
    .replace(/^[.\s]+|[.\s]+$/g, '');
  return cleaned || fallback;
}
