/** FileDialogs on Electron's native dialogs, attached to the main window when there is one. */
import { dialog, type BrowserWindow } from 'electron';
import type { Language } from '../../../core/i18n/language';
import { readOnlyPrompt } from '../read-only-prompt';
import { mergeDialogOptions, openDialogOptions, saveDialogOptions, withExtension, fileExtension, type FileDialogs } from './file-dialogs';

export function createNativeDialogs(window: () => BrowserWindow | null, language: Language, defaultDir: string): FileDialogs {
  return {
    async chooseFileToOpen(kind) {
      const options = openDialogOptions(kind, language, defaultDir);
      const parent = window();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseCopiesToMerge() {
      const options = mergeDialogOptions(language, defaultDir);
      const parent = window();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async chooseFileToSave(kind, suggestedName) {
      const options = saveDialogOptions(kind, language, defaultDir, suggestedName);
      const parent = window();
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : withExtension(result.filePath, fileExtension(kind));
    },
    async showError(title, message) {
      const parent = window();
      const options = { type: 'error' as const, title, message, noLink: true };
      if (parent) await dialog.showMessageBox(parent, options);
      else await dialog.showMessageBox(options);
    },
    async confirmOverwriteReadOnly(fileName) {
      const options = readOnlyPrompt(fileName, language);
      const parent = window();
      const { response } = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
      return response === 0;
    },
  };
}
