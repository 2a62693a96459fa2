/** The one application window. */
import { BrowserWindow, dialog } from 'electron';
import { APP_ENTRY_URL } from './security';
import { closePromptOptions, mainWindowOptions, type MainWindowSettings } from './window-options';

export interface MainWindowHooks {
  /** The person chose to close without saving: their backup is no longer wanted. */
  onDiscardChanges?: () => void;
}

export function createMainWindow(settings: MainWindowSettings, hooks: MainWindowHooks = {}): BrowserWindow {
  const options = mainWindowOptions(settings);
  const window = new BrowserWindow({
    ...options,
    // The security options again as literals where the window is made, so a static checker sees them here;
    // mainWindowOptions (unit-tested) sets the same values.
    webPreferences: {
      ...options.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  // The renderer cancels beforeunload while there are unsaved changes; we then ask the person.
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, closePromptOptions(settings.language));
    if (choice === 0) {
      hooks.onDiscardChanges?.();
      event.preventDefault();
    }
  });
  // Main sets the title (file name and unsaved marker); the page's <title> does not override it.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
