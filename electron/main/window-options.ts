import type { BrowserWindowConstructorOptions, MessageBoxSyncOptions } from 'electron';
import type { Language } from '../../core/i18n/language';
import { shellText } from './messages';

export interface MainWindowSettings {
  preloadPath: string;
  language: Language;
  /** Developer tools are available in development only. */
  devTools: boolean;
  /**
   * Chromium downloads Hunspell dictionaries on Linux; Windows and macOS use
   * the offline spell checker of the system, so only there it is switched on.
   */
  spellcheck: boolean;
}

/** Every security-relevant option spelled out, never left to a default. */
export function mainWindowOptions(settings: MainWindowSettings): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    show: false,
    title: shellText('productName', settings.language),
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: settings.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: settings.devTools,
      spellcheck: settings.spellcheck,
    },
  };
}

export function spellcheckIsOffline(platform: NodeJS.Platform): boolean {
  return platform === 'win32' || platform === 'darwin';
}

/** Shown when the renderer's beforeunload says there are unsaved changes. Button 0 closes. */
export function closePromptOptions(language: Language): MessageBoxSyncOptions {
  return {
    type: 'warning',
    title: shellText('closeTitle', language),
    message: shellText('closeMessage', language),
    detail: shellText('closeDetail', language),
    buttons: [shellText('closeDiscard', language), shellText('closeCancel', language)],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
}
