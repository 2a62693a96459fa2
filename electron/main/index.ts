/**
 * Startup of the desktop shell. Order matters: security switches and the app://
 * scheme are set before ready; after ready the session is hardened, then the
 * services are built by hand in dependency order, then the one window opens.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, ipcMain, Menu, protocol, session, shell, type BrowserWindow } from 'electron';
import { COMMAND_CHANNEL, EXPORT_PROGRESS_CHANNEL, type AppCommand, type EditCommand, type MenuCommand } from '../../core/contract';
import { languageFromLocale, type Language } from '../../core/i18n/language';
import { createBackupStore } from '../../host/backup-store';
import { serveRendererBundle } from './app-protocol';
import { packPathFromArgv } from './command-line';
import { hardenSession, hardenWebContents } from './harden';
import { createLiveSetting } from '../../host/live-setting';
import { registerApiHandlers, toApiError } from './ipc';
import { DisposableStack } from './lifecycle';
import { appLocations } from './locations';
import { menuTemplate, windowTitle } from './menu';
import { SHELL_TEXT } from './messages';
import { createOpenRequests } from './open-requests';
import { APP_SCHEME_PRIVILEGES } from './security';
import { createApi } from './services/api';
import { agendaDialogOptions, createImportService } from './services/imports';
import { confirmAndOpenExternal } from './external-links';
import { useDictionaryDir } from '../../host/word-lists';
import { createBackupsService } from './services/backups';
import { createDocumentsService } from './services/documents';
import { createExportService } from './services/export';
import { createNativeDialogs } from './services/native-dialogs';
import { createRecentService } from './services/recent';
import { createTemplatesService } from './services/templates';
import { createMainWindow } from './window';
import { spellcheckIsOffline } from './window-options';
import { sweepInterruptedSaves } from './startup-sweep';

const bundleDir = path.dirname(fileURLToPath(import.meta.url));
let mainWindow: BrowserWindow | null = null;
const services = new DisposableStack();
/** Set once the services exist; until then OS requests wait in openRequests. */
let openFromOs: (file: string) => void = () => undefined;
const openRequests = createOpenRequests(packPathFromArgv(process.argv, process.cwd()), (file) => openFromOs(file));

// The same settings folder in development and when packaged. Set before the lock:
// Electron keeps the single-instance lock in the user data folder, so a lock
// taken first would sit in another folder than the one the app then uses.
app.setPath('userData', path.join(app.getPath('appData'), SHELL_TEXT.productName.en));

// One instance: a second start hands its file to the first and quits.
const isFirstInstance = app.requestSingleInstanceLock();
if (!isFirstInstance) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, cwd) => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
    openRequests.fromSecondInstance(argv, cwd);
  });
}

app.enableSandbox();
// Belt and braces next to the request filter: no host name resolves, so nothing can reach a network.
app.commandLine.appendSwitch('host-resolver-rules', 'MAP * ~NOTFOUND');
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);

// macOS passes a double-clicked pack as an event, also before ready.
app.on('open-file', (event, file) => {
  event.preventDefault();
  openRequests.request(file);
});

/** Set once the locale is known; the link prompt speaks it. */
let linkLanguage: Language = 'en';

function openExternal(url: string): void {
  void confirmAndOpenExternal(
    url,
    linkLanguage,
    (options) => (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options)),
    (safe) => shell.openExternal(safe),
  );
}

function sendCommand(command: AppCommand): void {
  mainWindow?.webContents.send(COMMAND_CHANNEL, command);
}

app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));
app.on('window-all-closed', () => app.quit());
app.on('will-quit', (event) => {
  event.preventDefault();
  app.removeAllListeners('will-quit');
  void services.disposeAll().finally(() => app.quit());
});

function installMenu(language: Language, recent: readonly string[], actions: Parameters<typeof menuTemplate>[0]['actions']): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(menuTemplate({ language, platform: process.platform, recent, actions, devTools: !app.isPackaged })),
  );
}

async function start(): Promise<void> {
  const language = languageFromLocale(app.getLocale());
  linkLanguage = language;
  const userData = app.getPath('userData');
  const locations = appLocations({
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    bundleDir,
    userDataDir: userData,
  });

  const liveSetting = createLiveSetting(path.join(userData, 'live-server.json'));
  hardenSession(session.defaultSession, { allowDevTools: !app.isPackaged, liveServer: liveSetting.get });
  if (app.isPackaged) useDictionaryDir(path.join(process.resourcesPath, 'dictionaries', 'en'));
  serveRendererBundle(protocol, locations.rendererDir, liveSetting.get);

  const dialogs = createNativeDialogs(() => mainWindow, language, app.getPath('documents'));
  const templates = services.add(
    createTemplatesService({ builtinDir: locations.resources.templates, userDir: locations.userTemplatesDir, language }),
  );
  const documents = services.add(createDocumentsService({ dialogs, sampleLetterFile: locations.sampleLetterFile }));
  const exporter = services.add(
    createExportService({
      dialogs,
      documents,
      templates,
      assetsDir: locations.resources.assets,
      // Sent while the export runs: the window draws its progress bar from it.
      progress: (progress) => mainWindow?.webContents.send(EXPORT_PROGRESS_CHANNEL, progress),
    }),
  );
  const importer = services.add(
    createImportService({
      documents,
      chooseAgendaFile: async () => {
        const options = agendaDialogOptions(language, app.getPath('documents'));
        const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
    }),
  );
  const backupsDir = path.join(userData, 'backups');
  const backups = services.add(createBackupsService({ store: createBackupStore(backupsDir), documents }));
  const menuActions = {
    command: (command: MenuCommand | EditCommand) => sendCommand({ command }),
    openRecent: (file: string) => openFromOs(file),
    clearRecent: () => void recent.clear(),
    close: () => mainWindow?.close(),
  };
  const recent = services.add(
    await createRecentService({
      file: path.join(userData, 'recent.json'),
      os: { add: (file) => app.addRecentDocument(file), clear: () => app.clearRecentDocuments() },
      onChange: (list) => installMenu(language, list, menuActions),
    }),
  );
  installMenu(language, recent.list(), menuActions);

  // Temp files of saves and backups a crash interrupted, in the folders the app writes to.
  void sweepInterruptedSaves({ recentFiles: recent.list(), appFolders: [backupsDir, userData] });

  openFromOs = (file) => {
    documents.openFile(file).then(
      (document) => {
        void recent.add(file);
        sendCommand({ command: 'openDocument', document });
      },
      (error: unknown) => sendCommand({ command: 'error', error: toApiError(error) }),
    );
  };

  let currentDocumentId: string | null = null;
  const api = createApi({
    language,
    documents,
    exporter,
    templates,
    dialogs,
    backups,
    importer,
    liveSetting,
    initialPackPath: () => openRequests.takeInitial(),
    fileUsed: (file) => void recent.add(file),
    presenter: {
      show({ fileName, path: file, dirty }) {
        if (!mainWindow) return;
        mainWindow.setTitle(windowTitle(fileName, dirty, SHELL_TEXT.productName[language], process.platform));
        if (process.platform === 'darwin') {
          mainWindow.setDocumentEdited(dirty);
          mainWindow.setRepresentedFilename(file ?? '');
        }
      },
    },
  });
  services.add({
    dispose: registerApiHandlers(ipcMain, {
      ...api,
      setDocumentStatus: (documentId, status) => {
        currentDocumentId = documentId;
        return api.setDocumentStatus(documentId, status);
      },
    }),
  });

  mainWindow = createMainWindow(
    {
      preloadPath: locations.preloadFile,
      language,
      devTools: !app.isPackaged,
      spellcheck: spellcheckIsOffline(process.platform),
    },
    {
      onDiscardChanges: () => {
        if (currentDocumentId) void backups.remove(currentDocumentId).catch(() => undefined);
      },
    },
  );
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

if (isFirstInstance) {
  app.whenReady().then(start).catch((error: unknown) => {
    console.error('Briefing Composer could not start:', error);
    app.exit(1);
  });
}
