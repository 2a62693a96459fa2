/** The one application window. */
import { BrowserWindow, dialog } from 'electron';
import { APP_ENTRY_URL } from './security';
import { closePromptOptions, mainWindowOptions, type MainWindowSettings } from './window-options';

export function createMainWindow(settings: MainWindowSettings): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(settings));
  // The renderer cancels beforeunload while there are unsaved changes; we then ask the person.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, closePromptOptions(settings.language));
    if (choice === 0) event.preventDefault();
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
